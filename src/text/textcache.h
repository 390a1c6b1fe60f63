/*
 * textcache: the bytes of article files kept in memory between loads, so
 * that a search typed one key at a time reads each candidate file once,
 * not once a key.
 *
 * An entry is keyed by the path opened and holds the bytes, their hash64
 * and the file's status when they were read (device, inode, size, mtime
 * and ctime to the nanosecond, from an fstat of the descriptor read).  A
 * load stats the file and serves the kept bytes only when every field is
 * the same: a write to the file since changes its ctime (and mtime), so
 * bytes the file no longer has are never served.  A file changed within
 * racy_ns of the moment it was read might change again within the same
 * timestamp tick and look unchanged, so its bytes are used but not kept
 * (git's racy entries; see catalog.h).
 *
 * With textcache_watch, the kernel tells of changes instead (dirwatch.h):
 * an entry whose file the watch covers is served with no stat while no
 * change at all under the watched directories was reported, between the
 * read of its bytes (or the stat that last found them good) and the last
 * textcache_sync; after any change, each entry is stat-ed once again as
 * above.  So a load sees every change made before the last sync (a search
 * syncs when it starts).  A stat costs a path walk: on a search of
 * thousands of articles typed a key at a time, a third of the time.
 *
 * The cache holds at most max bytes of text (each entry counted with its
 * path and bookkeeping), in shards chosen by path that each hold an equal
 * share; past its share, a shard drops its least recently used entries.
 * Bytes lent to an article (article_load_text) stay valid until its
 * article_unload, even when their entry is evicted or replaced or the
 * cache freed: entries are reference-counted.
 *
 * Thread-safe: several threads may load through one cache at once.
 */
#ifndef DEMARCHE_TEXTCACHE_H
#define DEMARCHE_TEXTCACHE_H

#include <stddef.h>
#include <stdint.h>

struct article;

/* How much older than its read a file's last change must be for its bytes
   to be kept: the coarsest timestamps we expect (as the corpus's). */
#define TEXTCACHE_RACY_NS	(2 * (int64_t)1000000000)

struct textcache_stats {
	size_t		hits;		/* loads served from memory */
	size_t		vouched;	/* of them, on the watch's word alone,
					   with no stat */
	size_t		misses;		/* loads that read the file */
	size_t		evicted;	/* entries dropped for room */
	size_t		entries;	/* entries held now */
	size_t		bytes;		/* their cost now (at most max) */
};

/*
 * A cache of at most max bytes; racy_ns as above (TEXTCACHE_RACY_NS; a
 * test may pass 0 and set its files' mtimes itself).
 */
struct textcache	*textcache_create(size_t max, int64_t racy_ns);
/*
 * From now on, watch the directories of the files read (dirwatch.h) and
 * serve covered files without a stat while nothing changed.  1 when the
 * watch is on; 0 when the system has none (every load stats, as before).
 */
int			 textcache_watch(struct textcache *);
/* Read what the watch reported: loads from now on see those changes. */
void			 textcache_sync(struct textcache *);
/* Free the cache; bytes still lent stay valid until unloaded. */
void			 textcache_free(struct textcache *);

/*
 * Load a's text as article_load does (a parsed first when the bytes are
 * not those it was parsed from): from memory when the file is unchanged
 * since its bytes were kept, else from the file, keeping the bytes when
 * they fit.  Nothing is done when a is loaded already; with a NULL cache
 * this is article_load.  Returns 0 or -1 with *cause, as article_load.
 */
int			 textcache_load(struct textcache *, struct article *a,
			    char **cause);

void			 textcache_stats(struct textcache *,
			    struct textcache_stats *);

#endif
