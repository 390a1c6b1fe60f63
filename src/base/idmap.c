/*
 * idmap: the slow paths of the map of dense ids (idmap.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/idmap.h"
#include "base/xmalloc.h"

void
idmap_release(struct idmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof *m);
}

void
idmap_grow(struct idmap *m)
{
	struct idmap_slot	*slots;
	size_t			 mask, i, j;

	mask = m->mask == 0 ? 15 : m->mask * 2 + 1;
	slots = xcalloc(mask + 1, sizeof *slots);
	for (i = 0; m->mask != 0 && i <= m->mask; i++) {
		if (m->slots[i].key == 0)
			continue;
		for (j = idmap_hash(m->slots[i].key) & mask;
		    slots[j].key != 0; j = (j + 1) & mask)
			;
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->mask = mask;
}

struct idmap_slot *
idmap_get(const struct idmap *m, uint64_t key)
{
	size_t	j;

	if (key == 0)
		return m->has_zero ? (struct idmap_slot *)&m->zero : NULL;
	if (m->mask == 0)
		return NULL;
	for (j = idmap_hash(key) & m->mask; m->slots[j].key != 0;
	    j = (j + 1) & m->mask) {
		if (m->slots[j].key == key)
			return &m->slots[j];
	}
	return NULL;
}

void
idmap_keys(const struct idmap *m, uint64_t *keys)
{
	size_t	i;

	if (m->has_zero)
		keys[m->zero.id] = 0;
	for (i = 0; m->mask != 0 && i <= m->mask; i++) {
		if (m->slots[i].key != 0)
			keys[m->slots[i].id] = m->slots[i].key;
	}
}
