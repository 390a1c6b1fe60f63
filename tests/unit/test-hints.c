/* hints: the extractor's word lists. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "web/hints.h"
#include "tap.h"

static void
bad(const char *text, const char *want)
{
	struct hints	 h;
	char		*cause = NULL;

	hints_init(&h);
	ok(hints_parse(&h, text, strlen(text), "h", &cause) == -1 &&
	    cause != NULL && strcmp(cause, want) == 0, "refused: %s", want);
	if (cause != NULL && strcmp(cause, want) != 0)
		tap_diag("got '%s'", cause);
	free(cause);
	hints_release(&h);
}

int
main(void)
{
	struct hints	 h;
	char		*cause = NULL, *path;
	const char	*text = "# comment\n\npositive article\r\n"
			    "drop share\n  keep article-body\nphrase Read more\n";

	hints_init(&h);
	ok(hints_parse(&h, text, strlen(text), "h", &cause) == 0, "parse");
	ok(hints_match(&h, HINT_DROP, "social-share-bar"), "a drop word");
	ok(!hints_match(&h, HINT_DROP, "story"), "no drop word");
	ok(hints_match(&h, HINT_KEEP, "x article-body"), "a keep word");
	ok(hints_match(&h, HINT_POSITIVE, "main article"), "a positive word");
	ok(hints_is_phrase(&h, "READ MORE.", 10), "a phrase, any case");
	ok(!hints_is_phrase(&h, "Read more about it", 18), "only the phrase");
	hints_release(&h);

	bad("funny word\n", "h:1: unknown class (positive, negative, drop, "
	    "keep or phrase)");
	bad("\ndrop\n", "h:2: a word is missing after the class");
	bad("drop two words\n", "h:1: one word per line");
	bad("drop \xd0\xb6\n", "h:1: one word per line");

	path = malloc(strlen(SRCDIR) + 32);
	strcpy(path, SRCDIR);
	strcat(path, "/data/web/hints");
	hints_init(&h);
	ok(hints_load(&h, path, &cause) == 0, "the shipped hints load");
	ok(h.n[HINT_DROP] > 20 && h.n[HINT_POSITIVE] > 5, "and have words");
	hints_release(&h);
	free(path);
	return tap_done();
}
