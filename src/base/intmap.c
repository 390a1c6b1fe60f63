/*
 * intmap: the slow paths of the integer map (intmap.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/intmap.h"
#include "base/xmalloc.h"

void
intmap_release(struct intmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

void
intmap_grow(struct intmap *m)
{
	struct intmap	g = *m;
	size_t		i, j;

	g.mask = m->mask == 0 ? 15 : m->mask * 2 + 1;
	g.keys = xcalloc(g.mask + 1, sizeof *g.keys);
	g.vals = xcalloc(g.mask + 1, sizeof *g.vals);
	for (i = 0; m->mask != 0 && i <= m->mask; i++) {
		if (m->keys[i] == 0)
			continue;
		for (j = intmap_slot(m->keys[i]) & g.mask; g.keys[j] != 0;
		    j = (j + 1) & g.mask)
			;
		g.keys[j] = m->keys[i];
		g.vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	*m = g;
}

uint32_t *
intmap_get(const struct intmap *m, uint64_t key)
{
	size_t	j;

	if (key == 0)
		return m->has_zero ? (uint32_t *)&m->zero_val : NULL;
	if (m->mask == 0)
		return NULL;
	for (j = intmap_slot(key) & m->mask; m->keys[j] != 0;
	    j = (j + 1) & m->mask) {
		if (m->keys[j] == key)
			return &m->vals[j];
	}
	return NULL;
}
