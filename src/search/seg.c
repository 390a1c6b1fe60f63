/*
 * seg: writing and reading index segments (the format is in seg.h).
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <sys/mman.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <pcre2.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unistring/version.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/varint.h"
#include "base/xmalloc.h"
#include "search/index.h"
#include "search/postlist.h"
#include "search/seg.h"

/*
 * Documents under one CRC.  A query checks the group of every document it
 * returns: with 1,024 (some 170 KB with their strings), a word in 900 of
 * 123,000 articles checked them all, 15 MB, a tenth of its time.  The
 * CRCs of 16 cost 4 bytes in 2,700.
 */
#define SEG_DOC_GROUP	16

/* flags took the place of the padding: the layout on disk is the same. */
_Static_assert(sizeof(struct seg_doc) == 48, "struct seg_doc is 48 bytes");

size_t	index_post_block = 4096;
size_t	index_tab_block = 128;

static const char *
seg_unicode(void)
{
	static char	s[32];

	snprintf(s, sizeof s, "u%d.%d.%d p%d.%d",
	    _libunistring_version >> 16, (_libunistring_version >> 8) & 0xff,
	    _libunistring_version & 0xff, PCRE2_MAJOR, PCRE2_MINOR);
	return s;
}

/* Writing a segment: postings stream to the file, the rest follows. */


static void
seg_writer_post(struct seg_writer *w, const void *data, size_t len)
{
	const uint8_t	*p = data;
	size_t		 room, k;

	while (len > 0) {
		room = index_post_block - (size_t)(w->post % index_post_block);
		k = len < room ? len : room;
		w->crc = crc32_update(w->crc, p, k);
		if (fwrite(p, 1, k, w->f) != k)
			w->err = 1;
		w->post += k;
		p += k;
		len -= k;
		if (w->post % index_post_block == 0) {
			w->postcrc = xgrow(w->postcrc, &w->apost, w->npost + 1,
			    sizeof *w->postcrc);
			w->postcrc[w->npost++] = w->crc;
			w->crc = 0;
		}
	}
}

int
seg_writer_begin(struct seg_writer *w, const char *path, uint32_t ndocs,
    char **cause)
{
	struct seg_header	h;
	int			fd;

	memset(w, 0, sizeof *w);
	w->tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	/* 0600, as every other cache file. */
	fd = open(w->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd == -1 || (w->f = fdopen(fd, "wb")) == NULL) {
		*cause = xasprintf("cannot create '%s': %s", w->tmp,
		    strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(w->tmp);
		}
		free(w->tmp);
		return -1;
	}
	memset(&h, 0, sizeof h);
	if (fwrite(&h, sizeof h, 1, w->f) != 1)
		w->err = 1;
	w->ndocs = ndocs;
	buf_init(&w->tab);
	buf_init(&w->list);
	return 0;
}

static void
seg_writer_endblock(struct seg_writer *w)
{
	if (w->inblock == 0)
		return;
	w->tabidx[w->ntab - 1].n = w->inblock;
	w->tabidx[w->ntab - 1].crc = crc32_update(0, w->tab.data +
	    w->blockstart, w->tab.len - w->blockstart);
	w->inblock = 0;
}

/* Add the list of key; docs[0..n) strictly increasing. */
void
seg_writer_add(struct seg_writer *w, uint64_t key, const uint32_t *docs,
    size_t n)
{
	struct seg_tabidx	*t;

	buf_reset(&w->list);
	postlist_encode(&w->list, docs, n, w->ndocs);
	if (w->inblock == index_tab_block)
		seg_writer_endblock(w);
	if (w->inblock == 0) {
		w->tabidx = xgrow(w->tabidx, &w->atab, w->ntab + 1,
		    sizeof *w->tabidx);
		t = &w->tabidx[w->ntab++];
		memset(t, 0, sizeof *t);
		t->key = key;
		t->tab = w->tab.len;
		t->post = w->post;
		w->blockstart = w->tab.len;
		w->lastkey = key;
	}
	varint_put(&w->tab, key - w->lastkey);
	varint_put(&w->tab, w->list.len);
	w->lastkey = key;
	w->inblock++;
	w->ntri++;
	seg_writer_post(w, w->list.data, w->list.len);
}

