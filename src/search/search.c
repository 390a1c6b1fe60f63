/*
 * search: the public face.  Candidates come from the index (or are every
 * article); worker threads load and scan them, keeping the matches of
 * each article in its slot; the calling thread hands slots to the
 * callback strictly in order, so output is deterministic whatever the
 * threads do.  Workers run at most a window of articles ahead, taking a
 * chunk at a time: small ones when each article is read from its file
 * (the window bounds the texts held in memory), larger ones through a
 * text cache, whose texts are held anyway (fewer hand-overs between the
 * threads: a third off an interface's search at each key).
 *
 * Read from its file, the text of the article in slot k goes into the
 * buffer k % window of a ring that lives as long as the search: a worker
 * takes slot k only once slot k - window is delivered, so the buffer is
 * free again, and its memory, already mapped, is used again instead of a
 * malloc, page faults and a free (in another thread) per article.  When
 * the callback needs no text (SEARCH_NO_TEXT), a worker reads every
 * article into a buffer of its own and keeps only the matches.  The
 * slots themselves are such a ring, their arrays of matches used again.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "search/index.h"
#include "search/rxplan.h"
#include "search/scan.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "text/textcache.h"

#define SEARCH_WINDOW	256	/* articles run ahead of the callback */
#define SEARCH_CHUNK	16	/* articles a worker takes at once */
#define SEARCH_WINDOW_CACHED	2048	/* the same, through a text cache */
#define SEARCH_CHUNK_CACHED	128
#define SEARCH_THREADS	2
#define SEARCH_POLL_MS	20	/* the caller hears from us this often */
#define SEARCH_TEXT_KEEP (256u * 1024)	/* a ring buffer larger than this
					   is freed once its article is done */
#define SEARCH_MATCH_KEEP 4096		/* ... and a slot's array of more
					   matches than this */

/* A chunk never straddles the window: slot k's ring buffer is free. */
_Static_assert(SEARCH_WINDOW % SEARCH_CHUNK == 0, "chunks fill the window");

struct search_pattern {
	struct scan_pattern	 sp;
	struct scan_ctx		*cx;	/* for search_article */
	size_t			 skipped; /* articles too complex to search
					   in the last run */
};

struct search_index {
	struct index	*ix;
};

enum slot_state { SLOT_WAITING, SLOT_BUSY, SLOT_DONE };

struct slot {
	enum slot_state		 state;
	struct search_match	*m;
	size_t			 n, alloc;
	char			*warning;	/* could not read it */
	char			*error;		/* a limit or the deadline was
						   hit: warned about, skipped */
};

struct run {
	struct corpus		*c;
	struct textcache	*tc;		/* NULL: read every file */
	struct buf		*ring;		/* tc NULL, text kept: window
						   buffers, slot k's is
						   ring[k % window] */
	int			 flags;		/* enum search_flags */
	struct search_pattern	*p;
	const uint32_t		*cand;
	size_t			 ncand;
	struct slot		*slots;		/* window of them, slot k's is
						   slots[k % window] */
	size_t			 next;		/* next slot to claim */
	size_t			 done;		/* slots [0, done) are done */
	size_t			 wake;		/* the caller, waiting, wants
						   done >= wake; SIZE_MAX when
						   it is not waiting */
	size_t			 delivered;	/* slots handed over */
	size_t			 window;	/* SEARCH_WINDOW or _CACHED */
	size_t			 chunk;
	int			 stop;
	const struct notify	*nf;
	pthread_mutex_t		 lock;
	pthread_cond_t		 ready;		/* done reached wake, or stop */
	pthread_cond_t		 room;		/* delivered moved, or stop */
};

struct search_pattern *
search_compile(const char *const *patterns, size_t n, int flags,
    char **cause)
{
	struct search_pattern	*p = xcalloc(1, sizeof *p);

	if (scan_compile(&p->sp, patterns, n, flags, cause) != 0) {
		free(p);
		return NULL;
	}
	return p;
}

void
search_pattern_free(struct search_pattern *p)
{
	if (p == NULL)
		return;
	scan_release(&p->sp);
	scan_ctx_free(p->cx);
	free(p);
}

void
search_set_deadline(struct search_pattern *p, unsigned ms)
{
	p->sp.deadline_ms = ms;
}

