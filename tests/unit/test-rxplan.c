/*
 * test-rxplan: the planner's queries on known patterns, and its property:
 * whenever PCRE2 matches a line (caselessly, the weakest case), the
 * planned query accepts the line's folded trigrams.  Lines come from the
 * sample corpus and from generated hostile text; patterns are generated
 * from the lines.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <dirent.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/file.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/rxplan.h"
#include "tap.h"

struct line {
	char		*s;
	size_t		 len;
	uint64_t	*keys;
	size_t		 nkeys;
};

static struct line	*lines;
static size_t		 nlines, alines;
static uint64_t		 rng = 88172645463325252ull;

static uint32_t
rnd(uint32_t n)
{
	return tap_rand(&rng, n);
}

static void
add_line(const char *s, size_t len)
{
	struct line	*l;
	size_t		 alloc = 0, nlen;
	char		*n = NULL;

	if (len == 0)
		return;
	if (!utf8_is_nfc(s, len) && utf8_valid(s, len))
		n = utf8_nfc(s, len, &nlen);
	lines = xgrow(lines, &alines, nlines + 1, sizeof *lines);
	l = &lines[nlines++];
	l->s = n != NULL ? n : xstrndup(s, len);
	l->len = n != NULL ? nlen : len;
	l->keys = NULL;
	l->nkeys = 0;
	rxq_text_trigrams(l->s, l->len, &l->keys, &l->nkeys, &alloc);
}

static void
add_text(const char *s, size_t len)
{
	const char	*e;

	while (len > 0) {
		e = memchr(s, '\n', len);
		if (e == NULL)
			e = s + len;
		add_line(s, (size_t)(e - s) - (e > s && e[-1] == '\r'));
		len -= (size_t)(e - s) + (e < s + len);
		s = e + 1;
	}
}

static void
load_samples(void)
{
	DIR		*d;
	struct dirent	*de;
	char		*path, *text;
	size_t		 len;

	d = opendir(SRCDIR "/data/samples");
	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		path = xasprintf("%s/data/samples/%s", SRCDIR, de->d_name);
		text = file_read(path, &len, NULL);
		if (text != NULL)
			add_text(text, len);
		free(text);
		free(path);
	}
	closedir(d);
}

/* Hostile text written for this test. */
static const char *const hostile[] = {
	"Ukrainian officials quoted Зеленський and ЗЕЛЕНСЬКИЙ in Kyiv\r",
	"\xef\xbb\xbf" "A byte order mark opens this line about Zelensky",
	"broken \xff\xfe bytes between wor\xc3" "ds and \xe2\x82" " half signs",
	"Cafe\xcc\x81 de\xcc\x81" "cor written decomposed, caf\xc3\xa9 composed",
	"STRASSE and Stra\xc3\x9f" "e and STRA\xe1\xba\x9e" "E are one street",
	"\xc4\xb0stanbul and istanbul and ISTANBUL and \xc4\xb1stanbul",
	"\xce\xa3\xce\x99\xce\xa3\xce\xa5\xce\xa6\xce\x9f\xce\xa3 and "
	    "\xcf\x83\xce\xb9\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82",
	"the Kelvin sign \xe2\x84\xaa and kelvin and KELVIN",
	"tabs\tand\tnul\x01 controls \x1b[31m escape sequences",
	"\xd0\x99 and \xd0\x98\xcc\x86 (short i, composed and not)",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
	"word-word_word 123,456.78 $dollar ^caret (paren) [bracket]",
	"Путін, путін, ПУТІН, Путин, putin, PUTIN are spelling variants",
	"x",
	"",
};

