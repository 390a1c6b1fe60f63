/*
 * index-merge: merging segments into one, dropping deleted documents.
 * A cursor walks each segment's table in key order; the lists of equal
 * keys are decoded, renumbered and written as one.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/varint.h"
#include "base/xmalloc.h"
#include "search/index-private.h"

struct cursor {
	struct seg	*s;
	size_t		 blk;		/* current table block */
	uint32_t	 e;		/* entries read in it */
	size_t		 i, end;	/* position in the table */
	uint64_t	 key, post, len;
	int		 done;
};

/* Step to the next entry; -1 when corrupt. */
static int
cursor_next(struct cursor *c)
{
	const struct seg_tabidx	*t;
	const struct seg	*s = c->s;
	uint64_t		 d;

	if (c->done)
		return 0;
	if (c->blk < s->h->ntab && c->e > 0)
		c->post += c->len;
	while (c->blk < s->h->ntab && c->e == s->tabidx[c->blk].n) {
		c->blk++;
		c->e = 0;
	}
	if (c->blk >= s->h->ntab) {
		c->done = 1;
		return 0;
	}
	t = &s->tabidx[c->blk];
	if (c->e == 0) {
		c->i = (size_t)t->tab;
		c->end = c->blk + 1 < s->h->ntab ? s->tabidx[c->blk + 1].tab :
		    s->h->len_tab;
		if (c->i > c->end || c->end > s->h->len_tab ||
		    crc32_update(0, s->map + s->h->off_tab + c->i,
		    c->end - c->i) != t->crc)
			return -1;
		c->key = t->key;
		c->post = t->post;
	}
	if (!varint_get(s->map + s->h->off_tab, &c->i, c->end, &d) ||
	    !varint_get(s->map + s->h->off_tab, &c->i, c->end, &c->len))
		return -1;
	c->key += d;
	c->e++;
	if (c->post > s->h->len_post || c->len > s->h->len_post - c->post ||
	    seg_check_post(c->s, c->post, c->len) != 0)
		return -1;
	return 0;
}


/* The merge proper; renum[k][d] is the new number or UINT32_MAX. */
static int
merge_lists(struct seg *segs, size_t n, uint32_t **renum,
    struct seg_writer *w, uint32_t ndocs)
{
	struct cursor	*c = xcalloc(n, sizeof *c);
	uint32_t	*out = xreallocarray(NULL, ndocs + 1, sizeof *out);
	uint32_t	*tmp;
	uint64_t	 key;
	size_t		 k, m, nt, j, maxd = 1;
	int		 rc = 0, any;

	for (k = 0; k < n; k++) {
		if (segs[k].h->ndocs > maxd)
			maxd = segs[k].h->ndocs;
	}
	tmp = xreallocarray(NULL, maxd, sizeof *tmp);
	for (k = 0; k < n && rc == 0; k++) {
		c[k].s = &segs[k];
		rc = cursor_next(&c[k]);
	}
	while (rc == 0) {
		any = 0;
		key = 0;
		for (k = 0; k < n; k++) {
			if (!c[k].done && (!any || c[k].key < key)) {
				key = c[k].key;
				any = 1;
			}
		}
		if (!any)
			break;
		m = 0;
		for (k = 0; k < n && rc == 0; k++) {
			if (c[k].done || c[k].key != key)
				continue;
			if (seg_decode(c[k].s, c[k].post, c[k].len, tmp, &nt) != 0)
				rc = -1;
			for (j = 0; rc == 0 && j < nt; j++) {
				if (renum[k][tmp[j]] != UINT32_MAX)
					out[m++] = renum[k][tmp[j]];
			}
			if (rc == 0)
				rc = cursor_next(&c[k]);
		}
		if (m > 0 && rc == 0)
			seg_writer_add(w, key, out, m);
	}
	free(tmp);
	free(out);
	free(c);
	return rc;
}

int
index_merge(struct seg *segs, size_t n, const char *path, char **cause)
{
	struct seg_writer  w;
	struct seg_doc_in	  *din = NULL;
	uint32_t	 **renum = xcalloc(n + 1, sizeof *renum);
	uint32_t	   d, ndocs = 0;
	size_t		   k, adin = 0;
	int		   rc = -1;

	for (k = 0; k < n; k++) {
		renum[k] = xreallocarray(NULL, segs[k].h->ndocs + 1,
		    sizeof **renum);
		for (d = 0; d < segs[k].h->ndocs; d++) {
			renum[k][d] = UINT32_MAX;
			if (seg_is_deleted(&segs[k], d) || !seg_doc_ok(&segs[k], d))
				continue;
			din = xgrow(din, &adin, ndocs + 1, sizeof *din);
			din[ndocs].id = segs[k].ids + segs[k].docs[d].id;
			din[ndocs].idlen = segs[k].docs[d].idlen;
			din[ndocs].rel = segs[k].ids + segs[k].docs[d].rel;
			din[ndocs].rellen = segs[k].docs[d].rellen;
			din[ndocs].date = segs[k].docs[d].date;
			din[ndocs].size = segs[k].docs[d].size;
			din[ndocs].hash = segs[k].docs[d].hash;
			din[ndocs].flags = segs[k].docs[d].flags;
			renum[k][d] = ndocs++;
		}
	}
	if (seg_writer_begin(&w, path, ndocs, cause) == 0) {
		if (merge_lists(segs, n, renum, &w, ndocs) != 0) {
			*cause = xstrdup("index is corrupt");
			seg_writer_abort(&w);
		} else
			rc = seg_writer_end(&w, path, din, cause);
	}
	for (k = 0; k < n; k++)
		free(renum[k]);
	free(renum);
	free(din);
	return rc;
}

