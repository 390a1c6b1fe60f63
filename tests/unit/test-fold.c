/*
 * test-fold: the generated folding table agrees with libunistring over
 * every code point, and PCRE2's caseless pairs fold equal.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "base/utf8.h"
#include "search/fold.h"
#include "tap.h"

#define NCP 0x110000

static uint32_t	*parent;

static uint32_t
find(uint32_t x)
{
	while (parent[x] != x)
		x = parent[x] = parent[parent[x]];
	return x;
}

static void
unite(uint32_t a, uint32_t b)
{
	a = find(a);
	b = find(b);
	if (a != b)
		parent[a] = b;
}

static size_t
ref_fold(uint32_t cp, uint32_t *out)
{
	uint32_t	 buf[8], *r;
	size_t		 n = 8;

	if (cp >= 0xd800 && cp < 0xe000) {
		out[0] = cp;
		return 1;
	}
	r = u32_casefold(&cp, 1, NULL, NULL, buf, &n);
	if (r == NULL || n > 8)
		return 0;
	memcpy(out, r, n * sizeof *out);
	if (r != buf)
		free(r);
	return n;
}

static int
same_fold(uint32_t a, uint32_t b)
{
	uint32_t	fa[FOLD_MAX], fb[FOLD_MAX];
	size_t		na = fold_cp(a, fa), nb = fold_cp(b, fb);

	return na == nb && memcmp(fa, fb, na * sizeof *fa) == 0;
}

static void
test_table(void)
{
	uint32_t	cp, got[FOLD_MAX], want[8];
	size_t		ng, nw;
	unsigned	bad = 0, multi = 0;

	for (cp = 0; cp < NCP; cp++) {
		ng = fold_cp(cp, got);
		nw = ref_fold(cp, want);
		if (ng > 1)
			multi++;
		if (ng != nw || memcmp(got, want, ng * sizeof *got) != 0) {
			if (bad++ < 5)
				tap_diag("U+%04X folds differently", cp);
		}
	}
	is_int(bad, 0, "table equals u32_casefold on every code point");
	ok(multi > 50, "multi-code-point foldings present (%u)", multi);
}

/* 1 when PCRE2 matches a against b caselessly. */
static int
pcre_caseless(pcre2_match_data *md, uint32_t a, uint32_t b)
{
	char		 pat[32], s[4];
	pcre2_code	*re;
	int		 err, rc;
	PCRE2_SIZE	 eo;

	snprintf(pat, sizeof pat, "^\\x{%x}$", a);
	re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &eo, NULL);
	if (re == NULL)
		return -1;
	rc = pcre2_match(re, (PCRE2_SPTR)s, utf8_encode(b, s), 0, 0, md, NULL);
	pcre2_code_free(re);
	return rc > 0;
}

/*
 * Group code points linked by any simple case mapping or one-code-point
 * folding, then ask PCRE2 about every pair inside each group: a caseless
 * match must mean equal foldings.
 */
static void
test_pcre_pairs(void)
{
	pcre2_match_data	*md = pcre2_match_data_create(4, NULL);
	uint32_t		 cp, f[FOLD_MAX], i, j, n, members[64];
	unsigned		 pairs = 0, bad = 0;
	uint32_t		*size, root;

	parent = calloc(NCP, sizeof *parent);
	for (cp = 0; cp < NCP; cp++)
		parent[cp] = cp;
	for (cp = 0; cp < NCP; cp++) {
		if (cp >= 0xd800 && cp < 0xe000)
			continue;
		unite(cp, uc_tolower(cp));
		unite(cp, uc_toupper(cp));
		unite(cp, uc_totitle(cp));
		if (fold_cp(cp, f) == 1)
			unite(cp, f[0]);
	}
	size = calloc(NCP, sizeof *size);
	for (cp = 0; cp < NCP; cp++)
		size[find(cp)]++;
	for (cp = 0; cp < NCP; cp++) {
		if (size[find(cp)] < 2 || size[find(cp)] == UINT32_MAX)
			continue;
		root = find(cp);
		n = 0;
		for (i = cp; i < NCP && n < size[root] && n < 64; i++) {
			if (find(i) == root)
				members[n++] = i;
		}
		size[root] = UINT32_MAX;
		for (i = 0; i < n; i++) {
			for (j = 0; j < n; j++) {
				if (i == j || pcre_caseless(md, members[i],
				    members[j]) != 1)
					continue;
				pairs++;
				if (!same_fold(members[i], members[j]) &&
				    bad++ < 5)
					tap_diag("U+%04X ~ U+%04X fold apart",
					    members[i], members[j]);
			}
		}
	}
	ok(pairs > 2000, "PCRE2 caseless pairs examined (%u)", pairs);
	is_int(bad, 0, "every PCRE2 caseless pair folds equal");
	free(size);
	free(parent);
	pcre2_match_data_free(md);
}

static void
test_examples(void)
{
	uint32_t	out[FOLD_MAX * 16];
	size_t		n;

	n = fold_utf8("ẞ", strlen("ẞ"), out);
	ok(n == 2 && out[0] == 's' && out[1] == 's', "capital sharp s -> ss");
	n = fold_utf8("İ", strlen("İ"), out);
	ok(n == 2 && out[0] == 'i' && out[1] == 0x307, "dotted I -> i + U+0307");
	n = fold_utf8("ЗЕЛЕНСЬКИЙ", strlen("ЗЕЛЕНСЬКИЙ"), out);
	ok(n == 10 && out[0] == 0x437 && out[6] == 0x44c && out[7] == 0x43a, "Cyrillic folds");
	ok(same_fold(0x212a, 'k'), "Kelvin sign folds to k");
	ok(same_fold(0x3a3, 0x3c2), "final sigma folds with sigma");
}

int
main(void)
{
	test_examples();
	test_table();
	test_pcre_pairs();
	return tap_done();
}
