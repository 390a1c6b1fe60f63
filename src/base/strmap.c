/*
 * strmap: open addressing over an array of slots, each with the key's
 * hash (compared before the bytes) and length.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/strmap.h"
#include "base/xmalloc.h"

void
strmap_release(struct strmap *m)
{
	size_t	i;

	for (i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static uint32_t
strmap_hash(const char *k, size_t len)
{
	return (uint32_t)hash64(k, len, HASH_SEED);
}

/* The slot holding k, or the empty slot where it would go. */
static struct strmap_slot *
strmap_find(const struct strmap *m, const char *k, size_t len, uint32_t h)
{
	struct strmap_slot	*s;
	size_t			 i = h & (m->cap - 1);

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, k, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static void
strmap_grow(struct strmap *m)
{
	struct strmap	 old = *m;
	size_t		 i;

	m->cap = old.cap == 0 ? 64 : old.cap * 2;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	for (i = 0; i < old.cap; i++) {
		if (old.slots[i].key != NULL)
			*strmap_find(m, old.slots[i].key, old.slots[i].len,
			    old.slots[i].hash) = old.slots[i];
	}
	free(old.slots);
}

int *
strmap_get(const struct strmap *m, const char *k, size_t len)
{
	struct strmap_slot	*s;

	if (m->cap == 0)
		return NULL;
	s = strmap_find(m, k, len, strmap_hash(k, len));
	return s->key == NULL ? NULL : &s->value;
}

int *
strmap_put(struct strmap *m, const char *k, size_t len, int *added)
{
	struct strmap_slot	*s;
	uint32_t		 h = strmap_hash(k, len);

	if ((m->n + 1) * 2 > m->cap)
		strmap_grow(m);
	s = strmap_find(m, k, len, h);
	if (added != NULL)
		*added = s->key == NULL;
	if (s->key == NULL) {
		s->key = xmalloc(len + 1);
		memcpy(s->key, k, len);
		s->key[len] = '\0';
		s->len = (uint32_t)len;
		s->hash = h;
		s->value = -1;
		m->n++;
	}
	return &s->value;
}
