/*
 * The text cache: shards chosen by the hash of the path, each a chained
 * hash table of entries threaded on a list from the most to the least
 * recently used, under a mutex of its own, with an equal share of the
 * bound.  With one mutex, the two threads of a search served from memory
 * waited for each other at every article (a sixth of their time); a
 * shard's mutex covers its lookups, insertions and evictions only, stats
 * and reads of files happen outside it.  An entry is freed when its last
 * reference goes: its table's (dropped on eviction or replacement) or an
 * article's (dropped by article_unload).
 */
#include "config.h"

#include <sys/stat.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/dirwatch.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/textcache.h"

struct textcache_entry {
	struct textcache_entry	*chain;		/* next in its bucket */
	struct textcache_entry	*older;		/* the use list */
	struct textcache_entry	*newer;
	char			*path;
	uint64_t		 phash;		/* hash64 of path */
	dev_t			 dev;		/* the file as read */
	ino_t			 ino;
	off_t			 size;
	struct timespec		 mtime;
	struct timespec		 ctime;
	uint64_t		 hash;		/* hash64 of text */
	atomic_ullong		 gen;		/* the watch's generation its
						   bytes were known good in
						   (0: stat it each time) */
	char			*text;		/* NUL-terminated */
	size_t			 len;
	size_t			 cost;		/* counted against max */
	atomic_uint		 refs;		/* the table's, articles' */
};

/* At most this many shards, each of at least TEXTCACHE_SHARD_MIN bytes. */
#define TEXTCACHE_SHARDS	16
#define TEXTCACHE_SHARD_MIN	((size_t)1 << 20)

struct textcache_shard {
	pthread_mutex_t		  lock;
	struct textcache_entry	**buckets;	/* nbuckets, a power of 2 */
	size_t			  nbuckets;
	struct textcache_entry	 *newest;
	struct textcache_entry	 *oldest;
	size_t			  max;		/* its share of the bound */
	struct textcache_stats	  st;
};

struct textcache {
	struct textcache_shard	 shards[TEXTCACHE_SHARDS];
	size_t			 nshards;	/* a power of 2 */
	int64_t			 racy_ns;
	struct dirwatch		*watch;		/* NULL: stat every load */
	atomic_ullong		 gen;		/* the watch's, at the last
						   sync (0: none yet) */
};

struct textcache *
textcache_create(size_t max, int64_t racy_ns)
{
	struct textcache	*tc = xcalloc(1, sizeof *tc);
	struct textcache_shard	*sh;
	size_t			 i;

	tc->nshards = 1;
	while (tc->nshards < TEXTCACHE_SHARDS &&
	    max / (tc->nshards * 2) >= TEXTCACHE_SHARD_MIN)
		tc->nshards *= 2;
	for (i = 0; i < tc->nshards; i++) {
		sh = &tc->shards[i];
		pthread_mutex_init(&sh->lock, NULL);
		sh->nbuckets = 64;
		sh->buckets = xcalloc(sh->nbuckets, sizeof *sh->buckets);
		sh->max = max / tc->nshards;
	}
	tc->racy_ns = racy_ns;
	return tc;
}

/* The shard of a path of hash phash. */
static struct textcache_shard *
textcache_shard(struct textcache *tc, uint64_t phash)
{
	/* The top bits: the low ones choose the bucket within. */
	return &tc->shards[(phash >> 59) & (tc->nshards - 1)];
}

/* Drop one reference to an entry (the release hook of lent text). */
static void
textcache_unref(void *arg)
{
	struct textcache_entry	*e = arg;

	if (atomic_fetch_sub(&e->refs, 1) != 1)
		return;
	free(e->text);
	free(e->path);
	free(e);
}

int
textcache_watch(struct textcache *tc)
{
	if (tc->watch == NULL)
		tc->watch = dirwatch_create();
	return tc->watch != NULL;
}

void
textcache_free(struct textcache *tc)
{
	struct textcache_entry	*e, *older;
	size_t			 i;

	if (tc == NULL)
		return;
	for (i = 0; i < tc->nshards; i++) {
		for (e = tc->shards[i].newest; e != NULL; e = older) {
			older = e->older;
			textcache_unref(e);
		}
		free(tc->shards[i].buckets);
		pthread_mutex_destroy(&tc->shards[i].lock);
	}
	dirwatch_free(tc->watch);
	free(tc);
}

/* 1 when st is the status the entry's bytes were read with. */
static int
textcache_same(const struct textcache_entry *e, const struct stat *st)
{
	return e->dev == st->st_dev && e->ino == st->st_ino &&
	    e->size == st->st_size &&
	    e->mtime.tv_sec == st->st_mtim.tv_sec &&
	    e->mtime.tv_nsec == st->st_mtim.tv_nsec &&
	    e->ctime.tv_sec == st->st_ctim.tv_sec &&
	    e->ctime.tv_nsec == st->st_ctim.tv_nsec;
}

