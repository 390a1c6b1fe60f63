/* termsafe: no control or bidirectional character passes raw. */
#include "config.h"

#include <string.h>

#include "base/buf.h"
#include "base/termsafe.h"
#include "base/utf8.h"
#include "tap.h"

static char *
esc(const char *s, size_t len, int flags, struct buf *b)
{
	buf_reset(b);
	termsafe_escape(b, s, len, flags);
	return b->data;
}

/* 1 when no byte or code point in s would act on a terminal. */
static int
inert(const char *s, size_t len, int flags)
{
	size_t		i = 0;
	uint32_t	cp;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &cp, NULL);
		if (cp == '\n' && (flags & TERMSAFE_KEEP_NEWLINE))
			continue;
		if (cp == '\t' && (flags & TERMSAFE_KEEP_TAB))
			continue;
		if (termsafe_is_unsafe(cp))
			return 0;
	}
	return 1;
}

int
main(void)
{
	struct buf	b = { 0 };
	char		all[256];
	int		i;

	is_str(esc("plain Київ", strlen("plain Київ"), 0, &b), "plain Київ", "text passes unchanged");
	is_str(esc("\x1b[2J", 4, 0, &b), "\\x1b[2J", "ESC is shown, not sent");
	is_str(esc("\x1b]52;c;ZXZpbA==\x07", 16, 0, &b), "\\x1b]52;c;ZXZpbA==\\x07", "OSC 52 clipboard write is shown escaped");
	is_str(esc("a\xc2\x9b" "31m", 6, 0, &b), "a\\u{9b}31m", "C1 CSI is escaped");
	is_str(esc("x\xe2\x80\xaey", 5, 0, &b), "x\\u{202e}y", "RLO override is escaped");
	is_str(esc("a\tb\nc\r", 6, 0, &b), "a\\tb\\nc\\r", "tab and newline escaped by default");
	is_str(esc("a\tb\nc", 5, TERMSAFE_KEEP_TAB | TERMSAFE_KEEP_NEWLINE, &b), "a\tb\nc", "tab and newline kept on request");
	is_str(esc("bad\xff", 4, 0, &b), "bad\xef\xbf\xbd", "invalid UTF-8 becomes U+FFFD");
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	esc(all, sizeof all, 0, &b);
	ok(inert(b.data, b.len, 0), "every byte value comes out inert");
	ok(utf8_valid(b.data, b.len), "and as valid UTF-8");
	buf_release(&b);
	return tap_done();
}
