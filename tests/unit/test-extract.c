/*
 * extract: main text and metadata from pages written for this test.  The
 * quality on real pages is measured by score-html-extraction (see
 * bench/extract); here each rule is checked on a page that needs it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "web/extract.h"
#include "web/hints.h"
#include "tap.h"

static struct hints	h;

static const char page[] =
    "<html lang='en-US'><head><title>Talks resume in Geneva - Example News"
    "</title><meta name='author' content='By Jo Reporter'>"
    "<link rel='canonical' href='https://example.org/2025/06/02/talks?"
    "utm_campaign=x'></head><body>"
    "<nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
    "<div class='share-tools'><a href='#'>Share this</a></div>"
    "<div id='main'><article>"
    "<h1>Talks resume in Geneva</h1>"
    "<p>Delegations returned to the table on Monday, after a pause of two "
    "weeks, to discuss the exchange of prisoners and the next round.</p>"
    "<p>Advertisement</p>"
    "<p>The mediators said the first session was calm, constructive and "
    "short, and that a second session would follow on Tuesday morning.</p>"
    "<h2>Next steps</h2>"
    "<p>Both sides expect a written summary, agreed word by word, before "
    "the end of the week, according to people close to the talks.</p>"
    "<ul class='related'><li><a href='/1'>Older story one</a></li>"
    "<li><a href='/2'>Older story two</a></li></ul>"
    "<p style='display:none'>Hidden text that nobody sees.</p>"
    "</article></div>"
    "<div class='comments'><p>A reader's comment, long enough to be a "
    "paragraph of its own, with commas, and more.</p></div>"
    "<footer><p>Copyright notice of the example site.</p></footer>"
    "<script>var x = 'script text';</script>"
    "</body></html>";

static int
has(const char *s, const char *sub)
{
	return s != NULL && strstr(s, sub) != NULL;
}

int
main(void)
{
	struct extract	 ex;
	char		*cause = NULL, *path, *deep, *frag;
	const char	*s;
	size_t		 i;

	hints_init(&h);
	path = malloc(strlen(SRCDIR) + 32);
	strcpy(path, SRCDIR);
	strcat(path, "/data/web/hints");
	ok(hints_load(&h, path, &cause) == 0, "hints");
	free(path);

	ok(extract_html(&h, page, strlen(page), "https://example.org/x", NULL,
	    &ex, &cause) == 0, "extract");
	ok(has(ex.body, "Delegations returned") && has(ex.body,
	    "second session") && has(ex.body, "written summary"),
	    "every paragraph of the article");
	ok(strncmp(ex.body, "Delegations", 11) == 0, "the h1 is not repeated");
	ok(has(ex.body, "\n\n## Next steps\n\n"), "a heading as ##");
	ok(!has(ex.body, "Home") && !has(ex.body, "Share") &&
	    !has(ex.body, "Older story") && !has(ex.body, "comment") &&
	    !has(ex.body, "Copyright") && !has(ex.body, "script text"),
	    "navigation, share bar, related, comments, footer, script dropped");
	ok(!has(ex.body, "Advertisement"), "a boilerplate phrase dropped");
	ok(!has(ex.body, "Hidden"), "hidden text dropped");
	is_str(ex.title, "Talks resume in Geneva", "title: h1 in <title>");
	is_str(ex.author, "Jo Reporter", "author without 'By'");
	is_str(ex.date, "2025-06-02", "date from the canonical URL");
	is_str(ex.url, "https://example.org/2025/06/02/talks",
	    "canonical URL without trackers");
	is_str(ex.language, "en", "language from <html lang>");
	is_str(ex.source, "example.org", "source: the host");
	extract_release(&ex);

	s = "<p>Переговоры возобновились в Женеве, сообщили участники.</p>";
	ok(extract_html(&h, s, strlen(s), NULL, NULL, &ex, &cause) == 0 &&
	    strcmp(ex.language, "ru") == 0, "Russian guessed");
	extract_release(&ex);
	s = "<p>Переговори відновилися в Женеві, повідомили її учасники.</p>";
	ok(extract_html(&h, s, strlen(s), NULL, NULL, &ex, &cause) == 0 &&
	    strcmp(ex.language, "uk") == 0, "Ukrainian guessed");
	extract_release(&ex);

	ok(extract_html(&h, "", 0, NULL, NULL, &ex, &cause) == -1 &&
	    cause != NULL, "an empty page is an error");
	free(cause);
	cause = NULL;
	deep = malloc(200000);
	strcpy(deep, "<html><body>");
	for (i = 0; i < 20000; i++)
		strcat(deep + 12 + (i > 0 ? (i - 1) * 5 : 0), "<div>");
	strcat(deep, "<p>deep</p>");
	ok(extract_html(&h, deep, strlen(deep), NULL, NULL, &ex, &cause) == 0 ||
	    cause != NULL, "20,000 nested elements: no crash");
	if (cause == NULL)
		extract_release(&ex);
	free(cause);
	free(deep);
	s = "<html><head><script type='application/ld+json'>{\"articleBody\":"
	    " \"The talks went on\tinto the night, said a delegate, and the "
	    "\\u0001 draft \\u0000 text was passed\x01 to both sides for a "
	    "reading.\\nA second \\u-001 paragraph: \\u0416\\t\\u007f\\r "
	    "ends here, after a long enough stretch of words to pass the "
	    "length a body needs, which is two hundred and fifty bytes, "
	    "more or less.\"}</script></head><body><p>Short.</p></body></html>";
	ok(extract_html(&h, s, strlen(s), NULL, NULL, &ex, &cause) == 0 &&
	    has(ex.body, "talks went on into the night") &&
	    has(ex.body, "reading.\nA second u-001 paragraph: \xd0\x96   ends"),
	    "JSON-LD articleBody: escapes decoded");
	for (s = ex.body; s != NULL && *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 && *s != '\n')
			break;
	ok(s != NULL && *s == '\0', "JSON-LD articleBody: no control byte");
	extract_release(&ex);
	s = "<html><head><title>Cease\x01" "fire\n  \ttalks\x1b[1m</title>"
	    "<meta name='author' content='Jo&#13;&#10;Reporter&#127;'></head>"
	    "<body><p>Short.</p></body></html>";
	ok(extract_html(&h, s, strlen(s), NULL, NULL, &ex, &cause) == 0,
	    "a page with controls in its header fields");
	is_str(ex.title, "Ceasefire talks[1m", "title: one line, no controls");
	is_str(ex.author, "Jo Reporter", "author: one line, no controls");
	extract_release(&ex);
	frag = extract_fragment(&h, "<p>One</p><p>Two</p>", 20);
	is_str(frag, "One\n\nTwo", "a fragment's paragraphs");
	free(frag);
	hints_release(&h);
	return tap_done();
}