/* A pattern made from a random line. */
static char *
gen_pattern(void)
{
	static const char *const wraps[] = {
		"%s", "(?:%s)", "%s|qqqzz", "zzqq|%s", "\\b%s", "%s\\b",
		"(%s)", "(?=%s)%s", "%s(?<=%s)", "(?i)%s", "(?-i)%s",
		"%s.*", ".*%s", "(?:%s)?x?", "(?:%s){1,2}", "(?:%s)+",
		"\\Q%s\\E", "(?x) %s", "[^z]%s", "%s\\w*", "(?s)%s",
		"(?<n>%s)", "%s(?#note)", "(?>%s)", "%s$", "^.*%s",
	};
	static const char *const atoms[] = {
		"[aeiou]", "[а-я]", "\\w", "\\d+", "\\s", ".", "[^ ]",
		"(a|b|c)", "(\\w)\\1", "\\p{L}", "x{2,3}", "[ßs]", "[İi]",
		"ё?", "(?:зел|zel)", "\\x{435}", "\\N", "[[:alpha:]]",
	};
	const struct line	*l;
	struct buf		 b, lit;
	size_t			 start, n, i;
	uint32_t		 cp;
	char			*out;
	const char		*w;

	do
		l = &lines[rnd((uint32_t)nlines)];
	while (l->len == 0);
	start = rnd((uint32_t)l->len);
	while (start > 0 && ((unsigned char)l->s[start] & 0xc0) == 0x80)
		start--;
	n = 1 + rnd(12);
	buf_init(&lit);
	for (i = start; i < l->len && n > 0; n--) {
		i += utf8_decode(l->s + i, l->len - i, &cp, NULL);
		if (cp < 0x80 && strchr("\\[](){}.*+?^$|# ", (int)cp) != NULL)
			buf_addc(&lit, '\\');
		if (cp >= 0x80 && cp < 0xa0) {
			buf_printf(&lit, "\\x{%x}", cp);
			continue;
		}
		if (rnd(6) == 0 && cp < 0x80 && cp >= 'a' && cp <= 'z')
			cp -= 32;
		if (rnd(9) == 0) {
			buf_adds(&lit, atoms[rnd(sizeof atoms / sizeof *atoms)]);
			continue;
		}
		if (cp == 0xfffd)
			buf_adds(&lit, ".");
		else {
			char	e[4];

			buf_add(&lit, e, utf8_encode(cp, e));
		}
	}
	buf_adds(&lit, "");
	w = wraps[rnd(sizeof wraps / sizeof *wraps)];
	buf_init(&b);
	if (strstr(w, "%s") != strrchr(w, '%'))
		buf_printf(&b, w, lit.data, lit.data);
	else
		buf_printf(&b, w, lit.data);
	out = buf_detach(&b, NULL);
	buf_release(&lit);
	return out;
}

static void
test_property(void)
{
	pcre2_match_data	*md = pcre2_match_data_create(16, NULL);
	pcre2_code		*re;
	struct rxplan		 pl;
	const char		*pat;
	size_t			 i, k, matched = 0, bad = 0, narrowed = 0;
	size_t			 patterns = 0;
	char			*p, *q;
	int			 err;
	PCRE2_SIZE		 eo;

	for (k = 0; k < 5000; k++) {
		p = gen_pattern();
		rxplan_parse(&pl, p, strlen(p));
		pat = pl.nfc != NULL ? pl.nfc : p;
		re = pcre2_compile((PCRE2_SPTR)pat, strlen(pat), PCRE2_UTF |
		    PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_CASELESS, &err,
		    &eo, NULL);
		if (re == NULL) {
			rxplan_release(&pl);
			free(p);
			continue;
		}
		patterns++;
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		if (pl.query->op != RXQ_ALL)
			narrowed++;
		for (i = 0; i < nlines; i++) {
			if (pcre2_match(re, (PCRE2_SPTR)lines[i].s, lines[i].len,
			    0, 0, md, NULL) < 0)
				continue;
			matched++;
			if (rxq_eval_keys(pl.query, lines[i].keys,
			    lines[i].nkeys))
				continue;
			if (bad++ < 5) {
				q = rxq_format(pl.query);
				tap_diag("pattern '%s' matches line %zu but "
				    "query is %s", p, i, q);
				free(q);
			}
		}
		pcre2_code_free(re);
		rxplan_release(&pl);
		free(p);
	}
	pcre2_match_data_free(md);
	ok(patterns > 3000, "patterns compiled (%zu)", patterns);
	ok(narrowed > patterns / 2, "queries that narrow (%zu)", narrowed);
	ok(matched > 1000, "matching lines (%zu)", matched);
	is_int(bad, 0, "the query accepts every matching line");
}

