/*
 * actor-cache: the per-article cache of extracted actors (see the header
 * for the file format).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actor-cache.h"
#include "base/strmap.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/xmalloc.h"

#define ACACHE_MAGIC	"DMACTRS\n"
#define ACACHE_HEADER	28	/* magic, version, dictver, count, crc */
#define ACACHE_RECHEAD	16	/* key, length, crc */

struct acache_rec {
	uint64_t	 key;
	const char	*data;		/* into the file, or owned (put) */
	uint32_t	 len;
	int		 used;		/* kept for the next save */
	int		 owned;
};

struct actor_cache {
	char			*path;
	uint64_t		 dictver;
	char			*file;		/* the loaded bytes */
	size_t			 flen;
	struct acache_rec	*recs;		/* loaded, sorted by key */
	size_t			 n;
	struct acache_rec	*puts;		/* new records */
	size_t			 nputs, puts_alloc;
	struct strmap	 putkeys;
	int			 damaged;
	int			 changed;
};

static int
rec_cmp(const void *a, const void *b)
{
	uint64_t	x = ((const struct acache_rec *)a)->key;
	uint64_t	y = ((const struct acache_rec *)b)->key;

	return x < y ? -1 : x > y;
}

/* Check the loaded bytes and index their records; -1 when damaged. */
static int
acache_parse(struct actor_cache *ac)
{
	const unsigned char	*p = (const unsigned char *)ac->file;
	size_t			 off, i, count;
	uint32_t		 len;

	if (ac->flen < ACACHE_HEADER || memcmp(p, ACACHE_MAGIC, 8) != 0)
		return -1;
	if (crc32_update(0, p, ACACHE_HEADER - 4) !=
	    le32_load(p + ACACHE_HEADER - 4))
		return -1;
	if (le32_load(p + 8) != ACTOR_CACHE_VERSION ||
	    le64_load(p + 12) != ac->dictver)
		return 1;	/* stale, not damaged */
	count = le32_load(p + 20);
	if (count > ac->flen / ACACHE_RECHEAD)
		return -1;
	ac->recs = xcalloc(count + 1, sizeof *ac->recs);
	off = ACACHE_HEADER;
	for (i = 0; i < count; i++) {
		if (ac->flen - off < ACACHE_RECHEAD)
			return -1;
		len = le32_load(p + off + 8);
		if (ac->flen - off - ACACHE_RECHEAD < len)
			return -1;
		if (crc32_update(0, p + off + ACACHE_RECHEAD, len) !=
		    le32_load(p + off + 12))
			return -1;
		ac->recs[i].key = le64_load(p + off);
		ac->recs[i].data = ac->file + off + ACACHE_RECHEAD;
		ac->recs[i].len = len;
		off += ACACHE_RECHEAD + (size_t)len;
	}
	if (off != ac->flen)
		return -1;
	ac->n = count;
	qsort(ac->recs, ac->n, sizeof *ac->recs, rec_cmp);
	for (i = 1; i < ac->n; i++) {
		if (ac->recs[i].key == ac->recs[i - 1].key)
			return -1;
	}
	return 0;
}

struct actor_cache *
actor_cache_open(const char *path, uint64_t dictver)
{
	struct actor_cache	*ac;
	char			*cause = NULL;
	int			 r;

	ac = xcalloc(1, sizeof *ac);
	ac->dictver = dictver;
	if (path == NULL)
		return ac;
	ac->path = xstrdup(path);
	if ((ac->file = file_read(path, &ac->flen, &cause)) == NULL) {
		free(cause);
		return ac;
	}
	if ((r = acache_parse(ac)) != 0) {
		ac->damaged = r < 0;
		free(ac->recs);
		ac->recs = NULL;
		ac->n = 0;
		ac->changed = 1;
	}
	return ac;
}

