/*
 * libFuzzer harness for the feed parser: any bytes are a feed or an
 * error with a cause; every item has an http(s) link; dates are
 * YYYY-MM-DD.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/feed.h"
#include "web/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct feed	 f;
	char		*cause = NULL;
	size_t		 i;

	if (feed_parse((const char *)data, len, "http://example.org/feed",
	    &f, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return 0;
	}
	for (i = 0; i < f.n; i++) {
		if (!url_is_http(f.items[i].link))
			abort();
		if (f.items[i].date != NULL && strlen(f.items[i].date) != 10)
			abort();
	}
	feed_release(&f);
	return 0;
}
