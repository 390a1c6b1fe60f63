/*
 * test-index: the on-disk index with tiny block sizes: building, a
 * changed file's update, truncated, bit-flipped, foreign and old-version
 * files (rejected, reported, rebuilt), and a build killed with SIGKILL (the
 * previous index stays usable).  Answers are always compared with a
 * full scan.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "search/index.h"
#include "search/seg.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "tap.h"

static char	 tmp[64];
static char	*docs;
static int	 warnings;

static void
count_warn(void *arg, const char *msg)
{
	(void)arg;
	warnings++;
	tap_diag("warning: %s", msg);
}

static const struct notify	nf = { count_warn, NULL, NULL, NULL };

static void
write_file(const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s", docs, name);
	FILE	*f = fopen(path, "w");

	if (f == NULL)
		abort();
	fputs(text, f);
	fclose(f);
	free(path);
}

/* Many small articles, each with its own rare word. */
static void
make_corpus(int n)
{
	struct buf	b;
	char		name[64];
	int		i, k;

	for (i = 0; i < n; i++) {
		buf_init(&b);
		buf_printf(&b, "Report number %d on the talks\n\n", i);
		for (k = 0; k < 5; k++)
			buf_printf(&b, "Delegates met in round %d and spoke of "
			    "token%dx and of Київ%d, переговори тривали.\n",
			    k, i * 7 + k, i);
		if (i % 10 == 0)
			buf_adds(&b, "A rare Zelenskyy mention appears here.\n");
		snprintf(name, sizeof name, "a%04d.txt", i);
		write_file(name, b.data);
		buf_release(&b);
	}
}

struct hits {
	struct buf	b;
};

static int
collect(void *arg, struct article *a, const struct search_match *m)
{
	struct hits	*h = arg;

	if (m != NULL)
		buf_printf(&h->b, "%s:%u:%u-%u\n", a->id, m->line, m->start,
		    m->end);
	return 0;
}

static int
collect_file(void *arg, struct article *a, const struct search_match *m)
{
	struct hits	*h = arg;

	if (m != NULL)
		buf_printf(&h->b, "%s %s:%u:%u-%u\n", a->file, a->id, m->line,
		    m->start, m->end);
	return 0;
}

/* Results of pattern with the index (ix) and without, compared. */
static int
same_answers(struct corpus *c, struct search_index *ix, const char *pat,
    size_t *count)
{
	struct search_pattern	*p;
	struct hits		 h1, h2;
	char			*cause = NULL;
	int			 same;

	p = search_compile(&pat, 1, 0, &cause);
	if (p == NULL)
		return 0;
	buf_init(&h1.b);
	buf_init(&h2.b);
	buf_adds(&h1.b, "");
	buf_adds(&h2.b, "");
	search_run(ix, c, p, 0, collect, &h1, &nf, &cause);
	free(cause);
	cause = NULL;
	search_run(ix, c, p, SEARCH_NO_INDEX, collect, &h2, &nf, &cause);
	free(cause);
	same = strcmp(h1.b.data, h2.b.data) == 0;
	if (count != NULL) {
		*count = 0;
		for (char *s = h2.b.data; (s = strchr(s, '\n')) != NULL; s++)
			(*count)++;
	}
	buf_release(&h1.b);
	buf_release(&h2.b);
	search_pattern_free(p);
	return same;
}

/* search_paths (no walk, the index's own key) equals search_run. */
static int
paths_answer(struct corpus *c, struct search_index *ix, const char *pat)
{
	struct search_pattern	*p;
	struct hits		 h1, h2;
	const char		*paths[1] = { docs };
	char			*cause = NULL;
	int			 same, rc;

	p = search_compile(&pat, 1, 0, &cause);
	buf_init(&h1.b);
	buf_init(&h2.b);
	buf_adds(&h1.b, "");
	buf_adds(&h2.b, "");
	rc = search_paths(paths, 1, p, 0, collect_file, &h1, &nf, &cause);
	free(cause);
	cause = NULL;
	/* No usable index for the fast path (a file changed since the
	   build, seen or not within the clock's second): by its contract
	   the caller scans, and so does the reference. */
	if (rc == -2) {
		buf_reset(&h1.b);
		buf_adds(&h1.b, "");
		rc = search_run(NULL, c, p, SEARCH_NO_INDEX, collect_file,
		    &h1, &nf, &cause);
		free(cause);
		cause = NULL;
	}
	search_run(ix, c, p, 0, collect_file, &h2, &nf, &cause);
	free(cause);
	same = rc != -2 && strcmp(h1.b.data, h2.b.data) == 0 && h2.b.len > 0;
	if (!same)
		tap_diag("'%s': rc %d, by paths:\n%s\nby corpus:\n%s", pat, rc,
		    h1.b.data, h2.b.data);
	buf_release(&h1.b);
	buf_release(&h2.b);
	search_pattern_free(p);
	return same;
}

