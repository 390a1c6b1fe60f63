/*
 * test-textcache: the text cache serves a file's bytes only while the
 * file is unchanged (a file changed between two searches is read again,
 * even at the same size), keeps within its bound by dropping the least
 * recently used entries, keeps nothing of a file changed just now, lends
 * bytes that outlive eviction and the cache itself, and searches through
 * it answer exactly what searches without it (and a full scan) answer.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/dirwatch.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "text/textcache.h"
#include "tap.h"

#define NDOCS	40

static char	 tmp[64];
static char	*docs;

/* Write name under docs with an mtime of its own, long past. */
static void
write_doc(const char *name, const char *text, time_t mtime)
{
	char		*path = xasprintf("%s/%s", docs, name);
	struct timespec	 ts[2] = { { mtime, 0 }, { mtime, 0 } };
	FILE		*f = fopen(path, "w");

	if (f == NULL)
		abort();
	fputs(text, f);
	fclose(f);
	if (utimensat(AT_FDCWD, path, ts, 0) != 0)
		abort();
	free(path);
}

static void
make_corpus(void)
{
	struct buf	b;
	char		name[32];
	int		i, k;

	for (i = 0; i < NDOCS; i++) {
		buf_init(&b);
		buf_printf(&b, "Report %d on the talks\n\n", i);
		for (k = 0; k < 4; k++)
			buf_printf(&b, "Round %d of the talks in Київ %d.\n",
			    k, i);
		buf_adds(&b, i % 3 == 0 ? "They agreed a ceasefire today.\n" :
		    "They agreed nothing at all today.\n");
		if (i % 7 == 0)
			buf_adds(&b, "Зеленський and ZELENSKY spoke.\r\n");
		snprintf(name, sizeof name, "2020-01-%02d-a%02d.txt",
		    1 + i % 28, i);
		write_doc(name, b.data, 1500000000 + i);
		buf_release(&b);
	}
}

static struct corpus *
open_corpus(void)
{
	struct corpus	*c = xcalloc(1, sizeof *c);
	const char	*paths[1] = { docs };
	char		*cause = NULL;

	if (corpus_open(c, paths, 1, CORPUS_FRESH, NULL, &cause) != 0) {
		tap_diag("%s", cause);
		exit(1);
	}
	return c;
}

static int
collect(void *arg, struct article *a, const struct search_match *m)
{
	struct buf	*b = arg;

	if (m != NULL)
		buf_printf(b, "%s:%u:%u-%u\n", a->id, m->line, m->start,
		    m->end);
	return 0;
}

/* Every match of pat, one line each, malloc'd; through tc when set, over
   the articles within marks when it is not NULL. */
static char *
answers_within(struct corpus *c, struct search_index *ix,
    struct textcache *tc, const char *pat, int flags, const uint32_t *within)
{
	struct search_pattern	*p;
	struct buf		 b;
	char			*cause = NULL;
	size_t			 len;

	if ((p = search_compile(&pat, 1, 0, &cause)) == NULL) {
		tap_diag("%s", cause);
		free(cause);
		return xstrdup("(no pattern)");
	}
	buf_init(&b);
	buf_adds(&b, "");
	if (search_run_within(ix, tc, c, p, flags, within, collect, &b, NULL,
	    &cause) < 0) {
		buf_printf(&b, "(error: %s)", cause);
		free(cause);
	}
	search_pattern_free(p);
	return buf_detach(&b, &len);
}

static char *
answers(struct corpus *c, struct search_index *ix, struct textcache *tc,
    const char *pat, int flags)
{
	return answers_within(c, ix, tc, pat, flags, NULL);
}

