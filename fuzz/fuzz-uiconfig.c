/*
 * libFuzzer harness for the interface's configuration parser: any bytes
 * leave a usable configuration.  Every error names a line that exists,
 * every binding has a scope and action in range, every style a colour the
 * terminal can take.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "uiconfig.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static size_t
count_lines(const uint8_t *data, size_t len)
{
	size_t	i, n = 1;

	for (i = 0; i < len; i++)
		if (data[i] == '\n')
			n++;
	return n;
}

static void
check_config(const struct ui_config *c, size_t nlines, size_t bad)
{
	size_t		 i;
	unsigned long	 line;
	char		*end;
	int		 r;

	if (c->nerrors != bad)
		abort();
	for (i = 0; i < c->nerrors; i++) {
		/* "fuzz:LINE: message" */
		if (strncmp(c->errors[i], "fuzz:", 5) != 0)
			abort();
		line = strtoul(c->errors[i] + 5, &end, 10);
		if (line == 0 || line > nlines || *end != ':')
			abort();
	}
	for (i = 0; i < c->keys.n; i++) {
		if ((int)c->keys.b[i].scope < 0 ||
		    c->keys.b[i].scope >= SCOPE_COUNT ||
		    (int)c->keys.b[i].action < 0 ||
		    c->keys.b[i].action >= ACT_COUNT ||
		    c->keys.b[i].key == KEYC_NONE)
			abort();
	}
	for (r = 0; r < ROLE_COUNT; r++) {
		if (c->styles[r].fg < -1 || c->styles[r].fg > 255 ||
		    c->styles[r].bg < -1 || c->styles[r].bg > 255)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct ui_config	 c;
	size_t			 bad;

	uiconfig_init(&c);
	bad = uiconfig_parse(&c, (const char *)data, len, "fuzz");
	check_config(&c, count_lines(data, len), bad);
	/* A second file on top of the first, as user over defaults. */
	bad += uiconfig_parse(&c, (const char *)data, len, "fuzz");
	check_config(&c, count_lines(data, len), bad);
	uiconfig_release(&c);
	return 0;
}
