/*
 * rxdiff: the index's contract checked one text at a time, for the unit
 * test and the fuzzer.  Patterns are compiled as the search compiles them
 * (scan_compile, with any search flags) and run over a text as the full
 * scan runs them (scan_text, as --no-index does); when the scan finds a
 * match, the planned query must accept the keys the index stores for that
 * text (the trigrams and 4-grams of its folded NFC form).  A query that
 * rejects such a text is an article the index would lose.
 * Header-only: the test and the harness each include it once.
 */
#ifndef DEMARCHE_TESTS_RXDIFF_H
#define DEMARCHE_TESTS_RXDIFF_H

#include <stdint.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "search/rxplan.h"
#include "search/scan.h"

enum rxdiff_result {
	RXDIFF_NOMATCH,		/* the scan finds nothing (or hit a limit) */
	RXDIFF_SAME,		/* the scan matches; the query accepts */
	RXDIFF_LOST,		/* the scan matches; the query rejects */
};

static int
rxdiff_emit(void *arg, const struct search_match *m)
{
	(void)arg;
	(void)m;
	return 1;	/* one match is enough */
}

/* The keys the index holds for text[0..len), into *keys (grown). */
static size_t
rxdiff_keys(const char *text, size_t len, uint64_t **keys, size_t *alloc)
{
	struct buf	 b;
	const char	*nfc;
	size_t		 nlen, n = 0;

	buf_init(&b);
	nfc = utf8_nfc_buf(text, len, &b, &nlen);
	if (*keys == NULL)
		*keys = calloc(*alloc = 16, sizeof **keys);
	rxq_text_trigrams(nfc, nlen, keys, &n, alloc);
	buf_release(&b);
	return n;
}

/* Compare the scan of text with the query of sp. */
static enum rxdiff_result
rxdiff_text(struct scan_ctx *cx, const struct scan_pattern *sp,
    const char *text, size_t len)
{
	uint64_t	*keys = NULL;
	size_t		 n, alloc = 0;
	char		*cause = NULL;
	int		 rc, accepted;

	rc = scan_text(cx, sp, text, len, 0, 0, "text", rxdiff_emit, NULL,
	    &cause);
	free(cause);
	if (rc <= 0)
		return RXDIFF_NOMATCH;
	n = rxdiff_keys(text, len, &keys, &alloc);
	accepted = rxq_eval_keys(sp->query, keys, n);
	free(keys);
	return accepted ? RXDIFF_SAME : RXDIFF_LOST;
}

#endif