static char *
seg_path(struct corpus *c)
{
	char		*dir = corpus_cache_path(c, "index"), *path = NULL;
	DIR		*d = opendir(dir);
	struct dirent	*de;

	while (d != NULL && (de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "seg-", 4) == 0 &&
		    strchr(de->d_name, '.') == NULL && path == NULL)
			path = xasprintf("%s/%s", dir, de->d_name);
	}
	if (d != NULL)
		closedir(d);
	free(dir);
	return path;
}

static void
open_corpus(struct corpus *c)
{
	const char	*paths[1] = { docs };
	char		*cause = NULL;

	if (corpus_open(c, paths, 1, CORPUS_FRESH, &nf, &cause) != 0) {
		tap_diag("%s", cause);
		exit(1);
	}
}

static int
count_segments(struct search_index *ix)
{
	struct search_index_stats	st;

	search_index_stats(ix, &st);
	return (int)st.segments;
}

static void
test_build_and_update(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, name[64], text[128];
	size_t			 n = 0;
	int			 segs, k;

	open_corpus(&c);
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(ix != NULL, "index built");
	segs = count_segments(ix);
	ok(same_answers(&c, ix, "zelenskyy", &n) && n == 20,
	    "rare word: as a scan");
	ok(same_answers(&c, ix, "token1[0-9]x", &n) && n > 5,
	    "class: as a scan");
	ok(same_answers(&c, ix, "КИЇВ17\\b", &n) && n == 0,
	    "case-sensitive Cyrillic: as a scan");
	ok(same_answers(&c, ix, "київ17\\b", &n) && n == 5,
	    "caseless Cyrillic: as a scan");
	search_index_close(ix);
	corpus_release(&c);

	write_file("a0003.txt", "Changed report\n\nNow it names Zelenskyy.\n");
	write_file("new.txt", "A new report\n\nZelenskyy again, and token999x.\n");
	open_corpus(&c);
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(same_answers(&c, ix, "zelenskyy", &n) && n == 22,
	    "stale index, changed files still found");
	search_index_close(ix);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == segs + 1,
	    "update adds a segment");
	ok(same_answers(&c, ix, "zelenskyy", &n) && n == 22,
	    "updated index answers as a scan");
	ok(same_answers(&c, ix, "token21x", &n) && n == 0,
	    "the changed file's old words are gone");
	ok(same_answers(&c, ix, "token999x", &n) && n == 1,
	    "the new file's words are found");
	ok(paths_answer(&c, ix, "zelenskyy") && paths_answer(&c, ix,
	    "token1[0-9]x") && paths_answer(&c, ix, "report"),
	    "search by paths alone answers as the corpus search");
	search_index_close(ix);
	corpus_release(&c);

	/* A third of the files changed: the update merges the segments. */
	for (k = 100; k < 170; k++) {
		snprintf(name, sizeof name, "a%04d.txt", k);
		snprintf(text, sizeof text, "Rewritten %d\n\nZelenskyy and "
		    "merged%dz.\n", k, k);
		write_file(name, text);
	}
	open_corpus(&c);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == 1, "many changes: merged");
	ok(same_answers(&c, ix, "zelenskyy", &n) && same_answers(&c, ix,
	    "merged12[0-9]z", &n) && same_answers(&c, ix, "token7[0-9]9x",
	    &n) && same_answers(&c, ix, "report", &n),
	    "the merged index answers as a scan");
	ok(paths_answer(&c, ix, "merged1[0-9][0-9]z"),
	    "and by paths alone too");
	search_index_close(ix);
	ix = search_index_open(&c, SEARCH_INDEX_REBUILD, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == segs,
	    "rebuild gives the segments of a first build");
	search_index_close(ix);
	corpus_release(&c);
	is_int(warnings, 0, "no warnings so far");
}

/*
 * Updates of one file each add small segments: too many of them merge
 * among themselves, not into the large segments of the first build.
 */
