/*
 * The saved catalogue: serialise articles' metadata and spans, and read
 * them back through a bounds-checked cursor.  Lookups go through an
 * open-addressed table keyed by the hash of the real path.
 */
#include "config.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/varint.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/catalog.h"

#define CATALOG_MAGIC "DMCATLG\n"

/* A read cursor; ok drops to 0 at the first read past the end. */
struct catalog_cursor {
	const unsigned char	*p;
	size_t			 left;
	int			 ok;
};

static void
catalog_putstr(struct buf *b, const char *s)
{
	size_t	len = strlen(s);

	varint_put(b, len);
	buf_add(b, s, len);
}

/* The difference a - b, modulo 2^32: small when a follows b closely, and
   exact whatever the values (catalog_getdelta adds it back). */
static void
catalog_putdelta(struct buf *b, uint32_t a, uint32_t base)
{
	varint_put(b, (uint32_t)(a - base));
}

static uint32_t
catalog_get32(struct catalog_cursor *c)
{
	uint32_t	v;

	if (!c->ok || c->left < 4) {
		c->ok = 0;
		return 0;
	}
	v = le32_load(c->p);
	c->p += 4;
	c->left -= 4;
	return v;
}

static uint64_t
catalog_get64(struct catalog_cursor *c)
{
	uint64_t	lo = catalog_get32(c);

	return lo | (uint64_t)catalog_get32(c) << 32;
}

/* A varint of at most 32 bits. */
static uint32_t
catalog_getvar(struct catalog_cursor *c)
{
	uint64_t	v;
	size_t		i = 0;

	if (!c->ok || !varint_get(c->p, &i, c->left, &v) || v > UINT32_MAX) {
		c->ok = 0;
		return 0;
	}
	c->p += i;
	c->left -= i;
	return (uint32_t)v;
}

/* The value catalog_putdelta wrote against base. */
static uint32_t
catalog_getdelta(struct catalog_cursor *c, uint32_t base)
{
	return base + catalog_getvar(c);
}

/* A string field: returns a pointer into the data, length in *len. */
static const char *
catalog_getstr(struct catalog_cursor *c, size_t *len)
{
	const char	*s;

	*len = catalog_getvar(c);
	if (!c->ok || *len > c->left) {
		c->ok = 0;
		*len = 0;
		return "";
	}
	s = (const char *)c->p;
	c->p += *len;
	c->left -= *len;
	return s;
}

/* The mtime of a racy record: before any real one, so it never matches. */
#define CATALOG_RACY_MTIME	INT64_MIN

/*
 * The spans, each against the one before: a block's start against the
 * end of the previous block, its first sentence against the previous
 * block's first + count; a sentence's start against the previous end, its
 * block against the previous sentence's.  Nearly all take a byte or two.
 */
static void
catalog_put_spans(struct buf *b, const struct article *a)
{
	uint32_t	i, end = 0, next = 0, block = 0;

	for (i = 0; i < a->nblocks; i++) {
		varint_put(b, a->blocks[i].kind);
		catalog_putdelta(b, a->blocks[i].start, end);
		catalog_putdelta(b, a->blocks[i].end, a->blocks[i].start);
		catalog_putdelta(b, a->blocks[i].first, next);
		varint_put(b, a->blocks[i].count);
		end = a->blocks[i].end;
		next = a->blocks[i].first + a->blocks[i].count;
	}
	for (i = 0, end = 0; i < a->nsents; i++) {
		catalog_putdelta(b, a->sents[i].start, end);
		catalog_putdelta(b, a->sents[i].end, a->sents[i].start);
		catalog_putdelta(b, a->sents[i].block, block);
		end = a->sents[i].end;
		block = a->sents[i].block;
	}
}

static void
catalog_put_article(struct buf *b, const struct article *a,
    const char *realpath, int64_t racy_from)
{
	catalog_putstr(b, realpath);
	catalog_putstr(b, a->title);
	catalog_putstr(b, a->date);
	catalog_putstr(b, a->source);
	catalog_putstr(b, a->url);
	catalog_putstr(b, a->author);
	catalog_putstr(b, a->language);
	buf_put_le64(b, a->size);
	buf_put_le64(b, (uint64_t)(a->mtime >= racy_from || a->unparsed ?
	    CATALOG_RACY_MTIME : a->mtime));
	buf_put_le64(b, a->hash);
	varint_put(b, a->flags);
	varint_put(b, a->words);
	varint_put(b, a->title_start);
	varint_put(b, a->title_end);
	varint_put(b, a->body_start);
	varint_put(b, a->nblocks);
	varint_put(b, a->nsents);
	catalog_put_spans(b, a);
}

