/*
 * test-searchdiff: indexed search equals the full scan (file, line,
 * offsets) for thousands of generated patterns with every flag, over the
 * sample corpus, hostile text written here, and, when present, the real
 * articles in ../shared/corpora and ../shared/seeds.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/notify.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "text/textcache.h"
#include "tap.h"

static uint64_t	rng = 0x2545f4914f6cdd1dull;

static uint32_t
rnd(uint32_t n)
{
	return tap_rand(&rng, n);
}

/* Hostile text written for this test, one file each. */
static const char *const hostile[] = {
	"Officials quoted \xd0\x97\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x81"
	    "\xd1\x8c\xd0\xba\xd0\xb8\xd0\xb9 in Kyiv\r\nand ZELENSKY too\r\n",
	"\xef\xbb\xbf" "A byte order mark, then Zelensky\n",
	"broken \xff\xfe bytes in wor\xc3" "ds and \xe2\x82" " half signs\n"
	    "zelen\xff" "sky split by a bad byte\n",
	"Cafe\xcc\x81 de\xcc\x81" "cor decomposed, caf\xc3\xa9 composed\n"
	    "\xd0\x97\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x81\xd1\x8c\xd0\xba"
	    "\xd0\xb8\xd0\xb8\xcc\x86 with a decomposed short i\n",
	"STRASSE and Stra\xc3\x9f" "e and STRA\xe1\xba\x9e" "E\n",
	"\xc4\xb0stanbul istanbul ISTANBUL \xc4\xb1stanbul\n",
	"\xce\xa3\xce\x99\xce\xa3\xce\xa5\xce\xa6\xce\x9f\xce\xa3 "
	    "\xcf\x83\xce\xb9\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82\n",
	"Kelvin \xe2\x84\xaa and kelvin\nnul\x01 and \x1b[31m escapes\n",
	"no final newline, zelensky",
	"\n\n\nempty lines above\n\n",
	"word-word_word 123,456.78 $dollar ^caret (paren) [bracket]\n",
};

/* What a search returned: a count and a hash of every match. */
struct hits {
	uint64_t	h;
	size_t		n;
};

static int
collect(void *arg, struct article *a, const struct search_match *m)
{
	struct hits	*h = arg;

	if (m != NULL) {
		h->h = (h->h ^ m->article) * 0x100000001b3ull;
		h->h = (h->h ^ m->line) * 0x100000001b3ull;
		h->h = (h->h ^ m->start) * 0x100000001b3ull;
		h->h = (h->h ^ m->end) * 0x100000001b3ull;
		h->n++;
	}
	return 0;
}

static int
run(struct corpus *c, struct search_index *ix, struct search_pattern *p,
    int flags, struct hits *h)
{
	char	*cause = NULL;
	int	 rc;

	h->h = 0xcbf29ce484222325ull;
	h->n = 0;
	rc = search_run(ix, c, p, flags, collect, h, NULL, &cause);
	free(cause);
	return rc;
}

/* A pattern built around a piece of a random article. */
static char *
gen_pattern(struct corpus *c)
{
	static const char *const wraps[] = {
		"%s", "(?:%s)", "%s|qqqzz", "\\b%s", "%s\\b", "(%s)",
		"(?=%s)%s", "(?i)%s", "(?-i)%s", "%s.*", "(?:%s)?x?",
		"(?:%s){1,2}", "\\Q%s\\E", "(?x) %s", "[^z]%s", "%s\\w*",
		"^.*%s", "%s$", "(\\w)%s\\1?", "(?<=\\s)%s", "%s(?!\\d)",
	};
	static const char *const atoms[] = {
		"[aeiou]", "[а-я]", "\\w", "\\d+", "\\s", ".", "[^ ]",
		"(a|b|c)", "\\p{L}", "x{2,3}", "[ßs]", "[İi]", "ё?",
		"(?:зел|zel)", "\\x{435}", "[[:alpha:]]", "\\b", "[0-9]{2}",
	};
	struct article	*a;
	struct buf	 lit, b;
	size_t		 i, n;
	uint32_t	 cp;
	char		 e[4], *out;
	const char	*w;

	a = c->articles[rnd((uint32_t)c->n)];
	buf_init(&lit);
	if (article_load(a, &out) == 0 && a->len > 0) {
		i = rnd((uint32_t)a->len);
		while (i > 0 && ((unsigned char)a->text[i] & 0xc0) == 0x80)
			i--;
		for (n = 1 + rnd(10); i < a->len && n > 0; n--) {
			i += utf8_decode(a->text + i, a->len - i, &cp, NULL);
			if (cp == '\n' || cp == '\r' || cp == 0xfffd || cp < 0x20)
				break;
			if (rnd(14) == 0) {
				buf_adds(&lit, atoms[rnd(sizeof atoms /
				    sizeof *atoms)]);
				continue;
			}
			if (cp < 0x80 && strchr("\\[](){}.*+?^$|# ", (int)cp))
				buf_addc(&lit, '\\');
			if (rnd(12) == 0 && utf8_is_lower(cp) && cp < 0x80)
				cp -= 32;
			buf_add(&lit, e, utf8_encode(cp, e));
		}
		article_unload(a);
	}
	if (lit.len == 0)
		buf_adds(&lit, "zelensk");
	buf_adds(&lit, "");
	w = wraps[rnd(sizeof wraps / sizeof *wraps)];
	buf_init(&b);
	if (strstr(w, "%s") != strrchr(w, '%'))
		buf_printf(&b, w, lit.data, lit.data);
	else
		buf_printf(&b, w, lit.data);
	buf_release(&lit);
	return buf_detach(&b, NULL);
}

