/* corpus: walking, skipping bad files with one warning each, ids,
   ordering, and the catalogue on a second open. */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/catalog.h"
#include "text/corpus.h"
#include "tap.h"

static int	nwarn;
static char	warnings[4096];

static void
warn(void *arg, const char *msg)
{
	(void)arg;
	nwarn++;
	strncat(warnings, msg, sizeof warnings - strlen(warnings) - 2);
	strcat(warnings, "\n");
}

/*
 * Write a file dated long ago (each a second later than the last), so the
 * catalogue trusts it; a file written just now is racy (catalog.h).
 */
static void
put(const char *dir, const char *name, const char *text, size_t len)
{
	static time_t	 when = 1600000000;
	char		*p = xasprintf("%s/%s", dir, name), *cause = NULL;
	struct timespec	 ts[2] = { { when, 0 }, { when, 0 } };

	if (atomic_write(p, text, len, &cause) != 0)
		tap_diag("%s", cause);
	if (utimensat(AT_FDCWD, p, ts, 0) != 0)
		tap_diag("cannot date %s", p);
	when++;
	free(p);
}

/* Flip the last bit of the one catalogue under dir's cache; 1 when done. */
static int
damage_catalog(const char *dir)
{
	char		*cache = xasprintf("%s/demarche", dir), *path = NULL;
	char		*data, *cause = NULL;
	DIR		*d;
	struct dirent	*de;
	size_t		 len, n;
	int		 done = 0;

	if ((d = opendir(cache)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			n = strlen(de->d_name);
			if (n > 8 && strcmp(de->d_name + n - 8, ".catalog") == 0)
				path = xasprintf("%s/%s", cache, de->d_name);
		}
		closedir(d);
	}
	if (path != NULL && (data = file_read(path, &len, &cause)) != NULL) {
		data[len - 1] ^= 1;
		done = atomic_write(path, data, len, &cause) == 0;
		free(data);
	}
	free(cause);
	free(path);
	free(cache);
	return done;
}

