/*
 * index-build: building index segments from articles.  The articles are
 * cut into batches of about equal text; each batch is read, normalised
 * (NFC) and folded on a thread of its own, two at a time, and its keys'
 * posting lists written as one segment (seg.h).
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/idmap.h"
#include "base/notify.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/fold.h"
#include "search/index.h"
#include "search/index-private.h"
#include "search/rxplan.h"
#include "text/article.h"

/*
 * A build indexes about a twelfth of the text per segment (at least
 * index_batch_min bytes), two segments at a time, one per core.  A batch
 * holds about 4 bytes per byte of its text while it is built, so the
 * build adds about 0.7x the text to the corpus, and a full build stays
 * within INDEX_MAX_SEGS segments.
 */
#define INDEX_BATCHES	12
#define INDEX_THREADS	2

size_t	index_batch_min = 4u << 20;

/*
 * The pools of finished batches, for the next batches to fill again: a
 * batch's pool is the largest part of its memory, and every fresh page
 * of it cost a fault and the kernel's zeroing, a tenth of a build from
 * nothing.  At most one pool per thread is alive, as before.
 */
struct pool_stash {
	uint32_t	*pool[INDEX_THREADS];
	size_t		 apool[INDEX_THREADS];
	size_t		 n;
};

struct batch {
	struct article	**docs;
	uint32_t	  n;
	const char	 *path;		/* segment to write */
	const struct notify *notify;
	volatile uint64_t *done;	/* bytes indexed, shared */
	pthread_mutex_t	 *lock;
	pthread_cond_t	 *cond;		/* signalled when finished */
	char		 *cause;	/* set on failure */
	int		  failed;
	int		  finished;	/* under the lock */
	int		  joined;	/* by the calling thread */
	uint8_t		 *loaded;	/* per article: could be read */
	char		**warnings;	/* for the calling thread to give */
	size_t		  nwarnings;
	char		**rels;		/* per article: path under the root */
	struct pool_stash *stash;	/* shared, under lock */
};

struct tid_key {
	uint64_t	key;
	uint32_t	tid;
};

static int
tid_cmp(const void *a, const void *b)
{
	uint64_t	x = ((const struct tid_key *)a)->key;
	uint64_t	y = ((const struct tid_key *)b)->key;

	return x < y ? -1 : x > y;
}

/*
 * What batch_collect accumulates: for each trigram id, the documents it
 * occurs in, as a chain of chunks in one pool of 32-bit words.  A chunk
 * is a header word (the pool offset of the next chunk, 0 for none), a
 * word holding its capacity << 16 | used, then the document numbers.
 * Capacities double from 4 up to COLLECT_CHUNK_MAX, so a list wastes at
 * most about a third of its words.  (A flat array of (id, doc) pairs
 * sorted at the end needed three times the memory: the peak of a build.)
 * New pairs wait in a buffer of COLLECT_BUFFER and join their lists by
 * id, a flush at a time, so the pool is written in runs, not at random.
 */
#define COLLECT_CHUNK_MAX	4096
#define COLLECT_BUFFER		(1u << 21)
#define COLLECT_BUCKETS		256

/*
 * The keys of a text are made COLLECT_KEYS at a time, then looked up with
 * the slot of the key COLLECT_AHEAD further on prefetched: the map is far
 * larger than the caches, and a lookup waiting on memory was most of the
 * time of a build.
 */
#define COLLECT_KEYS		4096
#define COLLECT_AHEAD		16

struct collect_list {
	uint32_t	head, tail;	/* pool offsets of the chunks */
	uint32_t	n;		/* documents in the list */
};

struct collect {
	struct idmap	 m;		/* key -> trigram id, last doc as mark */
	uint64_t	 keys[COLLECT_KEYS]; /* made, not yet looked up */
	size_t		 nkeys;
	uint64_t	*pairs;		/* waiting: trigram id << 32 | doc */
	size_t		 npairs;
	uint64_t	*spread;	/* for a flush: pairs by bucket */
	uint32_t	*count, *sorted; /* for a flush */
	size_t		 acount;
	struct collect_list *lists;	/* per trigram id */
	size_t		 alists;
	uint32_t	*pool;		/* offset 0 is never a chunk */
	size_t		 npool, apool;
	int		 full;		/* the pool reached 2^32 words */
};

