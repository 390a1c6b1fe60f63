/*
 * libFuzzer harness for the article reader and sentence splitter: any
 * bytes either parse into spans that lie inside the input, in order, and
 * trimmed, or are refused with a cause.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/article.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_spans(const struct article *a, size_t len)
{
	uint32_t	i;

	for (i = 0; i < a->nsents; i++) {
		if (a->sents[i].start >= a->sents[i].end ||
		    a->sents[i].end > len || a->sents[i].block >= a->nblocks)
			abort();
		if (i > 0 && a->sents[i].start < a->sents[i - 1].end)
			abort();
	}
	for (i = 0; i < a->nblocks; i++) {
		if (a->blocks[i].start >= a->blocks[i].end ||
		    a->blocks[i].end > len ||
		    a->blocks[i].first + a->blocks[i].count > a->nsents)
			abort();
	}
	if (a->title_end > len || a->body_start > len)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct article	*a = article_create("f", "f.txt", "f.txt");
	char		*cause = NULL;
	unsigned	 line, col;

	if (article_parse(a, (const char *)data, len, "2025-01-01-f.txt",
	    &cause) == 0) {
		check_spans(a, len);
		article_set_text(a, (const char *)data, len);
		if (a->nsents > 0)
			article_line_col(a, a->sents[a->nsents - 1].start,
			    &line, &col);
	} else if (cause == NULL)
		abort();
	free(cause);
	article_free(a);
	return 0;
}
