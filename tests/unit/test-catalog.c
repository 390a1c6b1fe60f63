/*
 * catalog: round trip, staleness, and rejection of damaged files; the
 * varint records of version 3 (every span exact, spans out of order
 * too, compact), records whose spans lie, and a file of version 2.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/varint.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/catalog.h"
#include "tap.h"

static const char *const texts[] = {
	"Title: Minsk II signed\nDate: 2015-02-12\n\nLeaders met in Minsk. They agreed on a truce.\n",
	"Переговоры в Стамбуле\n\nДелегации встретились. Итогов нет.\n",
};

static struct article *
make(int i, char **real)
{
	struct article	*a = article_create("id", "f", "f");
	char		*cause = NULL;

	article_parse(a, texts[i], strlen(texts[i]), "f.txt", &cause);
	a->mtime = 1000 + i;
	*real = xasprintf("/corpus/file%d.txt", i);
	return a;
}

/* 1 when b has a's structure, field for field. */
static int
same_structure(const struct article *a, const struct article *b)
{
	uint32_t	i;
	int		same;

	same = a->nblocks == b->nblocks && a->nsents == b->nsents &&
	    a->title_start == b->title_start && a->title_end ==
	    b->title_end && a->body_start == b->body_start && a->words ==
	    b->words && a->flags == b->flags && a->nheadings ==
	    b->nheadings && a->nparagraphs == b->nparagraphs;
	for (i = 0; same && i < a->nblocks; i++)
		same = memcmp(&a->blocks[i], &b->blocks[i],
		    sizeof a->blocks[i]) == 0;
	for (i = 0; same && i < a->nsents; i++)
		same = memcmp(&a->sents[i], &b->sents[i],
		    sizeof a->sents[i]) == 0;
	return same;
}

/* Write a alone to path, read it back into a fresh article; NULL if not. */
static struct article *
write_read(const char *path, struct article *a, const char *real,
    size_t *filelen)
{
	struct catalog	 cat;
	struct article	*b = article_create("id", "f", "f");
	char		*cause = NULL;
	int		 found;

	if (catalog_write(path, &a, (char *const *)&real, 1, INT64_MAX,
	    &cause) != 0 || catalog_read(&cat, path, &cause) != 0) {
		free(cause);
		article_free(b);
		return NULL;
	}
	*filelen = cat.len;
	found = catalog_lookup(&cat, real, a->size, a->mtime, b);
	catalog_release(&cat);
	if (!found) {
		article_free(b);
		return NULL;
	}
	return b;
}

/* A long article: every span round-trips, in a few bytes a sentence. */
static void
test_long_article(const char *path)
{
	struct buf	 text = { 0 };
	struct article	*a = article_create("id", "f", "f"), *b;
	char		*cause = NULL;
	size_t		 len = 0;
	int		 p, k;

	buf_adds(&text, "A long report\n\n");
	for (p = 0; p < 40; p++) {
		if (p % 10 == 9)
			buf_printf(&text, "## Part %d\n\n", p);
		for (k = 0; k < 8; k++)
			buf_printf(&text, "Sentence %d of paragraph %d says "
			    "rather more than the one before it did.  ", k, p);
		buf_adds(&text, "\n\n");
	}
	article_parse(a, text.data, text.len, "f.txt", &cause);
	a->mtime = 5000;
	b = write_read(path, a, "/corpus/long.txt", &len);
	ok(a->nsents >= 320 && a->nblocks >= 40 && b != NULL &&
	    same_structure(a, b), "a long article: every block and sentence "
	    "exact (%u blocks, %u sentences)", a->nblocks, a->nsents);
	ok(len < 100 + a->nblocks * 6 + a->nsents * 5, "in %zu bytes, "
	    "not 12 a sentence and 20 a block", len);
	article_free(b);

	/*
	 * Spans need not follow one another: whatever the article holds is
	 * written back exactly (a sentence before the previous one, a block
	 * index going back).
	 */
	a->sents[1].start = a->sents[0].start;
	a->sents[2].start = 0;
	a->sents[2].end = a->sents[2].start + 3;
	a->sents[3].block = 0;
	a->blocks[1].first = 0;
	a->blocks[1].count = 3;
	b = write_read(path, a, "/corpus/long.txt", &len);
	ok(b != NULL && same_structure(a, b),
	    "spans out of order are written back exactly");
	article_free(b);
	article_free(a);
	buf_release(&text);
}