static int
gen_flags(void)
{
	static const int	f[] = { 0, 0, SEARCH_CASELESS, SEARCH_CASE,
	    SEARCH_WORD, SEARCH_FIXED, SEARCH_MULTILINE,
	    SEARCH_CASELESS | SEARCH_WORD };

	return f[rnd(sizeof f / sizeof *f)];
}

/* n patterns over one corpus: the index must answer as the scan. */
static void
diff_corpus(const char *name, const char *const *paths, size_t npaths,
    int n)
{
	struct corpus		 c;
	struct search_index	*ix;
	struct search_pattern	*p;
	struct hits		 h1, h2;
	char			*cause = NULL, *pat;
	int			 k, flags, bad = 0, tried = 0, found = 0, once;

	if (corpus_open(&c, paths, npaths, 0, NULL, &cause) != 0) {
		ok(0, "%s: %s", name, cause);
		free(cause);
		return;
	}
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, NULL, &cause);
	ok(ix != NULL, "%s: index of %zu articles", name, c.n);
	for (k = 0; k < n && ix != NULL; k++) {
		pat = gen_pattern(&c);
		flags = gen_flags();
		p = search_compile((const char *const *)&pat, 1, flags,
		    &cause);
		if (p == NULL) {
			free(cause);
			cause = NULL;
			free(pat);
			continue;
		}
		tried++;
		once = rnd(4) == 0 ? SEARCH_LINE_FIRST : 0;
		run(&c, ix, p, once, &h1);
		run(&c, ix, p, once | SEARCH_NO_INDEX, &h2);
		if (h2.n > 0)
			found++;
		if ((h1.h != h2.h || h1.n != h2.n) && bad++ < 5)
			tap_diag("%s: '%s' (flags %d): index %zu, scan %zu",
			    name, pat, flags, h1.n, h2.n);
		search_pattern_free(p);
		free(pat);
	}
	ok(tried > n * 8 / 10 && found > tried / 5,
	    "%s: %d patterns, %d with matches", name, tried, found);
	is_int(bad, 0, "%s: indexed answers equal the scan", name);
	search_index_close(ix);
	corpus_release(&c);
}

/* The acceptance case: -c -i 'зеленськ|zelensk' with and without. */
static void
zelensk(const char *name, const char *const *paths, size_t npaths)
{
	const char		*pat = "зеленськ|zelensk";
	struct corpus		 c;
	struct search_index	*ix;
	struct search_pattern	*p;
	struct hits		 h1, h2;
	char			*cause = NULL;

	if (corpus_open(&c, paths, npaths, 0, NULL, &cause) != 0) {
		ok(0, "%s: %s", name, cause);
		free(cause);
		return;
	}
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, NULL, &cause);
	p = search_compile(&pat, 1, SEARCH_CASELESS, &cause);
	run(&c, ix, p, 0, &h1);
	run(&c, ix, p, SEARCH_NO_INDEX, &h2);
	ok(h1.h == h2.h && h1.n == h2.n && h2.n > 0,
	    "%s: -i 'зеленськ|zelensk' gives %zu matches, as the scan", name,
	    h2.n);
	search_pattern_free(p);
	search_index_close(ix);
	corpus_release(&c);
}

/* What the callback saw, text included: a hash and whether text was
   there at every call. */