static void
test_small_updates(void)
{
	struct corpus		 c;
	struct search_index	*ix = NULL;
	char			*cause = NULL, text[128];
	size_t			 n = 0;
	int			 k, segs, first = 0, most = 0, least = 1000;

	open_corpus(&c);
	ix = search_index_open(&c, SEARCH_INDEX_REBUILD, &nf, &cause);
	if (ix != NULL)
		first = count_segments(ix);
	search_index_close(ix);
	corpus_release(&c);
	for (k = 0; k < 24; k++) {
		snprintf(text, sizeof text, "Small update %d\n\nZelenskyy "
		    "and small%dq.\n", k, k);
		write_file("a0005.txt", text);
		open_corpus(&c);
		ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
		if (ix == NULL) {
			corpus_release(&c);
			break;
		}
		segs = count_segments(ix);
		if (segs > most)
			most = segs;
		if (segs < least)
			least = segs;
		search_index_close(ix);
		corpus_release(&c);
	}
	ok(k == 24 && most <= 16, "24 updates, never more than 16 "
	    "segments (at most %d)", most);
	open_corpus(&c);
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(first > 0 && least > first, "the small ones merged among "
	    "themselves, never into the first build's %d (at least %d)",
	    first, least);
	ok(ix != NULL && same_answers(&c, ix, "small2[0-9]q", &n) &&
	    n == 1 && same_answers(&c, ix, "small1[0-9]q", &n) && n == 0 &&
	    same_answers(&c, ix, "zelenskyy", &n),
	    "and the index answers as a scan");
	/* The updated article's document sorts inside the first build's
	   segments: the runs of hits are merged into the corpus order. */
	ok(ix != NULL && paths_answer(&c, ix, "report|update") &&
	    paths_answer(&c, ix, "zelenskyy"),
	    "and by paths alone, in the corpus's order");
	search_index_close(ix);
	corpus_release(&c);
	is_int(warnings, 0, "no warnings");
}

/*
 * Documents find their articles by the order of the corpus, or by date
 * and id, or by id alone: an article that moved (its date changed), one
 * that is gone and one new before all the others leave the index
 * answering as a scan, and an update with nothing changed after it adds
 * nothing (every document found its article again).
 */
static void
test_moved_and_gone(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, *gone;
	size_t			 n = 0;
	int			 segs = -1;

	write_file("a0020.txt", "Title: Moved report\nDate: 2001-01-01\n\n"
	    "Delegates spoke of token140x again.\n");
	gone = xasprintf("%s/a0021.txt", docs);
	unlink(gone);
	free(gone);
	write_file("2000-01-01-first.txt", "First of all\n\nZelenskyy and "
	    "token7777x.\n");
	open_corpus(&c);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
	ok(ix != NULL && same_answers(&c, ix, "token14[0-9]x", &n) && n == 1 &&
	    same_answers(&c, ix, "token15[01]x", &n) && n == 0 &&
	    same_answers(&c, ix, "token7777x", &n) && n == 1 &&
	    same_answers(&c, ix, "zelenskyy", &n),
	    "moved, gone and new articles: the index answers as a scan");
	if (ix != NULL)
		segs = count_segments(ix);
	search_index_close(ix);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == segs,
	    "and an update with nothing changed adds no segment");
	ok(ix != NULL && same_answers(&c, ix, "token1[0-9]x", &n) &&
	    same_answers(&c, ix, "report", &n), "nor changes an answer");
	search_index_close(ix);
	corpus_release(&c);
	is_int(warnings, 0, "no warnings");
}

static void
corrupt(const char *path, int how)
{
	struct stat	st;
	FILE		*f;
	long		 off;
	uint64_t	 area[2];
	int		 ch;

	stat(path, &st);
	if (how == 0) {
		truncate(path, st.st_size / 2);
		return;
	}
	f = fopen(path, "r+");
	if (how == 1) {
		/*
		 * Flip bits all over the postings only, so that the file
		 * opens and the damage shows when a block is read.  White
		 * box: off_post and len_post are the u64s at 72 and 80.
		 */
		fseek(f, 72, SEEK_SET);
		if (fread(area, sizeof area, 1, f) != 1)
			abort();
		for (off = (long)area[0] + 10; off < (long)(area[0] +
		    area[1]); off += 97) {
			fseek(f, off, SEEK_SET);
			ch = fgetc(f);
			fseek(f, off, SEEK_SET);
			fputc(ch ^ 0x10, f);
		}
	} else if (how == 2)
		fputs("this is not an index at all", f);
	else {
		/* a document's size: off_docs is the u64 at 120 */
		fseek(f, 120, SEEK_SET);
		if (fread(area, sizeof area[0], 1, f) != 1)
			abort();
		fseek(f, (long)area[0] + 3, SEEK_SET);
		ch = fgetc(f);
		fseek(f, (long)area[0] + 3, SEEK_SET);
		fputc(ch ^ 0x40, f);
	}
	fclose(f);
}