void
seg_writer_abort(struct seg_writer *w)
{
	if (w->f != NULL)
		fclose(w->f);
	unlink(w->tmp);
	free(w->tmp);
	free(w->tabidx);
	free(w->postcrc);
	buf_release(&w->tab);
	buf_release(&w->list);
	memset(w, 0, sizeof *w);
}

static void
seg_writer_area(struct seg_writer *w, const void *p, size_t len,
    uint64_t *off)
{
	static const char	zero[8];
	long			at = ftell(w->f);

	if (at > 0 && at % 8 != 0) {
		if (fwrite(zero, 1, 8 - (size_t)(at % 8), w->f) !=
		    8 - (size_t)(at % 8))
			w->err = 1;
		at += 8 - at % 8;
	}
	*off = at < 0 ? 0 : (uint64_t)at;
	if (len > 0 && fwrite(p, 1, len, w->f) != len)
		w->err = 1;
}

/*
 * The CRC of document group g: its entries and the strings they own,
 * which follow one another (id, then path, document after document).
 */
static uint32_t
doc_group_crc(const struct seg_doc *d, uint32_t ndocs, const char *ids,
    uint32_t g)
{
	uint32_t	first = g * SEG_DOC_GROUP, last = first + SEG_DOC_GROUP;

	if (last > ndocs)
		last = ndocs;
	return crc32_update(crc32_update(0, d + first, (last - first) *
	    sizeof *d), ids + d[first].id, d[last - 1].rel +
	    d[last - 1].rellen - d[first].id);
}

/*
 * Finish: the tables, the documents (articles docs[0..ndocs)) and the
 * header; fsync and rename to path.
 */