struct seen {
	struct hits	h;
	uint64_t	text;		/* hash of every matched text */
	int		loaded;		/* a->text was set at each call */
	int		unloaded;	/* a->text was NULL at each call */
	int		slow;		/* sleep at each article's end */
};

static int
collect_text(void *arg, struct article *a, const struct search_match *m)
{
	struct seen	*s = arg;
	uint32_t	 i;

	if (a->text == NULL)
		s->loaded = 0;
	else
		s->unloaded = 0;
	if (m == NULL && s->slow)
		usleep(100);	/* the workers fill their window */
	if (m != NULL && a->text != NULL) {
		for (i = m->line_start; i < m->line_end; i++)
			s->text = (s->text ^ (unsigned char)a->text[i]) *
			    0x100000001b3ull;
	}
	return collect(&s->h, a, m);
}

static void
run_seen(struct corpus *c, struct search_index *ix, struct textcache *tc,
    struct search_pattern *p, int flags, struct seen *s)
{
	char	*cause = NULL;
	int	 slow = s->slow;

	memset(s, 0, sizeof *s);
	s->slow = slow;
	s->h.h = s->text = 0xcbf29ce484222325ull;
	s->loaded = s->unloaded = 1;
	search_run_cached(ix, tc, c, p, flags, collect_text, s, NULL, &cause);
	free(cause);
}

/*
 * A callback that stops the search at the first match after stop_at
 * articles: returns -1, or sets the cancel flag.
 */
struct stopper {
	size_t			 stop_at;
	int			 cancel;	/* set the flag, not return -1 */
	atomic_int		 flag;
	int			 stopped;
	size_t			 articles;	/* ends of article seen */
	size_t			 after;		/* calls after -1 */
	size_t			 disorder;	/* matches out of order */
	uint32_t		 last;
};

static int
stop_cb(void *arg, struct article *a, const struct search_match *m)
{
	struct stopper	*st = arg;

	(void)a;
	if (st->stopped && !st->cancel)
		st->after++;
	if (m == NULL) {
		st->articles++;
		return 0;
	}
	if (m->article < st->last)
		st->disorder++;
	st->last = m->article;
	if (st->articles == st->stop_at && !st->stopped) {
		st->stopped = 1;
		if (!st->cancel)
			return -1;
		st->flag = 1;
	}
	return 0;
}

/*
 * A callback that returns -1 gets no call after; a cancel flag set
 * from the callback ends the search as interrupted, with the articles
 * delivered still in order.
 */
static void
stop_early(struct corpus *c, struct search_index *ix,
    struct search_pattern *p)
{
	struct stopper	st;
	struct notify	nf;
	char		*cause = NULL;
	int		 rc;

	memset(&st, 0, sizeof st);
	st.stop_at = 300;
	rc = search_run(ix, c, p, 0, stop_cb, &st, NULL, &cause);
	ok(rc == -1 && st.articles == 300 && st.after == 0 &&
	    st.disorder == 0, "a callback's -1 stops the search at once "
	    "(%zu articles, %zu calls after)", st.articles, st.after);
	free(cause);
	cause = NULL;
	memset(&st, 0, sizeof st);
	memset(&nf, 0, sizeof nf);
	st.stop_at = 300;
	st.cancel = 1;
	nf.cancel = &st.flag;
	rc = search_run(ix, c, p, 0, stop_cb, &st, &nf, &cause);
	ok(rc == -1 && cause != NULL && strcmp(cause, "interrupted") == 0 &&
	    st.articles >= 300 && st.articles < 600 && st.disorder == 0,
	    "a cancel flag ends it, interrupted (%zu articles delivered)",
	    st.articles);
	free(cause);
}

/*
 * More articles than the window of texts read ahead (256), some larger
 * than the ring keeps (256 KB): the text a callback sees in each slot is
 * its article's (the ring's buffers are used again only once delivered),
 * as through a text cache; with SEARCH_NO_TEXT it sees no text and the
 * same matches.
 */
