/*
 * actor-set: the private side of struct actor_set (actors.h), shared by
 * the extractor, the cache codec and the corpus driver.
 *
 * Every actor of a set has a key, unique in the set: "\001" and the
 * dictionary entry number for an actor of the dictionary, the folded name
 * for one found in the text.  Keys, names and the strings added to an
 * actor's lists are copied; the set owns them and frees them in
 * actor_set_release().  Actor ids are indexes into set->actors, valid
 * until the set is released.  Nothing here fails: out of memory is fatal
 * (xmalloc.h).
 */
#ifndef DEMARCHE_ACTOR_SET_H
#define DEMARCHE_ACTOR_SET_H

#include <stddef.h>

#include "analysis/actors.h"

/* Descriptive sentences kept per actor (struct actor_desc). */
#define ACTORS_MAX_DESCS	3

/*
 * The id of the actor with key [0, klen), created with name, kind, side
 * and dictionary entry (-1: none) when the set has no actor of that key;
 * an actor already there is returned unchanged.
 */
int	 actor_set_add(struct actor_set *, const char *key, size_t klen,
	    const char *name, enum actor_kind, enum side, int entry);

/* Add a copy of s[0, len) to the list *v of *n strings unless it is there
   already in any case (ASCII). */
void	 actor_set_strlist_add(char ***v, size_t *n, const char *s,
	    size_t len);

/* A copy of s[0, len) that lives as long as the set, one per distinct
   text (for the reasons of actors read back from the cache). */
const char *actor_set_intern(struct actor_set *, const char *s, size_t len);

/* Each actor's key by id: keys[id] and lens[id] (no NUL), both arrays of
   set->n elements owned by the caller; the keys point into the set. */
void	 actor_set_keys(const struct actor_set *, const char **keys,
	    size_t *lens);

/*
 * Merge src, the actors of article a alone, into set: actors of the same
 * key become one, their lists and counts joined; src's mentions are
 * appended with article a->index.  src is left as it was.
 */
void	 actor_set_merge(struct actor_set *, const struct actor_set *src,
	    const struct article *a);

#endif