/* A catalogue file of the records r[0..n), each with its length. */
static void
write_records(const char *path, uint32_t version, const struct buf *r,
    size_t n)
{
	struct buf	 f = { 0 };
	char		*cause = NULL;
	size_t		 i;

	buf_add(&f, "DMCATLG\n", 8);
	buf_put_le32(&f, version);
	buf_put_le32(&f, (uint32_t)n);
	for (i = 0; i < n; i++) {
		buf_put_le32(&f, (uint32_t)r[i].len);
		buf_add(&f, r[i].data, r[i].len);
	}
	buf_put_le32(&f, crc32_update(0, f.data, f.len));
	atomic_write(path, f.data, f.len, &cause);
	buf_release(&f);
}

/*
 * A version 3 record of path, size 100, mtime 7: its strings, fixed
 * fields and counts, then spans, nspans varints.
 */
static void
record_v3(struct buf *r, const char *path, uint32_t nblocks,
    uint32_t nsents, const uint32_t *spans, size_t nspans)
{
	size_t	i;

	buf_reset(r);
	varint_put(r, strlen(path));
	buf_adds(r, path);
	for (i = 0; i < 6; i++)
		varint_put(r, 0);		/* title ... language */
	buf_put_le64(r, 100);
	buf_put_le64(r, 7);
	buf_put_le64(r, 0);			/* hash */
	for (i = 0; i < 5; i++)
		varint_put(r, 0);		/* flags ... body_start */
	varint_put(r, nblocks);
	varint_put(r, nsents);
	for (i = 0; i < nspans; i++)
		varint_put(r, spans[i]);
}

/*
 * A catalogue of version 3 (the same records, the content hashed by
 * hash64 rather than hash64_text) is rejected as an old version: its
 * hashes would never match, and every file would be read again as
 * changed.
 */
static void
test_version_3(const char *path)
{
	static const uint32_t	good[] = { 2, 0, 10, 0, 1, 0, 10, 0 };
	struct buf		 r = { 0 };
	struct catalog		 cat;
	char			*cause = NULL;

	record_v3(&r, "/old3", 1, 1, good, 8);
	write_records(path, 3, &r, 1);
	ok(catalog_read(&cat, path, &cause) == -1 && cat.count == 0,
	    "a catalogue of version 3 is rejected");
	ok(cause != NULL && strstr(cause, "of version 3, not 4") != NULL,
	    "as an old version: %s", cause != NULL ? cause : "(none)");
	free(cause);
	buf_release(&r);
}

/* Records that frame well but whose spans lie are never used. */
static void
test_lying_records(const char *path)
{
	/* a block kind 2 [0, 10) with sentence 0; a sentence [0, 10) */
	static const uint32_t	good[] = { 2, 0, 10, 0, 1, 0, 10, 0 };
	static const uint32_t	far[] = { 2, 0, 10, 0, 1, 0, 10, 5 };
	static const uint32_t	past[] = { 2, 0, 200, 0, 1, 0, 10, 0 };
	struct buf		 r[6] = { { 0 } };
	struct catalog		 cat;
	struct article		*a = article_create("id", "f", "f");
	char			*cause = NULL;
	int			 i, found[6];

	record_v3(&r[0], "/good", 1, 1, good, 8);
	record_v3(&r[1], "/huge-counts", 1000000, 1000000, good, 8);
	record_v3(&r[2], "/block-too-far", 1, 1, far, 8);
	record_v3(&r[3], "/past-the-end", 1, 1, past, 8);
	record_v3(&r[4], "/trailing", 1, 1, good, 8);
	buf_addc(&r[4], 0);
	record_v3(&r[5], "/short", 1, 2, good, 8);
	write_records(path, CATALOG_VERSION, r, 6);
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 6,
	    "six records that frame well: the file is read");
	for (i = 0; i < 6; i++) {
		found[i] = catalog_lookup(&cat, cat.entries[i].path, 100, 7, a);
		article_free(a);
		a = article_create("id", "f", "f");
	}
	ok(found[0], "the sound record is used");
	ok(!found[1], "counts beyond the record's bytes: not used");
	ok(!found[2], "a sentence of a block past the last: not used");
	ok(!found[3], "a block past the file's size: not used");
	ok(!found[4], "a byte after the spans: not used");
	ok(!found[5], "a sentence missing: not used");
	ok(catalog_lookup_meta(&cat, "/good", 100, 7, a) &&
	    !catalog_lookup_meta(&cat, "/huge-counts", 100, 7, a),
	    "nor for its metadata alone");
	article_free(a);
	catalog_release(&cat);
	for (i = 0; i < 6; i++)
		buf_release(&r[i]);
}

/*
 * A catalogue of version 2 (u32 fields) is rejected as such, never
 * parsed as version 3, and the message says it is an old version.
 */
