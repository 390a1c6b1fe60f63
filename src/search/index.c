/*
 * index: the persistent index of a corpus (index.h): opening, updating
 * under the lock, attaching to a corpus, querying, pruning, and the
 * command line's query by paths.  The segment format is seg.c's, the
 * manifest manifest.c's, building index-build.c's and merging
 * index-merge.c's.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/lock.h"
#include "base/mkdir.h"
#include "base/notify.h"
#include "base/xdg.h"
#include "base/xmalloc.h"
#include "search/index-private.h"
#include "search/index.h"
#include "search/manifest.h"
#include "search/postlist.h"
#include "search/rxplan.h"
#include "search/search-types.h"
#include "text/article.h"
#include "text/corpus.h"

#define INDEX_MAX_SEGS	16		/* more: merge them all */
#define INDEX_LOCK_WAIT_MS 1500		/* then go on without the index */

static double
index_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
index_close_segs(struct index *ix)
{
	size_t	k;

	for (k = 0; k < ix->nsegs; k++)
		seg_close(&ix->segs[k]);
	free(ix->segs);
	ix->segs = NULL;
	ix->nsegs = 0;
}

/* Attaching to a corpus. */

/*
 * Finding the article a document stands for.  Documents are written in
 * the corpus's order (by date, then id), so the article after the one
 * the document before stood for is most often it, and otherwise a binary
 * search on date and id finds it.  Only a document that neither finds
 * (its article gone, or its date changed) needs the table of all ids,
 * made then: making it (and a strmap before it, which copied every id)
 * and a hash lookup per document took 70 ms of every update at 123,000
 * articles.
 */
struct index_ids {
	const struct corpus	*c;
	uint32_t		*slots;		/* article index + 1; 0: empty;
						   NULL until needed */
	size_t			 mask;
};

static void
index_ids_init(struct index_ids *m, const struct corpus *c)
{
	memset(m, 0, sizeof *m);
	m->c = c;
}

/* The table of ids: each id -> the first index in c with that id. */
static void
index_ids_make(struct index_ids *m)
{
	const struct corpus *c = m->c;
	const char	*id;
	size_t		 n = 16, i, h, len;

	while (n < c->n * 2 + 1)
		n *= 2;
	m->slots = xcalloc(n, sizeof *m->slots);
	m->mask = n - 1;
	for (i = 0; i < c->n; i++) {
		id = c->articles[i]->id;
		len = strlen(id);
		h = hash64(id, len, HASH_SEED) & m->mask;
		while (m->slots[h] != 0 &&
		    strcmp(c->articles[m->slots[h] - 1]->id, id) != 0)
			h = (h + 1) & m->mask;
		if (m->slots[h] == 0)
			m->slots[h] = (uint32_t)i + 1;
	}
}

/* The index of the article with id id[0..len) by the table, or -1. */
static long
index_ids_get(struct index_ids *m, const char *id, size_t len)
{
	const char	*a;
	size_t		 h;

	if (m->slots == NULL)
		index_ids_make(m);
	h = hash64(id, len, HASH_SEED) & m->mask;
	for (; m->slots[h] != 0; h = (h + 1) & m->mask) {
		a = m->c->articles[m->slots[h] - 1]->id;
		if (strncmp(a, id, len) == 0 && a[len] == '\0')
			return (long)m->slots[h] - 1;
	}
	return -1;
}

static void
index_ids_release(struct index_ids *m)
{
	free(m->slots);
	memset(m, 0, sizeof *m);
}

/* 1 when a's id is id[0..len). */
static int
index_same_id(const struct article *a, const char *id, size_t len)
{
	return strncmp(a->id, id, len) == 0 && a->id[len] == '\0';
}

/* a against the key (date, id[0..len)), in the corpus's order. */
static int
index_key_cmp(const struct article *a, const char *date, const char *id,
    size_t len)
{
	int	r;

	if ((r = strcmp(a->date, date)) != 0)
		return r;
	if ((r = strncmp(a->id, id, len)) != 0)
		return r;
	return a->id[len] != '\0';
}

