/*
 * actor-map: string -> int hash map with linear probing.  Each slot keeps
 * the key's 32-bit hash so that probes compare strings only on a likely
 * match.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actor-map.h"
#include "base/hash.h"
#include "base/xmalloc.h"

void
actor_map_init(struct actor_map *m)
{
	memset(m, 0, sizeof *m);
}

void
actor_map_release(struct actor_map *m)
{
	size_t	i;

	for (i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static uint32_t
actor_map_hash(const char *k, size_t len)
{
	return (uint32_t)hash64(k, len, HASH_SEED);
}

/* The slot holding k, or the empty slot where it would go. */
static struct actor_map_slot *
actor_map_find(const struct actor_map *m, const char *k, size_t len,
    uint32_t h)
{
	struct actor_map_slot	*s;
	size_t			 i;

	i = h & (m->cap - 1);
	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL)
			return (s);
		if (s->hash == h && s->len == len && memcmp(s->key, k, len) == 0)
			return (s);
		i = (i + 1) & (m->cap - 1);
	}
}

static void
actor_map_grow(struct actor_map *m)
{
	struct actor_map	 old = *m;
	struct actor_map_slot	*s;
	size_t			 i;

	m->cap = old.cap == 0 ? 64 : old.cap * 2;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	for (i = 0; i < old.cap; i++) {
		if (old.slots[i].key == NULL)
			continue;
		s = actor_map_find(m, old.slots[i].key, old.slots[i].len,
		    old.slots[i].hash);
		*s = old.slots[i];
	}
	free(old.slots);
}

int *
actor_map_get(const struct actor_map *m, const char *k, size_t len)
{
	struct actor_map_slot	*s;

	if (m->cap == 0)
		return (NULL);
	s = actor_map_find(m, k, len, actor_map_hash(k, len));
	return (s->key == NULL ? NULL : &s->value);
}

int *
actor_map_put(struct actor_map *m, const char *k, size_t len, int *added)
{
	struct actor_map_slot	*s;
	uint32_t		 h = actor_map_hash(k, len);

	if ((m->n + 1) * 2 > m->cap)
		actor_map_grow(m);
	s = actor_map_find(m, k, len, h);
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
	return (&s->value);
}