int
catalog_write(const char *path, struct article *const *articles,
    char *const *realpaths, size_t n, int64_t racy_from, char **cause)
{
	struct buf	b = { 0 };
	size_t		i, at;
	uint32_t	len;
	int		rc;

	buf_add(&b, CATALOG_MAGIC, 8);
	buf_put_le32(&b, CATALOG_VERSION);
	buf_put_le32(&b, (uint32_t)n);
	for (i = 0; i < n; i++) {
		at = b.len;
		buf_put_le32(&b, 0);
		catalog_put_article(&b, articles[i], realpaths[i],
		    racy_from);
		len = (uint32_t)(b.len - at - 4);
		memcpy(b.data + at, (unsigned char[4]){ len & 0xff,
		    (len >> 8) & 0xff, (len >> 16) & 0xff, len >> 24 }, 4);
	}
	buf_put_le32(&b, crc32_update(0, b.data, b.len));
	rc = atomic_write(path, b.data, b.len, cause);
	buf_release(&b);
	return rc;
}

/* Put entry k (its path set) into the lookup table. */
static void
catalog_insert(struct catalog *cat, size_t k)
{
	const struct catalog_entry *e = &cat->entries[k];
	size_t	i;

	i = hash64(e->path, e->pathlen, HASH_SEED) & (cat->nslots - 1);
	while (cat->slots[i] != 0)
		i = (i + 1) & (cat->nslots - 1);
	cat->slots[i] = (uint32_t)(k + 1);
}

/*
 * The lookup table of the entries.  Zeroed by writing, not by calloc:
 * calloc's megabytes map the zero page until written, so each insert's
 * probe (a read) then write made a copy-on-write fault that flushed the
 * TLB on every core running another thread: 2,500 interrupts of the
 * walk, which runs meanwhile, for bench/search's 10 MB table.
 */
static void
catalog_index(struct catalog *cat)
{
	size_t	k;

	for (cat->nslots = 16; cat->nslots < cat->count * 2 + 1; )
		cat->nslots *= 2;
	cat->slots = xreallocarray(NULL, cat->nslots, sizeof *cat->slots);
	memset(cat->slots, 0, cat->nslots * sizeof *cat->slots);
	for (k = 0; k < cat->count; k++)
		catalog_insert(cat, k);
}

static int
catalog_fail(struct catalog *cat, char **cause, const char *why)
{
	catalog_release(cat);
	if (cause != NULL)
		*cause = xstrdup(why);
	return -1;
}

/*
 * Check data and list its records, indexed for lookups when lookups;
 * mapped: data is mmap'd, not malloc'd; verify: check the checksum too
 * (else catalog_verify does, later).  Returns 0; -2 for a sound file of
 * another version ("of version V, not W" in *cause: a program upgrade,
 * no damage); else -1.
 */
static int
catalog_parse_data(struct catalog *cat, char *data, size_t len, int mapped,
    int verify, int lookups, char **cause)
{
	struct catalog_cursor	 c;
	struct catalog_entry	*e;
	uint32_t		 count, rlen, i, version;

	memset(cat, 0, sizeof *cat);
	cat->data = data;
	cat->len = len;
	cat->mapped = mapped;
	if (len < 20 || memcmp(data, CATALOG_MAGIC, 8) != 0)
		return catalog_fail(cat, cause, "not a catalogue");
	if (verify && !catalog_verify(cat))
		return catalog_fail(cat, cause, "checksum mismatch");
	c.p = (const unsigned char *)data + 8;
	c.left = len - 12;
	c.ok = 1;
	if ((version = catalog_get32(&c)) != CATALOG_VERSION) {
		catalog_release(cat);
		if (cause != NULL)
			*cause = xasprintf("of version %u, not %u", version,
			    CATALOG_VERSION);
		return -2;
	}
	count = catalog_get32(&c);
	if (count > len / 4)
		return catalog_fail(cat, cause, "bad record count");
	cat->entries = xreallocarray(NULL, (size_t)count + 1,
	    sizeof *cat->entries);
	for (i = 0; i < count; i++) {
		rlen = catalog_get32(&c);
		if (!c.ok || rlen > c.left)
			return catalog_fail(cat, cause, "truncated record");
		e = &cat->entries[cat->count++];
		e->offset = (size_t)((const char *)c.p - data);
		e->length = rlen;
		e->path = catalog_getstr(&(struct catalog_cursor){ c.p, rlen,
		    1 }, &e->pathlen);
		c.p += rlen;
		c.left -= rlen;
	}
	if (c.left != 0)
		return catalog_fail(cat, cause, "trailing bytes");
	if (lookups)
		catalog_index(cat);
	return 0;
}