static void
plan_is(const char *pattern, const char *want)
{
	struct rxplan	 pl;
	char		*got;

	rxplan_parse(&pl, pattern, strlen(pattern));
	got = rxq_format(pl.query);
	is_str(got, want, "plan of '%s'", pattern);
	free(got);
	rxplan_release(&pl);
}

static void
test_plans(void)
{
	struct rxplan	pl;

	plan_is("zelensk", "zele AND elen AND lens AND ensk");
	plan_is("Зеленськ", "зеле AND елен AND ленс AND енсь AND нськ");
	plan_is("abc|xyz", "abc OR xyz");
	plan_is("ab(c|d)e", "abce OR abde");
	plan_is("a.c", "ALL");
	plan_is("(abc)\\1", "abc");
	plan_is("abcd*", "abc");
	plan_is("(?=abc)x", "ALL");
	plan_is("stra[ßs]e", "(stra AND tras AND rass AND asse) OR "
	    "(stra AND tras AND rase)");
	plan_is("\\Qa.b\\E", "a.b");
	plan_is("(?x) a b c # comment", "abc");
	plan_is("(?x:a b)c", "abc");
	plan_is("a{3}", "aaa");
	plan_is("(*ACCEPT)abc", "ALL");
	plan_is("(*UCP)abc", "abc");
	plan_is("[a-z]bcd", "bcd");
	plan_is("abc(?(1)x|y)def", "(abcx AND bcxd AND cxde AND xdef) OR "
	    "(abcy AND bcyd AND cyde AND ydef) OR (abcd AND bcde AND cdef)");
	/* (?x) skips Unicode Pattern_White_Space, not only ASCII. */
	plan_is("(?x)A\xe2\x80\x8e\xe2\x80\x8f  B\xe2\x80\xa8" "C", "abc");
	plan_is("(?x)ab\xc2\x85" "c", "abc");
	plan_is("ab\xe2\x80\x8e" "c", "ab\xe2\x80\x8e" "c");
	/* What is not understood plans to every article. */
	plan_is("abc{,3}def", "ALL");
	plan_is("abc{x}def", "ALL");
	plan_is("abc(?#c)?def", "ALL");
	plan_is("abc\\Edef\\y", "ALL");
	plan_is("(abc)\\1000", "abc");
	plan_is("abc(*MARK:x)def", "ALL");
	plan_is("(*CR)(?x)abc#x\rdef", "ALL");
	plan_is("abc(?C\"x\")def", "ALL");
	plan_is("abc(?*def)", "ALL");
	plan_is("abc[[:alpha]def", "ALL");
	plan_is("x\\x{41}bc", "xabc");
	plan_is("ab\\Qc\\E+", "abc");
	plan_is("(ab", "ALL");

	rxplan_parse(&pl, "Kyiv", 4);
	ok(pl.has_upper && !pl.inline_case, "upper-case literal seen");
	rxplan_release(&pl);
	rxplan_parse(&pl, "\\W\\S\\D\\P{L}kyiv", 15);
	ok(!pl.has_upper, "escapes are not upper-case literals");
	rxplan_release(&pl);
	rxplan_parse(&pl, "(?i)kyiv", 8);
	ok(pl.inline_case, "inline (?i) seen");
	rxplan_release(&pl);
	rxplan_parse(&pl, "ЗЕЛ", strlen("ЗЕЛ"));
	ok(pl.has_upper, "Cyrillic upper-case literal seen");
	rxplan_release(&pl);
	rxplan_parse(&pl, "cafe\xcc\x81+", 7);
	ok(pl.nfc != NULL && strcmp(pl.nfc, "cafe\xcc\x81+") == 0,
	    "a quantified combining mark is left alone");
	rxplan_release(&pl);
	rxplan_parse(&pl, "cafe\xcc\x81s", 7);
	ok(pl.nfc != NULL && strcmp(pl.nfc, "caf\xc3\xa9s") == 0,
	    "literal runs are put in NFC");
	rxplan_release(&pl);
	rxplan_parse(&pl, "e\\x{301}", 8);
	ok(pl.nfc == NULL, "escapes are not normalised");
	rxplan_release(&pl);
}