size_t
search_skipped(const struct search_pattern *p)
{
	return p->skipped;
}

struct search_index *
search_index_open(struct corpus *c, int flags, const struct notify *nf,
    char **cause)
{
	struct search_index	*si;
	struct index		*ix;

	ix = index_open(c, flags, nf, cause);
	if (ix == NULL)
		return NULL;
	si = xcalloc(1, sizeof *si);
	si->ix = ix;
	return si;
}

void
search_index_close(struct search_index *si)
{
	if (si == NULL)
		return;
	index_close(si->ix);
	free(si);
}

void
search_index_stats(const struct search_index *si,
    struct search_index_stats *st)
{
	index_stats(si->ix, st);
}

int
search_index_prune(const struct notify *nf, char **cause)
{
	return index_prune(nf, cause);
}

static int
search_keep(void *arg, const struct search_match *m)
{
	struct slot	*s = arg;

	s->m = xgrow(s->m, &s->alloc, s->n + 1, sizeof *s->m);
	s->m[s->n++] = *m;
	return 0;
}

/* Lent text that a ring or a worker owns: nothing to free. */
static void
search_text_lent(void *owner)
{
	(void)owner;
}

/*
 * Load candidate k: through the text cache, else into the worker's
 * scratch buffer when no text is kept, else into slot k's ring buffer.
 * As article_load: parsed first when the file has changed since indexed.
 */
static int
search_load(struct run *r, struct buf *scratch, size_t k,
    struct article *a, char **cause)
{
	struct buf	*b;

	if (r->tc != NULL)
		return textcache_load(r->tc, a, cause);
	b = r->ring != NULL ? &r->ring[k % r->window] : scratch;
	if (file_read_into_sized(a->path, FILE_READ_MAX, a->size, b,
	    cause) != 0)
		return -1;
	return article_load_text(a, b->data, b->len,
	    hash64_text(b->data, b->len), search_text_lent, NULL, cause);
}

/* Done with the text of slot k: unload it; free a large ring buffer. */
static void
search_drop(struct run *r, size_t k, struct article *a)
{
	struct buf	*b;

	article_unload(a);
	if (r->ring == NULL)
		return;
	b = &r->ring[k % r->window];
	if (b->alloc > SEARCH_TEXT_KEEP)
		buf_release(b);
}

static struct slot *
search_slot(struct run *r, size_t k)
{
	return &r->slots[k % r->window];
}

/* Load and scan one candidate into its slot. */
static void
search_one(struct run *r, struct scan_ctx *cx, struct buf *scratch,
    size_t k)
{
	struct slot	*s = search_slot(r, k);
	struct article	*a = r->c->articles[r->cand[k]];
	char		*why = NULL;

	if (search_load(r, scratch, k, a, &why) != 0) {
		s->warning = why;
		return;
	}
	if (scan_text(cx, &r->p->sp, a->text, a->len,
	    (a->flags & ARTICLE_NFC) != 0, r->cand[k], a->file, search_keep,
	    s, &why) < 0 && why != NULL) {
		s->error = why;	/* the matches so far are not all */
		s->n = 0;
	}
	if ((s->n == 0 && s->error == NULL) || (r->flags & SEARCH_NO_TEXT))
		search_drop(r, k, a);
}

/*
 * Under the lock: slots [first, last) are done.  The caller hears of it
 * only once the slots it waits for are all done, a batch of them: woken
 * at every chunk, it took a core from the workers some 8,000 times in a
 * search of bench/search's 123,000 articles.  Returns 1 when the caller
 * is to be woken: the worker signals once it has let go of the lock, as
 * a caller woken under it (on the worker's core, which it takes over)
 * only went to sleep again on the lock, to be woken once more when the
 * worker released it: three switches per batch instead of one.
 */
static int
search_done(struct run *r, size_t first, size_t last, int cancelled)
{
	size_t	k;

	if (cancelled)
		r->stop = 1;
	for (k = first; k < last; k++)
		search_slot(r, k)->state = SLOT_DONE;
	/* Past delivered + window, the ring holds older slots. */
	while (r->done < r->ncand && r->done < r->delivered + r->window &&
	    search_slot(r, r->done)->state == SLOT_DONE)
		r->done++;
	if (r->stop)
		pthread_cond_broadcast(&r->room);
	return r->done >= r->wake || r->stop;
}

