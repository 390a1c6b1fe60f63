/*
 * test-rxdiff: the differential test of the planner against the full
 * scan (tests/rxdiff.h), on patterns drawn from a grammar of every option
 * and flag the planner reads ((?x), (?xx), (?i), (?n), (*UCP), \Q..\E,
 * (?#...), \N{U+...}, properties, back references, verbs, conditionals)
 * over texts of the same odd characters (Unicode white space, directional
 * marks, characters whose case folds to two), with every search flag; and
 * on every valid pattern of PCRE2's own tests in
 * ../shared/corpora/pcre2-testdata, against the subjects there.  The
 * draw is seeded: every run tries the same patterns.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "rxdiff.h"
#include "tap.h"

#define RXDIFF_PATTERNS	6000
#define RXDIFF_TEXTS	12

static uint64_t	rng = 0x9e3779b97f4a7c15ull;

static uint32_t
rnd(uint32_t n)
{
	return tap_rand(&rng, n);
}

#define PICK(a)	((a)[rnd(sizeof (a) / sizeof *(a))])

/* Characters of both patterns and texts. */
static const char *const odd[] = {
	"a", "b", "c", "A", "B", "C", " ", " ", "\t", "x", "X", "1",
	"\xe2\x80\x8e",		/* U+200E left-to-right mark */
	"\xe2\x80\x8f",		/* U+200F right-to-left mark */
	"\xc2\x85",		/* U+0085 next line */
	"\xe2\x80\xa8",		/* U+2028 line separator */
	"\xe2\x80\xa9",		/* U+2029 paragraph separator */
	"\xc2\xa0",		/* U+00A0 no-break space */
	"\xc3\x9f",		/* sharp s */
	"\xe1\xba\x9e",		/* capital sharp s */
	"ss", "SS",
	"\xe2\x84\xaa", "k", "K",	/* Kelvin sign */
	"\xc5\xbf", "s",		/* long s */
	"\xcf\x83", "\xcf\x82", "\xce\xa3",	/* sigmas */
	"\xc4\xb0", "\xc4\xb1", "i", "I",	/* dotted and dotless i */
	"\xc3\xa9", "e\xcc\x81",	/* é composed and decomposed */
	"\xd0\xb7", "\xd0\x97", "\xd0\xb5", "\xd0\x95",	/* з З е Е */
	"#", "-", "\\", "(", ")",
};

/* Pieces of patterns beside the characters. */
static const char *const pieces[] = {
	"\\x{200e}", "\\x{200F}", "\\N{U+200E}", "\\N{U+85}", "\\x{df}",
	"\\x41", "\\101", "\\0", "\\cA", "\\o{141}", "\\e",
	"\\d", "\\w", "\\s", "\\h", "\\v", "\\R", "\\X", "\\b", "\\B",
	"\\p{L}", "\\p{Lu}", "\\P{Ll}", "\\pL", "\\p{Cf}", "\\p{Zs}",
	"\\Qa b\\E", "\\Q#\\E", "\\Q)\\E", "\\E", "\\K", "\\A", "^", "$",
	".", "[abc]", "[^a]", "[a-c]", "[\xc3\x9f]", "[[:alpha:]]",
	"[\xe2\x80\x8e ]", "[ a]", "[\\x{200f}b]", "[]a]", "[a\\]]",
	"(?#note)", "(?# a)", "#c\n", " ", "\xe2\x80\x8e", "\xe2\x80\xa8",
	"(?x)", "(?xx)", "(?-x)", "(?i)", "(?-i)", "(?n)", "(?s)", "(?m)",
	"(?^)", "(?J)", "(?U)",
	"\\1", "\\g{-1}", "\\g1", "\\k<n>", "(?1)", "(?R)", "(?&n)",
	"(*ACCEPT)", "(*FAIL)", "(*SKIP)", "(*COMMIT)", "(*MARK:m)",
	"{", "}", "]", "{2", "{,3}", "a{ 2}",
};

static const char *const groups[] = {
	"(%s)", "(?:%s)", "(?<n>%s)", "(?'n'%s)", "(?P<n>%s)", "(?=%s)",
	"(?!%s)", "(?<=a)%s", "(?>%s)", "(?|%s|b)", "(?x:%s)", "(?i:%s)",
	"(?-x:%s)", "(?(1)%s|b)", "(?(?=a)%s)", "(?(DEFINE)%s)", "%s|c",
	"(?x)%s", "(?xx)%s", "\\Q%s\\E", "(?C1)%s",
};

static const char *const quants[] = {
	"*", "+", "?", "{2}", "{1,3}", "{2,}", "*?", "++", "{,3}", "{2}?",
	" +", " *",
};

static const char *const starts[] = {
	"(*UCP)", "(*UTF)", "(*CR)", "(*ANY)", "(*LF)", "(*NUL)",
	"(*ANYCRLF)", "(*NO_START_OPT)", "(*LIMIT_MATCH=1000)",
	"(?x)", "(?xx)", "(?i)", "(?n)", "(?x)(?i)",
};

static void	gen_seq(struct buf *, int);

