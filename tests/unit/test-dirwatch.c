/*
 * test-dirwatch: the generation moves on every kind of change that could
 * make a covered path give other bytes (a write, a status change, a new
 * entry, a folder on the way renamed or replaced), and stays put when
 * the files are only read or when an unwatched folder changes; files that
 * cannot be vouched for (links, other hard links, missing) are not
 * covered.
 */
#include "config.h"

#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/dirwatch.h"
#include "base/xmalloc.h"
#include "tap.h"

static char	tmp[64];

/* tmp/rel, malloc'd. */
static char *
at(const char *rel)
{
	return xasprintf("%s/%s", tmp, rel);
}

static void
put(const char *rel, const char *text)
{
	char	*path = at(rel);
	FILE	*f = fopen(path, "w");

	if (f == NULL)
		abort();
	fputs(text, f);
	fclose(f);
	free(path);
}

static void
make(const char *rel)
{
	char	*path = at(rel);

	if (mkdir(path, 0700) != 0)
		abort();
	free(path);
}

static void
move(const char *from, const char *to)
{
	char	*a = at(from), *b = at(to);

	if (rename(a, b) != 0)
		abort();
	free(a);
	free(b);
}

static int
cover(struct dirwatch *dw, const char *rel)
{
	char	*path = at(rel);
	int	 ok = dirwatch_cover(dw, path);

	free(path);
	return ok;
}

/* 1 when the generation moved since *g (which is then brought up). */
static int
moved(struct dirwatch *dw, uint64_t *g)
{
	uint64_t	now = dirwatch_gen(dw);
	int		m = now != *g;

	*g = now;
	return m;
}

static void
test_changes(struct dirwatch *dw)
{
	struct timespec	 ts[2] = { { 1500000000, 0 }, { 1500000000, 0 } };
	uint64_t	 g = dirwatch_gen(dw);
	char		*f = at("a/b/f.txt"), buf[64];
	int		 fd;

	ok(!moved(dw, &g), "nothing changed: the generation stays");
	fd = open(f, O_RDONLY);
	ok(fd != -1 && read(fd, buf, sizeof buf) > 0, "the file reads");
	close(fd);
	ok(!moved(dw, &g), "reading the file does not move it");
	put("other/x.txt", "elsewhere");
	ok(!moved(dw, &g), "nor a file written in a folder not watched");
	put("a/b/f.txt", "changed");
	ok(moved(dw, &g), "a write moves it");
	utimensat(AT_FDCWD, f, ts, 0);
	ok(moved(dw, &g), "so does a change of times alone");
	put("a/b/new.txt", "new");
	ok(moved(dw, &g), "and a new file beside it");
	/* The folder renamed and another put in its place. */
	move("a/b", "a/old");
	make("a/b");
	put("a/b/f.txt", "other bytes");
	ok(moved(dw, &g), "its folder replaced");
	ok(cover(dw, "a/b/f.txt"), "the path is covered again");
	g = dirwatch_gen(dw);
	put("a/b/f.txt", "again");
	ok(moved(dw, &g), "and the new folder is watched");
	move("a", "a2");
	ok(moved(dw, &g), "a folder higher up renamed");
	move("a2", "a");
	free(f);
}

int
main(void)
{
	struct dirwatch	*dw;
	char		*cwd, *p, *q;

	snprintf(tmp, sizeof tmp, "/tmp/test-dirwatch.XXXXXX");
	if (mkdtemp(tmp) == NULL)
		abort();
	make("a");
	make("a/b");
	make("other");
	put("a/b/f.txt", "the file");
	put("a/g.txt", "another");
	if ((dw = dirwatch_create()) == NULL) {
		tap_rmtree(tmp);
		tap_skip_all("no inotify on this system");
	}
	if (!cover(dw, "a/b/f.txt")) {
		dirwatch_free(dw);
		tap_rmtree(tmp);
		tap_skip_all("/tmp is not on a file system known to be local");
	}
	test_changes(dw);
	ok(!cover(dw, "a/missing.txt"), "a missing file is not covered");
	p = at("a/g.txt");
	q = at("a/g-link.txt");
	ok(link(p, q) == 0 && !cover(dw, "a/g.txt") &&
	    !cover(dw, "a/g-link.txt"), "nor a file with two names");
	unlink(q);
	ok(symlink(p, q) == 0 && !cover(dw, "a/g-link.txt"),
	    "nor a symbolic link");
	ok(cover(dw, "a/g.txt"), "the file alone again is");
	free(p);
	free(q);
	cwd = getcwd(NULL, 0);
	ok(chdir(tmp) == 0 && dirwatch_cover(dw, "a/b/f.txt") &&
	    dirwatch_cover(dw, "./a/g.txt"), "relative paths are covered");
	if (cwd == NULL || chdir(cwd) != 0)
		abort();
	free(cwd);
	dirwatch_free(dw);
	ok(!dirwatch_cover(NULL, "/") && dirwatch_gen(NULL) == 0,
	    "a NULL watch covers nothing");
	tap_rmtree(tmp);
	return tap_done();
}