/*
 * A document indexed as NFC whose file is now decomposed: the index's
 * word that the text was NFC no longer holds, and the search by paths
 * alone normalises the text again.
 */
static void
test_nfc_changed(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL;

	write_file("nfc.txt", "Composed\n\nA caf\xc3\xa9 in Kyiv.\n");
	open_corpus(&c);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
	search_index_close(ix);
	corpus_release(&c);
	write_file("nfc.txt", "Decomposed\n\nA cafe\xcc\x81 in Kyiv.\n");
	open_corpus(&c);
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(ix != NULL && paths_answer(&c, ix, "caf\xc3\xa9"),
	    "a text no longer NFC since the build is normalised again");
	search_index_close(ix);
	corpus_release(&c);
}

static void
test_corruption(void)
{
	static const char *const what[] = { "truncated", "bit-flipped",
	    "foreign", "document-damaged" };
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, *seg;
	size_t			 n;
	int			 how, bad;

	for (how = 0; how < 4; how++) {
		open_corpus(&c);
		seg = seg_path(&c);
		corrupt(seg, how);
		free(seg);
		warnings = 0;
		ix = search_index_open(&c, 0, &nf, &cause);
		bad = 0;
		if (ix != NULL) {
			/* a bit flip in a block shows when it is read */
			bad |= !same_answers(&c, ix, "zelenskyy", &n);
			bad |= !same_answers(&c, ix, "delegates", &n);
			bad |= !same_answers(&c, ix, "round 3", &n);
		}
		ok(ix != NULL && !bad, "%s segment: answers as a scan",
		    what[how]);
		ok(warnings > 0, "%s segment: reported", what[how]);
		search_index_close(ix);
		warnings = 0;
		ix = search_index_open(&c, 0, &nf, &cause);
		ok(ix != NULL && warnings == 0 && same_answers(&c, ix,
		    "zelenskyy", &n), "%s segment: rebuilt", what[how]);
		search_index_close(ix);
		corpus_release(&c);
	}
}

static void
test_manifest(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, *dir, *man;
	size_t			 n;

	open_corpus(&c);
	dir = corpus_cache_path(&c, "index");
	man = xasprintf("%s/manifest", dir);
	atomic_write(man, "garbage", 7, NULL);
	warnings = 0;
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(ix != NULL && warnings == 1 && same_answers(&c, ix, "zelenskyy",
	    &n), "foreign manifest: reported and rebuilt");
	search_index_close(ix);
	free(man);
	free(dir);
	corpus_release(&c);
}

/*
 * Make the file at path say version v (2: posting lists as varints,
 * before postlist.h; 3: a document CRC per 1,024 documents), its checksum
 * made right again so that only the version tells: a segment's header
 * (manifest 0) or a manifest (manifest 1).
 */
static void
make_version(const char *path, int manifest, uint32_t v)
{
	struct seg_header	*h;
	char			*data, *cause = NULL;
	size_t			 len;
	uint32_t		 crc;

	if ((data = file_read(path, &len, &cause)) == NULL)
		abort();
	if (manifest) {
		memcpy(data + 8, (unsigned char[4]){ v & 0xff, (v >> 8) & 0xff,
		    (v >> 16) & 0xff, v >> 24 }, 4);
		crc = crc32_update(0, data, len - 4);
		memcpy(data + len - 4, (unsigned char[4]){ crc & 0xff,
		    (crc >> 8) & 0xff, (crc >> 16) & 0xff, crc >> 24 }, 4);
	} else {
		h = (struct seg_header *)data;
		h->version = v;
		h->crc = crc32_update(0, h, offsetof(struct seg_header, crc));
	}
	atomic_write(path, data, len, &cause);
	free(data);
}

/* An index of an earlier version is reported and rebuilt, not read. */
static void
test_old_version(uint32_t v)
{
	static const char *const what[] = { "segment", "manifest" };
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, *path, *dir;
	size_t			 n;
	int			 manifest;

	for (manifest = 0; manifest < 2; manifest++) {
		open_corpus(&c);
		dir = corpus_cache_path(&c, "index");
		path = manifest ? xasprintf("%s/manifest", dir) : seg_path(&c);
		make_version(path, manifest, v);
		warnings = 0;
		ix = search_index_open(&c, 0, &nf, &cause);
		ok(ix != NULL && warnings == 1 && same_answers(&c, ix,
		    "zelenskyy", &n) && same_answers(&c, ix, "round 3", &n),
		    "a %s of version %u: reported, answers as a scan",
		    what[manifest], v);
		search_index_close(ix);
		warnings = 0;
		ix = search_index_open(&c, 0, &nf, &cause);
		ok(ix != NULL && warnings == 0 && same_answers(&c, ix,
		    "delegates", &n), "a %s of version %u: rebuilt",
		    what[manifest], v);
		search_index_close(ix);
		free(path);
		free(dir);
		corpus_release(&c);
	}
}