/* A new empty chunk of cap documents; its offset, or 0 when full. */
static uint32_t
collect_chunk(struct collect *co, uint32_t cap)
{
	size_t	off = co->npool == 0 ? 1 : co->npool;

	if (off + 2 + cap >= UINT32_MAX) {
		co->full = 1;
		return 0;
	}
	co->pool = xgrow(co->pool, &co->apool, off + 2 + cap,
	    sizeof *co->pool);
	co->pool[off] = 0;
	co->pool[off + 1] = cap << 16;
	co->npool = off + 2 + cap;
	return (uint32_t)off;
}

/* Append docs[0..n) to list l. */
static void
collect_append(struct collect *co, struct collect_list *l,
    const uint32_t *docs, size_t n)
{
	uint32_t	cap, used, next, k;

	if (l->n == 0 && (l->head = l->tail = collect_chunk(co, 4)) == 0)
		return;
	while (n > 0) {
		cap = co->pool[l->tail + 1] >> 16;
		used = co->pool[l->tail + 1] & 0xffff;
		if (used == cap) {
			next = collect_chunk(co, cap < COLLECT_CHUNK_MAX ?
			    cap * 2 : cap);
			if (next == 0)
				return;
			co->pool[l->tail] = next;
			l->tail = next;
			continue;
		}
		k = cap - used < n ? cap - used : (uint32_t)n;
		memcpy(co->pool + l->tail + 2 + used, docs, k * sizeof *docs);
		co->pool[l->tail + 1] = cap << 16 | (used + k);
		l->n += k;
		docs += k;
		n -= k;
	}
}

/*
 * Append to their lists the documents of the pairs p[0..n), whose ids
 * are in [lo, lo + w): a counting sort by id, stable, so each list stays
 * in document order.
 */
static void
collect_flush_bucket(struct collect *co, const uint64_t *p, size_t n,
    size_t lo, size_t w)
{
	uint32_t	*count = co->count, t;
	size_t		 i, at;

	memset(count, 0, (w + 1) * sizeof *count);
	for (i = 0; i < n; i++)
		count[(p[i] >> 32) - lo + 1]++;
	for (t = 0; t < w; t++)
		count[t + 1] += count[t];
	for (i = 0; i < n; i++) {
		t = (uint32_t)((p[i] >> 32) - lo);
		co->sorted[count[t]++] = (uint32_t)p[i];
	}
	/* count[t] is now the end of id lo + t's run. */
	for (t = 0, at = 0; t < w; t++) {
		if (count[t] > at)
			collect_append(co, &co->lists[lo + t], co->sorted + at,
			    count[t] - at);
		at = count[t];
	}
}

/*
 * Move the waiting pairs into their lists: a stable counting sort by the
 * high bits of the id into at most COLLECT_BUCKETS buckets, then one of
 * each bucket by the rest.  One counting sort over all the ids went
 * through arrays larger than the caches at random, twice a pair.
 */
static void
collect_flush(struct collect *co)
{
	size_t		ntid = co->m.n, i, b, nb, old = co->alists, lo;
	uint32_t	start[COLLECT_BUCKETS + 1], at[COLLECT_BUCKETS];
	unsigned	shift = 0;

	if (co->npairs == 0)
		return;
	if (ntid > old) {
		co->lists = xgrow(co->lists, &co->alists, ntid,
		    sizeof *co->lists);
		memset(co->lists + old, 0, (co->alists - old) *
		    sizeof *co->lists);
	}
	while (((ntid - 1) >> shift) >= COLLECT_BUCKETS)
		shift++;
	nb = ((ntid - 1) >> shift) + 1;
	co->count = xgrow(co->count, &co->acount, ((size_t)1 << shift) + 1,
	    sizeof *co->count);
	if (co->sorted == NULL) {
		co->sorted = xreallocarray(NULL, COLLECT_BUFFER,
		    sizeof *co->sorted);
		co->spread = xreallocarray(NULL, COLLECT_BUFFER,
		    sizeof *co->spread);
	}
	memset(start, 0, sizeof start);
	for (i = 0; i < co->npairs; i++)
		start[(co->pairs[i] >> 32 >> shift) + 1]++;
	for (b = 0; b < nb; b++) {
		start[b + 1] += start[b];
		at[b] = start[b];
	}
	for (i = 0; i < co->npairs; i++)
		co->spread[at[co->pairs[i] >> 32 >> shift]++] = co->pairs[i];
	for (b = 0; b < nb; b++) {
		if (start[b + 1] == start[b])
			continue;
		lo = b << shift;
		collect_flush_bucket(co, co->spread + start[b], start[b + 1] -
		    start[b], lo, ntid - lo < ((size_t)1 << shift) ? ntid - lo :
		    (size_t)1 << shift);
	}
	co->npairs = 0;
}