static void
gen_atom(struct buf *b, int depth)
{
	struct buf	inner;
	unsigned	k = rnd(10);

	if (k < 5)
		buf_adds(b, PICK(odd));
	else if (k < 8)
		buf_adds(b, PICK(pieces));
	else if (depth < 3) {
		buf_init(&inner);
		gen_seq(&inner, depth + 1);
		buf_adds(&inner, "");
		buf_printf(b, PICK(groups), inner.data);
		buf_release(&inner);
	} else
		buf_adds(b, PICK(odd));
	if (rnd(5) == 0)
		buf_adds(b, PICK(quants));
}

static void
gen_seq(struct buf *b, int depth)
{
	unsigned	n = 1 + rnd(5);

	while (n-- > 0)
		gen_atom(b, depth);
}

static char *
gen_pattern(void)
{
	struct buf	b;
	unsigned	n = rnd(3);

	buf_init(&b);
	while (n-- > 0)
		buf_adds(&b, PICK(starts));
	gen_seq(&b, 0);
	if (rnd(4) == 0) {
		buf_addc(&b, '|');
		gen_seq(&b, 0);
	}
	buf_adds(&b, "");
	return buf_detach(&b, NULL);
}

/* A text of the odd characters, sometimes over several lines. */
static char *
gen_text(size_t *len)
{
	struct buf	b;
	unsigned	n = rnd(24);

	buf_init(&b);
	while (n-- > 0) {
		if (rnd(12) == 0)
			buf_adds(&b, rnd(2) ? "\n" : "\r\n");
		else
			buf_adds(&b, PICK(odd));
	}
	return buf_detach(&b, len);
}

static int
gen_flags(void)
{
	static const int	f[] = { 0, 0, SEARCH_CASELESS, SEARCH_CASE,
	    SEARCH_WORD, SEARCH_FIXED, SEARCH_MULTILINE,
	    SEARCH_MULTILINE | SEARCH_CASE, SEARCH_CASELESS | SEARCH_WORD };

	return PICK(f);
}

/* One pattern, flags and texts: counts into tried, matched and lost. */
static void
try_pattern(struct scan_ctx *cx, const char *pat, int flags,
    const char *const *texts, const size_t *lens, size_t ntexts,
    size_t *tried, size_t *matched, size_t *lost)
{
	struct scan_pattern	 sp;
	char			*cause = NULL;
	size_t			 i;

	if (scan_compile(&sp, &pat, 1, flags, &cause) != 0) {
		free(cause);
		return;
	}
	++*tried;
	for (i = 0; i < ntexts; i++) {
		switch (rxdiff_text(cx, &sp, texts[i], lens[i])) {
		case RXDIFF_SAME:
			++*matched;
			break;
		case RXDIFF_LOST:
			if ((*lost)++ < 5)
				tap_diag("lost: pattern '%s' flags %d text "
				    "'%.*s'", pat, flags, (int)lens[i],
				    texts[i]);
			break;
		default:
			break;
		}
	}
	scan_release(&sp);
}

static void
test_generated(struct scan_ctx *cx)
{
	char	*texts[RXDIFF_TEXTS], *pat;
	size_t	 lens[RXDIFF_TEXTS], i, k, tried = 0, matched = 0, lost = 0;

	for (k = 0; k < RXDIFF_PATTERNS; k++) {
		pat = gen_pattern();
		for (i = 0; i < RXDIFF_TEXTS; i++)
			texts[i] = gen_text(&lens[i]);
		try_pattern(cx, pat, gen_flags(), (const char *const *)texts,
		    lens, RXDIFF_TEXTS, &tried, &matched, &lost);
		for (i = 0; i < RXDIFF_TEXTS; i++)
			free(texts[i]);
		free(pat);
	}
	ok(tried > RXDIFF_PATTERNS / 3 && matched > tried,
	    "generated: %zu patterns compiled, %zu texts matched", tried,
	    matched);
	is_int(lost, 0, "generated: the query accepts every matching text");
}

/* PCRE2's test files: patterns and their subjects. */
struct pcre2_tests {
	char	**pats;
	size_t	  npats, apats;
	char	**subj;
	size_t	 *slen;
	size_t	  nsubj, asubj, aslen;
	size_t	 *first;	/* per pattern: its first subject */
	size_t	  afirst;
};

/* A pcre2test subject with \x{hh}, \xhh and \\ decoded; NULL if other. */
static char *
decode_subject(const char *s, size_t *len)
{
	struct buf	 b;
	char		 e[4], *end;
	unsigned long	 v;

	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			buf_addc(&b, *s);
			continue;
		}
		if (s[1] == '\\') {
			buf_addc(&b, '\\');
			s++;
			continue;
		}
		if (s[1] != 'x')
			goto other;
		if (s[2] == '{') {
			v = strtoul(s + 3, &end, 16);
			if (*end != '}' || end == s + 3)
				goto other;
			s = end;
		} else {
			v = strtoul(s + 2, &end, 16);
			if (end == s + 2 || end > s + 4)
				goto other;
			s = end - 1;
		}
		if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
			goto other;
		buf_add(&b, e, utf8_encode((uint32_t)v, e));
	}
	return buf_detach(&b, len);
