/*
 * index: segments, the manifest, building, merging and querying.
 *
 * A segment file (all integers little-endian, as written by this machine;
 * another byte order is refused):
 *
 *	header	 struct seg_header, with a CRC of itself
 *	postings the posting lists, back to back; CRC per index_post_block
 *		 bytes.  A list is a kind byte then either varint doc
 *		 numbers as deltas (kind 0) or a bitmap of ndocs bits (kind 1,
 *		 used where it is smaller); kind 2, alone, stands for every
 *		 document (a key too common to narrow a search)
 *	table	 the trigram keys in order, in blocks of index_tab_block
 *		 entries: per entry varint(key - previous key) and
 *		 varint(list length in bytes); CRC per block
 *	tabidx	 per table block: first key, table offset, postings offset,
 *		 entry count, CRC
 *	postcrc	 the CRC of each postings block
 *	docs	 per document: size, hash, id offset, id length; then the ids
 *
 * The manifest: magic, version, the corpus root, then per live segment
 * its name and the sorted document numbers deleted from it; a CRC of it
 * all at the end.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <unistring/version.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "base/utf8.h"
#include "search/fold.h"
#include "search/index.h"
#include "search/rxplan.h"
#include "search/scan.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"

#define SEG_MAGIC	"DMIXSEG1"
#define MAN_MAGIC	"DMIXMAN1"
#define SEG_ENDIAN	0x01020304u
/*
 * A build indexes about a twelfth of the text per segment (at least
 * INDEX_BATCH_MIN bytes), two segments at a time, one per core.  A batch
 * holds about 4 bytes per byte of its text while it is built, so the
 * build adds about 0.7x the text to the corpus, and a full build stays
 * within INDEX_MAX_SEGS segments.
 */
#define INDEX_BATCH_MIN	(4u << 20)
#define INDEX_BATCHES	12
#define INDEX_MAX_SEGS	16		/* more: merge them all */
#define INDEX_LOCK_WAIT_MS 1500		/* then go on without the index */
#define DOC_GROUP	1024		/* documents under one CRC */
#define INDEX_DENSE	4		/* a list of more than 1/4 of the */
#define INDEX_DENSE_MIN	64		/* documents is kept as "all" */

size_t	index_post_block = 65536;
size_t	index_tab_block = 128;

struct seg_header {
	char		magic[8];
	uint32_t	version;
	uint32_t	endian;
	char		unicode[32];	/* libunistring and PCRE2 versions */
	uint32_t	ndocs;
	uint32_t	ntri;
	uint32_t	ntab;		/* table blocks */
	uint32_t	npost;		/* postings blocks */
	uint32_t	post_block;
	uint32_t	tab_block;
	uint64_t	off_post, len_post;
	uint64_t	off_tab, len_tab;
	uint64_t	off_tabidx, off_postcrc;
	uint64_t	off_docs, len_docs;
	uint64_t	off_doccrc;	/* CRC per DOC_GROUP documents */
	uint64_t	bytes;		/* of the documents' text */
	uint64_t	size;		/* of the whole file */
	uint32_t	crc_tabidx, crc_postcrc, crc_doccrc;
	uint32_t	crc;		/* of the header before this field */
};

struct seg_tabidx {
	uint64_t	key;		/* first key of the block */
	uint64_t	tab;		/* offset in the table */
	uint64_t	post;		/* offset in the postings */
	uint32_t	n;
	uint32_t	crc;
};

struct seg_doc {
	uint64_t	size;
	uint64_t	hash;
	uint32_t	id;		/* offset of the id after the docs */
	uint32_t	idlen;
	uint32_t	rel;		/* offset of the path under the root */
	uint32_t	rellen;
	char		date[12];	/* YYYY-MM-DD or "" */
};

/* A document as the writer takes it. */
struct doc_in {
	const char	*id;
	size_t		 idlen;
	const char	*rel;		/* path under the root */
	size_t		 rellen;
	const char	*date;
	uint64_t	 size;
	uint64_t	 hash;
};

struct seg {
	char			*name;	/* file name in the directory */
	uint8_t			*map;
	size_t			 mapsize;
	const struct seg_header	*h;
	const struct seg_tabidx	*tabidx;
	const uint32_t		*postcrc;
	const struct seg_doc	*docs;
	const char		*ids;
	const uint32_t		*doccrc;
	uint8_t			*checked_doc;	/* group CRC: 1 good, 2 bad */
	int			 corrupt;	/* a bad group was seen */
	uint8_t			*checked_tab;	/* block CRC verified */
	uint8_t			*checked_post;
	uint32_t		*deleted;	/* sorted */
	size_t			 ndeleted;
	uint32_t		*article;	/* doc -> article, or UINT32_MAX */
};