/* The article with that date and id by binary search, or -1. */
static long
index_search_article(const struct corpus *c, const char *date,
    const char *id, size_t len)
{
	size_t	lo = 0, hi = c->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (index_key_cmp(c->articles[mid], date, id, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < c->n && index_key_cmp(c->articles[lo], date, id, len) == 0)
		return (long)lo;
	return -1;
}

/*
 * The index of the article with the id of document d of s, or -1; prev
 * is the article the document before stood for (-1 for none).
 */
static long
index_find_article(struct index_ids *m, const struct seg *s, uint32_t d,
    long prev)
{
	const char	*id = s->ids + s->docs[d].id;
	size_t		 len = s->docs[d].idlen;
	long		 i;

	if (prev >= 0 && (size_t)prev + 1 < m->c->n &&
	    index_same_id(m->c->articles[prev + 1], id, len))
		return prev + 1;
	if ((i = index_search_article(m->c, s->docs[d].date, id, len)) >= 0)
		return i;
	return index_ids_get(m, id, len);
}

/*
 * Attach the documents of segments from..nsegs to the articles of c (ids
 * as index_ids_init starts it); -1 when a document group of one is corrupt.
 */
static int
index_attach_segs(struct index *ix, const struct corpus *c,
    struct index_ids *ids, size_t from)
{
	struct seg	*s;
	struct article	*a;
	size_t		 k;
	uint32_t	 d, i;
	long		 v, prev;
	int		 bad = 0;

	for (k = from; k < ix->nsegs; k++) {
		s = &ix->segs[k];
		prev = -1;
		for (d = 0; d < s->h->ndocs; d++) {
			s->article[d] = UINT32_MAX;
			if (!seg_doc_ok(s, d) || seg_is_deleted(s, d))
				continue;
			v = index_find_article(ids, s, d, prev);
			if (v < 0)
				continue;
			prev = v;
			i = (uint32_t)v;
			a = c->articles[i];
			if (a->size != s->docs[d].size ||
			    a->hash != s->docs[d].hash)
				continue;
			s->article[d] = i;
			ix->covered[i] = 1;
		}
		if (s->corrupt)
			bad = 1;
	}
	return bad ? -1 : 0;
}

/* Attach every segment anew; -1 as index_attach_segs. */
static int
index_attach_all(struct index *ix, const struct corpus *c,
    struct index_ids *ids)
{
	free(ix->covered);
	ix->covered = xcalloc(c->n + 1, 1);
	ix->narticles = c->n;
	return index_attach_segs(ix, c, ids, 0);
}

/* Returns -1 when a document group of some segment is corrupt. */
static int
index_attach(struct index *ix, struct corpus *c)
{
	struct index_ids	ids;
	int			rc;

	index_ids_init(&ids, c);
	rc = index_attach_all(ix, c, &ids);
	index_ids_release(&ids);
	return rc;
}

/* Building and updating. */



/* Remove files of the directory that the manifest does not name. */
static void
index_collect(struct index *ix)
{
	DIR		*d = opendir(ix->dir);
	struct dirent	*de;
	char		*path;
	size_t		 k;
	int		 live;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "seg-", 4) != 0)
			continue;
		live = 0;
		for (k = 0; k < ix->nsegs; k++)
			live |= strcmp(ix->segs[k].name, de->d_name) == 0;
		if (live)
			continue;
		path = xasprintf("%s/%s", ix->dir, de->d_name);
		unlink(path);
		free(path);
	}
	closedir(d);
}

/* Deleted documents: those attached to no article. */
static size_t
index_mark_deleted(struct index *ix)
{
	struct seg	*s;
	size_t		 k, total = 0, nd;
	uint32_t	 d;

	for (k = 0; k < ix->nsegs; k++) {
		s = &ix->segs[k];
		nd = 0;
		s->deleted = xreallocarray(s->deleted, s->h->ndocs + 1,
		    sizeof *s->deleted);
		for (d = 0; d < s->h->ndocs; d++) {
			if (s->article[d] == UINT32_MAX)
				s->deleted[nd++] = d;
		}
		s->ndeleted = nd;
		total += nd;
	}
	return total;
}

/* Merge the segments from..nsegs into one, which takes their place. */
static int
index_compact(struct index *ix, size_t from, char **cause)
{
	struct seg	 one;
	char		*name = index_seg_name(), *path;
	size_t		 k;
	int		 rc;

	path = xasprintf("%s/%s", ix->dir, name);
	rc = index_merge(ix->segs + from, ix->nsegs - from, path, cause);
	if (rc == 0)
		rc = seg_open(&one, ix->dir, name, cause);
	if (rc == 0) {
		for (k = from; k < ix->nsegs; k++)
			seg_close(&ix->segs[k]);
		ix->segs[from] = one;
		ix->nsegs = from + 1;
	} else
		unlink(path);
	free(path);
	free(name);
	return rc;
}

