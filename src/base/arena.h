/*
 * arena: many small strings in a few large blocks, all freed at once.
 *
 * For data that is built in one go and lives as long as its owner (the
 * names and metadata of a corpus opened from its catalogue: ten strings
 * an article, 150,000 articles), where one malloc and one free per string
 * cost more than the rest of the work.  A zeroed struct arena is a valid
 * empty arena.  Pointers it returns stay valid, and never move, until
 * arena_release; nothing is freed one by one.  Not thread-safe.
 */
#ifndef DEMARCHE_ARENA_H
#define DEMARCHE_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*blocks;	/* newest first */
	size_t			 used;		/* bytes taken in the newest */
	size_t			 size;		/* its capacity in bytes */
};

/*
 * len bytes (len may be 0), aligned for any object; never NULL (aborts
 * when out of memory, as xmalloc).
 */
void	*arena_alloc(struct arena *, size_t len);
/* A NUL-terminated copy of s[0..len) (s need not be terminated). */
char	*arena_strndup(struct arena *, const char *s, size_t len);
char	*arena_strdup(struct arena *, const char *s);
/*
 * Move every block of from into ar (from is left empty): what from gave
 * stays valid, now until arena_release(ar).  For arenas filled by
 * several threads, one each, then handed over as one.
 */
void	 arena_join(struct arena *ar, struct arena *from);
/* Free every block; the arena is empty again. */
void	 arena_release(struct arena *);

#endif