static void
test_version_2(const char *path)
{
	struct buf	 r = { 0 };
	struct catalog	 cat;
	char		*cause = NULL;
	int		 i;

	buf_put_le32(&r, 5);
	buf_adds(&r, "/old2");
	for (i = 0; i < 6; i++)
		buf_put_le32(&r, 0);
	buf_put_le64(&r, 100);
	buf_put_le64(&r, 7);
	buf_put_le64(&r, 0);
	for (i = 0; i < 7; i++)
		buf_put_le32(&r, 0);
	write_records(path, 2, &r, 1);
	ok(catalog_read(&cat, path, &cause) == -1 && cat.count == 0,
	    "a catalogue of version 2 is rejected");
	ok(cause != NULL && strstr(cause, "of version 2, not ") != NULL &&
	    strstr(cause, "damaged") == NULL, "as an old version, not as "
	    "damage: %s", cause != NULL ? cause : "(none)");
	free(cause);
	buf_release(&r);
}

int
main(void)
{
	char		 tmpl[] = "/tmp/demarche-cat-XXXXXX", *dir, *path;
	struct article	*arts[2], *b;
	char		*reals[2], *cause = NULL, *data;
	struct catalog	 cat;
	size_t		 len, i;
	int		 all = 1;

	dir = mkdtemp(tmpl);
	path = xasprintf("%s/x.catalog", dir);
	arts[0] = make(0, &reals[0]);
	arts[1] = make(1, &reals[1]);
	/* Entry 1 (mtime 1001) is racy: read in the tick it was written. */
	ok(catalog_write(path, arts, reals, 2, 1001, &cause) == 0, "catalogue written");
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 2, "read back two entries");
	b = article_create("id", "f", "f");
	ok(catalog_lookup(&cat, reals[0], arts[0]->size, 1000, b), "fresh entry found");
	is_str(b->title, "Minsk II signed", "title restored");
	is_str(b->date, "2015-02-12", "date restored");
	ok(b->nsents == arts[0]->nsents && b->nblocks == arts[0]->nblocks, "structure restored");
	for (i = 0; i < b->nsents; i++)
		all &= b->sents[i].start == arts[0]->sents[i].start && b->sents[i].end == arts[0]->sents[i].end;
	ok(all, "sentence spans identical");
	ok(b->hash == arts[0]->hash && b->flags == arts[0]->flags, "hash and flags restored");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(!catalog_lookup(&cat, reals[1], arts[1]->size, 999, b), "changed mtime is stale");
	ok(!catalog_lookup(&cat, reals[1], arts[1]->size, 1001, b), "a racy entry never matches");
	ok(!catalog_lookup(&cat, "/elsewhere.txt", 1, 1, b), "unknown path absent");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(catalog_lookup_meta(&cat, reals[0], arts[0]->size, 1000, b), "metadata alone found");
	ok(b->unparsed && b->nblocks == 0 && b->blocks == NULL && b->nsents == 0,
	    "without the structure: unparsed");
	ok(b->hash == arts[0]->hash && strcmp(b->date, "2015-02-12") == 0, "hash and date restored");
	ok(!catalog_lookup_meta(&cat, reals[0], arts[0]->size, 999, b), "stale as catalog_lookup");
	catalog_release(&cat);

	/* An article written without its structure never matches again. */
	ok(catalog_write(path, &b, reals, 1, 2000, &cause) == 0, "an unparsed article written");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 1 &&
	    !catalog_lookup(&cat, reals[0], arts[0]->size, 1000, b) &&
	    !catalog_lookup_meta(&cat, reals[0], arts[0]->size, 1000, b),
	    "and its entry does not match: its file will be read");
	article_free(b);
	catalog_release(&cat);
	ok(catalog_write(path, arts, reals, 2, 1001, &cause) == 0, "catalogue written again");

	data = file_read(path, &len, &cause);
	data[len / 2] ^= 0x10;
	atomic_write(path, data, len, &cause);
	ok(catalog_read(&cat, path, &cause) == -1 && cause != NULL, "bit flip detected: %s", cause ? cause : "");
	ok(cat.count == 0, "and nothing trusted");
	free(cause);
	cause = NULL;
	data[len / 2] ^= 0x10;
	atomic_write(path, data, len - 7, &cause);
	ok(catalog_read(&cat, path, &cause) == -1, "truncation detected");
	free(cause);
	cause = NULL;
	memcpy(data, "NOTACATL", 8);
	atomic_write(path, data, len, &cause);
	ok(catalog_read(&cat, path, &cause) == -1, "foreign file rejected");
	free(cause);
	cause = NULL;
	unlink(path);
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 0, "a missing catalogue is empty, not an error");
	test_long_article(path);
	test_lying_records(path);
	test_version_2(path);
	test_version_3(path);
	unlink(path);
	free(data);
	for (i = 0; i < 2; i++) {
		article_free(arts[i]);
		free(reals[i]);
	}
	free(path);
	rmdir(dir);
	return tap_done();
}