/*
 * When there are too many segments, the first of those to merge: the
 * newest two, and each older one no larger than twice the newer ones
 * taken.  Updates add small segments at the end, so they merge among
 * themselves and into a large one only once they add up to half its
 * size: merging every segment instead (a rewrite of all 230 MB, 3.5 s
 * at 123,000 articles) made one update in every few ten times slower
 * than the others.  Each merge leaves at least one segment fewer.
 */
static size_t
index_merge_from(const struct index *ix)
{
	size_t		k = ix->nsegs - 2;
	uint64_t	size;

	size = (uint64_t)ix->segs[k].mapsize + ix->segs[k + 1].mapsize;
	while (k > 0 && ix->segs[k - 1].mapsize <= 2 * size) {
		k--;
		size += ix->segs[k].mapsize;
	}
	return k;
}

/*
 * Add the articles that no document stands for as new segments, and
 * merge when there are too many segments or deleted documents; *fresh is
 * the first segment whose documents are not attached yet.  1 when there
 * was nothing to do.
 */
static int
index_add_uncovered(struct index *ix, struct corpus *c,
    const struct notify *nf, size_t *fresh, char **cause)
{
	struct article	**arts;
	size_t		  n = 0, i, deleted, total = 0, k;
	uint64_t	  bytes = 0;

	*fresh = ix->nsegs;
	arts = xcalloc(c->n + 1, sizeof *arts);
	for (i = 0; i < c->n; i++) {
		if (!ix->covered[i]) {
			arts[n++] = c->articles[i];
			bytes += c->articles[i]->size;
		}
	}
	deleted = index_mark_deleted(ix);
	for (k = 0; k < ix->nsegs; k++)
		total += ix->segs[k].h->ndocs;
	if (n == 0 && deleted == 0 && ix->nsegs > 0) {
		free(arts);
		return 1;
	}
	if (n > 0 && index_build_new(ix, arts, n, bytes, nf, &ix->segs,
	    &ix->nsegs, cause) != 0) {
		free(arts);
		return -1;
	}
	free(arts);
	total += n;
	if (deleted * 4 > total)
		k = 0;
	else if (ix->nsegs > INDEX_MAX_SEGS)
		k = index_merge_from(ix);
	else
		return 0;
	if (index_compact(ix, k, cause) != 0)
		return -1;
	if (k < *fresh)
		*fresh = k;
	return 0;
}

/*
 * Bring the index up to date; the directory is locked.  The map of ids
 * serves both attachments, and after the update only the new or merged
 * segments are attached: the others' documents stand for the same
 * articles as before (both took a tenth of a second at 120,000
 * articles).
 */
static int
index_refresh(struct index *ix, struct corpus *c, const struct notify *nf,
    char **cause)
{
	struct index_ids ids;
	size_t		 fresh;
	double		 t0 = index_now();
	int		 rc;

	index_ids_init(&ids, c);
	if (index_attach_all(ix, c, &ids) != 0) {
		notify_warn(nf, "index '%s' is corrupt; rebuilding it",
		    ix->dir);
		index_close_segs(ix);
		index_attach_all(ix, c, &ids);
	}
	rc = index_add_uncovered(ix, c, nf, &fresh, cause);
	if (rc == 1)
		index_collect(ix);	/* what a killed build left */
	if (rc != 0) {
		index_ids_release(&ids);
		return rc == 1 ? 0 : -1;
	}
	if (notify_cancelled(nf)) {
		index_ids_release(&ids);
		*cause = xstrdup("interrupted");
		return -1;
	}
	if (manifest_write(ix->dir, c->root, ix->segs, ix->nsegs,
	    cause) != 0) {
		index_ids_release(&ids);
		return -1;
	}
	index_collect(ix);
	if (fresh == 0)
		index_attach_all(ix, c, &ids);
	else
		index_attach_segs(ix, c, &ids, fresh);
	index_ids_release(&ids);
	ix->build_seconds = index_now() - t0;
	return 0;
}