/* The entry of path (hash phash), or NULL; lock held. */
static struct textcache_entry *
textcache_find(struct textcache_shard *sh, const char *path, uint64_t phash)
{
	struct textcache_entry	*e;

	e = sh->buckets[phash & (sh->nbuckets - 1)];
	while (e != NULL && (e->phash != phash || strcmp(e->path, path) != 0))
		e = e->chain;
	return e;
}

/* Take e off the use list; lock held. */
static void
textcache_unlist(struct textcache_shard *sh, struct textcache_entry *e)
{
	if (e->newer != NULL)
		e->newer->older = e->older;
	else
		sh->newest = e->older;
	if (e->older != NULL)
		e->older->newer = e->newer;
	else
		sh->oldest = e->newer;
	e->older = e->newer = NULL;
}

/* Put e first on the use list; lock held. */
static void
textcache_list(struct textcache_shard *sh, struct textcache_entry *e)
{
	e->older = sh->newest;
	e->newer = NULL;
	if (sh->newest != NULL)
		sh->newest->newer = e;
	else
		sh->oldest = e;
	sh->newest = e;
}

/* Remove e from the table and drop the table's reference; lock held. */
static void
textcache_remove(struct textcache_shard *sh, struct textcache_entry *e)
{
	struct textcache_entry	**pp;

	pp = &sh->buckets[e->phash & (sh->nbuckets - 1)];
	while (*pp != e)
		pp = &(*pp)->chain;
	*pp = e->chain;
	textcache_unlist(sh, e);
	sh->st.entries--;
	sh->st.bytes -= e->cost;
	textcache_unref(e);
}

/* Double the buckets when there are more entries than buckets. */
static void
textcache_grow(struct textcache_shard *sh)
{
	struct textcache_entry	**old = sh->buckets, *e, *next;
	size_t			  i, n = sh->nbuckets;

	if (sh->st.entries < n)
		return;
	sh->nbuckets = n * 2;
	sh->buckets = xcalloc(sh->nbuckets, sizeof *sh->buckets);
	for (i = 0; i < n; i++) {
		for (e = old[i]; e != NULL; e = next) {
			next = e->chain;
			e->chain = sh->buckets[e->phash & (sh->nbuckets - 1)];
			sh->buckets[e->phash & (sh->nbuckets - 1)] = e;
		}
	}
	free(old);
}

/*
 * Keep e (its cost at most max), replacing any entry of its path, then
 * drop the least recently used entries until all fit; lock held.
 */
static void
textcache_insert(struct textcache_shard *sh, struct textcache_entry *e)
{
	struct textcache_entry	*old, **bucket;

	if ((old = textcache_find(sh, e->path, e->phash)) != NULL)
		textcache_remove(sh, old);
	while (sh->oldest != NULL && sh->st.bytes + e->cost > sh->max) {
		textcache_remove(sh, sh->oldest);
		sh->st.evicted++;
	}
	textcache_grow(sh);
	bucket = &sh->buckets[e->phash & (sh->nbuckets - 1)];
	e->chain = *bucket;
	*bucket = e;
	textcache_list(sh, e);
	sh->st.entries++;
	sh->st.bytes += e->cost;
}

/*
 * The entry of path, referenced, when its bytes are the file's: known
 * good in the watch's generation gen (st NULL), or read with status st.
 */
static struct textcache_entry *
textcache_hit(struct textcache *tc, const char *path, const struct stat *st,
    uint64_t gen)
{
	struct textcache_entry	*e;
	uint64_t		 phash = hash64(path, strlen(path), HASH_SEED);
	struct textcache_shard	*sh = textcache_shard(tc, phash);

	pthread_mutex_lock(&sh->lock);
	if ((e = textcache_find(sh, path, phash)) != NULL &&
	    (st != NULL ? textcache_same(e, st) : gen != 0 &&
	    atomic_load(&e->gen) == gen)) {
		atomic_fetch_add(&e->refs, 1);
		textcache_unlist(sh, e);
		textcache_list(sh, e);
		sh->st.hits++;
		sh->st.vouched += st == NULL;
	} else {
		e = NULL;
		if (st != NULL)
			sh->st.misses++;
	}
	pthread_mutex_unlock(&sh->lock);
	return e;
}