static inline void
collect_key(struct collect *co, uint64_t key, uint32_t d)
{
	struct idmap_slot	*sl = idmap_put(&co->m, key);

	if (sl->mark == d)
		return;
	sl->mark = d;
	if (co->pairs == NULL)
		co->pairs = xreallocarray(NULL, COLLECT_BUFFER,
		    sizeof *co->pairs);
	co->pairs[co->npairs++] = ((uint64_t)sl->id << 32) | d;
	if (co->npairs == COLLECT_BUFFER)
		collect_flush(co);
}

/* Look up the keys made for document d, prefetching ahead. */
static void
collect_keys(struct collect *co, uint32_t d)
{
	size_t	i, n = co->nkeys;

	for (i = 0; i < n && i < COLLECT_AHEAD; i++)
		idmap_prefetch(&co->m, co->keys[i]);
	for (i = 0; i < n; i++) {
		if (i + COLLECT_AHEAD < n)
			idmap_prefetch(&co->m, co->keys[i + COLLECT_AHEAD]);
		collect_key(co, co->keys[i], d);
	}
	co->nkeys = 0;
}

/* Copy the documents of list l, in order, into out. */
static void
collect_docs(const struct collect *co, const struct collect_list *l,
    uint32_t *out)
{
	uint32_t	c = l->n > 0 ? l->head : 0, used;
	size_t		k = 0;

	while (c != 0) {
		used = co->pool[c + 1] & 0xffff;
		memcpy(out + k, co->pool + c + 2, used * sizeof *out);
		k += used;
		c = co->pool[c];
	}
}

/*
 * Lists are read in the order of their keys, at random in the pool:
 * prefetch the list a few keys on and the first chunk of a nearer one,
 * for the misses to overlap.
 */
static inline void
collect_prefetch(const struct collect *co, const struct tid_key *order,
    size_t n, size_t t)
{
#ifdef __GNUC__
	if (t + 2 * COLLECT_AHEAD < n)
		__builtin_prefetch(&co->lists[order[t + 2 * COLLECT_AHEAD].tid]);
	if (t + COLLECT_AHEAD < n)
		__builtin_prefetch(&co->pool[co->lists[order[t +
		    COLLECT_AHEAD].tid].head]);
#endif
}

static void
collect_release(struct collect *co)
{
	idmap_release(&co->m);
	free(co->pairs);
	free(co->count);
	free(co->sorted);
	free(co->spread);
	free(co->lists);
	free(co->pool);
}

/* Every trigram of the folded NFC text s[0..len) of document d. */
static void
collect_text(struct collect *co, const char *s, size_t len, uint32_t d)
{
	uint32_t	 cp, f[FOLD_MAX], w0 = 0, w1 = 0, w2 = 0;
	size_t		 i = 0, j, m, have = 0;
	int		 valid;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
			f[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
			m = 1;
		} else if ((unsigned char)s[i] >= 0xc2 &&
		    (unsigned char)s[i] <= 0xdf && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
			/* Two bytes (Cyrillic, accented Latin), well formed:
			   decoded here, without a call. */
			cp = ((uint32_t)(s[i] & 0x1f) << 6) |
			    (uint32_t)(s[i + 1] & 0x3f);
			i += 2;
			m = fold_cp(cp, f);
		} else {
			valid = 1;
			i += utf8_decode(s + i, len - i, &cp, &valid);
			if (!valid) {
				have = 0;
				continue;
			}
			m = fold_cp(cp, f);
		}
		if (co->nkeys + 2 * FOLD_MAX > COLLECT_KEYS)
			collect_keys(co, d);
		for (j = 0; j < m; j++) {
			if (++have >= 3)
				co->keys[co->nkeys++] = rxq_key(w1, w2, f[j]);
			if (have >= 4)
				co->keys[co->nkeys++] = rxq_key4(w0, w1, w2,
				    f[j]);
			w0 = w1;
			w1 = w2;
			w2 = f[j];
		}
	}
	collect_keys(co, d);
}