/* Wake the caller if search_done said so, the lock released. */
static void
search_wake_caller(struct run *r, int *wake)
{
	if (*wake)
		pthread_cond_signal(&r->ready);
	*wake = 0;
}

static void *
search_worker(void *arg)
{
	struct run	*r = arg;
	struct scan_ctx	*cx = scan_ctx_create();
	struct buf	 scratch;
	size_t		 k, first, last;
	int		 cancelled = 0, wake = 0;

	buf_init(&scratch);
	scan_ctx_set_notify(cx, r->nf);
	pthread_mutex_lock(&r->lock);
	for (;;) {
		while (!r->stop && r->next < r->ncand &&
		    r->next >= r->delivered + r->window) {
			search_wake_caller(r, &wake);	/* before sleeping */
			pthread_cond_wait(&r->room, &r->lock);
		}
		if (r->stop || r->next >= r->ncand)
			break;
		first = r->next;
		last = first + r->chunk < r->ncand ? first + r->chunk :
		    r->ncand;
		r->next = last;
		pthread_mutex_unlock(&r->lock);
		search_wake_caller(r, &wake);
		for (k = first; k < last; k++) {
			if (!cancelled && notify_cancelled(r->nf))
				cancelled = 1;
			if (!cancelled)
				search_one(r, cx, &scratch, k);
		}
		pthread_mutex_lock(&r->lock);
		wake = search_done(r, first, last, cancelled);
	}
	pthread_mutex_unlock(&r->lock);
	search_wake_caller(r, &wake);
	scan_ctx_free(cx);
	buf_release(&scratch);
	return NULL;
}

/* Empty a slot for the one window slots later; keep a small array. */
static void
search_slot_clear(struct slot *s)
{
	free(s->warning);
	free(s->error);
	s->warning = s->error = NULL;
	if (s->alloc > SEARCH_MATCH_KEEP) {
		free(s->m);
		s->m = NULL;
		s->alloc = 0;
	}
	s->n = 0;
	s->state = SLOT_WAITING;
}

/* Hand slot k to the callback; returns -1 to stop, 1 when it matched. */
static int
search_deliver(struct run *r, size_t k, search_cb cb, void *arg,
    char **cause)
{
	struct slot	*s = search_slot(r, k);
	struct article	*a = r->c->articles[r->cand[k]];
	size_t		 i;
	int		 rc = 0;

	(void)cause;
	if (s->warning != NULL)
		notify_warn(r->nf, "%s", s->warning);
	if (s->error != NULL) {
		notify_warn(r->nf, "%s", s->error);
		r->p->skipped++;
	}
	for (i = 0; i < s->n && rc == 0; i++)
		rc = cb(arg, a, &s->m[i]);
	if (i > 0 && rc >= 0)
		cb(arg, a, NULL);
	search_drop(r, k, a);
	search_slot_clear(s);
	if (rc < 0)
		return -1;
	return i > 0 ? 1 : 0;
}

/*
 * Wait for slot k and a batch after it (window / 4 slots, or up to the
 * last), telling the caller how far we are every SEARCH_POLL_MS
 * meanwhile: its progress hook is where an interface looks for a key,
 * and a cancel flag set there stops the workers at once.  Returns how
 * many slots are done: k or less when the search stopped.
 */
static size_t
search_wait(struct run *r, size_t k)
{
	struct timespec	ts;
	size_t		done, batch = r->window / 4;

	pthread_mutex_lock(&r->lock);
	r->wake = k + batch < r->ncand ? k + batch : r->ncand;
	while (r->done < r->wake && !r->stop) {
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += SEARCH_POLL_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		if (pthread_cond_timedwait(&r->ready, &r->lock, &ts) !=
		    ETIMEDOUT)
			continue;
		pthread_mutex_unlock(&r->lock);
		notify_progress(r->nf, "searching", k, r->ncand);
		pthread_mutex_lock(&r->lock);
		if (notify_cancelled(r->nf))
			r->stop = 1;
	}
	r->wake = SIZE_MAX;
	done = r->stop ? k : r->done;
	pthread_mutex_unlock(&r->lock);
	return done;
}