/* Say that the index is rebuilt, and why (the file and the reason). */
static void
index_warn_rebuild(const struct index *ix, const struct notify *nf,
    const char *why)
{
	if (why != NULL)
		notify_warn(nf, "%s; rebuilding it", why);
	else
		notify_warn(nf, "index '%s' is unreadable; rebuilding it",
		    ix->dir);
}

/*
 * Take the index's lock, waiting INDEX_LOCK_WAIT_MS at most: another
 * demarche updating it (or stopped while it did) makes the caller go on
 * without the index, not wait for it.
 */
static int
index_lock(struct index *ix, char **cause)
{
	char	*why = NULL;
	int	 fd;

	fd = lock_acquire(ix->dir, INDEX_LOCK_WAIT_MS, &why);
	if (fd == -1 && errno == EWOULDBLOCK) {
		*cause = xasprintf("index '%s' is busy: another demarche is "
		    "updating it", ix->dir);
		free(why);
	} else if (fd == -1)
		*cause = why;
	return fd;
}

static int
index_locked_update(struct index *ix, struct corpus *c, int flags,
    const struct notify *nf, char **cause)
{
	char	*why = NULL;
	int	 fd, rc;

	if ((fd = index_lock(ix, cause)) == -1)
		return -1;
	index_close_segs(ix);
	rc = (flags & SEARCH_INDEX_REBUILD) ? 1 : manifest_read(ix->dir, &ix->root, &ix->segs, &ix->nsegs, &why);
	if (rc < 0) {
		index_warn_rebuild(ix, nf, why);
		free(why);
		index_close_segs(ix);
	}
	if (rc != 0)
		index_close_segs(ix);
	rc = index_refresh(ix, c, nf, cause);
	lock_release(fd);
	return rc;
}

struct index *
index_open(struct corpus *c, int flags, const struct notify *nf,
    char **cause)
{
	struct index	*ix = xcalloc(1, sizeof *ix);
	char		*why = NULL;
	int		 rc;

	ix->dir = corpus_cache_path(c, "index");
	ix->root = xstrdup(c->root);
	if (ix->dir == NULL) {
		index_attach(ix, c);	/* no cache: everything a candidate */
		return ix;
	}
	if (mkdir_p(ix->dir, cause) != 0) {
		index_close(ix);
		return NULL;
	}
	rc = (flags & SEARCH_INDEX_REBUILD) ? 1 : manifest_read(ix->dir, &ix->root, &ix->segs, &ix->nsegs, &why);
	if (rc == 0 && !(flags & SEARCH_INDEX_UPDATE)) {
		if (index_attach(ix, c) == 0)
			return ix;
		rc = -1;
		why = xasprintf("index '%s' is corrupt", ix->dir);
	}
	if (rc < 0) {
		index_warn_rebuild(ix, nf, why);
		flags |= SEARCH_INDEX_REBUILD;
	}
	free(why);
	if (index_locked_update(ix, c, flags, nf, cause) != 0) {
		index_close(ix);
		return NULL;
	}
	return ix;
}

void
index_close(struct index *ix)
{
	if (ix == NULL)
		return;
	index_close_segs(ix);
	free(ix->covered);
	free(ix->dir);
	free(ix->root);
	free(ix);
}

/* Querying. */

struct dset {
	int		 all;
	uint32_t	*d;
	size_t		 n;
};

static void
dset_and(struct dset *a, struct dset *b)
{
	size_t	i = 0, j = 0, m = 0;

	if (b->all)
		return;
	if (a->all) {
		free(a->d);
		*a = *b;
		b->d = NULL;
		return;
	}
	while (i < a->n && j < b->n) {
		if (a->d[i] < b->d[j])
			i++;
		else if (a->d[i] > b->d[j])
			j++;
		else {
			a->d[m++] = a->d[i];
			i++, j++;
		}
	}
	a->n = m;
}

static void
dset_or(struct dset *a, struct dset *b)
{
	uint32_t	*o;
	size_t		 i = 0, j = 0, m = 0;

	if (a->all || b->all) {
		free(a->d);
		a->d = NULL;
		a->n = 0;
		a->all = 1;
		return;
	}
	o = xreallocarray(NULL, a->n + b->n + 1, sizeof *o);
	while (i < a->n || j < b->n) {
		if (j >= b->n || (i < a->n && a->d[i] < b->d[j]))
			o[m++] = a->d[i++];
		else if (i >= a->n || b->d[j] < a->d[i])
			o[m++] = b->d[j++];
		else {
			o[m++] = a->d[i++];
			j++;
		}
	}
	free(a->d);
	a->d = o;
	a->n = m;
}