int
seg_writer_end(struct seg_writer *w, const char *path,
    const struct seg_doc_in *docs, char **cause)
{
	struct seg_header	 h;
	struct seg_doc		*d;
	struct buf		 ids;
	uint64_t		 bytes = 0;
	uint32_t		 i, ngroups, *gcrc;

	seg_writer_endblock(w);
	if (w->post % index_post_block != 0) {
		w->postcrc = xgrow(w->postcrc, &w->apost, w->npost + 1,
		    sizeof *w->postcrc);
		w->postcrc[w->npost++] = w->crc;
	}
	memset(&h, 0, sizeof h);
	memcpy(h.magic, SEG_MAGIC, 8);
	h.version = INDEX_VERSION;
	h.endian = SEG_ENDIAN;
	snprintf(h.unicode, sizeof h.unicode, "%s", seg_unicode());
	h.ndocs = w->ndocs;
	h.ntri = w->ntri;
	h.ntab = (uint32_t)w->ntab;
	h.npost = (uint32_t)w->npost;
	h.post_block = (uint32_t)index_post_block;
	h.tab_block = (uint32_t)index_tab_block;
	h.off_post = sizeof h;
	h.len_post = w->post;
	seg_writer_area(w, w->tab.data, w->tab.len, &h.off_tab);
	h.len_tab = w->tab.len;
	seg_writer_area(w, w->tabidx, w->ntab * sizeof *w->tabidx,
	    &h.off_tabidx);
	h.crc_tabidx = crc32_update(0, w->tabidx, w->ntab * sizeof *w->tabidx);
	seg_writer_area(w, w->postcrc, w->npost * sizeof *w->postcrc,
	    &h.off_postcrc);
	h.crc_postcrc = crc32_update(0, w->postcrc,
	    w->npost * sizeof *w->postcrc);
	d = xcalloc(w->ndocs + 1, sizeof *d);
	buf_init(&ids);
	for (i = 0; i < w->ndocs; i++) {
		d[i].size = docs[i].size;
		d[i].hash = docs[i].hash;
		d[i].id = (uint32_t)ids.len;
		d[i].idlen = (uint32_t)docs[i].idlen;
		buf_add(&ids, docs[i].id, docs[i].idlen);
		d[i].rel = (uint32_t)ids.len;
		d[i].rellen = (uint32_t)docs[i].rellen;
		buf_add(&ids, docs[i].rel, docs[i].rellen);
		snprintf(d[i].date, sizeof d[i].date, "%s", docs[i].date);
		d[i].flags = docs[i].flags;
		bytes += docs[i].size;
	}
	h.len_docs = w->ndocs * sizeof *d + ids.len;
	ngroups = (w->ndocs + SEG_DOC_GROUP - 1) / SEG_DOC_GROUP;
	gcrc = xcalloc(ngroups + 1, sizeof *gcrc);
	for (i = 0; i < ngroups; i++)
		gcrc[i] = doc_group_crc(d, w->ndocs, ids.data, i);
	seg_writer_area(w, gcrc, ngroups * sizeof *gcrc, &h.off_doccrc);
	h.crc_doccrc = crc32_update(0, gcrc, ngroups * sizeof *gcrc);
	free(gcrc);
	seg_writer_area(w, d, w->ndocs * sizeof *d, &h.off_docs);
	seg_writer_area(w, ids.data, ids.len, &h.size);
	h.size += ids.len;
	h.bytes = bytes;
	free(d);
	buf_release(&ids);
	h.crc = crc32_update(0, &h, offsetof(struct seg_header, crc));
	if (fseek(w->f, 0, SEEK_SET) != 0 || fwrite(&h, sizeof h, 1, w->f) != 1)
		w->err = 1;
	if (fflush(w->f) != 0 || fsync(fileno(w->f)) != 0)
		w->err = 1;
	if (w->err || rename(w->tmp, path) != 0) {
		*cause = xasprintf("cannot write '%s': %s", path,
		    strerror(errno != 0 ? errno : EIO));
		seg_writer_abort(w);
		return -1;
	}
	fclose(w->f);
	free(w->tabidx);
	free(w->postcrc);
	buf_release(&w->tab);
	buf_release(&w->list);
	free(w->tmp);
	memset(w, 0, sizeof *w);
	return 0;
}

/* Reading a segment. */

void
seg_close(struct seg *s)
{
	if (s->map != NULL)
		munmap(s->map, s->mapsize);
	free(s->name);
	free(s->checked_doc);
	free(s->checked_tab);
	free(s->checked_post);
	free(s->deleted);
	free(s->article);
	memset(s, 0, sizeof *s);
}

static int
seg_area_ok(const struct seg_header *h, uint64_t off, uint64_t len)
{
	return off <= h->size && len <= h->size - off;
}

