/*
 * libFuzzer harness for the feeds file and OPML: every feed read is an
 * http(s) URL, and writing the list out then reading it back gives the
 * same URLs and titles.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "web/feeds.h"
#include "web/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct feeds	 f, g;
	struct buf	 b;
	char		*cause = NULL;
	size_t		 i;

	feeds_init(&f);
	if (feeds_parse(&f, (const char *)data, len, "urls", &cause) != 0) {
		free(cause);
		cause = NULL;
		feeds_release(&f);
		feeds_init(&f);
		if (feeds_parse_opml(&f, (const char *)data, len, &cause) != 0)
			free(cause);
	}
	for (i = 0; i < f.n; i++)
		if (!url_is_http(f.v[i].url))
			abort();
	buf_init(&b);
	feeds_format(&f, &b);
	feeds_init(&g);
	if (feeds_parse(&g, b.data != NULL ? b.data : "", b.len, "out",
	    &cause) != 0 || g.n != f.n)
		abort();
	for (i = 0; i < f.n; i++)
		if (strcmp(f.v[i].url, g.v[i].url) != 0 ||
		    !same(f.v[i].title, g.v[i].title))
			abort();
	buf_release(&b);
	feeds_release(&g);
	feeds_release(&f);
	return 0;
}
