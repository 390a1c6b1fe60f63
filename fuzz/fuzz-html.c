/*
 * libFuzzer harness for the main-text extractor on arbitrary page bytes
 * (any charset), with the shipped hints.  Properties: extraction either
 * fails with a cause or gives a body of well-formed UTF-8 with no control
 * byte but '\n', and header fields of well-formed UTF-8 on one line, with
 * no control byte at all.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "web/extract.h"
#include "web/hints.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct hints	hints;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*cause = NULL;

	(void)argc;
	(void)argv;
	hints_init(&hints);
	if (hints_load(&hints, SRCDIR "/data/web/hints", &cause) != 0)
		abort();
	return 0;
}

static void
check_line(const char *s)
{
	const char	*p;

	if (s == NULL)
		return;
	if (!utf8_valid(s, strlen(s)))
		abort();
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct extract	 ex;
	char		*cause = NULL, *frag;
	const char	*p;

	if (extract_html(&hints, (const char *)data, len,
	    "http://example.org/a", NULL, &ex, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return 0;
	}
	if (ex.body == NULL || !utf8_valid(ex.body, strlen(ex.body)))
		abort();
	for (p = ex.body; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 && *p != '\n')
			abort();
	check_line(ex.title);
	check_line(ex.date);
	check_line(ex.author);
	check_line(ex.source);
	check_line(ex.url);
	check_line(ex.language);
	extract_release(&ex);
	frag = extract_fragment(&hints, (const char *)data, len);
	free(frag);
	return 0;
}