int
catalog_verify(const struct catalog *cat)
{
	struct catalog_cursor	c;

	if (cat->len < 20)
		return 0;
	c.p = (const unsigned char *)cat->data + cat->len - 4;
	c.left = 4;
	c.ok = 1;
	return catalog_get32(&c) == crc32_update(0, cat->data, cat->len - 4);
}

int
catalog_parse(struct catalog *cat, char *data, size_t len, char **cause)
{
	return catalog_parse_data(cat, data, len, 0, 1, 1, cause) == 0 ? 0 :
	    -1;
}

/*
 * Map the file (copying tens of megabytes cost more than the rest of a
 * start); NULL when it cannot be mapped.  Catalogues are replaced by
 * rename, never rewritten in place, so the mapping stays whole.
 */
static char *
catalog_map(const char *path, size_t *len)
{
	struct stat	 st;
	void		*p;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    (uint64_t)st.st_size > SIZE_MAX / 2) {
		close(fd);
		return NULL;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE |
	    MAP_POPULATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return NULL;
	*len = (size_t)st.st_size;
	return p;
}

/* Read (map) and parse path; verify, lookups as in catalog_parse_data. */
static int
catalog_load(struct catalog *cat, const char *path, int verify,
    int lookups, char **cause)
{
	char	*data, *why = NULL;
	size_t	 len;
	int	 mapped = 1, rc;

	memset(cat, 0, sizeof *cat);
	if ((data = catalog_map(path, &len)) == NULL) {
		mapped = 0;
		if ((data = file_read(path, &len, &why)) == NULL) {
			free(why);
			return 0;
		}
	}
	rc = catalog_parse_data(cat, data, len, mapped, verify, lookups, &why);
	if (rc != 0) {
		if (cause != NULL && rc == -2)
			*cause = xasprintf("catalogue '%s' is %s; rebuilding "
			    "it", path, why);
		else if (cause != NULL)
			*cause = xasprintf("catalogue '%s' is damaged (%s), "
			    "rebuilding it", path, why);
		free(why);
		return -1;
	}
	return 0;
}

int
catalog_read(struct catalog *cat, const char *path, char **cause)
{
	return catalog_load(cat, path, 1, 1, cause);
}

int
catalog_read_unverified(struct catalog *cat, const char *path)
{
	return catalog_load(cat, path, 0, 0, NULL);
}

void
catalog_release(struct catalog *cat)
{
	if (cat->mapped)
		munmap(cat->data, cat->len);
	else
		free(cat->data);
	free(cat->entries);
	free(cat->slots);
	memset(cat, 0, sizeof *cat);
}

static const struct catalog_entry *
catalog_find(const struct catalog *cat, const char *realpath)
{
	const struct catalog_entry *e;
	size_t	len = strlen(realpath), i;

	if (cat->slots == NULL)
		return NULL;
	i = hash64(realpath, len, HASH_SEED) & (cat->nslots - 1);
	while (cat->slots[i] != 0) {
		e = &cat->entries[cat->slots[i] - 1];
		if (e->pathlen == len && memcmp(e->path, realpath, len) == 0)
			return e;
		i = (i + 1) & (cat->nslots - 1);
	}
	return NULL;
}

/* Blocks and sentences must lie inside the file and point at each other
   consistently; a record that lies is not used. */
static int
catalog_spans_ok(const struct article *a)
{
	uint32_t	i;

	for (i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		if (b->start > b->end || b->end > a->size ||
		    b->kind > BLOCK_PARAGRAPH || b->first > a->nsents ||
		    b->count > a->nsents - b->first)
			return 0;
	}
	for (i = 0; i < a->nsents; i++) {
		const struct sentence *s = &a->sents[i];
		if (s->start > s->end || s->end > a->size ||
		    s->block >= a->nblocks)
			return 0;
	}
	return a->title_start <= a->title_end && a->title_end <= a->size &&
	    a->body_start <= a->size;
}

/* The metadata strings: malloc'd, or in ar when it is not NULL. */
static void
catalog_get_meta(struct catalog_cursor *c, struct article *a,
    struct arena *ar)
{
	char		**fields[] = { &a->title, &a->date, &a->source,
			    &a->url, &a->author, &a->language };
	const char	 *s;
	size_t		  len, i;

	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		s = catalog_getstr(c, &len);
		if (ar != NULL)
			*fields[i] = arena_strndup(ar, s, len);
		else {
			free(*fields[i]);
			*fields[i] = xstrndup(s, len);
		}
	}
}

/*
 * Read the spans of a (its nblocks and nsents set) as catalog_put_spans
 * wrote them; the cursor must end with them.  0 when they do not decode
 * or do not hold together (a has none then).
 */
