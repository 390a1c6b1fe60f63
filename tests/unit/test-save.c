/* save: slugs, the article file's format, unique atomic writes. */
#include "config.h"

#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "web/extract.h"
#include "web/save.h"
#include "tap.h"

int
main(void)
{
	char		 title[] = "A title\nTitle: forged";
	char		 date[] = "2025-06-02", body[] = "One.\n\nTwo.";
	char		 url[] = "https://example.org/a";
	char		 slug[SAVE_SLUG_MAX + 1], dir[] = "/tmp/test-save.XXXXXX";
	char		*p1 = NULL, *p2 = NULL, *cause = NULL, *text;
	struct extract	 ex;
	struct buf	 b;
	size_t		 len;

	save_slug("Kyiv & Moscow: talks/../resume!", slug);
	is_str(slug, "kyiv-moscow-talks-resume", "separators and dots become -");
	save_slug("Переговоры в Стамбуле", slug);
	is_str(slug, "переговоры-в-стамбуле", "Cyrillic kept, lowercased");
	save_slug("\x1b[31m\t\n", slug);
	is_str(slug, "31m", "control bytes go");
	save_slug("...", slug);
	is_str(slug, "article", "nothing left: 'article'");
	save_slug("Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж Ж", slug);
	ok(strlen(slug) <= SAVE_SLUG_MAX && slug[strlen(slug) - 1] != '-',
	    "bounded, cut between characters");

	memset(&ex, 0, sizeof ex);
	ex.title = title;
	ex.date = date;
	ex.url = url;
	ex.body = body;
	buf_init(&b);
	save_format(&ex, &b);
	is_str(b.data, "Title: A title Title: forged\nDate: 2025-06-02\n"
	    "URL: https://example.org/a\n\nOne.\n\nTwo.\n",
	    "a header value stays on its line");
	buf_release(&b);

	ok(mkdtemp(dir) != NULL, "a temporary folder");
	ok(save_article(dir, &ex, &p1, &cause) == 0, "save once");
	ok(save_article(dir, &ex, &p2, &cause) == 0, "save twice");
	ok(p1 != NULL && p2 != NULL && strcmp(p1, p2) != 0, "two names");
	ok(p2 != NULL && strstr(p2, "-2.md") != NULL, "the second gets -2");
	text = file_read(p1, &len, &cause);
	ok(text != NULL && strncmp(text, "Title: ", 7) == 0, "written whole");
	free(text);
	free(p1);
	free(p2);
	tap_rmtree(dir);
	return tap_done();
}
