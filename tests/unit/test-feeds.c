/* feeds: the urls file and OPML. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "web/feeds.h"
#include "tap.h"

static void
bad(const char *text, const char *want)
{
	struct feeds	 f;
	char		*cause = NULL;

	feeds_init(&f);
	ok(feeds_parse(&f, text, strlen(text), "urls", &cause) == -1 &&
	    cause != NULL && strcmp(cause, want) == 0, "refused: %s", want);
	if (cause != NULL && strcmp(cause, want) != 0)
		tap_diag("got '%s'", cause);
	free(cause);
	feeds_release(&f);
}

int
main(void)
{
	struct feeds	 f, g;
	struct buf	 b;
	char		*cause = NULL;
	const char	*text =
	    "# subscriptions\n"
	    "https://example.org/rss world \"~The \\\"Example\\\" Times\" "
	    "\"two words\"\n"
	    "\n"
	    "\"query:Unread:unread = \\\"yes\\\"\"\n"
	    "http://wire.example.net/atom.xml\r\n";

	feeds_init(&f);
	ok(feeds_parse(&f, text, strlen(text), "urls", &cause) == 0, "parse");
	is_int(f.n, 2, "two feeds; comments, blanks and queries skipped");
	is_str(f.v[0].url, "https://example.org/rss", "the URL");
	is_str(f.v[0].title, "The \"Example\" Times", "the ~title, unquoted");
	is_str(f.v[0].tags, "world \"two words\"", "the tags, quoted again");
	is_int(f.v[1].line, 5, "line numbers kept");
	ok(f.v[1].title == NULL, "no title");
	ok(!feeds_add(&f, "https://example.org/rss", NULL), "no duplicate");
	buf_init(&b);
	feeds_format_opml(&f, &b);
	ok(strstr(b.data, "xmlUrl=\"http://wire.example.net/atom.xml\"") !=
	    NULL, "OPML out");
	feeds_init(&g);
	ok(feeds_parse_opml(&g, b.data, b.len, &cause) == 0 && g.n == 2,
	    "OPML back in");
	is_str(g.v[0].title, "The \"Example\" Times", "titles survive");
	buf_reset(&b);
	feeds_format(&g, &b);
	feeds_release(&g);
	feeds_init(&g);
	ok(feeds_parse(&g, b.data, b.len, "x", &cause) == 0 && g.n == 2 &&
	    strcmp(g.v[0].title, "The \"Example\" Times") == 0,
	    "the urls format round-trips");
	feeds_release(&g);
	buf_release(&b);
	feeds_release(&f);

	bad("file:///etc/passwd\n", "urls:1: not an http or https URL");
	bad("\n\"exec:~/bin/feed\"\n", "urls:2: not an http or https URL");
	bad("http://example.org/ \"~open\n", "urls:1: unterminated quote");
	bad("\"\" x\n", "urls:1: empty URL");
	feeds_init(&g);
	ok(feeds_parse_opml(&g, "<!DOCTYPE x [<!ENTITY a 'b'>]><opml/>", 37,
	    &cause) == -1, "OPML with entities is refused");
	free(cause);
	feeds_release(&g);
	return tap_done();
}