static int
catalog_get_spans(struct catalog_cursor *c, struct article *a)
{
	uint32_t	i, end = 0, next = 0, block = 0;

	a->blocks = xcalloc(a->nblocks, sizeof *a->blocks);
	a->sents = xcalloc(a->nsents, sizeof *a->sents);
	for (i = 0; i < a->nblocks; i++) {
		a->blocks[i].kind = (enum block_kind)catalog_getvar(c);
		a->blocks[i].start = catalog_getdelta(c, end);
		a->blocks[i].end = catalog_getdelta(c, a->blocks[i].start);
		a->blocks[i].first = catalog_getdelta(c, next);
		a->blocks[i].count = catalog_getvar(c);
		end = a->blocks[i].end;
		next = a->blocks[i].first + a->blocks[i].count;
		if (a->blocks[i].kind == BLOCK_HEADING)
			a->nheadings++;
		else if (a->blocks[i].kind == BLOCK_PARAGRAPH)
			a->nparagraphs++;
	}
	for (i = 0, end = 0; i < a->nsents; i++) {
		a->sents[i].start = catalog_getdelta(c, end);
		a->sents[i].end = catalog_getdelta(c, a->sents[i].start);
		a->sents[i].block = catalog_getdelta(c, block);
		end = a->sents[i].end;
		block = a->sents[i].block;
	}
	if (c->ok && c->left == 0 && catalog_spans_ok(a))
		return 1;
	free(a->blocks);
	free(a->sents);
	a->blocks = NULL;
	a->sents = NULL;
	a->nblocks = a->nsents = a->nheadings = a->nparagraphs = 0;
	return 0;
}

/*
 * Fill a from entry e; with check, only when size and mtime match; its
 * strings go into ar when it is not NULL (catalog_get_meta).
 */
static int
catalog_fill(const struct catalog *cat, const struct catalog_entry *e,
    int check, uint64_t size, int64_t mtime, int spans, struct article *a,
    struct arena *ar)
{
	struct catalog_cursor	 c;
	size_t			 len;

	c.p = (const unsigned char *)cat->data + e->offset;
	c.left = e->length;
	c.ok = 1;
	catalog_getstr(&c, &len);
	catalog_get_meta(&c, a, ar);
	a->size = catalog_get64(&c);
	a->mtime = (int64_t)catalog_get64(&c);
	if (!c.ok || (check && (a->size != size || a->mtime != mtime)))
		return 0;
	a->hash = catalog_get64(&c);
	a->flags = catalog_getvar(&c);
	a->words = catalog_getvar(&c);
	a->title_start = catalog_getvar(&c);
	a->title_end = catalog_getvar(&c);
	a->body_start = catalog_getvar(&c);
	a->nblocks = catalog_getvar(&c);
	a->nsents = catalog_getvar(&c);
	/* A block takes at least 5 bytes, a sentence 3: counts that lie
	   are caught before they are allocated. */
	if (!c.ok || (uint64_t)a->nblocks * 5 + (uint64_t)a->nsents * 3 >
	    c.left) {
		a->nblocks = a->nsents = 0;
		return 0;
	}
	if (!spans) {
		a->nblocks = a->nsents = 0;
		a->unparsed = 1;
		return a->title_start <= a->title_end &&
		    a->title_end <= a->size && a->body_start <= a->size;
	}
	return catalog_get_spans(&c, a);
}

int
catalog_lookup(const struct catalog *cat, const char *realpath,
    uint64_t size, int64_t mtime, struct article *a)
{
	const struct catalog_entry *e = catalog_find(cat, realpath);

	return e != NULL && catalog_fill(cat, e, 1, size, mtime, 1, a, NULL);
}

int
catalog_lookup_meta(const struct catalog *cat, const char *realpath,
    uint64_t size, int64_t mtime, struct article *a)
{
	const struct catalog_entry *e = catalog_find(cat, realpath);

	return e != NULL && catalog_fill(cat, e, 1, size, mtime, 0, a, NULL);
}

int
catalog_lookup_ranked(const struct catalog *cat, const char *realpath,
    uint64_t size, int64_t mtime, int spans, struct article *a,
    size_t *rank, struct arena *strings)
{
	const struct catalog_entry *e = catalog_find(cat, realpath);

	if (e == NULL || !catalog_fill(cat, e, 1, size, mtime, spans != 0, a,
	    strings))
		return 0;
	*rank = (size_t)(e - cat->entries);
	return 1;
}

int
catalog_restore(const struct catalog *cat, size_t rank, struct article *a,
    struct arena *strings)
{
	return rank < cat->count && catalog_fill(cat, &cat->entries[rank],
	    0, 0, 0, 0, a, strings);
}
