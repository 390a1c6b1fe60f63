/*
 * actor-cache: the per-article cache of extracted actors, one file per
 * corpus next to its catalogue (corpus_cache_path(c, "actors")).
 *
 * The file maps a key (the article's content hash mixed with what else
 * decides the result, such as its date) to an opaque record, the encoded
 * actors of that article.  It is valid only for one dictionary version:
 *
 *   header   "DMACTRS\n" (8 bytes), u32 format version, u64 dictionary
 *            version, u32 record count, u32 CRC-32 of the 24 bytes before
 *   record   u64 key, u32 length, u32 CRC-32 of the payload, payload
 *
 * all integers little-endian.  A file with a bad magic, version, CRC,
 * length or count is damaged: it is ignored as a whole (never trusted in
 * part) and rewritten by the next save.  A file of another dictionary
 * version is ignored the same way.  Saving writes the records of this run
 * only (those looked up and found, and those put), atomically
 * (atomic.h), and only when something changed.
 *
 * Nothing here prints; the core never fails because of its cache.
 */
#ifndef DEMARCHE_ACTOR_CACHE_H
#define DEMARCHE_ACTOR_CACHE_H

#include <stddef.h>
#include <stdint.h>

#define ACTOR_CACHE_VERSION	1

struct actor_cache;

/* Load and check the file at path (NULL: a cache that never saves).  A
   missing, damaged or stale file gives an empty cache. */
struct actor_cache *actor_cache_open(const char *path, uint64_t dictver);
void	 actor_cache_free(struct actor_cache *);

/* 1 when the file existed but was damaged (and so ignored). */
int	 actor_cache_damaged(const struct actor_cache *);

/* The record of key, or NULL; it is kept for the next save. */
const void *actor_cache_get(struct actor_cache *, uint64_t key,
	    size_t *len);
/* Forget the record just got (it did not decode): it will be rebuilt. */
void	 actor_cache_drop(struct actor_cache *, uint64_t key);
/* Store a new record for key (copied). */
void	 actor_cache_put(struct actor_cache *, uint64_t key, const void *,
	    size_t);

/* Write the file when anything changed.  Returns 0, or -1 with *cause. */
int	 actor_cache_save(struct actor_cache *, char **cause);

#endif
