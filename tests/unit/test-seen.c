/* seen: what fetch remembers, its file, and the corpus scan. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "web/seen.h"
#include "tap.h"

int
main(void)
{
	struct seen	 s;
	char		 dir[] = "/tmp/test-seen.XXXXXX", *path, *cause = NULL;
	char		 key[17], *art;
	const struct seen_feed *f;
	int		 i, all = 1;
	const char	 article[] = "Title: T\nURL: https://x.org/a\n\nBody one.\n";

	ok(mkdtemp(dir) != NULL, "a temporary folder");
	path = malloc(strlen(dir) + 16);
	sprintf(path, "%s/state", dir);
	ok(seen_load(&s, path, &cause) == 0 && s.n == 0, "no file: empty");
	seen_add(&s, "guid", "g1");
	seen_add(&s, "guid", "g1");
	for (i = 0; i < 3000; i++) {
		char k[32];
		snprintf(k, sizeof k, "https://x.org/%d", i);
		seen_add(&s, "url", k);
	}
	ok(seen_has(&s, "guid", "g1") && !seen_has(&s, "url", "g1"),
	    "kinds are apart");
	for (i = 0; i < 3000; i++) {
		char k[32];
		snprintf(k, sizeof k, "https://x.org/%d", i);
		all &= seen_has(&s, "url", k);
	}
	ok(all && s.n == 3001, "3,000 keys through growth, no duplicate");
	seen_set_feed(&s, "https://x.org/rss", "\"abc\"", NULL);
	ok(seen_save(&s, &cause) == 0, "save");
	seen_release(&s);
	ok(seen_load(&s, path, &cause) == 0, "load again");
	ok(seen_has(&s, "guid", "g1") && s.n == 3001, "keys kept");
	f = seen_feed(&s, "https://x.org/rss");
	ok(f != NULL && strcmp(f->etag, "\"abc\"") == 0 &&
	    f->last_modified == NULL, "validators kept");
	seen_release(&s);

	ok(atomic_write(path, "seen a\nbogus line\n", 18, &cause) == 0, "");
	ok(seen_load(&s, path, &cause) == -1 && cause != NULL &&
	    strstr(cause, "state:2: neither 'seen' nor 'feed'") != NULL,
	    "a bad line is named");
	free(cause);
	cause = NULL;
	seen_release(&s);

	art = malloc(strlen(dir) + 32);
	sprintf(art, "%s/feed", dir);
	mkdir_p(art, &cause);
	sprintf(art, "%s/feed/a.md", dir);
	atomic_write(art, article, strlen(article), &cause);
	unlink(path);
	seen_load(&s, path, &cause);
	seen_scan(&s, dir);
	seen_body_key("Body one.", 9, key);
	ok(seen_has(&s, "url", "https://x.org/a") && seen_has(&s, "hash", key),
	    "the corpus scan knows the article's URL and text");
	seen_release(&s);
	free(art);
	free(path);
	tap_rmtree(dir);
	return tap_done();
}