static int
search_parallel(struct run *r, search_cb cb, void *arg, char **cause)
{
	pthread_t	th[SEARCH_THREADS];
	long		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t		nth, t, k, done = 0;
	int		found = 0, rc = 0;

	nth = ncpu > 1 ? (size_t)ncpu : 1;
	if (nth > SEARCH_THREADS)
		nth = SEARCH_THREADS;
	if (nth > r->ncand)
		nth = r->ncand;
	r->wake = SIZE_MAX;
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->ready, NULL);
	pthread_cond_init(&r->room, NULL);
	for (t = 0; t < nth; t++)
		pthread_create(&th[t], NULL, search_worker, r);
	for (k = 0; k < r->ncand && rc >= 0; k++) {
		if (k >= done && (done = search_wait(r, k)) <= k)
			break;
		rc = search_deliver(r, k, cb, arg, cause);
		if (rc > 0)
			found = 1;
		if (rc < 0 || (k + 1) % r->chunk == 0) {
			pthread_mutex_lock(&r->lock);
			r->delivered = k + 1;
			if (rc < 0)
				r->stop = 1;
			pthread_mutex_unlock(&r->lock);
			/* Outside the lock, as search_done explains. */
			pthread_cond_broadcast(&r->room);
		}
		notify_progress(r->nf, "searching", k + 1, r->ncand);
	}
	pthread_mutex_lock(&r->lock);
	r->stop = 1;
	pthread_cond_broadcast(&r->room);
	pthread_mutex_unlock(&r->lock);
	for (t = 0; t < nth; t++)
		pthread_join(th[t], NULL);
	for (; k < r->ncand; k++)	/* what the workers left loaded */
		search_drop(r, k, r->c->articles[r->cand[k]]);
	for (k = 0; k < r->window; k++) {
		search_slot_clear(&r->slots[k]);
		free(r->slots[k].m);
	}
	pthread_mutex_destroy(&r->lock);
	pthread_cond_destroy(&r->ready);
	pthread_cond_destroy(&r->room);
	if (rc >= 0 && notify_cancelled(r->nf)) {
		*cause = xstrdup("interrupted");
		return -1;
	}
	return rc < 0 ? -1 : found;
}

/* Scan the articles cand[0..n) of c, on both cores, through tc. */
static int
search_candidates(struct corpus *c, struct textcache *tc, uint32_t *cand,
    size_t n, struct search_pattern *p, int flags, search_cb cb, void *arg,
    const struct notify *nf, char **cause)
{
	struct run	r;
	size_t		i;
	int		rc;

	p->sp.once = flags & (SEARCH_LINE_FIRST | SEARCH_ARTICLE_FIRST);
	p->skipped = 0;
	memset(&r, 0, sizeof r);
	r.c = c;
	r.tc = tc;
	if (tc != NULL)
		textcache_sync(tc);	/* changes made before now are seen */
	r.window = tc != NULL ? SEARCH_WINDOW_CACHED : SEARCH_WINDOW;
	r.chunk = tc != NULL ? SEARCH_CHUNK_CACHED : SEARCH_CHUNK;
	r.p = p;
	r.cand = cand;
	r.ncand = n;
	r.nf = nf;
	r.flags = flags;
	if (tc == NULL && !(flags & SEARCH_NO_TEXT))
		r.ring = xcalloc(r.window, sizeof *r.ring);
	r.slots = xcalloc(r.window, sizeof *r.slots);
	rc = n == 0 ? 0 : search_parallel(&r, cb, arg, cause);
	free(r.slots);
	for (i = 0; r.ring != NULL && i < r.window; i++)
		buf_release(&r.ring[i]);
	free(r.ring);
	return rc;
}

int
search_run(struct search_index *si, struct corpus *c,
    struct search_pattern *p, int flags, search_cb cb, void *arg,
    const struct notify *nf, char **cause)
{
	return search_run_cached(si, NULL, c, p, flags, cb, arg, nf, cause);
}

int
search_run_cached(struct search_index *si, struct textcache *tc,
    struct corpus *c, struct search_pattern *p, int flags, search_cb cb,
    void *arg, const struct notify *nf, char **cause)
{
	return search_run_within(si, tc, c, p, flags, NULL, cb, arg, nf,
	    cause);
}

/* Keep the candidates cand[0..*n) that within marks. */
static void
search_keep_within(uint32_t *cand, size_t *n, const uint32_t *within)
{
	size_t	i, k;

	for (i = k = 0; i < *n; i++) {
		if (within[cand[i]] != 0)
			cand[k++] = cand[i];
	}
	*n = k;
}