/* 1 when a's loaded text is its file's bytes now. */
static int
text_is_file(struct article *a)
{
	char	*bytes, *cause = NULL;
	size_t	 len;
	int	 same;

	if ((bytes = file_read(a->path, &len, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	same = a->text != NULL && a->len == len &&
	    memcmp(a->text, bytes, len) == 0;
	free(bytes);
	return same;
}

/* hash64_text of path's bytes now. */
static uint64_t
file_hash(const char *path)
{
	char		*bytes, *cause = NULL;
	size_t		 len;
	uint64_t	 h;

	if ((bytes = file_read(path, &len, &cause)) == NULL)
		abort();
	h = hash64_text(bytes, len);
	free(bytes);
	return h;
}

/* Load every article through tc and unload it again; 1 when all loaded. */
static int
load_all(struct textcache *tc, struct corpus *c)
{
	char	*cause = NULL;
	size_t	 i;
	int	 good = 1;

	for (i = 0; i < c->n; i++) {
		if (textcache_load(tc, c->articles[i], &cause) != 0) {
			tap_diag("%s", cause);
			free(cause);
			cause = NULL;
			good = 0;
		} else if (!text_is_file(c->articles[i]))
			good = 0;
		article_unload(c->articles[i]);
	}
	return good;
}

static void
test_hits(struct corpus *c, size_t max)
{
	struct textcache	*tc = textcache_create(max, 0);
	struct textcache_stats	 st;

	tap_diag("a cache of %zu bytes", max);
	ok(load_all(tc, c), "every article loads through the cache");
	textcache_stats(tc, &st);
	ok(st.misses == c->n && st.hits == 0 && st.entries == c->n,
	    "the first time from the files, all kept (%zu entries)",
	    st.entries);
	ok(load_all(tc, c), "and again");
	textcache_stats(tc, &st);
	ok(st.hits == c->n && st.misses == c->n,
	    "the second time from memory (%zu hits)", st.hits);
	ok(textcache_load(NULL, c->articles[0], NULL) == 0 &&
	    text_is_file(c->articles[0]), "no cache: article_load");
	article_unload(c->articles[0]);
	textcache_free(tc);
}

/* A file changed just now is used, not kept. */
static void
test_racy(struct corpus *c)
{
	struct textcache	*tc = textcache_create(1 << 20,
				    TEXTCACHE_RACY_NS);
	struct textcache_stats	 st;
	struct article		*a = c->articles[1];
	char			*cause = NULL;

	ok(textcache_load(tc, a, &cause) == 0 && text_is_file(a),
	    "a file changed within the racy window loads");
	article_unload(a);
	textcache_stats(tc, &st);
	ok(st.entries == 0 && st.bytes == 0,
	    "but is not kept: its ctime is too recent to trust");
	textcache_free(tc);
}

/* The least recently used go first; the bound holds. */
static void
test_eviction(struct corpus *c)
{
	struct textcache	*tc;
	struct textcache_stats	 st;
	struct article		*first = c->articles[0], *last;
	size_t			 max, i, under = 1;
	char			*cause = NULL;

	/* Room for about four articles (entries cost their bookkeeping). */
	max = 4 * (first->size + strlen(first->path) + 256);
	tc = textcache_create(max, 0);
	for (i = 0; i < c->n; i++) {
		textcache_load(tc, c->articles[i], &cause);
		article_unload(c->articles[i]);
		textcache_stats(tc, &st);
		under &= st.bytes <= max;
	}
	ok(under, "never past the bound (%zu bytes)", max);
	ok(st.entries >= 2 && st.entries <= 5 &&
	    st.evicted == c->n - st.entries,
	    "%zu kept, %zu evicted", st.entries, st.evicted);
	last = c->articles[c->n - 1];
	textcache_load(tc, last, &cause);
	article_unload(last);
	textcache_load(tc, first, &cause);
	textcache_stats(tc, &st);
	ok(st.hits == 1 && st.misses == c->n + 1,
	    "the last one used is kept, the first was evicted");
	/* first is loaded: its bytes are lent from an entry about to go. */
	for (i = 1; i < c->n; i++) {
		textcache_load(tc, c->articles[i], &cause);
		article_unload(c->articles[i]);
	}
	ok(text_is_file(first), "lent bytes outlive their entry's eviction");
	article_unload(first);
	textcache_load(tc, first, &cause);
	textcache_free(tc);
	ok(text_is_file(first), "and the cache itself");
	article_unload(first);
	tc = textcache_create(16, 0);
	ok(textcache_load(tc, first, &cause) == 0 && text_is_file(first),
	    "an article larger than the whole cache loads");
	article_unload(first);
	textcache_stats(tc, &st);
	ok(st.entries == 0, "and is not kept");
	textcache_free(tc);
}

/* Rewrite name (same size) with from replaced by to, mtime given. */
static void
rewrite(struct article *a, const char *from, const char *to, time_t mtime)
{
	char	*text, *at, *cause = NULL, *name;
	size_t	 len;

	if ((text = file_read(a->path, &len, &cause)) == NULL ||
	    (at = strstr(text, from)) == NULL || strlen(from) != strlen(to))
		abort();
	memcpy(at, to, strlen(to));
	name = strrchr(a->path, '/') + 1;
	write_doc(name, text, mtime);
	free(text);
}

/* 1 when the kernel can vouch for files under docs (dirwatch.h). */
static int
watchable(void)
{
	struct dirwatch	*dw = dirwatch_create();
	char		*path = xasprintf("%s/2020-01-01-a00.txt", docs);
	int		 can = dirwatch_cover(dw, path);

	dirwatch_free(dw);
	free(path);
	return can;
}

/*
 * A file changed between two searches is read again.  With the watch on,
 * a search with nothing changed stats no file, and one after a change
 * reads the changed file again.
 */
static void
test_changed(struct corpus *c, struct search_index *ix, int watch)
{
	struct textcache	*tc = textcache_create(1 << 20, 0);
	struct article		*a = corpus_find(c, "2020-01-04-a03");
	struct timespec		 pause = { 0, 50 * 1000000 };
	struct textcache_stats	 s0, s1;
	struct stat		 st;
	char			*before, *after, *plain;
	const char		*how = watch ? " (watched)" : "";

	if (watch)
		textcache_watch(tc);
	before = answers(c, ix, tc, "ceasefire", 0);
	ok(strstr(before, a->id) != NULL, "'%s' matches at first%s", a->id,
	    how);
	textcache_stats(tc, &s0);
	free(answers(c, ix, tc, "ceasefire", 0));	/* all from memory */
	textcache_stats(tc, &s1);
	if (watch)
		ok(s1.vouched - s0.vouched == s1.hits - s0.hits &&
		    s1.hits > s0.hits && s1.misses == s0.misses,
		    "unchanged: %zu loads served with no stat",
		    s1.vouched - s0.vouched);
	else
		ok(s1.vouched == 0 && s1.hits > s0.hits,
		    "without the watch, every hit was stat-ed");
	rewrite(a, "ceasefire", "armistice", 1600000000);
	after = answers(c, ix, tc, "ceasefire", 0);
	plain = answers(c, ix, NULL, "ceasefire", 0);
	ok(strstr(after, a->id) == NULL && strcmp(after, plain) == 0,
	    "rewritten at the same size: no longer matches, as without "
	    "the cache%s", how);
	free(after);
	free(plain);
	/* A full scan: the index knows the file as it was when opened. */
	after = answers(c, ix, tc, "armistice", SEARCH_NO_INDEX);
	ok(strstr(after, a->id) != NULL, "and its new word does");
	ok(a->text == NULL && a->hash == file_hash(a->path),
	    "the article was parsed again from its new bytes, then unloaded");
	free(after);
	/* The old mtime put back: only the ctime tells (a tick later). */
	stat(a->path, &st);
	nanosleep(&pause, NULL);
	rewrite(a, "armistice", "ceasefire", st.st_mtim.tv_sec);
	after = answers(c, ix, tc, "ceasefire", 0);
	ok(strcmp(after, before) == 0,
	    "rewritten back with its mtime restored: seen by its ctime%s",
	    how);
	free(after);
	free(before);
	textcache_free(tc);
}

/* Searches through the cache answer what searches without it answer. */
static void
test_same(struct corpus *c, struct search_index *ix)
{
	static const char *const pats[] = {
		"ceasefire", "talks", "Київ", "zelensk", "(?i)зеленськ",
		"^Round \\d", "nothing at all", "agreed (a|nothing)", "\\r$",
		"qqqzz", "Report 1\\d",
	};
	struct textcache	*tc = textcache_create(32 << 20, 0);
	struct textcache_stats	 st;
	size_t			 i;
	int			 cold = 1, warm = 1, scan = 1;
	char			*plain, *a1, *a2, *full;

	for (i = 0; i < sizeof pats / sizeof *pats; i++) {
		plain = answers(c, ix, NULL, pats[i], 0);
		a1 = answers(c, ix, tc, pats[i], 0);
		a2 = answers(c, ix, tc, pats[i], 0);
		full = answers(c, ix, tc, pats[i], SEARCH_NO_INDEX);
		cold &= strcmp(plain, a1) == 0;
		warm &= strcmp(plain, a2) == 0;
		scan &= strcmp(plain, full) == 0;
		if (strcmp(plain, a2) != 0)
			tap_diag("'%s':\n%s\nthrough the cache:\n%s", pats[i],
			    plain, a2);
		free(plain);
		free(a1);
		free(a2);
		free(full);
	}
	textcache_stats(tc, &st);
	ok(cold, "the first search through the cache answers as without");
	ok(warm, "so does the next, from memory (%zu hits)", st.hits);
	ok(scan, "and a full scan through it");
	ok(st.hits > st.misses, "most loads were served from memory");
	textcache_free(tc);
}

static int
mark(void *arg, struct article *a, const struct search_match *m)
{
	uint32_t	*hits = arg;

	if (m != NULL)
		hits[m->article]++;
	(void)a;
	return 0;
}

/*
 * A search narrowed to what a shorter literal matched (the interface's
 * typing, see ui-search.c) answers as the whole search does; a mask of
 * nothing answers nothing.
 */
static void
test_within(struct corpus *c, struct search_index *ix)
{
	static const char *const pairs[][2] = {
		{ "ceas", "ceasefire" }, { "tal", "talks" },
		{ "zelen", "zelensk" }, { "Rep", "Report 1" },
	};
	struct textcache	*tc = textcache_create(32 << 20, 0);
	struct search_pattern	*p;
	uint32_t		*hits, *none;
	char			*plain, *narrow, *cause = NULL;
	size_t			 i;
	int			 same = 1, found = 0;

	none = xcalloc(c->n + 1, sizeof *none);
	for (i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		hits = xcalloc(c->n + 1, sizeof *hits);
		if ((p = search_compile(&pairs[i][0], 1, 0, &cause)) == NULL)
			abort();
		search_run(ix, c, p, 0, mark, hits, NULL, &cause);
		search_pattern_free(p);
		plain = answers(c, ix, NULL, pairs[i][1], 0);
		narrow = answers_within(c, ix, tc, pairs[i][1], 0, hits);
		same &= strcmp(plain, narrow) == 0;
		found += *plain != '\0';
		if (strcmp(plain, narrow) != 0)
			tap_diag("'%s' within '%s':\n%s\nnot\n%s", pairs[i][1],
			    pairs[i][0], narrow, plain);
		free(plain);
		free(narrow);
		free(hits);
	}
	ok(same && found == (int)(sizeof pairs / sizeof *pairs),
	    "a search within what a shorter literal matched answers as a "
	    "whole search");
	narrow = answers_within(c, ix, tc, "ceasefire", 0, none);
	is_str(narrow, "", "within no article, nothing");
	free(narrow);
	free(none);
	textcache_free(tc);
}

/* Bytes that are no article: refused, nothing lent, nothing leaked. */
static void
test_not_article(void)
{
	struct textcache	*tc = textcache_create(1 << 20, 0);
	struct article		*a;
	char			*path, *cause = NULL;
	FILE			*f;
	int			 refused;

	path = xasprintf("%s/binary.txt", docs);
	if ((f = fopen(path, "w")) == NULL)
		abort();
	fwrite("a\0b\0c\0d\0\x01\x02\x03\x04\0\0\0\0", 1, 16, f);
	fclose(f);
	a = article_create("binary", path, path);
	a->unparsed = 1;
	refused = textcache_load(tc, a, &cause) == -1 && cause != NULL &&
	    a->text == NULL;
	ok(refused, "a binary file is refused: %s",
	    cause != NULL ? cause : "");
	free(cause);
	article_free(a);
	unlink(path);
	free(path);
	textcache_free(tc);
}

int
main(void)
{
	struct search_index	*ix;
	struct corpus		*c;
	char			*cache, *cause = NULL;

	snprintf(tmp, sizeof tmp, "/tmp/demarche-textcache-XXXXXX");
	if (mkdtemp(tmp) == NULL)
		return 1;
	cache = xasprintf("%s/cache", tmp);
	setenv("XDG_CACHE_HOME", cache, 1);
	docs = xasprintf("%s/docs", tmp);
	mkdir(docs, 0755);
	make_corpus();
	c = open_corpus();
	ok(c->n == NDOCS, "%d articles", NDOCS);
	test_hits(c, 1 << 20);
	test_hits(c, 64 << 20);		/* in shards */
	test_racy(c);
	test_eviction(c);
	if ((ix = search_index_open(c, 0, NULL, &cause)) == NULL) {
		tap_diag("%s", cause);
		free(cause);
	}
	test_same(c, ix);
	test_within(c, ix);
	test_changed(c, ix, 0);
	if (watchable())
		test_changed(c, ix, 1);
	else
		tap_diag("no inotify on a local file system here: the "
		    "watched text cache is not tested");
	test_not_article();
	search_index_close(ix);
	corpus_release(c);
	free(c);
	free(docs);
	free(cache);
	tap_rmtree(tmp);
	return tap_done();
}
