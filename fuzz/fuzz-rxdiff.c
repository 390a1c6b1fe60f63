/*
 * libFuzzer harness: the differential test of the index against the full
 * scan (tests/rxdiff.h) on any pattern, search flags and text.  The input
 * is a flags byte, a pattern, a NUL byte and a text.  Property: whenever
 * the scan (what --no-index runs) matches the text, the planned query
 * accepts the keys the index holds for it, so the index never loses an
 * article.  The seeds and dictionary carry every option and flag.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rxdiff.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const int	fuzz_flags[] = {
	SEARCH_CASELESS, SEARCH_CASE, SEARCH_WORD, SEARCH_FIXED,
	SEARCH_MULTILINE,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static struct scan_ctx	*cx;
	struct scan_pattern	 sp;
	const char		*pat, *text, *nul;
	char			*p, *cause = NULL, *q;
	size_t			 plen, tlen, i;
	int			 flags = 0;

	if (len < 1 || len > 4096)
		return 0;
	for (i = 0; i < sizeof fuzz_flags / sizeof *fuzz_flags; i++) {
		if (data[0] & (1u << i))
			flags |= fuzz_flags[i];
	}
	pat = (const char *)data + 1;
	nul = memchr(pat, '\0', len - 1);
	plen = nul == NULL ? len - 1 : (size_t)(nul - pat);
	text = nul == NULL ? "" : nul + 1;
	tlen = nul == NULL ? 0 : len - 1 - plen - 1;
	if (cx == NULL)
		cx = scan_ctx_create();
	p = strndup(pat, plen);
	if (p == NULL || scan_compile(&sp, (const char *const *)&p, 1, flags,
	    &cause) != 0) {
		free(cause);
		free(p);
		return 0;
	}
	if (rxdiff_text(cx, &sp, text, tlen) == RXDIFF_LOST) {
		q = rxq_format(sp.query);
		fprintf(stderr, "the index loses a match: pattern '%s' flags "
		    "%#x query %s\n", p, flags, q);
		free(q);
		abort();
	}
	scan_release(&sp);
	free(p);
	return 0;
}