struct index {
	char		*dir;
	char		*root;
	struct seg	*segs;
	size_t		 nsegs;
	uint8_t		*covered;	/* per article: some doc stands for it */
	size_t		 narticles;
	double		 build_seconds;
};

/* Small helpers. */

static double
index_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
put_varint(struct buf *b, uint64_t v)
{
	char	c[10];
	size_t	n = 0;

	while (v >= 0x80) {
		c[n++] = (char)(v | 0x80);
		v >>= 7;
	}
	c[n++] = (char)v;
	buf_add(b, c, n);
}

/* Read a varint from p[*i..end); returns 0 when malformed. */
static int
get_varint(const uint8_t *p, size_t *i, size_t end, uint64_t *v)
{
	unsigned	shift = 0;

	*v = 0;
	while (*i < end && shift < 64) {
		*v |= (uint64_t)(p[*i] & 0x7f) << shift;
		if ((p[(*i)++] & 0x80) == 0)
			return 1;
		shift += 7;
	}
	return 0;
}

static const char *
index_unicode(void)
{
	static char	s[32];

	snprintf(s, sizeof s, "u%d.%d.%d p%d.%d",
	    _libunistring_version >> 16, (_libunistring_version >> 8) & 0xff,
	    _libunistring_version & 0xff, PCRE2_MAJOR, PCRE2_MINOR);
	return s;
}

/* Writing a segment: postings stream to the file, the rest follows. */

struct seg_writer {
	FILE			*f;
	char			*tmp;
	uint32_t		 ndocs;
	uint64_t		 post;		/* bytes of postings so far */
	uint32_t		 crc;		/* of the current post block */
	struct buf		 tab;
	struct seg_tabidx	*tabidx;
	size_t			 ntab, atab;
	uint32_t		*postcrc;
	size_t			 npost, apost;
	uint64_t		 lastkey;
	uint32_t		 inblock;	/* entries in the current block */
	size_t			 blockstart;	/* of the current table block */
	uint32_t		 ntri;
	struct buf		 list;
	int			 err;
};

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

static int
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
static void
seg_writer_add(struct seg_writer *w, uint64_t key, const uint32_t *docs,
    size_t n)
{
	struct seg_tabidx	*t;
	size_t			 i, bitmap = (w->ndocs + 7) / 8;
	uint32_t		 prev = 0;

	buf_reset(&w->list);
	if (w->ndocs >= INDEX_DENSE_MIN && n > w->ndocs / INDEX_DENSE)
		buf_addc(&w->list, 2);	/* too common to narrow anything */
	else if (n > bitmap) {
		buf_addc(&w->list, 1);
		buf_grow(&w->list, bitmap);
		memset(w->list.data + 1, 0, bitmap);
		for (i = 0; i < n; i++)
			w->list.data[1 + docs[i] / 8] |= 1 << (docs[i] % 8);
		w->list.len = 1 + bitmap;
	} else {
		buf_addc(&w->list, 0);
		for (i = 0; i < n; i++) {
			put_varint(&w->list, docs[i] - prev);
			prev = docs[i];
		}
	}
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
	put_varint(&w->tab, key - w->lastkey);
	put_varint(&w->tab, w->list.len);
	w->lastkey = key;
	w->inblock++;
	w->ntri++;
	seg_writer_post(w, w->list.data, w->list.len);
}

static void
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
	uint32_t	first = g * DOC_GROUP, last = first + DOC_GROUP;

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
static int
seg_writer_end(struct seg_writer *w, const char *path,
    const struct doc_in *docs, char **cause)
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
	snprintf(h.unicode, sizeof h.unicode, "%s", index_unicode());
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
		bytes += docs[i].size;
	}
	h.len_docs = w->ndocs * sizeof *d + ids.len;
	ngroups = (w->ndocs + DOC_GROUP - 1) / DOC_GROUP;
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