static int
seg_eval(struct seg *s, const struct rxq *q, struct dset *out)
{
	struct dset	sub;
	uint64_t	off, len;
	size_t		i;
	int		rc;

	memset(out, 0, sizeof *out);
	switch (q->op) {
	case RXQ_ALL:
		out->all = 1;
		return 0;
	case RXQ_TRI:
		rc = seg_lookup(s, q->tri, &off, &len);
		if (rc < 0)
			return -1;
		if (rc == 1 && postlist_is_all(s->map + s->h->off_post + off,
		    (size_t)len)) {
			out->all = 1;
			return 0;
		}
		out->d = xreallocarray(NULL, s->h->ndocs + 1, sizeof *out->d);
		if (rc == 1 && seg_decode(s, off, len, out->d, &out->n) != 0)
			return -1;
		return 0;
	default:
		out->all = q->op == RXQ_AND;
		for (i = 0; i < q->nsub; i++) {
			if (seg_eval(s, q->sub[i], &sub) != 0) {
				free(sub.d);
				return -1;
			}
			if (q->op == RXQ_AND)
				dset_and(out, &sub);
			else
				dset_or(out, &sub);
			free(sub.d);
			if (q->op == RXQ_AND && !out->all && out->n == 0)
				break;
		}
		return 0;
	}
}

int
index_candidates(struct index *ix, const struct rxq *q, uint32_t **out,
    size_t *n, char **cause)
{
	uint8_t		*want = xcalloc(ix->narticles + 1, 1);
	struct dset	 r;
	struct seg	*s;
	size_t		 k, i;
	uint32_t	 a;

	for (i = 0; i < ix->narticles; i++)
		want[i] = !ix->covered[i] || q->op == RXQ_ALL;
	for (k = 0; k < ix->nsegs && q->op != RXQ_ALL; k++) {
		s = &ix->segs[k];
		if (seg_eval(s, q, &r) != 0) {
			free(r.d);
			free(want);
			*cause = xasprintf("index file '%s/%s' is corrupt",
			    ix->dir, s->name);
			return -1;
		}
		for (i = 0; r.all ? i < s->h->ndocs : i < r.n; i++) {
			a = s->article[r.all ? i : r.d[i]];
			if (a != UINT32_MAX)
				want[a] = 1;
		}
		free(r.d);
	}
	*out = xreallocarray(NULL, ix->narticles + 1, sizeof **out);
	for (*n = 0, i = 0; i < ix->narticles; i++) {
		if (want[i])
			(*out)[(*n)++] = (uint32_t)i;
	}
	free(want);
	return 0;
}

void
index_stats(const struct index *ix, struct search_index_stats *st)
{
	const struct seg	*s;
	size_t			 k;
	uint32_t		 d;

	memset(st, 0, sizeof *st);
	for (k = 0; k < ix->nsegs; k++) {
		s = &ix->segs[k];
		st->trigrams += s->h->ntri;
		st->size += s->h->size;
		for (d = 0; d < s->h->ndocs; d++) {
			if (s->article[d] != UINT32_MAX) {
				st->articles++;
				st->bytes += s->docs[d].size;
			}
		}
	}
	st->segments = (uint32_t)ix->nsegs;
	st->build_seconds = ix->build_seconds;
}

/* Pruning. */

static void
index_remove_dir(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*de;
	char		*path;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		unlink(path);
		free(path);
	}
	closedir(d);
	rmdir(dir);
}

int
index_prune(const struct notify *nf, char **cause)
{
	struct index	 ix;
	struct dirent	*de;
	struct stat	 st;
	DIR		*d;
	char		*cache, *why = NULL;
	size_t		 len;
	int		 removed = 0, rc, fd;

	cache = xdg_dir(XDG_CACHE, 0, cause);
	if (cache == NULL)
		return -1;
	d = opendir(cache);
	if (d == NULL) {
		free(cache);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 7 || strcmp(de->d_name + len - 6, ".index") != 0)
			continue;
		memset(&ix, 0, sizeof ix);
		ix.dir = xasprintf("%s/%s", cache, de->d_name);
		/* Under its lock, not waiting: one being built is alive. */
		if ((fd = lock_acquire(ix.dir, 0, &why)) != -1) {
			rc = manifest_read(ix.dir, &ix.root, &ix.segs, &ix.nsegs, &why);
			if (rc == 0 && ix.root != NULL &&
			    stat(ix.root, &st) != 0) {
				notify_warn(nf, "removing index '%s' of '%s'",
				    ix.dir, ix.root);
				index_remove_dir(ix.dir);
				removed++;
			}
			lock_release(fd);
		}
		free(why);
		why = NULL;
		index_close_segs(&ix);
		free(ix.root);
		free(ix.dir);
	}
	closedir(d);
	free(cache);
	return removed;
}