/* Whether the query accepts text, by the text's own trigrams. */
static int
plan_accepts(const struct rxq *q, const char *text)
{
	struct line	l;
	size_t		alloc = 0;
	int		r;

	memset(&l, 0, sizeof l);
	rxq_text_trigrams(text, strlen(text), &l.keys, &l.nkeys, &alloc);
	r = rxq_eval_keys(q, l.keys, l.nkeys);
	free(l.keys);
	return r;
}

/*
 * Huge alternations plan to the OR of their branches, repeated branches
 * once (planning them was quadratic; bench/patterns has the times).
 */
/* Which pattern pairs let a search read only what the last one matched. */
static void
test_literal_extends(void)
{
	ok(rxplan_literal_extends("cease", "ceasefire"), "a literal typed on");
	ok(rxplan_literal_extends("Zapo", "Zaporizhzhia"), "upper case kept");
	ok(rxplan_literal_extends("пере", "переговори"), "Cyrillic");
	ok(rxplan_literal_extends("cease", "ceaseF"),
	    "case-sensitive next is narrower still");
	ok(!rxplan_literal_extends("cease", "cease|talks"),
	    "an alternation widens");
	ok(!rxplan_literal_extends("cea", "cea?"), "a quantifier widens");
	ok(!rxplan_literal_extends("a", "a*"), "a star widens");
	ok(!rxplan_literal_extends("(?i)", "(?i)x"), "inline flags");
	ok(!rxplan_literal_extends("ab", "ac"), "not a prefix");
	ok(!rxplan_literal_extends("", "a"), "an empty pattern");
	ok(!rxplan_literal_extends("a b", "a bc"), "white space ((?x) may "
	    "drop it)");
	ok(!rxplan_literal_extends("\\Q", "\\Qa"), "an escape");
	ok(!rxplan_literal_extends("cafe", "cafe\xcc\x81"),
	    "an accent that composes with the last letter");
}

static void
test_alternation(void)
{
	struct rxplan	 pl;
	struct buf	 b;
	uint64_t	*keys = NULL;
	size_t		 i, n = 7, alloc = 0;

	buf_init(&b);
	for (i = 0; i < 10000; i++)
		buf_printf(&b, "%sw%05zux", i > 0 ? "|" : "", i);
	rxplan_parse(&pl, b.data, b.len);
	ok(pl.query->op == RXQ_OR && pl.query->nsub == 10000 &&
	    pl.query->sub[1234]->op == RXQ_AND,
	    "10,000 branches: an OR of 10,000 ANDs");
	ok(plan_accepts(pl.query, "the codes w01234x and w09999x"),
	    "10,000 branches: a text with a branch is accepted");
	ok(!plan_accepts(pl.query, "w1234x w10000x w0 1234"),
	    "10,000 branches: a text without one is rejected");
	rxplan_release(&pl);

	buf_reset(&b);
	for (i = 0; i < 10000; i++)
		buf_printf(&b, "%s%03zu", i > 0 ? "|" : "", (i * 7) % 1000);
	rxplan_parse(&pl, b.data, b.len);
	ok(pl.query->op == RXQ_OR && pl.query->nsub == 1000,
	    "10,000 branches of 1,000 trigrams: an OR of 1,000 (%zu)",
	    pl.query->nsub);
	ok(plan_accepts(pl.query, "in 042 BC") &&
	    !plan_accepts(pl.query, "04 2"),
	    "10,000 branches of 1,000 trigrams: the right texts");
	rxplan_release(&pl);
	buf_release(&b);

	plan_is("abc|abc", "abc");
	/* Under UBSan these also check that nothing sorts a NULL array. */
	rxq_text_trigrams("", 0, &keys, &n, &alloc);
	ok(n == 0 && keys == NULL, "no trigram in an empty text");
	n = 7;
	rxq_text_trigrams("ab", 2, &keys, &n, &alloc);
	ok(n == 0, "no trigram in a two-letter text");
	free(keys);
}

int
main(void)
{
	size_t	i;

	test_plans();
	test_literal_extends();
	test_alternation();
	load_samples();
	for (i = 0; i < sizeof hostile / sizeof *hostile; i++)
		add_text(hostile[i], strlen(hostile[i]));
	ok(nlines > 20, "lines loaded (%zu)", nlines);
	test_property();
	for (i = 0; i < nlines; i++) {
		free(lines[i].s);
		free(lines[i].keys);
	}
	free(lines);
	return tap_done();
}