static int64_t
textcache_ns(const struct timespec *ts)
{
	return (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

/*
 * A new entry for text read from path with status st, when it may be
 * kept: it fits, and the file was last changed safely before now.
 */
static struct textcache_entry *
textcache_entry(struct textcache *tc, const char *path, char *text,
    size_t len, const struct stat *st, int64_t now, uint64_t gen)
{
	struct textcache_entry	*e;
	size_t			 plen = strlen(path);
	size_t			 cost = sizeof *e + plen + 1 + len + 1;
	uint64_t		 phash = hash64(path, plen, HASH_SEED);

	if (cost > textcache_shard(tc, phash)->max ||
	    textcache_ns(&st->st_ctim) >= now -
	    tc->racy_ns || textcache_ns(&st->st_mtim) >= now - tc->racy_ns)
		return NULL;
	e = xcalloc(1, sizeof *e);
	e->path = xstrdup(path);
	e->phash = phash;
	e->dev = st->st_dev;
	e->ino = st->st_ino;
	e->size = st->st_size;
	e->mtime = st->st_mtim;
	e->ctime = st->st_ctim;
	e->hash = hash64_text(text, len);
	e->text = text;
	e->len = len;
	e->cost = cost;
	atomic_init(&e->gen, gen);
	atomic_init(&e->refs, 2);	/* the table's and the loan's */
	return e;
}

/* Lend e's bytes (referenced for a) to a. */
static int
textcache_lend(struct article *a, struct textcache_entry *e, char **cause)
{
	if (article_load_text(a, e->text, e->len, e->hash, textcache_unref, e,
	    cause) != 0) {
		textcache_unref(e);
		return -1;
	}
	return 0;
}

/*
 * Read a's file and lend its bytes from a new entry, or give them.  A file
 * the watch covers is watched before it is read, and its entry is good
 * in the generation taken after that and before the read.
 */
static int
textcache_read(struct textcache *tc, struct article *a, char **cause)
{
	struct textcache_shard	*sh;
	struct textcache_entry	*e;
	struct timespec		 now;
	struct stat		 st;
	char			*text;
	size_t			 len;
	uint64_t		 gen = 0;

	if (dirwatch_cover(tc->watch, a->path))
		gen = dirwatch_gen(tc->watch);
	clock_gettime(CLOCK_REALTIME, &now);
	if ((text = file_read_stat(a->path, &len, &st, cause)) == NULL)
		return -1;
	e = textcache_entry(tc, a->path, text, len, &st, textcache_ns(&now),
	    gen);
	if (e == NULL) {
		if (article_load_text(a, text, len, hash64_text(text, len),
		    NULL, NULL, cause) != 0) {
			free(text);
			return -1;
		}
		return 0;
	}
	sh = textcache_shard(tc, e->phash);
	pthread_mutex_lock(&sh->lock);
	textcache_insert(sh, e);
	pthread_mutex_unlock(&sh->lock);
	return textcache_lend(a, e, cause);
}

void
textcache_sync(struct textcache *tc)
{
	if (tc->watch != NULL)
		atomic_store(&tc->gen, dirwatch_gen(tc->watch));
}

/*
 * Without a change reported between the read of an entry's bytes (or
 * the last stat that found them good) and the last sync, its bytes are
 * served with no stat.  Otherwise the stat decides; an entry it finds
 * good is vouched for again, in the last sync's generation (taken before
 * the stat), when the watch still covers its path.
 */
int
textcache_load(struct textcache *tc, struct article *a, char **cause)
{
	struct textcache_entry	*e;
	struct stat		 st;
	uint64_t		 gen = 0;

	if (a->text != NULL)
		return 0;
	if (tc == NULL)
		return article_load(a, cause);
	if (tc->watch != NULL && (e = textcache_hit(tc, a->path, NULL,
	    gen = atomic_load(&tc->gen))) != NULL)
		return textcache_lend(a, e, cause);
	if (stat(a->path, &st) == 0 &&
	    (e = textcache_hit(tc, a->path, &st, 0)) != NULL) {
		atomic_store(&e->gen, gen != 0 && atomic_load(&e->gen) != 0 &&
		    dirwatch_cover(tc->watch, a->path) ? gen : 0);
		return textcache_lend(a, e, cause);
	}
	return textcache_read(tc, a, cause);
}

void
textcache_stats(struct textcache *tc, struct textcache_stats *st)
{
	struct textcache_shard	*sh;
	size_t			 i;

	memset(st, 0, sizeof *st);
	for (i = 0; i < tc->nshards; i++) {
		sh = &tc->shards[i];
		pthread_mutex_lock(&sh->lock);
		st->hits += sh->st.hits;
		st->vouched += sh->st.vouched;
		st->misses += sh->st.misses;
		st->evicted += sh->st.evicted;
		st->entries += sh->st.entries;
		st->bytes += sh->st.bytes;
		pthread_mutex_unlock(&sh->lock);
	}
}