/* Kill a rebuild at several moments: the old index must stay usable. */
static void
test_kill(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	struct timespec		 ts;
	char			*cause = NULL;
	size_t			 n;
	int			 k, good = 0, status;
	pid_t			 pid;

	open_corpus(&c);
	for (k = 0; k < 6; k++) {
		pid = fork();
		if (pid == 0) {
			ix = search_index_open(&c, SEARCH_INDEX_REBUILD, NULL,
			    &cause);
			_exit(ix != NULL ? 0 : 1);
		}
		ts.tv_sec = 0;
		ts.tv_nsec = (long)k * 4 * 1000 * 1000;
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		warnings = 0;
		ix = search_index_open(&c, 0, &nf, &cause);
		if (ix != NULL && warnings == 0 && same_answers(&c, ix,
		    "zelenskyy", &n) && n > 22)
			good++;
		search_index_close(ix);
	}
	is_int(good, 6, "index usable after each killed rebuild");
	corpus_release(&c);
}

/*
 * Batches of a kilobyte: a build of twelve segments, more batches than
 * cores, each core taking the next as it is done.
 */
static void
test_many_batches(void)
{
	struct corpus		 c;
	struct search_index	*ix;
	char			*cause = NULL, name[64], text[128];
	size_t			 n, saved = index_batch_min;
	int			 k;

	open_corpus(&c);
	index_batch_min = 1024;
	ix = search_index_open(&c, SEARCH_INDEX_REBUILD, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == 12,
	    "small batches: twelve segments");
	ok(ix != NULL && same_answers(&c, ix, "zelenskyy", &n) && n > 22 &&
	    same_answers(&c, ix, "token1[0-9]x", &n) && n > 5 &&
	    same_answers(&c, ix, "київ17\\b", &n) && n == 5,
	    "and they answer as a scan");
	ok(ix != NULL && paths_answer(&c, ix, "report") &&
	    paths_answer(&c, ix, "token1[0-9]x"),
	    "and by paths alone, their runs of hits in order");
	search_index_close(ix);
	corpus_release(&c);
	/* Three updates, each a segment of one document that sorts among
	   the others: five runs of hits to merge. */
	for (k = 0; k < 3; k++) {
		snprintf(name, sizeof name, "a%04d.txt", 150 - 60 * k);
		snprintf(text, sizeof text, "Report again %d\n\nZelenskyy "
		    "and token%dx.\n", k, k);
		write_file(name, text);
		open_corpus(&c);
		ix = search_index_open(&c, SEARCH_INDEX_UPDATE, &nf, &cause);
		search_index_close(ix);
		corpus_release(&c);
	}
	open_corpus(&c);
	ix = search_index_open(&c, 0, &nf, &cause);
	ok(ix != NULL && count_segments(ix) == 15 && paths_answer(&c, ix,
	    "report") && paths_answer(&c, ix, "zelenskyy"),
	    "updates in between: by paths alone, in the corpus's order");
	search_index_close(ix);
	index_batch_min = saved;
	corpus_release(&c);
}

int
main(void)
{
	char	*cache;

	index_post_block = 64;
	index_tab_block = 4;
	snprintf(tmp, sizeof tmp, "/tmp/test-index.XXXXXX");
	if (mkdtemp(tmp) == NULL)
		return 1;
	cache = xasprintf("%s/cache", tmp);
	setenv("XDG_CACHE_HOME", cache, 1);
	setenv("HOME", tmp, 1);
	docs = xasprintf("%s/docs", tmp);
	mkdir(docs, 0700);
	make_corpus(200);
	test_build_and_update();
	test_small_updates();
	test_moved_and_gone();
	test_nfc_changed();
	test_corruption();
	test_manifest();
	test_old_version(2);
	test_old_version(3);
	test_kill();
	test_many_batches();
	free(docs);
	free(cache);
	{
		char	*cmd = xasprintf("rm -rf '%s'", tmp);

		if (system(cmd) != 0)
			tap_diag("cannot remove %s", tmp);
		free(cmd);
	}
	return tap_done();
}
