/*
 * strmap: the string map of the house, from byte strings to ints.  Open
 * addressing with linear probing; keys are copied (NUL-terminated) and
 * owned by the map; the table grows to stay at most half full.  A zeroed
 * struct strmap is a valid empty map; strmap_release empties it again.
 * Pointers to values stay valid until the next strmap_put.
 */
#ifndef DEMARCHE_STRMAP_H
#define DEMARCHE_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	char		*key;		/* NULL: empty slot */
	uint32_t	 len;
	uint32_t	 hash;
	int		 value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t		 cap;		/* a power of two, or 0 */
	size_t		 n;		/* keys held */
};

void	 strmap_release(struct strmap *);
/* The value of key k[0..len), or NULL when absent. */
int	*strmap_get(const struct strmap *, const char *k, size_t len);
/* The value of k, added with value -1 (and *added set) when absent. */
int	*strmap_put(struct strmap *, const char *k, size_t len, int *added);

#endif
