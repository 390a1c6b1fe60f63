/*
 * The terminal sanitiser: a single pass over the UTF-8 text that copies
 * safe runs as they are and replaces each unsafe code point by an escape.
 */
#include "config.h"

#include <string.h>

#include "base/buf.h"
#include "base/termsafe.h"
#include "base/utf8.h"

int
termsafe_is_unsafe(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f)
		return 1;
	if (cp >= 0x80 && cp <= 0x9f)
		return 1;
	if (cp == 0x61c || cp == 0x200e || cp == 0x200f)
		return 1;
	if (cp >= 0x202a && cp <= 0x202e)
		return 1;
	if (cp >= 0x2066 && cp <= 0x2069)
		return 1;
	return 0;
}

void
termsafe_escape_cp(struct buf *b, uint32_t cp)
{
	switch (cp) {
	case '\t': buf_adds(b, "\\t"); return;
	case '\n': buf_adds(b, "\\n"); return;
	case '\r': buf_adds(b, "\\r"); return;
	}
	if (cp < 0x80)
		buf_printf(b, "\\x%02x", (unsigned)cp);
	else
		buf_printf(b, "\\u{%x}", (unsigned)cp);
}

void
termsafe_escape(struct buf *b, const char *s, size_t len, int flags)
{
	size_t		 i = 0, start = 0, n;
	uint32_t	 cp;
	int		 valid;
	unsigned char	 c;

	while (i < len) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7f && (c != '\\' ||
		    !(flags & TERMSAFE_NAME))) {
			i++;
			continue;
		}
		if (c == '\\') {
			buf_add(b, s + start, i - start);
			buf_adds(b, "\\\\");
			start = ++i;
			continue;
		}
		valid = 1;
		n = utf8_decode(s + i, len - i, &cp, &valid);
		if (valid && !termsafe_is_unsafe(cp)) {
			i += n;
			continue;
		}
		if (valid && ((cp == '\t' && (flags & TERMSAFE_KEEP_TAB)) ||
		    (cp == '\n' && (flags & TERMSAFE_KEEP_NEWLINE)))) {
			i += n;
			continue;
		}
		buf_add(b, s + start, i - start);
		if (!valid && (flags & TERMSAFE_NAME)) {
			n = 1;
			buf_printf(b, "\\x%02x", c);
		} else if (!valid)
			buf_add(b, "\xef\xbf\xbd", 3);
		else
			termsafe_escape_cp(b, cp);
		i += n;
		start = i;
	}
	buf_add(b, s + start, len - start);
}

void
termsafe_write(FILE *f, const char *s, size_t len, int flags)
{
	struct buf	b = { 0 };

	termsafe_escape(&b, s, len, flags);
	fwrite(b.data, 1, b.len, f);
	buf_release(&b);
}

void
termsafe_puts(FILE *f, const char *s, int flags)
{
	termsafe_write(f, s, strlen(s), flags);
}