/*
 * The article's path under the root, for opening without a walk: its id
 * (the path as the corpus names it under the root, links not resolved)
 * with the extension the id dropped.
 */
static void
index_set_rel(struct batch *bt, uint32_t d)
{
	const struct article	*a = bt->docs[d];
	size_t			 n = strlen(a->path);
	const char		*ext = "";

	if (n > 4 && strcmp(a->path + n - 4, ".txt") == 0)
		ext = ".txt";
	else if (n > 3 && strcmp(a->path + n - 3, ".md") == 0)
		ext = ".md";
	bt->rels[d] = xasprintf("%s%s", a->id, ext);
}

/*
 * Load an article's text.  One taken from the catalogue without its
 * structure (CORPUS_NO_SPANS) needs no parsing to be indexed while its
 * file is as catalogued: parsing it anyway (article_load) made a rebuild
 * on a warm catalogue cost as much as a cold one.
 */
static int
index_load(struct article *a, char **why)
{
	if (a->unparsed && article_load_same(a) == 0)
		return 0;
	return article_load(a, why);
}

/* Start co with a pool a finished batch left, when there is one. */
static void
batch_take_pool(struct batch *bt, struct collect *co)
{
	struct pool_stash	*ps = bt->stash;

	pthread_mutex_lock(bt->lock);
	if (ps->n > 0) {
		ps->n--;
		co->pool = ps->pool[ps->n];
		co->apool = ps->apool[ps->n];
	}
	pthread_mutex_unlock(bt->lock);
}

/* Leave co's pool for the next batch (or free it); co no longer has it. */
static void
batch_give_pool(struct batch *bt, struct collect *co)
{
	struct pool_stash	*ps = bt->stash;

	pthread_mutex_lock(bt->lock);
	if (ps->n < INDEX_THREADS && co->pool != NULL) {
		ps->pool[ps->n] = co->pool;
		ps->apool[ps->n] = co->apool;
		ps->n++;
		co->pool = NULL;
	}
	pthread_mutex_unlock(bt->lock);
	free(co->pool);
	co->pool = NULL;
	co->apool = co->npool = 0;
}

/* Collect (trigram id, doc) pairs for every article of the batch. */
static int
batch_collect(struct batch *bt, struct collect *co)
{
	struct buf	 nfc;
	size_t		 len;
	const char	*text;
	char		*why;
	uint32_t	 d;

	buf_init(&nfc);
	for (d = 0; d < bt->n; d++) {
		if (notify_cancelled(bt->notify)) {
			buf_release(&nfc);
			return -1;
		}
		why = NULL;
		index_set_rel(bt, d);
		if (index_load(bt->docs[d], &why) == 0)
			bt->loaded[d] = 1;
		else {
			/* Said by the calling thread (notify.h). */
			bt->warnings = xreallocarray(bt->warnings,
			    bt->nwarnings + 1, sizeof *bt->warnings);
			bt->warnings[bt->nwarnings++] = why;
			continue;
		}
		/* The catalogue may know the text is NFC: no check then. */
		if (bt->docs[d]->flags & ARTICLE_NFC) {
			text = bt->docs[d]->text;
			len = bt->docs[d]->len;
		} else
			text = utf8_nfc_buf(bt->docs[d]->text,
			    bt->docs[d]->len, &nfc, &len);
		collect_text(co, text, len, d);
		pthread_mutex_lock(bt->lock);
		*bt->done += bt->docs[d]->len;
		pthread_mutex_unlock(bt->lock);
		article_unload(bt->docs[d]);
	}
	buf_release(&nfc);
	return 0;
}

