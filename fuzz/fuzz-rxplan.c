/*
 * libFuzzer harness for the regex query planner.  The input is a flags
 * byte, a pattern, a NUL byte and a subject.  Property (the index's
 * contract): whenever PCRE2 matches the subject (line by line as grep, or
 * the whole text with PCRE2_MULTILINE as -U), caseless or not, the planned
 * trigram query accepts the subject's trigrams.  The planner must also
 * never fault on any pattern, and its query must format.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "search/rxplan.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct keys {
	uint64_t	*v;
	size_t		 n, alloc;
};


/* 1 when re matches s[0..len); limits hit count as no match. */
static int
matches(pcre2_code *re, pcre2_match_context *mc, const char *s, size_t len)
{
	pcre2_match_data	*md;
	int			 rc;

	md = pcre2_match_data_create_from_pattern(re, NULL);
	rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, mc);
	pcre2_match_data_free(md);
	return rc >= 0;
}

/* 1 when some line of s (LF-separated, a CR before the LF dropped)
   matches. */
static int
matches_a_line(pcre2_code *re, pcre2_match_context *mc, const char *s,
    size_t len)
{
	const char	*p = s, *end = s + len, *nl;
	size_t		 n;

	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl == NULL ? end : nl) - p);
		if (nl != NULL && n > 0 && p[n - 1] == '\r')
			n--;
		if (matches(re, mc, p, n))
			return 1;
		if (nl == NULL)
			return 0;
		p = nl + 1;
	}
}

static void
check(const struct rxplan *plan, const char *pat, size_t plen,
    const char *subj, size_t slen, uint32_t extra)
{
	pcre2_code		*re;
	pcre2_match_context	*mc;
	struct keys		 k = { NULL, 0, 0 };
	int			 err, hit;
	PCRE2_SIZE		 off;
	uint32_t		 opts;

	opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | extra;
	re = pcre2_compile((PCRE2_SPTR)pat, plen, opts, &err, &off, NULL);
	if (re == NULL)
		return;
	mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 20000);
	pcre2_set_depth_limit(mc, 2000);
	pcre2_set_heap_limit(mc, 4096);
	if (extra & PCRE2_MULTILINE)
		hit = matches(re, mc, subj, slen);
	else
		hit = matches_a_line(re, mc, subj, slen);
	if (hit) {
		/* Start with an array: rxq_text_trigrams does qsort(NULL + 0)
		   when the text has no trigram (reported to search). */
		k.alloc = 16;
		k.v = malloc(k.alloc * sizeof *k.v);
		rxq_text_trigrams(subj, slen, &k.v, &k.n, &k.alloc);
		if (!rxq_eval_keys(plan->query, k.v, k.n)) {
			char *q = rxq_format(plan->query);
			fprintf(stderr, "planner rejects a match: pattern "
			    "'%.*s' options %#x query %s\n", (int)plen, pat,
			    extra, q);
			free(q);
			abort();
		}
		free(k.v);
	}
	pcre2_match_context_free(mc);
	pcre2_code_free(re);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct rxplan	 plan;
	const char	*pat, *subj, *nul, *ppat;
	char		*nfc = NULL, *q;
	size_t		 plen, slen, nlen, pplen;
	unsigned	 flags;

	if (len < 1 || len > 4096)
		return 0;
	flags = data[0];
	pat = (const char *)data + 1;
	nul = memchr(pat, '\0', len - 1);
	plen = nul == NULL ? len - 1 : (size_t)(nul - pat);
	subj = nul == NULL ? "" : nul + 1;
	slen = nul == NULL ? 0 : len - 1 - plen - 1;

	rxplan_parse(&plan, pat, plen);
	if (plan.query == NULL)
		abort();
	q = rxq_format(plan.query);
	if (q == NULL)
		abort();
	free(q);

	/* The search matches the NFC form of valid text. */
	if (utf8_valid(subj, slen) &&
	    (nfc = utf8_nfc(subj, slen, &nlen)) != NULL) {
		subj = nfc;
		slen = nlen;
	}
	ppat = plan.nfc != NULL ? plan.nfc : pat;
	pplen = plan.nfc != NULL ? plan.nfclen : plen;
	check(&plan, ppat, pplen, subj, slen,
	    (flags & 1) ? PCRE2_CASELESS : 0);
	check(&plan, ppat, pplen, subj, slen,
	    PCRE2_MULTILINE | ((flags & 2) ? PCRE2_CASELESS : 0));
	free(nfc);
	rxplan_release(&plan);
	return 0;
}