static void
ring_and_no_text(const char *tmp)
{
	const char		*pat = "marker [0-9]*7\\b|\\bbig";
	char			*dir = xasprintf("%s/ring", tmp), *path;
	const char		*paths[1] = { dir };
	struct corpus		 c;
	struct search_index	*ix;
	struct search_pattern	*p;
	struct textcache	*tc = textcache_create(64u << 20, 0);
	struct seen		 ring = { 0 }, cached = { 0 }, bare = { 0 };
	struct buf		 b;
	char			*cause = NULL;
	int			 i, k;
	FILE			*f;

	mkdir(dir, 0700);
	for (i = 0; i < 700; i++) {
		buf_init(&b);
		buf_printf(&b, "Article %d\n\nIt has marker %d in it.\n", i, i);
		for (k = 0; k < (i % 97 == 5 ? 12000 : i % 7); k++)
			buf_printf(&b, "Line %d of article %d: big or small.\n",
			    k, i);
		path = xasprintf("%s/r%04d.txt", dir, i);
		if ((f = fopen(path, "w")) != NULL) {
			fputs(b.data, f);
			fclose(f);
		}
		free(path);
		buf_release(&b);
	}
	corpus_open(&c, paths, 1, 0, NULL, &cause);
	ix = search_index_open(&c, SEARCH_INDEX_UPDATE, NULL, &cause);
	p = search_compile(&pat, 1, 0, &cause);
	run_seen(&c, ix, NULL, p, 0, &ring);
	run_seen(&c, ix, tc, p, 0, &cached);
	run_seen(&c, ix, NULL, p, SEARCH_NO_TEXT, &bare);
	ok(ring.h.n > 1000 && ring.h.h == cached.h.h && ring.h.n ==
	    cached.h.n && ring.text == cached.text && ring.loaded,
	    "ring of texts: %zu matches, each with its own text", ring.h.n);
	ok(bare.h.h == ring.h.h && bare.h.n == ring.h.n && bare.unloaded,
	    "no text kept: the same matches, a->text NULL");
	run_seen(&c, ix, NULL, p, SEARCH_NO_INDEX, &ring);
	run_seen(&c, ix, NULL, p, SEARCH_NO_INDEX | SEARCH_NO_TEXT, &bare);
	ok(ring.h.h == cached.h.h && ring.text == cached.text &&
	    bare.h.h == cached.h.h, "and so without the index");
	memset(&bare, 0, sizeof bare);
	bare.slow = 1;
	run_seen(&c, ix, NULL, p, SEARCH_NO_INDEX, &bare);
	ok(bare.h.h == cached.h.h && bare.text == cached.text,
	    "a slow callback: the ring of slots is used again only once "
	    "delivered");
	stop_early(&c, ix, p);
	search_pattern_free(p);
	search_index_close(ix);
	corpus_release(&c);
	textcache_free(tc);
	free(cause);
	free(dir);
}

static char *
write_hostile(const char *tmp)
{
	char	*dir = xasprintf("%s/hostile", tmp), *path;
	FILE	*f;
	size_t	 i;

	mkdir(dir, 0700);
	for (i = 0; i < sizeof hostile / sizeof *hostile; i++) {
		path = xasprintf("%s/h%02zu.txt", dir, i);
		f = fopen(path, "w");
		if (f != NULL) {
			fputs(hostile[i], f);
			fclose(f);
		}
		free(path);
	}
	return dir;
}

static int
exists(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0;
}

int
main(void)
{
	const char	*paths[2];
	char		 tmp[64], *cmd, *hdir;
	const char	*en = SRCDIR "/../shared/corpora/en";
	const char	*cyr = SRCDIR "/../shared/corpora/cyr";
	const char	*seeds = SRCDIR "/../shared/seeds";

	snprintf(tmp, sizeof tmp, "/tmp/test-searchdiff.XXXXXX");
	if (mkdtemp(tmp) == NULL)
		return 1;
	setenv("XDG_CACHE_HOME", tmp, 1);
	hdir = write_hostile(tmp);
	ring_and_no_text(tmp);

	paths[0] = SRCDIR "/data/samples";
	diff_corpus("samples", paths, 1, 1200);
	zelensk("samples", paths, 1);
	paths[0] = hdir;
	diff_corpus("hostile", paths, 1, 800);
	if (exists(en) && exists(cyr)) {
		paths[0] = en;
		paths[1] = cyr;
		diff_corpus("shared corpora", paths, 2, 400);
		zelensk("shared corpora", paths, 2);
	} else
		tap_skip("../shared/corpora is absent");
	if (exists(seeds)) {
		paths[0] = seeds;
		diff_corpus("seeds", paths, 1, 200);
		zelensk("seeds", paths, 1);
	} else
		tap_skip("../shared/seeds is absent");
	cmd = xasprintf("rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		tap_diag("cannot remove %s", tmp);
	free(cmd);
	free(hdir);
	return tap_done();
}