/* Index the batch's articles into one segment file. */
static int
batch_build(struct batch *bt)
{
	struct collect	  co;
	struct seg_writer w;
	struct tid_key	 *order;
	struct seg_doc_in	 *din;
	uint64_t	 *keys;
	uint32_t	 *docs, d;
	size_t		  t, n;

	memset(&co, 0, sizeof co);
	batch_take_pool(bt, &co);
	if (batch_collect(bt, &co) == 0)
		collect_flush(&co);
	if (notify_cancelled(bt->notify) || co.full) {
		bt->cause = xstrdup(co.full ? "too many trigrams in one batch" :
		    "interrupted");
		batch_give_pool(bt, &co);
		collect_release(&co);
		return -1;
	}
	n = co.m.n;
	free(co.pairs);
	free(co.sorted);
	free(co.spread);
	free(co.count);
	co.pairs = NULL;
	co.sorted = co.count = NULL;
	co.spread = NULL;
	keys = xreallocarray(NULL, n + 1, sizeof *keys);
	idmap_keys(&co.m, keys);
	idmap_release(&co.m);
	order = xreallocarray(NULL, n + 1, sizeof *order);
	for (t = 0; t < n; t++) {
		order[t].key = keys[t];
		order[t].tid = (uint32_t)t;
	}
	free(keys);
	qsort(order, n, sizeof *order, tid_cmp);
	din = xcalloc(bt->n + 1, sizeof *din);
	for (d = 0; d < bt->n; d++) {
		din[d].id = bt->docs[d]->id;
		din[d].idlen = strlen(din[d].id);
		din[d].rel = bt->rels[d];
		din[d].rellen = strlen(bt->rels[d]);
		din[d].date = bt->docs[d]->date;
		din[d].size = bt->loaded[d] ? bt->docs[d]->size : UINT64_MAX;
		din[d].hash = bt->docs[d]->hash;
		if (bt->loaded[d] && (bt->docs[d]->flags & ARTICLE_NFC))
			din[d].flags = SEG_DOC_NFC;
	}
	docs = xreallocarray(NULL, bt->n + 1, sizeof *docs);
	if (seg_writer_begin(&w, bt->path, bt->n, &bt->cause) == 0) {
		for (t = 0; t < n; t++) {
			const struct collect_list *l = &co.lists[order[t].tid];

			collect_prefetch(&co, order, n, t);
			collect_docs(&co, l, docs);
			seg_writer_add(&w, order[t].key, docs, l->n);
		}
		if (seg_writer_end(&w, bt->path, din, &bt->cause) != 0)
			bt->failed = 1;
	} else
		bt->failed = 1;
	free(docs);
	free(din);
	free(order);
	batch_give_pool(bt, &co);
	collect_release(&co);
	return bt->failed ? -1 : 0;
}

static void *
batch_thread(void *arg)
{
	struct batch	*bt = arg;

	if (batch_build(bt) != 0)
		bt->failed = 1;
	pthread_mutex_lock(bt->lock);
	bt->finished = 1;
	pthread_cond_broadcast(bt->cond);
	pthread_mutex_unlock(bt->lock);
	return NULL;
}

char *
index_seg_name(void)
{
	static unsigned	counter;
	struct timespec	ts;
	uint64_t	v[3];

	clock_gettime(CLOCK_REALTIME, &ts);
	v[0] = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	v[1] = (uint64_t)getpid();
	v[2] = counter++;
	return xasprintf("seg-%016llx", (unsigned long long)hash64(v,
	    sizeof v, HASH_SEED));
}

/* 1 when one of the batches bt[0..started) has finished unjoined; under
   the lock. */
static int
index_some_finished(const struct batch *bt, size_t started)
{
	size_t	k;

	for (k = 0; k < started; k++) {
		if (bt[k].finished && !bt[k].joined)
			return 1;
	}
	return 0;
}

/* Join the finished batches of bt[0..started); how many were joined. */
static size_t
index_join_finished(struct batch *bt, pthread_t *th, size_t started,
    pthread_mutex_t *lock)
{
	size_t	k, n = 0;
	int	finished;

	for (k = 0; k < started; k++) {
		if (bt[k].joined)
			continue;
		pthread_mutex_lock(lock);
		finished = bt[k].finished;
		pthread_mutex_unlock(lock);
		if (finished) {
			pthread_join(th[k], NULL);
			bt[k].joined = 1;
			n++;
		}
	}
	return n;
}

/*
 * The bytes of text for batch b of nb, of bytes in all.  A core that
 * finishes while the other is still on the last batch idles for what is
 * left of it: in batches of equal text, some 0.4 s of a build of 12
 * batches from nothing (they take 1.1 to 1.7 s of a core each).  So the
 * last two batches take half a share each.
 */
