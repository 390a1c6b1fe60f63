/*
 * libFuzzer harness for the limit language's parser (query/limit.h).
 * Property: any bytes parse or fail with a message that names a column;
 * what parses evaluates over an empty corpus without faulting (patterns
 * that need the analysis fail cleanly), and frees.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "query/limit.h"
#include "text/corpus.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct corpus		 c;
	struct limit_ctx	 ctx;
	struct limit		*l;
	char			*text, *cause = NULL;
	uint8_t			 keep[1];

	if (size > 4096)
		return 0;
	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	if ((l = limit_parse(text, &cause)) == NULL) {
		if (cause == NULL || strstr(cause, " at column ") == NULL)
			abort();
		free(cause);
		free(text);
		return 0;
	}
	memset(&c, 0, sizeof c);
	memset(&ctx, 0, sizeof ctx);
	ctx.corpus = &c;
	(void)limit_needs(l);
	if (limit_eval(l, &ctx, keep, &cause) < 0)
		free(cause);
	limit_free(l);
	free(text);
	return 0;
}