/* Querying by paths alone, without walking the corpus. */

static int
hit_cmp(const void *x, const void *y)
{
	const struct index_hit	*a = x, *b = y;
	int			 c;

	if ((c = strcmp(a->date, b->date)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The index directory of the corpus of paths: the key is the one
 * corpus_open computes (a hash of the sorted real paths, each with its
 * NUL), which tests/unit/test-index checks.
 */
static char *
index_dir_of(const char *const *paths, size_t n, char **reals)
{
	char		**sorted, *cache, *dir;
	uint64_t	  h = HASH_SEED;
	size_t		  i;

	sorted = xcalloc(n + 1, sizeof *sorted);
	for (i = 0; i < n; i++) {
		reals[i] = realpath(paths[i], NULL);
		if (reals[i] == NULL)
			reals[i] = xstrdup(paths[i]);
		sorted[i] = reals[i];
	}
	qsort(sorted, n, sizeof *sorted, name_cmp);
	for (i = 0; i < n; i++)
		h = hash64(sorted[i], strlen(sorted[i]) + 1, h);
	free(sorted);
	cache = xdg_dir(XDG_CACHE, 0, NULL);
	if (cache == NULL)
		return NULL;
	dir = xasprintf("%s/%016llx.index", cache, (unsigned long long)h);
	free(cache);
	return dir;
}

/*
 * Add document d of s to the hits; -1 when its real path lies under none
 * of the real paths given (the corpus reaches it through a symbolic link),
 * so its name as the walk gives it is unknown here.  real is scratch
 * space for the document's real path.
 */
static int
index_add_hit(struct index *ix, struct seg *s, uint32_t d,
    const char *const *paths, char **reals, size_t n,
    struct index_hits *hits, struct buf *real)
{
	const struct seg_doc	*doc = &s->docs[d];
	struct index_hit	*h;
	const char		*file;

	if (seg_is_deleted(s, d) || !seg_doc_ok(s, d) ||
	    doc->size == UINT64_MAX)
		return 0;
	buf_reset(real);
	if (strcmp(ix->root, "/") != 0)
		buf_adds(real, ix->root);
	buf_addc(real, '/');
	buf_add(real, s->ids + doc->rel, doc->rellen);
	buf_addc(real, '\0');
	file = corpus_display_name_in(&hits->strings, real->data, paths,
	    reals, n);
	if (file == NULL)
		return -1;
	hits->v = xgrow(hits->v, &hits->alloc, hits->n + 1, sizeof *hits->v);
	h = &hits->v[hits->n++];
	h->file = file;
	h->id = arena_strndup(&hits->strings, s->ids + doc->id, doc->idlen);
	/* NUL-terminated within its 12 bytes: seg_doc_ok checked. */
	memcpy(h->date, doc->date, sizeof h->date);
	h->size = doc->size;
	h->hash = doc->hash;
	h->nfc = (doc->flags & SEG_DOC_NFC) != 0;
	return 0;
}

/*
 * Merge the sorted runs v[0..mid) and v[mid..n), through tmp (n entries):
 * only the tail of the first run that sorts after the second's head
 * moves, so a run that is already in place costs one comparison.
 */
static void
index_merge_hits(struct index_hit *v, size_t mid, size_t n,
    struct index_hit *tmp)
{
	size_t	lo = 0, hi = mid, i, k = mid, o;

	if (mid == 0 || mid == n || hit_cmp(&v[mid - 1], &v[mid]) <= 0)
		return;
	while (lo < hi) {	/* the first of v[0..mid) after v[mid] */
		i = lo + (hi - lo) / 2;
		if (hit_cmp(&v[i], &v[mid]) <= 0)
			lo = i + 1;
		else
			hi = i;
	}
	memcpy(tmp, v + lo, (mid - lo) * sizeof *v);
	for (i = 0, o = lo; i < mid - lo && k < n; o++) {
		if (hit_cmp(&v[k], &tmp[i]) < 0)
			v[o] = v[k++];
		else
			v[o] = tmp[i++];
	}
	memcpy(v + o, tmp + i, (mid - lo - i) * sizeof *v);
}

/*
 * Sort the hits into corpus order.  A segment holds its documents in the
 * corpus's order, so the hits come as one sorted run per segment, mostly
 * in order one after another: the runs are found in n comparisons and
 * merged pairwise, where qsort of bench/search's 123,000 hits took 12 ms
 * of every search.  Anything else (many short runs) is qsort's.
 */
static void
index_sort_hits(struct index_hit *v, size_t n)
{
	struct index_hit	*tmp;
	size_t			*run, nrun = 0, i, k, width;

	run = xreallocarray(NULL, n + 2, sizeof *run);
	for (i = 0; i < n; i++) {
		if (i == 0 || hit_cmp(&v[i - 1], &v[i]) > 0)
			run[nrun++] = i;
	}
	run[nrun] = n;
	if (nrun > 64) {
		qsort(v, n, sizeof *v, hit_cmp);
		free(run);
		return;
	}
	tmp = xreallocarray(NULL, n + 1, sizeof *tmp);
	for (width = 1; width < nrun; width *= 2) {
		for (k = 0; k + width < nrun; k += 2 * width) {
			index_merge_hits(v + run[k], run[k + width] - run[k],
			    run[k + 2 * width < nrun ? k + 2 * width : nrun] -
			    run[k], tmp);
		}
	}
	free(tmp);
	free(run);
}

/*
 * A query by paths on two threads.  The segments are only listed by the
 * manifest: each thread takes the next one not yet taken, opens it (maps
 * it and checks the CRCs of its small areas) and evaluates the query on
 * it, so that the opening, 0.4 ms of bench/search's 12 segments on one
 * core before the two threads began, is shared as well, and a thread
 * that drew small segments takes more.  Where each segment's hits went
 * is noted, to put them back in segment order.
 */
struct index_share {
	struct index		*ix;
	const struct rxq	*q;
	const char *const	*paths;
	char			**reals;
	size_t			 npaths;
	pthread_mutex_t		 lock;
	size_t			 next;		/* the next segment to take */
	int			 failed;	/* a part failed: stop */
	uint8_t			*part;		/* per segment: its part */
	size_t			*first, *count;	/* and its hits there */
};

/* One thread's share: the hits of the segments it took, in order. */
struct index_part {
	struct index_share	*sh;
	uint8_t			 id;		/* 0 or 1 */
	struct index_hits	 hits;
	int			 rc;	/* 0, or 1: corrupt or unnamed */
};

/* The next segment for the part, or SIZE_MAX when none is left. */
static size_t
index_share_take(struct index_share *sh, int failed)
{
	size_t	k = SIZE_MAX;

	pthread_mutex_lock(&sh->lock);
	if (failed)
		sh->failed = 1;
	if (!sh->failed && sh->next < sh->ix->nsegs)
		k = sh->next++;
	pthread_mutex_unlock(&sh->lock);
	return k;
}

/* Open segment k and add its hits to the part's; 0, or 1 as rc. */
static int
index_part_seg(struct index_part *pt, size_t k, struct buf *real)
{
	struct index_share	*sh = pt->sh;
	struct seg		*s = &sh->ix->segs[k];
	struct dset		 r;
	char			*why = NULL;
	size_t			 i;
	int			 rc = 0;

	if (seg_open_listed(s, sh->ix->dir, &why) != 0) {
		free(why);	/* the slow path says it, and rebuilds */
		return 1;
	}
	sh->part[k] = pt->id;
	sh->first[k] = pt->hits.n;
	if (seg_eval(s, sh->q, &r) != 0) {
		free(r.d);
		return 1;	/* corrupt: the slow path rebuilds */
	}
	for (i = 0; rc == 0 && (r.all ? i < s->h->ndocs : i < r.n); i++) {
		/* Unnamed: the slow path walks the corpus. */
		rc = index_add_hit(sh->ix, s, r.all ? (uint32_t)i : r.d[i],
		    sh->paths, sh->reals, sh->npaths, &pt->hits, real) != 0;
	}
	free(r.d);
	sh->count[k] = pt->hits.n - sh->first[k];
	return rc;
}

static void *
index_part_run(void *arg)
{
	struct index_part	*pt = arg;
	struct buf		 real;
	size_t			 k;

	buf_init(&real);
	while ((k = index_share_take(pt->sh, pt->rc)) != SIZE_MAX)
		pt->rc = index_part_seg(pt, k, &real);
	buf_release(&real);
	return NULL;
}

/* The hits of both parts into *hits, in segment order. */
static void
index_join_parts(struct index_share *sh, struct index_part *pt,
    struct index_hits *hits)
{
	size_t	k, n = pt[0].hits.n + pt[1].hits.n;

	memset(hits, 0, sizeof *hits);
	hits->v = xreallocarray(NULL, n + 1, sizeof *hits->v);
	hits->alloc = n + 1;
	for (k = 0; k < sh->ix->nsegs; k++) {
		if (sh->count[k] > 0)
			memcpy(hits->v + hits->n, pt[sh->part[k]].hits.v +
			    sh->first[k], sh->count[k] * sizeof *hits->v);
		hits->n += sh->count[k];
	}
	hits->strings = pt[0].hits.strings;
	arena_join(&hits->strings, &pt[1].hits.strings);
	free(pt[0].hits.v);
	free(pt[1].hits.v);
}

/*
 * Open the listed segments of ix and evaluate the query over them into
 * hits (in segment order), on two threads when there are two segments
 * or more.  Returns 0 or 1 as index_part.rc.
 */
static int
index_query_segs(struct index *ix, const struct rxq *q,
    const char *const *paths, char **reals, size_t npaths,
    struct index_hits *hits)
{
	struct index_share	 sh;
	struct index_part	 pt[2];
	pthread_t		 th;
	int			 threaded = 0, rc;

	memset(&sh, 0, sizeof sh);
	sh.ix = ix;
	sh.q = q;
	sh.paths = paths;
	sh.reals = reals;
	sh.npaths = npaths;
	pthread_mutex_init(&sh.lock, NULL);
	sh.part = xcalloc(ix->nsegs + 1, sizeof *sh.part);
	sh.first = xcalloc(ix->nsegs + 1, sizeof *sh.first);
	sh.count = xcalloc(ix->nsegs + 1, sizeof *sh.count);
	memset(pt, 0, sizeof pt);
	pt[0].sh = pt[1].sh = &sh;
	pt[1].id = 1;
	if (ix->nsegs > 1)
		threaded = pthread_create(&th, NULL, index_part_run,
		    &pt[1]) == 0;
	index_part_run(&pt[0]);
	if (threaded)
		pthread_join(th, NULL);
	rc = pt[0].rc || pt[1].rc || sh.failed;
	index_join_parts(&sh, pt, hits);
	free(sh.part);
	free(sh.first);
	free(sh.count);
	pthread_mutex_destroy(&sh.lock);
	return rc;
}

int
index_query_paths(const char *const *paths, size_t n, const struct rxq *q,
    struct index_hits *hits, char **cause)
{
	struct index	 ix;
	char		**reals = xcalloc(n + 1, sizeof *reals), *why = NULL;
	size_t		 k, i;
	int		 rc = 1;

	memset(&ix, 0, sizeof ix);
	memset(hits, 0, sizeof *hits);
	ix.dir = index_dir_of(paths, n, reals);
	if (ix.dir != NULL && manifest_list(ix.dir, &ix.root, &ix.segs,
	    &ix.nsegs, &why) == 0 && ix.root != NULL && ix.nsegs > 0)
		rc = index_query_segs(&ix, q, paths, reals, n, hits);
	for (k = 0; k < ix.nsegs; k++) {
		if (ix.segs[k].corrupt)
			rc = 1;
	}
	if (rc == 0)
		index_sort_hits(hits->v, hits->n);
	else
		index_hits_release(hits);
	(void)cause;
	free(why);
	index_close_segs(&ix);
	free(ix.root);
	free(ix.dir);
	for (i = 0; i < n; i++)
		free(reals[i]);
	free(reals);
	return rc;
}

void
index_hits_release(struct index_hits *hits)
{
	free(hits->v);
	arena_release(&hits->strings);
	memset(hits, 0, sizeof *hits);
}