static uint64_t
index_batch_bytes(size_t b, size_t nb, uint64_t bytes)
{
	if (nb < 4)
		return bytes / nb + 1;
	return b + 2 >= nb ? bytes / (nb - 1) / 2 + 1 : bytes / (nb - 1) + 1;
}

/* Index arts[0..n) into one or more new segments, appended to *out. */
int
index_build_new(struct index *ix, struct article **arts, size_t n,
    uint64_t bytes, const struct notify *nf, struct seg **out, size_t *nout,
    char **cause)
{
	struct batch	 *bt;
	pthread_t	 *th;
	pthread_mutex_t	  lock = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t	  cond = PTHREAD_COND_INITIALIZER;
	volatile uint64_t done = 0;
	struct pool_stash stash;
	size_t		  nb, b, i, from, k, next, ended, active;
	char		 *seg;
	uint64_t	  per, acc, now;
	int		  rc = 0;
	struct timespec	  ts;

	nb = (size_t)(bytes / index_batch_min) + 1;
	if (nb > INDEX_BATCHES)
		nb = INDEX_BATCHES;
	if (nb < 2 && n >= 64)
		nb = 2;
	if (nb > n)		/* a few large articles: no empty segment */
		nb = n;
	memset(&stash, 0, sizeof stash);
	bt = xcalloc(nb, sizeof *bt);
	th = xcalloc(nb, sizeof *th);
	for (b = 0, i = 0; b < nb; b++) {
		from = i;
		per = index_batch_bytes(b, nb, bytes);
		for (acc = 0; i < n && (acc < per || b == nb - 1); i++)
			acc += arts[i]->size;
		bt[b].docs = arts + from;
		bt[b].n = (uint32_t)(i - from);
		seg = index_seg_name();
		bt[b].path = xasprintf("%s/%s", ix->dir, seg);
		free(seg);
		bt[b].notify = nf;
		bt[b].done = &done;
		bt[b].lock = &lock;
		bt[b].cond = &cond;
		bt[b].loaded = xcalloc(bt[b].n + 1, 1);
		bt[b].rels = xcalloc(bt[b].n + 1, sizeof *bt[b].rels);
		bt[b].stash = &stash;
	}
	/*
	 * One batch per core at a time, and a core whose batch is done takes
	 * the next at once: started in pairs, each pair waited for its slower
	 * batch while the other core idled.  Progress every 50 ms.
	 */
	next = ended = active = 0;
	while (ended < nb) {
		for (; next < nb && active < INDEX_THREADS; next++, active++)
			pthread_create(&th[next], NULL, batch_thread, &bt[next]);
		pthread_mutex_lock(&lock);
		if (!index_some_finished(bt, next)) {
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 50 * 1000 * 1000;
			if (ts.tv_nsec >= 1000 * 1000 * 1000) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000 * 1000 * 1000;
			}
			pthread_cond_timedwait(&cond, &lock, &ts);
		}
		now = done;
		pthread_mutex_unlock(&lock);
		notify_progress(nf, "indexing", now, bytes);
		k = index_join_finished(bt, th, next, &lock);
		ended += k;
		active -= k;
	}
	for (b = 0; b < nb; b++) {
		if (bt[b].failed && rc == 0) {
			rc = -1;
			*cause = bt[b].cause;
			bt[b].cause = NULL;
		}
	}
	for (b = 0; b < nb; b++) {
		if (rc == 0) {
			*out = xreallocarray(*out, *nout + 1, sizeof **out);
			if (seg_open(&(*out)[*nout], ix->dir, strrchr(bt[b].path,
			    '/') + 1, cause) != 0)
				rc = -1;
			else
				(*nout)++;
		}
		if (rc != 0)
			unlink(bt[b].path);
		for (k = 0; k < bt[b].nwarnings; k++) {
			notify_warn(nf, "%s", bt[b].warnings[k]);
			free(bt[b].warnings[k]);
		}
		free(bt[b].warnings);
		free(bt[b].cause);
		free(bt[b].loaded);
		for (k = 0; k < bt[b].n; k++)
			free(bt[b].rels[k]);
		free(bt[b].rels);
		free((char *)bt[b].path);
	}
	while (stash.n > 0)
		free(stash.pool[--stash.n]);
	free(bt);
	free(th);
	return rc;
}
