/*
 * intmap: the integer map (and set) of the house, from 64-bit keys to
 * 32-bit values.  Open addressing with linear probing over a multiplied
 * hash; 0 marks an empty slot, so the key 0 is kept aside.  The table
 * grows to stay at most half full.  A zeroed struct intmap is a valid
 * empty map; intmap_release empties it again.  As a set, ignore the
 * values and look at *added.
 *
 * intmap_put is inline: it is the inner loop of an index build (a lookup
 * per trigram of the text).  Pointers to values stay valid until the
 * next intmap_put.
 */
#ifndef DEMARCHE_INTMAP_H
#define DEMARCHE_INTMAP_H

#include <stddef.h>
#include <stdint.h>

struct intmap {
	uint64_t	*keys;		/* 0: empty slot */
	uint32_t	*vals;
	size_t		 mask;		/* slots - 1, or 0 before the first */
	size_t		 n;		/* keys held, 0 included */
	int		 has_zero;	/* the key 0 is held, in zero_val */
	uint32_t	 zero_val;
};

void	 intmap_release(struct intmap *);
/* Double the table (intmap_put's slow path). */
void	 intmap_grow(struct intmap *);
/* The value of key, or NULL when absent. */
uint32_t *intmap_get(const struct intmap *, uint64_t key);

static inline size_t
intmap_slot(uint64_t key)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 32);
}

/* The value of key, added with value 0 (and *added set) when absent. */
static inline uint32_t *
intmap_put(struct intmap *m, uint64_t key, int *added)
{
	size_t	j;

	*added = 0;
	if (key == 0) {
		if (!m->has_zero) {
			m->has_zero = 1;
			m->zero_val = 0;
			m->n++;
			*added = 1;
		}
		return &m->zero_val;
	}
	if ((m->n + 1) * 2 > m->mask)
		intmap_grow(m);
	for (j = intmap_slot(key) & m->mask; m->keys[j] != 0;
	    j = (j + 1) & m->mask) {
		if (m->keys[j] == key)
			return &m->vals[j];
	}
	m->keys[j] = key;
	m->vals[j] = 0;
	m->n++;
	*added = 1;
	return &m->vals[j];
}

#endif
