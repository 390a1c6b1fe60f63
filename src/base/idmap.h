/*
 * idmap: dense ids for 64-bit keys, given in order of first sight, each
 * with a 32-bit mark for the caller.  The key, its id and its mark share
 * one 16-byte slot, so a lookup that also reads or sets the mark touches
 * one cache line: an index build looks up every trigram of the text and
 * checks it against the last document it was seen in, and keeping the
 * three in separate arrays (intmap, ids, marks) cost three cache misses
 * per trigram.  Open addressing with linear probing, at most half full;
 * the key 0 is kept aside.  A zeroed struct idmap is a valid empty map.
 * Slot pointers stay valid until the next idmap_put.
 */
#ifndef DEMARCHE_IDMAP_H
#define DEMARCHE_IDMAP_H

#include <stddef.h>
#include <stdint.h>

#define IDMAP_NOMARK	UINT32_MAX

struct idmap_slot {
	uint64_t	key;		/* 0: empty (but for the zero slot) */
	uint32_t	id;		/* 0, 1, 2, ... in order of first sight */
	uint32_t	mark;		/* the caller's; IDMAP_NOMARK when added */
};

struct idmap {
	struct idmap_slot *slots;
	size_t		   mask;	/* slots - 1, or 0 before the first */
	size_t		   n;		/* keys held, 0 included */
	int		   has_zero;
	struct idmap_slot  zero;	/* the key 0 */
};

void	 idmap_release(struct idmap *);
/* Double the table (idmap_put's slow path). */
void	 idmap_grow(struct idmap *);
/* The slot of key, or NULL when absent. */
struct idmap_slot *idmap_get(const struct idmap *, uint64_t key);
/* keys[id] = key for every key held: keys has room for m->n. */
void	 idmap_keys(const struct idmap *, uint64_t *keys);

static inline size_t
idmap_hash(uint64_t key)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 32);
}

/* Hint that key is looked up soon (a few dozen keys ahead is right). */
static inline void
idmap_prefetch(const struct idmap *m, uint64_t key)
{
#ifdef __GNUC__
	if (m->mask != 0)
		__builtin_prefetch(&m->slots[idmap_hash(key) & m->mask], 1);
#else
	(void)m;
	(void)key;
#endif
}

/* The slot of key, added with the next id when absent. */
static inline struct idmap_slot *
idmap_put(struct idmap *m, uint64_t key)
{
	struct idmap_slot	*s;
	size_t			 j;

	if (key == 0) {
		if (!m->has_zero) {
			m->has_zero = 1;
			m->zero.id = (uint32_t)m->n++;
			m->zero.mark = IDMAP_NOMARK;
		}
		return &m->zero;
	}
	if ((m->n + 1) * 2 > m->mask)
		idmap_grow(m);
	for (j = idmap_hash(key) & m->mask; (s = &m->slots[j])->key != 0;
	    j = (j + 1) & m->mask) {
		if (s->key == key)
			return s;
	}
	s->key = key;
	s->id = (uint32_t)m->n++;
	s->mark = IDMAP_NOMARK;
	return s;
}

#endif