static void
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
seg_open(struct seg *s, const char *dir, const char *name, char **cause)
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
	else if (why == NULL && strcmp(h->unicode, index_unicode()) != 0)
		why = "made with other Unicode tables";
	else if (why == NULL && h->size != s->mapsize)
		why = "truncated";
	else if (why == NULL && (!seg_area_ok(h, h->off_post, h->len_post) ||
	    !seg_area_ok(h, h->off_tab, h->len_tab) ||
	    !seg_area_ok(h, h->off_tabidx, (uint64_t)h->ntab *
	    sizeof *s->tabidx) || !seg_area_ok(h, h->off_postcrc,
	    (uint64_t)h->npost * 4) || !seg_area_ok(h, h->off_docs,
	    h->len_docs) || !seg_area_ok(h, h->off_doccrc,
	    (uint64_t)(h->ndocs + DOC_GROUP - 1) / DOC_GROUP * 4) ||
	    h->off_doccrc % 4 != 0 || (uint64_t)h->ndocs * sizeof *s->docs >
	    h->len_docs || h->off_tabidx % 8 != 0 || h->off_docs % 8 != 0 ||
	    h->off_postcrc % 4 != 0 || h->post_block == 0 ||
	    (h->len_post + h->post_block - 1) / h->post_block != h->npost))
		why = "bad layout";
	else if (why == NULL && (crc32_update(0, s->map + h->off_tabidx,
	    (size_t)h->ntab * sizeof *s->tabidx) != h->crc_tabidx ||
	    crc32_update(0, s->map + h->off_postcrc, (size_t)h->npost * 4) !=
	    h->crc_postcrc || crc32_update(0, s->map + h->off_doccrc,
	    (size_t)(h->ndocs + DOC_GROUP - 1) / DOC_GROUP * 4) !=
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
	s->checked_doc = xcalloc(h->ndocs / DOC_GROUP + 2, 1);
	s->checked_tab = xcalloc(h->ntab + 1, 1);
	s->checked_post = xcalloc(h->npost + 1, 1);
	s->article = xcalloc(h->ndocs + 1, sizeof *s->article);
	return 0;
}

/* Check the CRC of the group of document d, once; 0 when bad. */
static int
seg_doc_group(struct seg *s, uint32_t d)
{
	uint64_t	room = s->h->len_docs - s->h->ndocs * sizeof *s->docs;
	uint32_t	g = d / DOC_GROUP, first = g * DOC_GROUP, last;
	const struct seg_doc *f, *l;

	if (s->checked_doc[g] == 0) {
		last = first + DOC_GROUP;
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
static int
seg_doc_ok(struct seg *s, uint32_t d)
{
	uint64_t	room = s->h->len_docs - s->h->ndocs * sizeof *s->docs;

	return seg_doc_group(s, d) && s->docs[d].id <= room && s->docs[d].idlen <= room -
	    s->docs[d].id && s->docs[d].rel <= room && s->docs[d].rellen <=
	    room - s->docs[d].rel && memchr(s->docs[d].date, '\0',
	    sizeof s->docs[d].date) != NULL;
}

/* Verify the postings blocks that [off, off + len) touches. */
static int
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
static int
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
		if (!get_varint(s->map + s->h->off_tab, &i, (size_t)end, &d) ||
		    !get_varint(s->map + s->h->off_tab, &i, (size_t)end, &l))
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
static int
seg_decode(const struct seg *s, uint64_t off, uint64_t len, uint32_t *docs,
    size_t *n)
{
	const uint8_t	*p = s->map + s->h->off_post + off;
	size_t		 i = 1, m = 0;
	uint64_t	 v, cur = 0;
	uint32_t	 d;

	if (len == 0)
		return -1;
	if (p[0] == 2) {
		if (len != 1)
			return -1;
		for (d = 0; d < s->h->ndocs; d++)
			docs[m++] = d;
	} else if (p[0] == 1) {
		if (len != 1 + (s->h->ndocs + 7) / 8)
			return -1;
		for (d = 0; d < s->h->ndocs; d++) {
			if (p[1 + d / 8] & (1 << (d % 8)))
				docs[m++] = d;
		}
	} else if (p[0] == 0) {
		while (i < len) {
			if (!get_varint(p, &i, (size_t)len, &v))
				return -1;
			cur += v;
			if (cur >= s->h->ndocs || m >= s->h->ndocs ||
			    (m > 0 && v == 0))
				return -1;
			docs[m++] = (uint32_t)cur;
		}
	} else
		return -1;
	*n = m;
	return 0;
}

/* Building segments from articles. */

struct tri_map {
	uint64_t	*keys;		/* 0 is the empty slot (key 0 is
					   the trigram U+0 U+0 U+0, kept
					   aside in zero_id) */
	uint32_t	*ids;
	size_t		 mask, n;
	uint32_t	 zero_id;
};

static void
tri_map_init(struct tri_map *m)
{
	memset(m, 0, sizeof *m);
	m->mask = (1 << 16) - 1;
	m->keys = xcalloc(m->mask + 1, sizeof *m->keys);
	m->ids = xcalloc(m->mask + 1, sizeof *m->ids);
	m->zero_id = UINT32_MAX;
}

static void
tri_map_release(struct tri_map *m)
{
	free(m->keys);
	free(m->ids);
}

static uint32_t	tri_map_id(struct tri_map *, uint64_t, uint64_t **,
		    size_t *);

static void
tri_map_grow(struct tri_map *m)
{
	struct tri_map	 g;
	size_t		 i, j;
	uint64_t	 h;

	g = *m;
	g.mask = m->mask * 2 + 1;
	g.keys = xcalloc(g.mask + 1, sizeof *g.keys);
	g.ids = xcalloc(g.mask + 1, sizeof *g.ids);
	for (i = 0; i <= m->mask; i++) {
		if (m->keys[i] == 0)
			continue;
		h = m->keys[i] * 0x9e3779b97f4a7c15ull;
		for (j = (size_t)(h >> 32) & g.mask; g.keys[j] != 0;
		    j = (j + 1) & g.mask)
			;
		g.keys[j] = m->keys[i];
		g.ids[j] = m->ids[i];
	}
	tri_map_release(m);
	*m = g;
}

/* The dense id of key, adding it (and its key to *all) when new. */
static uint32_t
tri_map_id(struct tri_map *m, uint64_t key, uint64_t **all, size_t *aall)
{
	uint64_t	h;
	size_t		j;

	if (key == 0) {
		if (m->zero_id == UINT32_MAX) {
			*all = xgrow(*all, aall, m->n + 1, sizeof **all);
			(*all)[m->n] = 0;
			m->zero_id = (uint32_t)m->n++;
		}
		return m->zero_id;
	}
	h = key * 0x9e3779b97f4a7c15ull;
	for (j = (size_t)(h >> 32) & m->mask; m->keys[j] != 0;
	    j = (j + 1) & m->mask) {
		if (m->keys[j] == key)
			return m->ids[j];
	}
	m->keys[j] = key;
	m->ids[j] = (uint32_t)m->n;
	*all = xgrow(*all, aall, m->n + 1, sizeof **all);
	(*all)[m->n] = key;
	if ((m->n + 1) * 2 > m->mask) {
		m->n++;
		tri_map_grow(m);
		return (uint32_t)(m->n - 1);
	}
	return (uint32_t)m->n++;
}

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
	int		  finished;
	uint8_t		 *loaded;	/* per article: could be read */
	char		**rels;		/* per article: path under the root */
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

struct collect_list {
	uint32_t	head, tail;	/* pool offsets of the chunks */
	uint32_t	n;		/* documents in the list */
};

struct collect {
	struct tri_map	 m;
	uint64_t	*all;		/* key of each trigram id */
	size_t		 aall;
	uint32_t	*last;		/* last doc of each trigram id */
	size_t		 alast;
	uint64_t	*pairs;		/* waiting: trigram id << 32 | doc */
	size_t		 npairs;
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

/* Move the waiting pairs into their lists (a counting sort by id). */
static void
collect_flush(struct collect *co)
{
	size_t		ntid = co->m.n, i, t, old = co->alists, at;
	uint32_t	tid;

	if (co->npairs == 0)
		return;
	if (ntid > old) {
		co->lists = xgrow(co->lists, &co->alists, ntid,
		    sizeof *co->lists);
		memset(co->lists + old, 0, (co->alists - old) *
		    sizeof *co->lists);
	}
	co->count = xgrow(co->count, &co->acount, ntid + 1,
	    sizeof *co->count);
	memset(co->count, 0, (ntid + 1) * sizeof *co->count);
	if (co->sorted == NULL)
		co->sorted = xreallocarray(NULL, COLLECT_BUFFER,
		    sizeof *co->sorted);
	for (i = 0; i < co->npairs; i++)
		co->count[(co->pairs[i] >> 32) + 1]++;
	for (t = 0; t < ntid; t++)
		co->count[t + 1] += co->count[t];
	for (i = 0; i < co->npairs; i++) {
		tid = (uint32_t)(co->pairs[i] >> 32);
		co->sorted[co->count[tid]++] = (uint32_t)co->pairs[i];
	}
	/* count[t] is now the end of id t's run. */
	for (t = 0, at = 0; t < ntid; t++) {
		if (co->count[t] > at)
			collect_append(co, &co->lists[t], co->sorted + at,
			    co->count[t] - at);
		at = co->count[t];
	}
	co->npairs = 0;
}

static void
collect_key(struct collect *co, uint64_t key, uint32_t d)
{
	uint32_t	tid = tri_map_id(&co->m, key, &co->all, &co->aall);
	size_t		old = co->alast;

	if (tid >= co->alast) {
		co->last = xgrow(co->last, &co->alast, (size_t)tid + 1,
		    sizeof *co->last);
		memset(co->last + old, 0xff, (co->alast - old) *
		    sizeof *co->last);
	}
	if (co->last[tid] == d)
		return;
	co->last[tid] = d;
	if (co->pairs == NULL)
		co->pairs = xreallocarray(NULL, COLLECT_BUFFER,
		    sizeof *co->pairs);
	co->pairs[co->npairs++] = ((uint64_t)tid << 32) | d;
	if (co->npairs == COLLECT_BUFFER)
		collect_flush(co);
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

static void
collect_release(struct collect *co)
{
	tri_map_release(&co->m);
	free(co->all);
	free(co->last);
	free(co->pairs);
	free(co->count);
	free(co->sorted);
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
		} else {
			valid = 1;
			i += utf8_decode(s + i, len - i, &cp, &valid);
			if (!valid) {
				have = 0;
				continue;
			}
			m = fold_cp(cp, f);
		}
		for (j = 0; j < m; j++) {
			if (++have >= 3)
				collect_key(co, rxq_key(w1, w2, f[j]), d);
			if (have >= 4)
				collect_key(co, rxq_key4(w0, w1, w2, f[j]), d);
			w0 = w1;
			w1 = w2;
			w2 = f[j];
		}
	}
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

/* Collect (trigram id, doc) pairs for every article of the batch. */
static int
batch_collect(struct batch *bt, struct collect *co)
{
	struct scan_ctx	*cx = scan_ctx_create();
	size_t		 len;
	const char	*text;
	char		*why;
	uint32_t	 d;

	for (d = 0; d < bt->n; d++) {
		if (notify_cancelled(bt->notify)) {
			scan_ctx_free(cx);
			return -1;
		}
		why = NULL;
		index_set_rel(bt, d);
		if (article_load(bt->docs[d], &why) == 0)
			bt->loaded[d] = 1;
		else {
			notify_warn(bt->notify, "%s", why);
			free(why);
			continue;
		}
		text = scan_nfc(cx, bt->docs[d]->text, bt->docs[d]->len, &len);
		collect_text(co, text, len, d);
		pthread_mutex_lock(bt->lock);
		*bt->done += bt->docs[d]->len;
		pthread_mutex_unlock(bt->lock);
		article_unload(bt->docs[d]);
	}
	scan_ctx_free(cx);
	return 0;
}

/* Index the batch's articles into one segment file. */
static int
batch_build(struct batch *bt)
{
	struct collect	  co;
	struct seg_writer w;
	struct tid_key	 *order;
	struct doc_in	 *din;
	uint32_t	 *docs, d;
	size_t		  t, n;

	memset(&co, 0, sizeof co);
	tri_map_init(&co.m);
	if (batch_collect(bt, &co) == 0)
		collect_flush(&co);
	if (notify_cancelled(bt->notify) || co.full) {
		bt->cause = xstrdup(co.full ? "too many trigrams in one batch" :
		    "interrupted");
		collect_release(&co);
		return -1;
	}
	n = co.m.n;
	free(co.pairs);
	free(co.sorted);
	free(co.count);
	free(co.last);
	co.pairs = NULL;
	co.sorted = co.count = co.last = NULL;
	order = xreallocarray(NULL, n + 1, sizeof *order);
	for (t = 0; t < n; t++) {
		order[t].key = co.all[t];
		order[t].tid = (uint32_t)t;
	}
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
	}
	docs = xreallocarray(NULL, bt->n + 1, sizeof *docs);
	if (seg_writer_begin(&w, bt->path, bt->n, &bt->cause) == 0) {
		for (t = 0; t < n; t++) {
			const struct collect_list *l = &co.lists[order[t].tid];

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

/* Merging segments (dropping deleted documents) into a new one. */

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
	if (!get_varint(s->map + s->h->off_tab, &c->i, c->end, &d) ||
	    !get_varint(s->map + s->h->off_tab, &c->i, c->end, &c->len))
		return -1;
	c->key += d;
	c->e++;
	if (c->post > s->h->len_post || c->len > s->h->len_post - c->post ||
	    seg_check_post(c->s, c->post, c->len) != 0)
		return -1;
	return 0;
}

static int
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

static int
merge_segs(struct seg *segs, size_t n, const char *path, char **cause)
{
	struct seg_writer  w;
	struct doc_in	  *din = NULL;
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

/* The manifest. */

static char *
manifest_path(const char *dir)
{
	return xasprintf("%s/manifest", dir);
}

static void
put_u32(struct buf *b, uint32_t v)
{
	buf_add(b, &v, sizeof v);
}

static int
manifest_write(const char *dir, const char *root, struct seg *segs, size_t n,
    char **cause)
{
	struct buf	 b;
	char		*path = manifest_path(dir);
	size_t		 k, j;
	int		 rc;

	buf_init(&b);
	buf_add(&b, MAN_MAGIC, 8);
	put_u32(&b, INDEX_VERSION);
	put_u32(&b, (uint32_t)strlen(root));
	buf_adds(&b, root);
	put_u32(&b, (uint32_t)n);
	for (k = 0; k < n; k++) {
		put_u32(&b, (uint32_t)strlen(segs[k].name));
		buf_adds(&b, segs[k].name);
		put_u32(&b, (uint32_t)segs[k].ndeleted);
		for (j = 0; j < segs[k].ndeleted; j++)
			put_u32(&b, segs[k].deleted[j]);
	}
	put_u32(&b, crc32_update(0, b.data, b.len));
	rc = atomic_write(path, b.data, b.len, cause);
	buf_release(&b);
	free(path);
	return rc;
}

static int
get_u32(const char *p, size_t len, size_t *i, uint32_t *v)
{
	if (len - *i < 4 || *i > len)
		return 0;
	memcpy(v, p + *i, 4);
	*i += 4;
	return 1;
}

/*
 * Read the manifest and open its segments.  Returns 1 when there is
 * none, 0 when read, -1 with *cause when it or a segment is bad.
 */
static int
manifest_read(struct index *ix, char **cause)
{
	char		*path = manifest_path(ix->dir), *data, *name;
	size_t		 len, i = 8;
	uint32_t	 v, n, k, rl, nl, nd, j, crc;
	struct seg	*s;

	if (access(path, F_OK) != 0 && errno == ENOENT) {
		free(path);
		return 1;
	}
	if ((data = file_read(path, &len, cause)) == NULL) {
		free(path);
		return -1;
	}
	if (len < 12 || memcmp(data, MAN_MAGIC, 8) != 0)
		goto bad;
	memcpy(&crc, data + len - 4, 4);
	if (crc != crc32_update(0, data, len - 4))
		goto bad;
	len -= 4;
	if (!get_u32(data, len, &i, &v))
		goto bad;
	if (v != INDEX_VERSION) {
		*cause = xasprintf("index file '%s' is of version %u, not %u",
		    path, v, INDEX_VERSION);
		free(data);
		free(path);
		return -1;
	}
	if (!get_u32(data, len, &i, &rl) || rl > len - i)
		goto bad;
	free(ix->root);
	ix->root = xstrndup(data + i, rl);
	i += rl;
	if (!get_u32(data, len, &i, &n))
		goto bad;
	for (k = 0; k < n; k++) {
		if (!get_u32(data, len, &i, &nl) || nl > len - i || nl == 0)
			goto bad;
		name = xstrndup(data + i, nl);
		i += nl;
		ix->segs = xreallocarray(ix->segs, ix->nsegs + 1,
		    sizeof *ix->segs);
		s = &ix->segs[ix->nsegs];
		if (strchr(name, '/') != NULL)
			*cause = xasprintf("index file '%s' names a segment "
			    "outside its folder", path);
		if (strchr(name, '/') != NULL ||
		    seg_open(s, ix->dir, name, cause) != 0) {
			free(name);
			seg_close(s);
			free(data);
			free(path);
			return -1;
		}
		free(name);
		ix->nsegs++;
		if (!get_u32(data, len, &i, &nd) || nd > (len - i) / 4)
			goto bad;
		s->deleted = xreallocarray(NULL, nd + 1, sizeof *s->deleted);
		for (j = 0; j < nd; j++) {
			get_u32(data, len, &i, &s->deleted[j]);
			if (j > 0 && s->deleted[j] <= s->deleted[j - 1])
				goto bad;
		}
		s->ndeleted = nd;
	}
	free(data);
	free(path);
	return 0;
bad:
	*cause = xasprintf("index file '%s' is corrupt", path);
	free(data);
	free(path);
	return -1;
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

struct id_table {
	uint32_t	*slot;		/* article index + 1, 0 when empty */
	size_t		 mask;
};

static void
id_table_build(struct id_table *t, struct corpus *c)
{
	size_t		i, j;
	uint64_t	h;

	for (t->mask = 15; t->mask < c->n * 2; t->mask = t->mask * 2 + 1)
		;
	t->slot = xcalloc(t->mask + 1, sizeof *t->slot);
	for (i = 0; i < c->n; i++) {
		h = hash64(c->articles[i]->id, strlen(c->articles[i]->id),
		    HASH_SEED);
		for (j = h & t->mask; t->slot[j] != 0; j = (j + 1) & t->mask)
			;
		t->slot[j] = (uint32_t)i + 1;
	}
}

static uint32_t
id_table_find(const struct id_table *t, struct corpus *c, const char *id,
    size_t len)
{
	uint64_t	h = hash64(id, len, HASH_SEED);
	size_t		j;
	const char	*a;

	for (j = h & t->mask; t->slot[j] != 0; j = (j + 1) & t->mask) {
		a = c->articles[t->slot[j] - 1]->id;
		if (strlen(a) == len && memcmp(a, id, len) == 0)
			return t->slot[j] - 1;
	}
	return UINT32_MAX;
}

/* Returns -1 when a document group of some segment is corrupt. */
static int
index_attach(struct index *ix, struct corpus *c)
{
	struct id_table	 t;
	struct seg	*s;
	struct article	*a;
	size_t		 k;
	uint32_t	 d, i;
	int		 bad = 0;

	id_table_build(&t, c);
	free(ix->covered);
	ix->covered = xcalloc(c->n + 1, 1);
	ix->narticles = c->n;
	for (k = 0; k < ix->nsegs; k++) {
		s = &ix->segs[k];
		for (d = 0; d < s->h->ndocs; d++) {
			s->article[d] = UINT32_MAX;
			if (!seg_doc_ok(s, d) || seg_is_deleted(s, d))
				continue;
			i = id_table_find(&t, c, s->ids + s->docs[d].id,
			    s->docs[d].idlen);
			if (i == UINT32_MAX)
				continue;
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
	free(t.slot);
	return bad ? -1 : 0;
}

/* Building and updating. */

static char *
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

/* Index arts[0..n) into one or more new segments, appended to *out. */
static int
index_build_new(struct index *ix, struct article **arts, size_t n,
    uint64_t bytes, const struct notify *nf, struct seg **out, size_t *nout,
    char **cause)
{
	struct batch	 *bt;
	pthread_t	 *th;
	pthread_mutex_t	  lock = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t	  cond = PTHREAD_COND_INITIALIZER;
	volatile uint64_t done = 0;
	size_t		  nb, b, i, from, k;
	char		 *seg;
	uint64_t	  per, acc, now;
	int		  rc = 0, running;
	struct timespec	  ts;

	nb = (size_t)(bytes / INDEX_BATCH_MIN) + 1;
	if (nb > INDEX_BATCHES)
		nb = INDEX_BATCHES;
	if (nb < 2 && n >= 64)
		nb = 2;
	if (nb > n)		/* a few large articles: no empty segment */
		nb = n;
	per = bytes / nb + 1;
	bt = xcalloc(nb, sizeof *bt);
	th = xcalloc(nb, sizeof *th);
	for (b = 0, i = 0; b < nb; b++) {
		from = i;
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
	}
	/* Two at a time: one per core. */
	for (b = 0; b < nb; b += 2) {
		for (k = b; k < nb && k < b + 2; k++)
			pthread_create(&th[k], NULL, batch_thread, &bt[k]);
		/* Progress every 50 ms; no wait once both have finished. */
		do {
			pthread_mutex_lock(&lock);
			running = 0;
			for (k = b; k < nb && k < b + 2; k++)
				running |= !bt[k].finished;
			if (running) {
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
		} while (running);
		for (k = b; k < nb && k < b + 2; k++)
			pthread_join(th[k], NULL);
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
		free(bt[b].cause);
		free(bt[b].loaded);
		for (k = 0; k < bt[b].n; k++)
			free(bt[b].rels[k]);
		free(bt[b].rels);
		free((char *)bt[b].path);
	}
	free(bt);
	free(th);
	return rc;
}

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

/* Merge every segment into one. */
static int
index_compact(struct index *ix, char **cause)
{
	struct seg	 one;
	char		*name = index_seg_name(), *path;
	int		 rc;

	path = xasprintf("%s/%s", ix->dir, name);
	rc = merge_segs(ix->segs, ix->nsegs, path, cause);
	if (rc == 0)
		rc = seg_open(&one, ix->dir, name, cause);
	if (rc == 0) {
		index_close_segs(ix);
		ix->segs = xmalloc(sizeof *ix->segs);
		ix->segs[0] = one;
		ix->nsegs = 1;
	} else
		unlink(path);
	free(path);
	free(name);
	return rc;
}

/* Bring the index up to date; the directory is locked. */
static int
index_refresh(struct index *ix, struct corpus *c, const struct notify *nf,
    char **cause)
{
	struct article	**arts;
	size_t		  n = 0, i, deleted, total = 0, k;
	uint64_t	  bytes = 0;
	double		  t0 = index_now();

	if (index_attach(ix, c) != 0) {
		notify_warn(nf, "index '%s' is corrupt; rebuilding it",
		    ix->dir);
		index_close_segs(ix);
		index_attach(ix, c);
	}
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
		return 0;
	}
	if (n > 0 && index_build_new(ix, arts, n, bytes, nf, &ix->segs,
	    &ix->nsegs, cause) != 0) {
		free(arts);
		return -1;
	}
	free(arts);
	total += n;
	if ((ix->nsegs > INDEX_MAX_SEGS || deleted * 4 > total) &&
	    index_compact(ix, cause) != 0)
		return -1;
	if (notify_cancelled(nf)) {
		*cause = xstrdup("interrupted");
		return -1;
	}
	if (manifest_write(ix->dir, c->root, ix->segs, ix->nsegs, cause) != 0)
		return -1;
	index_collect(ix);
	index_attach(ix, c);
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
	rc = (flags & SEARCH_INDEX_REBUILD) ? 1 : manifest_read(ix, &why);
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
	rc = (flags & SEARCH_INDEX_REBUILD) ? 1 : manifest_read(ix, &why);
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

int
index_update(struct index *ix, struct corpus *c, const struct notify *nf,
    char **cause)
{
	if (ix->dir == NULL) {
		index_attach(ix, c);
		return 0;
	}
	return index_locked_update(ix, c, SEARCH_INDEX_UPDATE, nf, cause);
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
		if (rc == 1 && len == 1 && s->map[s->h->off_post + off] == 2) {
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
			rc = manifest_read(&ix, &why);
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
 * so its name as the walk gives it is unknown here.
 */
static int
index_add_hit(struct index *ix, struct seg *s, uint32_t d,
    const char *const *paths, char **reals, size_t n,
    struct index_hit **hits, size_t *nhits, size_t *ahits)
{
	struct index_hit	*h;
	char			*real, *file;

	if (seg_is_deleted(s, d) || !seg_doc_ok(s, d) ||
	    s->docs[d].size == UINT64_MAX)
		return 0;
	real = xasprintf("%s/%.*s", strcmp(ix->root, "/") == 0 ? "" :
	    ix->root, (int)s->docs[d].rellen, s->ids + s->docs[d].rel);
	file = corpus_display_name(real, paths, reals, n);
	free(real);
	if (file == NULL)
		return -1;
	*hits = xgrow(*hits, ahits, *nhits + 1, sizeof **hits);
	h = &(*hits)[(*nhits)++];
	h->file = file;
	h->id = xstrndup(s->ids + s->docs[d].id, s->docs[d].idlen);
	snprintf(h->date, sizeof h->date, "%s", s->docs[d].date);
	h->size = s->docs[d].size;
	h->hash = s->docs[d].hash;
	return 0;
}

int
index_query_paths(const char *const *paths, size_t n, const struct rxq *q,
    struct index_hit **hits, size_t *nhits, char **cause)
{
	struct index	 ix;
	struct dset	 r;
	char		**reals = xcalloc(n + 1, sizeof *reals), *why = NULL;
	size_t		 k, i, ahits = 0;
	int		 rc = 1;

	memset(&ix, 0, sizeof ix);
	*hits = NULL;
	*nhits = 0;
	ix.dir = index_dir_of(paths, n, reals);
	if (ix.dir != NULL && manifest_read(&ix, &why) == 0 &&
	    ix.root != NULL && ix.nsegs > 0) {
		rc = 0;
		for (k = 0; k < ix.nsegs && rc == 0; k++) {
			if (seg_eval(&ix.segs[k], q, &r) != 0) {
				rc = 1;	/* corrupt: the slow path rebuilds */
				free(r.d);
				break;
			}
			for (i = 0; rc == 0 && (r.all ?
			    i < ix.segs[k].h->ndocs : i < r.n); i++) {
				/* Unnamed: the slow path walks the corpus. */
				if (index_add_hit(&ix, &ix.segs[k], r.all ?
				    (uint32_t)i : r.d[i], paths, reals, n,
				    hits, nhits, &ahits) != 0)
					rc = 1;
			}
			free(r.d);
		}
	}
	for (k = 0; k < ix.nsegs; k++) {
		if (ix.segs[k].corrupt)
			rc = 1;
	}
	if (rc == 0)
		qsort(*hits, *nhits, sizeof **hits, hit_cmp);
	else {
		index_hits_free(*hits, *nhits);
		*hits = NULL;
		*nhits = 0;
	}
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
index_hits_free(struct index_hit *hits, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(hits[i].file);
		free(hits[i].id);
	}
	free(hits);
}
