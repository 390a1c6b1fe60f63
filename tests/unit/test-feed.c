/* feed: RSS 2.0, RSS 1.0, Atom, and what is refused. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "web/feed.h"
#include "tap.h"

static const char rss[] =
    "<?xml version='1.0'?><rss version='2.0' "
    "xmlns:content='http://purl.org/rss/1.0/modules/content/' "
    "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
    "<title>Wire</title>"
    "<item><title>One</title><link>/a/one.html</link><guid>g1</guid>"
    "<pubDate>Tue, 3 Jun 2025 08:00:00 GMT</pubDate>"
    "<dc:creator>A. Writer</dc:creator>"
    "<content:encoded><![CDATA[<p>Whole text</p>]]></content:encoded></item>"
    "<item><title>No link</title></item>"
    "<item><title>Bad</title><link>javascript:x()</link></item>"
    "</channel></rss>";
static const char rdf[] =
    "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
    "xmlns='http://purl.org/rss/1.0/' "
    "xmlns:dc='http://purl.org/dc/elements/1.1/'>"
    "<channel rdf:about='http://x.org/'><title>RDF</title></channel>"
    "<item rdf:about='http://x.org/1'><title>R1</title>"
    "<link>http://x.org/1</link><dc:date>2025-06-04T10:00Z</dc:date></item>"
    "</rdf:RDF>";
static const char atom[] =
    "<feed xmlns='http://www.w3.org/2005/Atom'><title>Atom</title>"
    "<entry><title>A1</title><id>urn:1</id>"
    "<link rel='self' href='http://x.org/self'/>"
    "<link href='http://x.org/a1'/><updated>2025-06-05T00:00:00Z</updated>"
    "<author><name>Au Thor</name></author>"
    "<content type='html'>&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>";

static void
bad(const char *text, const char *want)
{
	struct feed	 f;
	char		*cause = NULL;

	ok(feed_parse(text, strlen(text), NULL, &f, &cause) == -1 &&
	    cause != NULL && strncmp(cause, want, strlen(want)) == 0,
	    "refused: %s", want);
	if (cause != NULL && strncmp(cause, want, strlen(want)) != 0)
		tap_diag("got '%s'", cause);
	free(cause);
}

int
main(void)
{
	struct feed	 f;
	char		*cause = NULL, *d, *big;
	clock_t		 t0;
	size_t		 i;

	ok(feed_parse(rss, strlen(rss), "http://x.org/feed", &f, &cause) == 0,
	    "RSS 2.0");
	is_str(f.title, "Wire", "its title");
	is_int(f.n, 1, "items without a usable link are left out");
	is_str(f.items[0].link, "http://x.org/a/one.html", "relative link");
	is_str(f.items[0].guid, "g1", "guid");
	is_str(f.items[0].date, "2025-06-03", "RFC 822 date");
	is_str(f.items[0].author, "A. Writer", "dc:creator");
	is_str(f.items[0].content, "<p>Whole text</p>", "content:encoded");
	feed_release(&f);

	ok(feed_parse(rdf, strlen(rdf), NULL, &f, &cause) == 0, "RSS 1.0");
	ok(f.n == 1 && strcmp(f.items[0].guid, "http://x.org/1") == 0 &&
	    strcmp(f.items[0].date, "2025-06-04") == 0, "rdf:about, dc:date");
	feed_release(&f);

	ok(feed_parse(atom, strlen(atom), NULL, &f, &cause) == 0, "Atom");
	ok(f.n == 1 && strcmp(f.items[0].link, "http://x.org/a1") == 0,
	    "the alternate link, not self");
	is_str(f.items[0].author, "Au Thor", "author name");
	is_str(f.items[0].content, "<p>Hi</p>", "html content unescaped");
	feed_release(&f);

	bad("<rss><channel><item>", "not XML: line 1");
	bad("<html><body/></html>", "not a feed (root element 'html')");
	bad("", "not XML");
	t0 = clock();
	bad("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
	    "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
	    "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><rss>&c;</rss>",
	    "entity declarations are refused");
	ok(clock() - t0 < CLOCKS_PER_SEC, "at once");
	big = malloc(100000);
	strcpy(big, "<rss><channel>");
	for (i = 0; i < 3000; i++)
		strcat(big, "<a>");
	bad(big, "not XML");
	free(big);

	d = feed_date("Sun, 06 Dec 2026 18:00:00 +0000");
	is_str(d, "2026-12-06", "RFC 822");
	free(d);
	d = feed_date("2026-12-06T18:00:00Z");
	is_str(d, "2026-12-06", "ISO 8601");
	free(d);
	ok(feed_date("yesterday") == NULL, "no date");
	ok(feed_date("Sun, 06 Foo 2026") == NULL, "no such month");
	return tap_done();
}