int
search_run_within(struct search_index *si, struct textcache *tc,
    struct corpus *c, struct search_pattern *p, int flags,
    const uint32_t *within, search_cb cb, void *arg,
    const struct notify *nf, char **cause)
{
	uint32_t	*cand = NULL;
	size_t		 n = 0, i;
	char		*why = NULL;
	int		 rc;

	*cause = NULL;
	if (si != NULL && !(flags & SEARCH_NO_INDEX) &&
	    index_candidates(si->ix, p->sp.query, &cand, &n, &why) != 0) {
		notify_warn(nf, "%s; rebuilding it", why);
		free(why);
		why = NULL;
		index_close(si->ix);
		si->ix = index_open(c, SEARCH_INDEX_REBUILD, nf, cause);
		if (si->ix == NULL)
			return -1;
		free(cand);
		cand = NULL;
		if (index_candidates(si->ix, p->sp.query, &cand, &n,
		    cause) != 0)
			return -1;
	}
	if (cand == NULL) {
		cand = xreallocarray(NULL, c->n + 1, sizeof *cand);
		for (i = 0; i < c->n; i++)
			cand[i] = (uint32_t)i;
		n = c->n;
	}
	if (within != NULL)
		search_keep_within(cand, &n, within);
	rc = search_candidates(c, tc, cand, n, p, flags, cb, arg, nf, cause);
	free(cand);
	return rc;
}

/*
 * An article for hit h, numbered i: its names are the hit's (borrowed:
 * the hits outlive it), its size, hash and NFC flag the index's, so that
 * loading it parses it only when the file has changed since.
 */
static struct article *
search_hit_article(const struct index_hit *h, uint32_t i)
{
	struct article	*a = article_borrow(h->id, h->file, h->file);

	a->size = h->size;
	a->hash = h->hash;
	if (h->nfc)	/* load resets it when changed */
		a->flags |= ARTICLE_NFC;
	a->index = i;
	return a;
}

int
search_paths(const char *const *paths, size_t npaths,
    struct search_pattern *p, int flags, search_cb cb, void *arg,
    const struct notify *nf, char **cause)
{
	struct corpus		 c;
	struct index_hits	 hits;
	uint32_t		*cand;
	size_t			 n, i;
	int			 rc;

	*cause = NULL;
	if (flags & SEARCH_NO_INDEX)
		return -2;
	if (index_query_paths(paths, npaths, p->sp.query, &hits,
	    cause) != 0)
		return -2;
	n = hits.n;
	memset(&c, 0, sizeof c);
	c.articles = xcalloc(n + 1, sizeof *c.articles);
	cand = xcalloc(n + 1, sizeof *cand);
	for (i = 0; i < n; i++) {
		c.articles[i] = search_hit_article(&hits.v[i], (uint32_t)i);
		cand[i] = (uint32_t)i;
	}
	c.n = n;
	rc = search_candidates(&c, NULL, cand, n, p, flags, cb, arg, nf,
	    cause);
	free(cand);
	for (i = 0; i < n; i++)
		article_free(c.articles[i]);
	free(c.articles);
	index_hits_release(&hits);
	return rc;
}

struct direct {
	search_cb	 cb;
	void		*arg;
	struct article	*a;
	int		 any;
};

static int
search_direct(void *arg, const struct search_match *m)
{
	struct direct	*d = arg;

	d->any = 1;
	return d->cb(d->arg, d->a, m);
}

int
search_article(struct search_pattern *p, struct article *a, search_cb cb,
    void *arg, char **cause)
{
	struct direct	d = { cb, arg, a, 0 };
	int		rc;

	*cause = NULL;
	if (p->cx == NULL)
		p->cx = scan_ctx_create();
	p->sp.once = 0;
	p->skipped = 0;
	if (a->text == NULL) {
		*cause = xasprintf("'%s' is not loaded", a->file);
		return -1;
	}
	rc = scan_text(p->cx, &p->sp, a->text, a->len,
	    (a->flags & ARTICLE_NFC) != 0, a->index, a->file, search_direct,
	    &d, cause);
	if (rc > 0 || (rc < 0 && *cause == NULL && d.any))
		cb(arg, a, NULL);
	return rc;
}