/* Map and check a segment's header and small areas. */
static int
seg_map(struct seg *s, const char *dir, const char *name, char **cause)
{
	const struct seg_header	*h;
	struct stat		 st;
	char			*path = xasprintf("%s/%s", dir, name);
	const char		*why = NULL;
	int			 fd;

	memset(s, 0, sizeof *s);
	s->name = xstrdup(name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1 || fstat(fd, &st) != 0) {
		*cause = xasprintf("cannot open '%s': %s", path,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		free(path);
		return -1;
	}
	if ((size_t)st.st_size < sizeof *h)
		why = "truncated";
	else {
		s->mapsize = (size_t)st.st_size;
		s->map = mmap(NULL, s->mapsize, PROT_READ, MAP_SHARED, fd, 0);
		if (s->map == MAP_FAILED) {
			s->map = NULL;
			why = "cannot map";
		}
	}
	close(fd);
	h = (const struct seg_header *)s->map;
	if (why == NULL && memcmp(h->magic, SEG_MAGIC, 8) != 0)
		why = "not an index segment";
	else if (why == NULL && (h->endian != SEG_ENDIAN ||
	    h->version != INDEX_VERSION))
		why = "of another version or byte order";
	else if (why == NULL && h->crc != crc32_update(0, h,
	    offsetof(struct seg_header, crc)))
		why = "bad header checksum";
	else if (why == NULL && strcmp(h->unicode, seg_unicode()) != 0)
		why = "made with other Unicode tables";
	else if (why == NULL && h->size != s->mapsize)
		why = "truncated";
	else if (why == NULL && (!seg_area_ok(h, h->off_post, h->len_post) ||
	    !seg_area_ok(h, h->off_tab, h->len_tab) ||
	    !seg_area_ok(h, h->off_tabidx, (uint64_t)h->ntab *
	    sizeof *s->tabidx) || !seg_area_ok(h, h->off_postcrc,
	    (uint64_t)h->npost * 4) || !seg_area_ok(h, h->off_docs,
	    h->len_docs) || !seg_area_ok(h, h->off_doccrc,
	    (uint64_t)(h->ndocs + SEG_DOC_GROUP - 1) / SEG_DOC_GROUP * 4) ||
	    h->off_doccrc % 4 != 0 || (uint64_t)h->ndocs * sizeof *s->docs >
	    h->len_docs || h->off_tabidx % 8 != 0 || h->off_docs % 8 != 0 ||
	    h->off_postcrc % 4 != 0 || h->post_block == 0 ||
	    (h->len_post + h->post_block - 1) / h->post_block != h->npost))
		why = "bad layout";
	else if (why == NULL && (crc32_update(0, s->map + h->off_tabidx,
	    (size_t)h->ntab * sizeof *s->tabidx) != h->crc_tabidx ||
	    crc32_update(0, s->map + h->off_postcrc, (size_t)h->npost * 4) !=
	    h->crc_postcrc || crc32_update(0, s->map + h->off_doccrc,
	    (size_t)(h->ndocs + SEG_DOC_GROUP - 1) / SEG_DOC_GROUP * 4) !=
	    h->crc_doccrc))
		why = "bad checksum";
	if (why != NULL) {
		*cause = xasprintf("index file '%s' is corrupt (%s)", path, why);
		free(path);
		return -1;
	}
	free(path);
	s->h = h;
	s->tabidx = (const struct seg_tabidx *)(s->map + h->off_tabidx);
	s->postcrc = (const uint32_t *)(s->map + h->off_postcrc);
	s->docs = (const struct seg_doc *)(s->map + h->off_docs);
	s->ids = (const char *)(s->map + h->off_docs + h->ndocs *
	    sizeof *s->docs);
	s->doccrc = (const uint32_t *)(s->map + h->off_doccrc);
	s->checked_doc = xcalloc(h->ndocs / SEG_DOC_GROUP + 2, 1);
	s->checked_tab = xcalloc(h->ntab + 1, 1);
	s->checked_post = xcalloc(h->npost + 1, 1);
	return 0;
}

int
seg_open(struct seg *s, const char *dir, const char *name, char **cause)
{
	if (seg_map(s, dir, name, cause) != 0)
		return -1;
	s->article = xcalloc(s->h->ndocs + 1, sizeof *s->article);
	return 0;
}

/*
 * No table of articles here: a query by paths maps no document to an
 * article, and zeroing the table (half a megabyte for bench/search's
 * index, in pages new to the thread's arena) cost some 90 page faults.
 */
int
seg_open_listed(struct seg *s, const char *dir, char **cause)
{
	struct seg	listed = *s;
	int		rc;

	rc = seg_map(s, dir, listed.name, cause);	/* clears *s */
	free(listed.name);
	s->deleted = listed.deleted;
	s->ndeleted = listed.ndeleted;
	return rc;
}

/* Check the CRC of the group of document d, once; 0 when bad. */
static int
seg_doc_group(struct seg *s, uint32_t d)
{
	uint64_t	room = s->h->len_docs - s->h->ndocs * sizeof *s->docs;
	uint32_t	g = d / SEG_DOC_GROUP, first = g * SEG_DOC_GROUP, last;
	const struct seg_doc *f, *l;

	if (s->checked_doc[g] == 0) {
		last = first + SEG_DOC_GROUP;
		if (last > s->h->ndocs)
			last = s->h->ndocs;
		f = &s->docs[first];
		l = &s->docs[last - 1];
		s->checked_doc[g] = 2;
		if (f->id <= room && l->rel <= room && l->rellen <= room -
		    l->rel && f->id <= l->rel + l->rellen &&
		    doc_group_crc(s->docs, s->h->ndocs, s->ids, g) ==
		    s->doccrc[g])
			s->checked_doc[g] = 1;
		else
			s->corrupt = 1;
	}
	return s->checked_doc[g] == 1;
}

/* 1 when doc's group is sound and its strings lie inside the file. */
int
seg_doc_ok(struct seg *s, uint32_t d)
{
	uint64_t	room = s->h->len_docs - s->h->ndocs * sizeof *s->docs;

	return seg_doc_group(s, d) && s->docs[d].id <= room && s->docs[d].idlen <= room -
	    s->docs[d].id && s->docs[d].rel <= room && s->docs[d].rellen <=
	    room - s->docs[d].rel && memchr(s->docs[d].date, '\0',
	    sizeof s->docs[d].date) != NULL;
}

/* Verify the postings blocks that [off, off + len) touches. */
int
seg_check_post(struct seg *s, uint64_t off, uint64_t len)
{
	uint64_t	b, first = off / s->h->post_block;
	uint64_t	last = (off + (len > 0 ? len - 1 : 0)) / s->h->post_block;
	size_t		n;

	for (b = first; b <= last && b < s->h->npost; b++) {
		if (s->checked_post[b])
			continue;
		n = (size_t)(s->h->len_post - b * s->h->post_block);
		if (n > s->h->post_block)
			n = s->h->post_block;
		if (crc32_update(0, s->map + s->h->off_post +
		    b * s->h->post_block, n) != s->postcrc[b])
			return -1;
		s->checked_post[b] = 1;
	}
	return 0;
}

/*
 * Find key: its list's offset and length in the postings.  Returns 1
 * found, 0 not, -1 corrupt.
 */
int
seg_lookup(struct seg *s, uint64_t key, uint64_t *off, uint64_t *len)
{
	const struct seg_tabidx	*t;
	size_t			 lo = 0, hi = s->h->ntab, mid, i, end;
	uint64_t		 k, d, l, post;
	uint32_t		 e;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (s->tabidx[mid].key <= key)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	t = &s->tabidx[lo - 1];
	end = lo < s->h->ntab ? s->tabidx[lo].tab : s->h->len_tab;
	if (t->tab > end || end > s->h->len_tab)
		return -1;
	if (!s->checked_tab[lo - 1]) {
		if (crc32_update(0, s->map + s->h->off_tab + t->tab,
		    (size_t)(end - t->tab)) != t->crc)
			return -1;
		s->checked_tab[lo - 1] = 1;
	}
	i = (size_t)t->tab;
	k = t->key;
	post = t->post;
	for (e = 0; e < t->n; e++) {
		if (!varint_get(s->map + s->h->off_tab, &i, (size_t)end, &d) ||
		    !varint_get(s->map + s->h->off_tab, &i, (size_t)end, &l))
			return -1;
		k += d;
		if (k == key) {
			if (post > s->h->len_post || l > s->h->len_post - post)
				return -1;
			*off = post;
			*len = l;
			return seg_check_post(s, post, l) == 0 ? 1 : -1;
		}
		if (k > key)
			return 0;
		post += l;
	}
	return 0;
}

/* Decode a list into docs (ndocs entries available). */
int
seg_decode(const struct seg *s, uint64_t off, uint64_t len, uint32_t *docs,
    size_t *n)
{
	return postlist_decode(s->map + s->h->off_post + off, (size_t)len,
	    s->h->ndocs, docs, n);
}

int
seg_is_deleted(const struct seg *s, uint32_t d)
{
	size_t	lo = 0, hi = s->ndeleted, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (s->deleted[mid] < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->ndeleted && s->deleted[lo] == d;
}