void
actor_cache_free(struct actor_cache *ac)
{
	size_t	i;

	if (ac == NULL)
		return;
	for (i = 0; i < ac->nputs; i++)
		free((char *)ac->puts[i].data);
	free(ac->puts);
	strmap_release(&ac->putkeys);
	free(ac->recs);
	free(ac->file);
	free(ac->path);
	free(ac);
}

int
actor_cache_damaged(const struct actor_cache *ac)
{
	return ac->damaged;
}

static struct acache_rec *
acache_find(struct actor_cache *ac, uint64_t key)
{
	struct acache_rec	 k;

	k.key = key;
	if (ac->n == 0)
		return NULL;
	return bsearch(&k, ac->recs, ac->n, sizeof *ac->recs, rec_cmp);
}

const void *
actor_cache_get(struct actor_cache *ac, uint64_t key, size_t *len)
{
	struct acache_rec	*r;

	if ((r = acache_find(ac, key)) == NULL)
		return NULL;
	r->used = 1;
	*len = r->len;
	return r->data;
}

void
actor_cache_drop(struct actor_cache *ac, uint64_t key)
{
	struct acache_rec	*r;

	if ((r = acache_find(ac, key)) != NULL && r->used) {
		r->used = 0;
		ac->changed = 1;
	}
}

void
actor_cache_put(struct actor_cache *ac, uint64_t key, const void *data,
    size_t len)
{
	struct acache_rec	*r;
	char			 k[8];
	int			 added;

	if (len > UINT32_MAX)
		return;
	memcpy(k, &key, sizeof k);
	strmap_put(&ac->putkeys, k, sizeof k, &added);
	if (!added)
		return;
	ac->puts = xgrow(ac->puts, &ac->puts_alloc, ac->nputs + 1,
	    sizeof *ac->puts);
	r = &ac->puts[ac->nputs++];
	r->key = key;
	r->data = xmalloc(len + 1);
	memcpy((char *)r->data, data, len);
	r->len = (uint32_t)len;
	r->used = 1;
	r->owned = 1;
	ac->changed = 1;
}

/* One record to the file: its 16-byte head, then its payload. */
static void
acache_write_rec(FILE *f, const struct acache_rec *r)
{
	struct buf	head;

	buf_init(&head);
	buf_put_le64(&head, r->key);
	buf_put_le32(&head, r->len);
	buf_put_le32(&head, crc32_update(0, r->data, r->len));
	fwrite(head.data, 1, head.len, f);
	fwrite(r->data, 1, r->len, f);
	buf_release(&head);
}

/*
 * The records are streamed to the temporary file rather than gathered in
 * one buffer: at 100,000 articles that buffer was as large as the cache
 * itself, and made the peak memory of a cold run.
 */
int
actor_cache_save(struct actor_cache *ac, char **cause)
{
	struct atomic_file	 af;
	struct buf		 head;
	size_t			 i, count = 0;
	int			 r;

	if (ac->path == NULL)
		return 0;
	for (i = 0; i < ac->n; i++) {
		if (ac->recs[i].used)
			count++;
		else
			ac->changed = 1;	/* a record goes away */
	}
	if (!ac->changed)
		return 0;
	count += ac->nputs;
	if (atomic_open(&af, ac->path, cause) != 0)
		return -1;
	buf_init(&head);
	buf_add(&head, ACACHE_MAGIC, 8);
	buf_put_le32(&head, ACTOR_CACHE_VERSION);
	buf_put_le64(&head, ac->dictver);
	buf_put_le32(&head, (uint32_t)count);
	buf_put_le32(&head, crc32_update(0, head.data, head.len));
	fwrite(head.data, 1, head.len, af.f);
	buf_release(&head);
	for (i = 0; i < ac->n; i++) {
		if (ac->recs[i].used)
			acache_write_rec(af.f, &ac->recs[i]);
	}
	for (i = 0; i < ac->nputs; i++)
		acache_write_rec(af.f, &ac->puts[i]);
	r = atomic_commit(&af, cause);
	if (r == 0)
		ac->changed = 0;
	return r;
}