int
main(void)
{
	char		 tmpl[] = "/tmp/demarche-corpus-XXXXXX", *dir, *sub, *loop, *fresh;
	struct notify	 n = { warn, NULL, NULL, NULL };
	struct corpus	 c;
	char		*cause = NULL, junk[512];
	const char	*paths[1];
	size_t		 i;

	dir = mkdtemp(tmpl);
	setenv("XDG_CACHE_HOME", dir, 1);
	sub = xasprintf("%s/news", dir);
	mkdir(sub, 0755);
	put(sub, "2019-12-09-paris.txt", "Normandy summit in Paris\n\nLeaders met.\n", 39);
	put(sub, "2015-02-12-minsk.md", "# Minsk II\n\nA deal was signed.\n", 31);
	put(sub, "notes.dat", "ignored: wrong extension\n", 25);
	put(sub, "empty.txt", "", 0);
	for (i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 37 % 256);
	put(sub, "junk.txt", junk, sizeof junk);
	loop = xasprintf("%s/loop", sub);
	ok(symlink("..", loop) == 0, "made a symlink loop");
	paths[0] = sub;
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "corpus opened");
	is_int(c.n, 2, "two articles, bad files skipped");
	is_int(nwarn, 3, "one warning each: empty, binary, loop");
	ok(strstr(warnings, "empty.txt': empty file") != NULL, "empty file named");
	ok(strstr(warnings, "junk.txt': binary") != NULL, "binary file named");
	ok(strstr(warnings, "loop") != NULL, "loop named");
	if (c.n == 2) {
		is_str(c.articles[0]->id, "2015-02-12-minsk", "sorted by date, id without extension");
		is_str(c.articles[1]->id, "2019-12-09-paris", "second article");
		ok(strcmp(c.articles[1]->file, sub) > 0 && strncmp(c.articles[1]->file, sub, strlen(sub)) == 0, "file as given, under the path named");
		ok(corpus_find(&c, "2019-12-09-paris") == c.articles[1], "find by id");
		ok(corpus_find(&c, c.articles[0]->file) == c.articles[0], "find by file");
	}
	is_int(c.nread, 2, "first open reads both files");
	corpus_release(&c);

	nwarn = 0;
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "reopened");
	is_int(c.nread, 0, "second open reads nothing: the catalogue has it");
	ok(c.n == 2 && strcmp(c.articles[1]->title, "Normandy summit in Paris") == 0, "titles from the catalogue");
	ok(article_load(c.articles[0], &cause) == 0 && c.articles[0]->len == 31, "text loads on demand");
	ok(c.n == 2 && c.articles[0]->borrowed && c.articles[1]->borrowed,
	    "taken from the catalogue, their strings are the corpus's (borrowed)");
	corpus_release(&c);

	put(sub, "2019-12-09-paris.txt", "Normandy summit in Paris\n\nLeaders met again.\n", 45);
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "reopened after a change");
	is_int(c.nread, 1, "only the changed file is read");
	ok(c.n == 2 && !c.articles[1]->borrowed && c.articles[0]->borrowed &&
	    strcmp(c.articles[1]->id, "2019-12-09-paris") == 0 &&
	    strcmp(c.articles[1]->file, c.articles[1]->path) == 0,
	    "the one read owns its strings, parsed");
	corpus_release(&c);

	/*
	 * Without spans (demarche index): unchanged articles come without
	 * their structure, and a catalogue saved after a change keeps it.
	 */
	ok(corpus_open(&c, paths, 1, CORPUS_NO_SPANS, &n, &cause) == 0 && c.n == 2,
	    "opened without spans");
	is_int(c.nread, 0, "nothing read");
	ok(c.n == 2 && c.articles[0]->unparsed && c.articles[0]->nblocks == 0 &&
	    strcmp(c.articles[0]->title, "Minsk II") == 0,
	    "an unchanged article has its metadata, not its structure");
	corpus_release(&c);
	put(sub, "2019-12-09-paris.txt", "Normandy summit in Paris\n\nLeaders met once more.\n", 50);
	ok(corpus_open(&c, paths, 1, CORPUS_NO_SPANS, &n, &cause) == 0 && c.n == 2,
	    "opened without spans after a change");
	is_int(c.nread, 1, "the changed file is read");
	ok(c.n == 2 && !c.articles[1]->unparsed && c.articles[1]->nblocks > 0,
	    "and has its structure");
	corpus_release(&c);
	{
		struct corpus	fresh_c;

		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "reopened with spans");
		is_int(c.nread, 0, "nothing read: the catalogue saved without spans serves");
		ok(corpus_open(&fresh_c, paths, 1, CORPUS_FRESH | CORPUS_NO_CATALOG, &n, &cause) == 0 &&
		    fresh_c.n == 2 && c.n == 2 && !c.articles[0]->unparsed &&
		    c.articles[0]->nblocks == fresh_c.articles[0]->nblocks &&
		    c.articles[0]->nsents == fresh_c.articles[0]->nsents &&
		    c.articles[0]->nblocks > 0,
		    "and it kept the structure of the article it did not parse");
		corpus_release(&fresh_c);
		corpus_release(&c);
	}

	/*
	 * The catalogue's order sorts the unchanged articles; the changed
	 * and new ones are sorted in, and a catalogue saved in another
	 * order does not mislead.
	 */
	{
		char		*early, *catpath, *creals[3];
		struct article	*rev[3];
		size_t		 k;

		put(sub, "2019-12-09-paris.txt", "Title: Normandy summit in Paris\nDate: 2010-01-05\n\nLeaders met.\n", 63);
		put(sub, "2001-01-01-early.txt", "Early\n\nFirst of all.\n", 21);
		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.n == 3, "opened after a date changed");
		ok(c.n == 3 && strcmp(c.articles[0]->id, "2001-01-01-early") == 0 &&
		    strcmp(c.articles[1]->id, "2019-12-09-paris") == 0 &&
		    strcmp(c.articles[2]->id, "2015-02-12-minsk") == 0,
		    "sorted by date: the new one first, the changed one moved up");
		catpath = corpus_cache_path(&c, "catalog");
		for (k = 0; k < 3 && c.n == 3; k++) {
			rev[k] = c.articles[2 - k];
			creals[k] = realpath(rev[k]->path, NULL);
		}
		ok(c.n == 3 && catalog_write(catpath, rev, creals, 3, INT64_MAX, &cause) == 0,
		    "catalogue rewritten in reverse order");
		for (k = 0; k < 3 && c.n == 3; k++)
			free(creals[k]);
		free(catpath);
		corpus_release(&c);
		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.n == 3 && c.nread == 0,
		    "reopened from it");
		ok(c.n == 3 && strcmp(c.articles[0]->id, "2001-01-01-early") == 0 &&
		    strcmp(c.articles[1]->id, "2019-12-09-paris") == 0 &&
		    strcmp(c.articles[2]->id, "2015-02-12-minsk") == 0 &&
		    c.articles[1]->index == 1 && c.articles[2]->index == 2,
		    "still sorted by date, and numbered");
		corpus_release(&c);
		early = xasprintf("%s/2001-01-01-early.txt", sub);
		unlink(early);
		free(early);
	}

	/* The catalogue alone gives the corpus as last opened. */
	{
		struct corpus	cached;
		size_t		k;
		int		same;

		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "opened once more");
		ok(corpus_open_cached(&cached, paths, 1) == 0, "opened from the catalogue alone");
		same = cached.n == c.n && strcmp(cached.root, c.root) == 0;
		for (k = 0; same && k < c.n; k++)
			same = strcmp(cached.articles[k]->id, c.articles[k]->id) == 0 &&
			    strcmp(cached.articles[k]->file, c.articles[k]->file) == 0 &&
			    strcmp(cached.articles[k]->title, c.articles[k]->title) == 0 &&
			    cached.articles[k]->hash == c.articles[k]->hash;
		ok(same, "the same articles, names and titles, in order");
		is_int(cached.nread, 0, "and no file was read");
		/* Either thread may have built them: either arena. */
		ok(cached.n > 0 && cached.articles[0]->borrowed &&
		    cached.articles[0]->file == cached.articles[0]->path &&
		    (cached.strings.blocks != NULL ||
		    cached.strings2.blocks != NULL),
		    "their strings are borrowed from the corpus's arenas");
		{
			struct corpus	copy;

			corpus_copy(&copy, &cached);
			ok(copy.strings.blocks == NULL && copy.n == cached.n &&
			    !copy.articles[0]->borrowed &&
			    strcmp(copy.articles[0]->id, cached.articles[0]->id) == 0,
			    "a copy shares no string with it");
			corpus_release(&copy);
		}
		ok(cached.n > 0 && cached.articles[0]->nblocks == 0, "without their structure");
		ok(cached.n > 0 && article_load(cached.articles[0], &cause) == 0 &&
		    cached.articles[0]->nsents == c.articles[0]->nsents &&
		    cached.articles[0]->nblocks == c.articles[0]->nblocks,
		    "which loading parses");
		corpus_release(&cached);
		corpus_release(&c);
		ok(damage_catalog(dir), "flipped a bit of the catalogue's checksum");
		ok(corpus_open_cached(&cached, paths, 1) == -1, "a bad checksum: -1, though the records are whole");
		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.nread == c.n && c.n > 0,
		    "and corpus_open reads every file, then saves it anew");
		corpus_release(&c);
		paths[0] = "/nonexistent/demarche";
		ok(corpus_open_cached(&cached, paths, 1) == -1, "no catalogue: -1");
		paths[0] = sub;
	}

	/* Written just now: read again until it is old enough to trust. */
	fresh = xasprintf("%s/2022-02-24-fresh.txt", sub);
	ok(atomic_write(fresh, "Fresh news\n\nJust in.\n", 22, &cause) == 0, "wrote a file just now");
	free(fresh);
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.nread == 1, "the new file is read");
	corpus_release(&c);
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0, "reopened");
	is_int(c.nread, 1, "a file written in the last seconds is read again");
	corpus_release(&c);

	/*
	 * The walk keeps directories open so that the fill stats their
	 * files; past CORPUS_DIRFDS (256) it stats them itself: the same
	 * articles either way.
	 */
	{
		char	*many = xasprintf("%s/many", dir), *d, name[32];
		int	 k, same = 1;

		mkdir(many, 0755);
		for (k = 0; k < 300; k++) {
			d = xasprintf("%s/d%03d", many, k);
			mkdir(d, 0755);
			snprintf(name, sizeof name, "2020-01-01-n%03d.txt", k);
			put(d, name, "News\n\nSomething happened.\n", 26);
			free(d);
		}
		put(many, "d007/empty.txt", "", 0);
		put(many, "d290/empty.txt", "", 0);
		nwarn = 0;
		warnings[0] = '\0';
		paths[0] = many;
		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.n == 300,
		    "300 directories, 300 articles");
		for (k = 0; k < 300 && c.n == 300; k++) {
			snprintf(name, sizeof name, "d%03d/2020-01-01-n%03d", k, k);
			same &= strcmp(c.articles[k]->id, name) == 0 &&
			    c.articles[k]->size == 26 && c.articles[k]->mtime != 0;
		}
		ok(same, "each with its id, size and mtime");
		ok(nwarn == 1 && strstr(warnings, "skipping 2 empty files") != NULL,
		    "the empty ones told once, as always");
		corpus_release(&c);
		ok(corpus_open(&c, paths, 1, 0, &n, &cause) == 0 && c.n == 300 &&
		    c.nread == 0, "and all from the catalogue the second time");
		{
			/* More than a chunk: both threads fill the corpus. */
			struct corpus	cached;
			int		opened;

			opened = corpus_open_cached(&cached, paths, 1) == 0;
			same = opened && cached.n == c.n;
			for (k = 0; same && k < (int)c.n; k++)
				same = strcmp(cached.articles[k]->id,
				    c.articles[k]->id) == 0 &&
				    strcmp(cached.articles[k]->file,
				    c.articles[k]->file) == 0 &&
				    cached.articles[k]->size ==
				    c.articles[k]->size;
			ok(same && cached.bytes == c.bytes,
			    "from the catalogue alone, the same 300 in order");
			if (opened)
				corpus_release(&cached);
		}
		corpus_release(&c);
		paths[0] = sub;
		free(many);
	}

	paths[0] = "/nonexistent/demarche";
	ok(corpus_open(&c, paths, 1, 0, &n, &cause) == -1 && cause != NULL, "a missing path is an error: %s", cause ? cause : "");
	free(cause);
	free(loop);
	free(sub);
	tap_rmtree(dir);
	return tap_done();
}
