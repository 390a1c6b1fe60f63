/*
 * actor-map: a small hash map from byte strings to ints, used by the
 * dictionaries and the extractor for name lookups.  Open addressing with
 * linear probing; keys are copied and owned by the map; the table grows to
 * stay at most half full.  A zeroed struct actor_map is a valid empty map.
 */
#ifndef DEMARCHE_ACTOR_MAP_H
#define DEMARCHE_ACTOR_MAP_H

#include <stddef.h>
#include <stdint.h>

struct actor_map_slot {
	char		*key;		/* NULL: empty slot */
	uint32_t	 len;
	uint32_t	 hash;
	int		 value;
};

struct actor_map {
	struct actor_map_slot *slots;
	size_t		 cap;		/* a power of two, or 0 */
	size_t		 n;
};

void	 actor_map_init(struct actor_map *);
void	 actor_map_release(struct actor_map *);
/* The value slot of key k[0..len), or NULL when absent. */
int	*actor_map_get(const struct actor_map *, const char *k, size_t len);
/* The value slot of k, added with value -1 (and *added set) when absent. */
int	*actor_map_put(struct actor_map *, const char *k, size_t len,
	    int *added);

#endif