other:
	buf_release(&b);
	return NULL;
}

/*
 * "/pattern/mods" with modifiers the search can express: the pattern
 * with its flags in front, or NULL.
 */
static char *
read_pattern(const char *line)
{
	const char	*end = strrchr(line, '/'), *m;
	struct buf	 b;
	char		*mods, *tok, *save;
	int		 okmods = 1;

	if (line[0] != '/' || end == NULL || end == line)
		return NULL;
	for (m = end + 1; *m != '\0'; m++) {
		if (!((*m >= 'a' && *m <= 'z') || *m == ',' || *m == 'I'))
			return NULL;
	}
	buf_init(&b);
	mods = xstrdup(end + 1);
	for (tok = strtok_r(mods, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "i") == 0 || strcmp(tok, "x") == 0 ||
		    strcmp(tok, "xx") == 0 || strcmp(tok, "s") == 0 ||
		    strcmp(tok, "m") == 0)
			buf_printf(&b, "(?%s)", tok);
		else if (strcmp(tok, "utf") != 0 && strcmp(tok, "ucp") != 0 &&
		    strcmp(tok, "g") != 0 && strcmp(tok, "I") != 0)
			okmods = 0;
	}
	free(mods);
	for (m = line + 1; m < end; m++) {
		if (m[0] == '\\' && m[1] == '/')
			m++;
		buf_addc(&b, *m);
	}
	buf_adds(&b, "");
	if (!okmods) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

static void
read_tests(struct pcre2_tests *t, const char *path)
{
	FILE	*f = fopen(path, "r");
	char	*line = NULL, *s, *p;
	size_t	 alloc = 0, len;
	ssize_t	 n;

	if (f == NULL)
		return;
	while ((n = getline(&line, &alloc, f)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (line[0] == '/' && (p = read_pattern(line)) != NULL) {
			t->pats = xgrow(t->pats, &t->apats, t->npats + 1,
			    sizeof *t->pats);
			t->first = xgrow(t->first, &t->afirst, t->npats + 1,
			    sizeof *t->first);
			t->first[t->npats] = t->nsubj;
			t->pats[t->npats++] = p;
		} else if (strncmp(line, "    ", 4) == 0 && line[4] != '\0' &&
		    strncmp(line + 4, "\\=", 2) != 0 &&
		    (s = decode_subject(line + 4, &len)) != NULL) {
			t->subj = xgrow(t->subj, &t->asubj, t->nsubj + 1,
			    sizeof *t->subj);
			t->slen = xgrow(t->slen, &t->aslen, t->nsubj + 1,
			    sizeof *t->slen);
			t->slen[t->nsubj] = len;
			t->subj[t->nsubj++] = s;
		}
	}
	free(line);
	fclose(f);
}

/* Every pattern against its own subjects and a sample of the others. */
static void
test_pcre2(struct scan_ctx *cx)
{
	static const int	flags[] = { SEARCH_CASE, SEARCH_CASELESS,
	    SEARCH_MULTILINE | SEARCH_CASE };
	struct pcre2_tests	t;
	const char		*txt[64];
	size_t			 lens[64], i, j, k, n, tried = 0, matched = 0;
	size_t			 lost = 0, last;

	memset(&t, 0, sizeof t);
	read_tests(&t, SRCDIR "/../shared/corpora/pcre2-testdata/testinput1");
	read_tests(&t, SRCDIR "/../shared/corpora/pcre2-testdata/testinput4");
	if (t.npats == 0) {
		tap_skip("../shared/corpora/pcre2-testdata is absent");
		tap_skip("../shared/corpora/pcre2-testdata is absent");
		return;
	}
	for (i = 0; i < t.npats; i++) {
		last = i + 1 < t.npats ? t.first[i + 1] : t.nsubj;
		for (n = 0, j = t.first[i]; j < last && n < 32; j++, n++) {
			txt[n] = t.subj[j];
			lens[n] = t.slen[j];
		}
		for (; n < 64 && t.nsubj > 0; n++) {
			k = rnd((uint32_t)t.nsubj);
			txt[n] = t.subj[k];
			lens[n] = t.slen[k];
		}
		for (k = 0; k < sizeof flags / sizeof *flags; k++)
			try_pattern(cx, t.pats[i], flags[k], txt, lens, n,
			    &tried, &matched, &lost);
	}
	ok(tried > 3000 && matched > 2000,
	    "pcre2-testdata: %zu patterns of %zu (3 flag sets), %zu matches",
	    tried, t.npats * 3, matched);
	is_int(lost, 0, "pcre2-testdata: the query accepts every match");
	for (i = 0; i < t.npats; i++)
		free(t.pats[i]);
	for (i = 0; i < t.nsubj; i++)
		free(t.subj[i]);
	free(t.pats);
	free(t.first);
	free(t.subj);
	free(t.slen);
}

int
main(void)
{
	struct scan_ctx	*cx = scan_ctx_create();

	test_generated(cx);
	test_pcre2(cx);
	scan_ctx_free(cx);
	return tap_done();
}
