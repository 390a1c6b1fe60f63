/*
 * Fault tests for the files demarche keeps: the catalogue and the
 * interface's state.  Each is damaged the ways a crash, a full disk or an
 * older or newer demarche can damage it (truncated, bit-flipped, a newer
 * format version, a failed write, kill -9 in the middle of a write, two
 * instances at once) and must be detected, reported, and rebuilt, or the
 * previous good copy kept; nothing the user made is lost.
 *
 * The fault hook DEMARCHE_FAIL_WRITE=N counts the atomic commits of a
 * process, so every run that writes is a fresh child: this program runs
 * itself again with a role ("open", "loop", "state-loop", "state-save").
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../tap.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/notify.h"
#include "text/article.h"
#include "text/catalog.h"
#include "text/corpus.h"
#include "ui/uistate.h"

#define NARTICLES 40

static char	 top[] = "/tmp/demarche-faults.XXXXXX";
static char	 corpus_dir[256], cache_dir[256], state_dir[256];
static char	 self[4096];

static const char *who[] = {
	"The envoy", "The foreign minister", "A spokesman for the presidency",
	"The delegation", "European officials", "The negotiators",
};
static const char *did[] = {
	"proposed a pause in the fighting", "rejected the draft",
	"asked for guarantees", "called for another round of talks",
	"said the exchange of prisoners would go ahead",
	"warned that the deadline could slip",
};
static const char *when[] = {
	"on Monday", "late on Tuesday", "after the meeting", "in Geneva",
	"before the summit", "by telephone",
};

/* Article i's text, in our own words; gen changes one sentence. */
static void
make_article(struct buf *b, int i, int gen)
{
	int	s;

	buf_reset(b);
	buf_printf(b, "Round %d of the talks ends without a deal\n\n", i);
	for (s = 0; s < 6 + i % 5; s++) {
		buf_printf(b, "%s %s %s. ", who[(i + s) % 6], did[(i * 7 + s) % 6],
		    when[(i + 3 * s) % 6]);
		if (s % 3 == 2)
			buf_adds(b, "\n\n");
	}
	buf_printf(b, "\n\nThis is version %d of the report.\n", gen);
}

static char *
article_path(int i)
{
	static char	path[512];

	snprintf(path, sizeof path, "%s/2024-05-%02d-round-%02d.txt", corpus_dir,
	    1 + i % 28, i);
	return path;
}

/*
 * Write a file dated ten seconds ago (to the nanosecond, so each write
 * still gets its own mtime): the catalogue does not trust files modified
 * just before they are read (catalog.h), and these tests count reads.
 */
static void
write_file(const char *path, const void *data, size_t len)
{
	struct timespec	 ts[2];
	FILE		*f;

	if ((f = fopen(path, "w")) == NULL) {
		perror(path);
		exit(99);
	}
	fwrite(data, 1, len, f);
	fclose(f);
	clock_gettime(CLOCK_REALTIME, &ts[0]);
	ts[0].tv_sec -= 10;
	ts[1] = ts[0];
	if (utimensat(AT_FDCWD, path, ts, 0) != 0) {
		perror(path);
		exit(99);
	}
}

static void
write_article(int i, int gen)
{
	struct buf	b = { 0 };

	make_article(&b, i, gen);
	write_file(article_path(i), b.data, b.len);
	buf_release(&b);
}

static char *
catalog_path(void)
{
	static char	path[512];
	DIR		*d;
	struct dirent	*e;
	size_t		 l;

	path[0] = '\0';
	if ((d = opendir(cache_dir)) == NULL)
		return path;
	while ((e = readdir(d)) != NULL) {
		l = strlen(e->d_name);
		if (l > 8 && strcmp(e->d_name + l - 8, ".catalog") == 0)
			snprintf(path, sizeof path, "%s/%s", cache_dir,
			    e->d_name);
	}
	closedir(d);
	return path;
}

/* Temporary files ("NAME.tmp.PID") left in dir. */
static int
count_tmp(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	int		 n = 0;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		if (strstr(e->d_name, ".tmp.") != NULL)
			n++;
	closedir(d);
	return n;
}

/* --- child roles ------------------------------------------------------ */

static void
child_warn(void *arg, const char *msg)
{
	(void)arg;
	printf("warn: %s\n", msg);
}

/* A hash of everything parsed: ids, metadata, every span. */
static uint64_t
corpus_digest(const struct corpus *c)
{
	struct buf	 b = { 0 };
	uint64_t	 h;
	size_t		 i, j;

	for (i = 0; i < c->n; i++) {
		const struct article *a = c->articles[i];
		buf_printf(&b, "%s|%s|%s|%u|%u|", a->id, a->title, a->date,
		    a->nblocks, a->nsents);
		for (j = 0; j < a->nsents; j++)
			buf_printf(&b, "%u-%u,", a->sents[j].start,
			    a->sents[j].end);
	}
	h = hash64(b.data, b.len, 1);
	buf_release(&b);
	return h;
}

/* "open [fresh|nocat]": open the corpus once, print what came of it. */
static int
role_open(const char *how)
{
	struct notify	 n = { child_warn, NULL, NULL, NULL };
	struct corpus	 c;
	const char	*paths[] = { corpus_dir };
	char		*cause = NULL;
	int		 flags = 0;

	if (strcmp(how, "fresh") == 0)
		flags = CORPUS_FRESH;
	else if (strcmp(how, "nocat") == 0)
		flags = CORPUS_NO_CATALOG;
	if (corpus_open(&c, paths, 1, flags, &n, &cause) != 0) {
		printf("error: %s\n", cause);
		return 1;
	}
	printf("n=%zu read=%zu digest=%016llx\n", c.n, c.nread,
	    (unsigned long long)corpus_digest(&c));
	corpus_release(&c);
	return 0;
}

/* "loop MS fresh|edit": open again and again for MS milliseconds; with
   edit, change article 0 first each time so the catalogue is rewritten. */
static int
role_loop(long ms, const char *how)
{
	struct corpus	 c;
	const char	*paths[] = { corpus_dir };
	char		*cause = NULL;
	struct timespec	 t0, t;
	int		 gen = 0, edit = strcmp(how, "edit") == 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		if (edit)
			write_article(0, 1000 + gen++);
		if (corpus_open(&c, paths, 1, edit ? 0 : CORPUS_FRESH, NULL,
		    &cause) != 0) {
			printf("error: %s\n", cause);
			return 1;
		}
		if (c.n != NARTICLES) {
			printf("error: %zu articles\n", c.n);
			return 1;
		}
		corpus_release(&c);
		clock_gettime(CLOCK_MONOTONIC, &t);
		if ((t.tv_sec - t0.tv_sec) * 1000 +
		    (t.tv_nsec - t0.tv_nsec) / 1000000 > ms)
			return 0;
	}
}

static void
fill_state(struct ui_state *st, int gen)
{
	char	id[64];
	int	i;

	uistate_init(st);
	for (i = 0; i < 200; i++) {
		snprintf(id, sizeof id, "2024/round-%03d-%d", i, gen);
		strset_add(&st->read, id);
		if (i % 3 == 0)
			strset_add(&st->star, id);
	}
	uistate_add_history(st, "cease.?fire|перемир");
	st->last = strdup("2024/round-007");
	st->pane = 2;
}

/* "state-save": save a state once; "state-loop": save forever. */
static int
role_state(int loop)
{
	struct ui_state	 st;
	char		*cause = NULL;
	int		 gen = 0, rv;

	do {
		fill_state(&st, gen++);
		rv = uistate_save(&st, state_dir, &cause);
		uistate_release(&st);
		if (rv != 0) {
			printf("error: %s\n", cause);
			free(cause);
			return 1;
		}
	} while (loop);
	printf("saved\n");
	return 0;
}

/* --- the parent's helpers --------------------------------------------- */

/* Run this program with a role; its output (stdout) into out. */
static int
run_child(const char *env, const char *args, struct buf *out)
{
	char	 cmd[8192], line[4096];
	FILE	*p;
	int	 st;

	snprintf(cmd, sizeof cmd, "%s '%s' %s", env != NULL ? env : "", self,
	    args);
	buf_reset(out);
	if ((p = popen(cmd, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, p) != NULL)
		buf_adds(out, line);
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static pid_t
spawn(const char *a1, const char *a2, const char *a3)
{
	pid_t	pid;
	int	fd;

	if ((pid = fork()) == 0) {
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		execl(self, self, a1, a2, a3, (char *)NULL);
		_exit(127);
	}
	return pid;
}

static int
field(const struct buf *b, const char *name, char *out, size_t size)
{
	const char	*p;
	size_t		 n;

	if (b->data == NULL || (p = strstr(b->data, name)) == NULL)
		return 0;
	p += strlen(name);
	n = strcspn(p, " \n");
	if (n >= size)
		n = size - 1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

static char	 ref_digest[32];

static char *
read_bytes(const char *path, size_t *len)
{
	char	*cause = NULL, *d;

	d = file_read(path, len, &cause);
	free(cause);
	return d;
}

/* --- the tests -------------------------------------------------------- */

static void
setup(void)
{
	char	path[512];
	int	i;

	if (mkdtemp(top) == NULL) {
		perror("mkdtemp");
		exit(99);
	}
	snprintf(corpus_dir, sizeof corpus_dir, "%s/corpus", top);
	snprintf(cache_dir, sizeof cache_dir, "%s/cache/demarche", top);
	snprintf(state_dir, sizeof state_dir, "%s/state/demarche", top);
	mkdir(corpus_dir, 0700);
	snprintf(path, sizeof path, "%s/cache", top);
	setenv("XDG_CACHE_HOME", path, 1);
	snprintf(path, sizeof path, "%s/state", top);
	setenv("XDG_STATE_HOME", path, 1);
	snprintf(path, sizeof path, "%s/config", top);
	setenv("XDG_CONFIG_HOME", path, 1);
	setenv("HOME", top, 1);
	unsetenv("DEMARCHE_FAIL_WRITE");
	mkdir_p(state_dir, NULL);
	for (i = 0; i < NARTICLES; i++)
		write_article(i, 0);
}

static void
test_reference(void)
{
	struct buf	out = { 0 };
	char		v[64];

	is_int(run_child(NULL, "open nocat", &out), 0, "reference open");
	ok(field(&out, "digest=", ref_digest, sizeof ref_digest),
	    "reference digest");
	is_int(run_child(NULL, "open", &out), 0, "first open builds the "
	    "catalogue");
	ok(field(&out, "read=", v, sizeof v) && atoi(v) == NARTICLES,
	    "first open reads every file");
	is_int(run_child(NULL, "open", &out), 0, "second open");
	ok(field(&out, "read=", v, sizeof v) && strcmp(v, "0") == 0,
	    "second open reads nothing (from the catalogue)");
	ok(field(&out, "digest=", v, sizeof v) && strcmp(v, ref_digest) == 0,
	    "catalogue gives the same articles as parsing");
	ok(catalog_path()[0] != '\0', "catalogue file exists");
	buf_release(&out);
}

/* Install damaged bytes as the catalogue, then open: the damage must be
   reported once, every file read again, the result the same as parsing,
   and the catalogue good again afterwards. */
static void
open_damaged(const char *what, const char *bytes, size_t len)
{
	struct buf	 out = { 0 };
	struct catalog	 cat;
	char		 v[64], *cause = NULL;
	int		 rc;

	write_file(catalog_path(), bytes, len);
	rc = run_child(NULL, "open", &out);
	ok(rc == 0 && out.data != NULL && strstr(out.data, "warn: ") != NULL,
	    "%s catalogue: open works and warns", what);
	ok(field(&out, "read=", v, sizeof v) && atoi(v) == NARTICLES,
	    "%s catalogue: every file read again", what);
	ok(field(&out, "digest=", v, sizeof v) && strcmp(v, ref_digest) == 0,
	    "%s catalogue: same articles as a fresh parse", what);
	rc = catalog_read(&cat, catalog_path(), &cause);
	ok(rc == 0 && cat.count == NARTICLES, "%s catalogue: rebuilt", what);
	free(cause);
	catalog_release(&cat);
	buf_release(&out);
}

static void
put32(char *p, uint32_t v)
{
	p[0] = (char)v;
	p[1] = (char)(v >> 8);
	p[2] = (char)(v >> 16);
	p[3] = (char)(v >> 24);
}

/* Recompute the trailing CRC so only the intended change remains. */
static void
reseal(char *d, size_t len)
{
	put32(d + len - 4, crc32_update(0, d, len - 4));
}

static void
test_catalog_damage(void)
{
	struct catalog	 cat;
	char		*good, *copy, *cause = NULL, what[64];
	size_t		 len, i, cuts[7];
	int		 all = 1, rejected;

	good = read_bytes(catalog_path(), &len);
	if (!ok(good != NULL && len > 64, "read the good catalogue"))
		return;

	/* Every single-bit flip (every 5th byte, rotating bits) is caught. */
	for (i = 0; i < len; i += 5) {
		copy = malloc(len);
		memcpy(copy, good, len);
		copy[i] ^= (char)(1 << (i % 8));
		rejected = catalog_parse(&cat, copy, len, &cause) != 0;
		if (!rejected) {
			tap_diag("flip at %zu accepted", i);
			all = 0;
		}
		free(cause);
		cause = NULL;
		catalog_release(&cat);
	}
	ok(all, "every bit flip is rejected by the checksum");

	/* Every truncation is caught. */
	all = 1;
	for (i = 0; i < len; i += 3) {
		copy = malloc(i + 1);
		memcpy(copy, good, i);
		if (catalog_parse(&cat, copy, i, &cause) == 0) {
			tap_diag("truncation to %zu accepted", i);
			all = 0;
		}
		free(cause);
		cause = NULL;
		catalog_release(&cat);
	}
	ok(all, "every truncation is rejected");

	/* A newer format version, with a valid checksum. */
	copy = malloc(len);
	memcpy(copy, good, len);
	put32(copy + 8, CATALOG_VERSION + 1);
	reseal(copy, len);
	rejected = catalog_parse(&cat, copy, len, &cause) != 0;
	ok(rejected && cause != NULL && strstr(cause, "version") != NULL,
	    "a newer version is rejected, saying so (%s)",
	    cause != NULL ? cause : "no cause");
	free(cause);
	cause = NULL;
	catalog_release(&cat);

	/* A record count far beyond the data, with a valid checksum. */
	copy = malloc(len);
	memcpy(copy, good, len);
	put32(copy + 12, 0x7fffffff);
	reseal(copy, len);
	ok(catalog_parse(&cat, copy, len, &cause) != 0,
	    "a huge record count is rejected");
	free(cause);
	cause = NULL;
	catalog_release(&cat);

	/* End to end: each damage is reported and repaired on open. */
	cuts[0] = 0;
	cuts[1] = 7;
	cuts[2] = 12;
	cuts[3] = len / 2;
	cuts[4] = len - 4;
	cuts[5] = len - 1;
	for (i = 0; i < 6; i++) {
		snprintf(what, sizeof what, "truncated to %zu bytes", cuts[i]);
		open_damaged(what, good, cuts[i]);
	}
	copy = malloc(len);
	memcpy(copy, good, len);
	copy[len / 3] ^= 0x10;
	open_damaged("bit-flipped", copy, len);
	memcpy(copy, good, len);
	put32(copy + 8, CATALOG_VERSION + 1);
	reseal(copy, len);
	open_damaged("newer-version", copy, len);
	memset(copy, 0xa5, len);
	open_damaged("foreign", copy, len);
	free(copy);
	free(good);
}

/* A full disk while saving the catalogue keeps the old one. */
static void
test_full_disk(void)
{
	struct buf	 out = { 0 };
	char		*before, *after, v[64];
	size_t		 blen, alen;
	int		 rc;

	before = read_bytes(catalog_path(), &blen);
	write_article(5, 1);
	rc = run_child("DEMARCHE_FAIL_WRITE=1", "open", &out);
	ok(rc == 0 && field(&out, "n=", v, sizeof v) &&
	    atoi(v) == NARTICLES, "full disk: the corpus still opens whole");
	ok(out.data != NULL && strstr(out.data, "warn: ") != NULL &&
	    strstr(out.data, "No space left") != NULL,
	    "full disk: the failed save is reported");
	after = read_bytes(catalog_path(), &alen);
	ok(before != NULL && after != NULL && blen == alen &&
	    memcmp(before, after, blen) == 0,
	    "full disk: the previous catalogue is kept byte for byte");
	is_int(count_tmp(cache_dir), 0, "full disk: no temporary file left");
	rc = run_child(NULL, "open", &out);
	ok(rc == 0 && field(&out, "read=", v, sizeof v) && atoi(v) == 1,
	    "after the full disk, only the changed file is read");
	free(before);
	free(after);
	write_article(5, 0);
	run_child(NULL, "open", &out);
	buf_release(&out);
}

/* kill -9 at random points while the catalogue is being rewritten. */
static void
test_kill_catalog(void)
{
	struct catalog	 cat;
	struct buf	 out = { 0 };
	char		*cause = NULL, v[64];
	pid_t		 pid;
	int		 i, st, bad = 0, tmps;

	srand(12345);
	for (i = 0; i < 25; i++) {
		pid = spawn("loop", "100000", "edit");
		usleep(2000 + (useconds_t)(rand() % 40000));
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		if (catalog_read(&cat, catalog_path(), &cause) != 0) {
			tap_diag("after kill %d: %s", i, cause);
			bad++;
		}
		free(cause);
		cause = NULL;
		catalog_release(&cat);
	}
	is_int(bad, 0, "kill -9 while saving never leaves a bad catalogue");
	tmps = count_tmp(cache_dir);
	tap_diag("%d temporary files left by killed writers", tmps);
	write_article(0, 0);
	st = run_child(NULL, "open", &out);
	ok(st == 0 && field(&out, "digest=", v, sizeof v) &&
	    strcmp(v, ref_digest) == 0,
	    "after the kills, the corpus opens with the right articles");
	is_int(count_tmp(cache_dir), 0, "the next save sweeps the temporary "
	    "files of killed writers");
	buf_release(&out);
}

/* Two instances rewriting the catalogue while a third reads it. */
static void
test_two_instances(void)
{
	struct catalog	 cat;
	struct buf	 out = { 0 };
	char		*cause = NULL, v[64];
	pid_t		 a, b;
	int		 sa, sb, reads = 0, bad = 0;

	a = spawn("loop", "1500", "fresh");
	b = spawn("loop", "1500", "fresh");
	while (waitpid(a, &sa, WNOHANG) == 0) {
		if (catalog_read(&cat, catalog_path(), &cause) != 0) {
			tap_diag("reader: %s", cause);
			bad++;
		}
		free(cause);
		cause = NULL;
		catalog_release(&cat);
		reads++;
		usleep(1000);
	}
	waitpid(b, &sb, 0);
	ok(WIFEXITED(sa) && WEXITSTATUS(sa) == 0 && WIFEXITED(sb) &&
	    WEXITSTATUS(sb) == 0, "two instances at once both succeed");
	ok(bad == 0 && reads > 10, "a reader never sees a bad catalogue "
	    "(%d reads)", reads);
	is_int(count_tmp(cache_dir), 0, "no temporary file left");
	run_child(NULL, "open", &out);
	ok(field(&out, "read=", v, sizeof v) && strcmp(v, "0") == 0 &&
	    field(&out, "digest=", v, sizeof v) && strcmp(v, ref_digest) == 0,
	    "the catalogue they leave is complete and right");
	buf_release(&out);
}

static int
count_corrupt(void)
{
	DIR		*d;
	struct dirent	*e;
	int		 n = 0;

	if ((d = opendir(state_dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, "state.corrupt", 13) == 0)
			n++;
	closedir(d);
	return n;
}

/* 1 when the file named in "... kept as 'FILE'" holds data[0..len). */
static int
same_bytes_as(const char *warning, const char *data, size_t len)
{
	const char	*p;
	char		 path[1024], *got;
	size_t		 n, glen;
	int		 same;

	if ((p = strstr(warning, "kept as '")) == NULL)
		return 0;
	p += 9;
	n = strcspn(p, "'");
	if (n >= sizeof path)
		return 0;
	memcpy(path, p, n);
	path[n] = '\0';
	if ((got = read_bytes(path, &glen)) == NULL)
		return 0;
	same = glen == len && memcmp(got, data, len) == 0;
	free(got);
	return same;
}

/* The state file damaged: set aside (bytes kept), what parsed is used. */
static void
state_damaged(const char *what, const char *bytes, size_t len,
    int want_read)
{
	struct ui_state	 st;
	char		 path[512], *warning = NULL;
	int		 before = count_corrupt(), rv;

	snprintf(path, sizeof path, "%s/state", state_dir);
	write_file(path, bytes, len);
	uistate_init(&st);
	rv = uistate_load(&st, state_dir, &warning);
	ok(rv == 0 && warning != NULL, "%s state: loads, with a warning (%s)",
	    what, warning != NULL ? warning : "none");
	is_int(count_corrupt(), before + 1, "%s state: set aside, not deleted",
	    what);
	ok(warning != NULL && same_bytes_as(warning, bytes, len),
	    "%s state: the copy set aside holds the damaged bytes", what);
	if (want_read >= 0)
		ok((int)st.read.n >= want_read, "%s state: the good part is "
		    "kept (%zu read marks)", what, st.read.n);
	free(warning);
	uistate_release(&st);
}

static void
test_state(void)
{
	struct ui_state	 st;
	struct buf	 out = { 0 };
	char		 path[512], *good, *copy, *before, *after, *warning = NULL;
	size_t		 len, blen, alen;
	pid_t		 pid;
	int		 i, sst, bad = 0;

	snprintf(path, sizeof path, "%s/state", state_dir);
	is_int(run_child(NULL, "state-save", &out), 0, "state saved");
	good = read_bytes(path, &len);
	if (!ok(good != NULL && len > 100, "state file written"))
		return;
	state_damaged("truncated", good, len / 2, 50);
	copy = malloc(len);
	memcpy(copy, good, len);
	memcpy(copy, "demarche-state 2", 16);
	state_damaged("newer-version", copy, len, -1);
	memcpy(copy, good, len);
	copy[len / 2] = '\0';
	state_damaged("NUL-damaged", copy, len, -1);
	free(copy);
	state_damaged("empty", "", 0, -1);

	/* Full disk: the old state stays. */
	write_file(path, good, len);
	before = read_bytes(path, &blen);
	i = run_child("DEMARCHE_FAIL_WRITE=1", "state-save", &out);
	ok(i != 0 && out.data != NULL && strstr(out.data, "No space") != NULL,
	    "full disk: saving the state fails with a reason");
	after = read_bytes(path, &alen);
	ok(after != NULL && alen == blen && memcmp(before, after, blen) == 0,
	    "full disk: the previous state is kept byte for byte");
	is_int(count_tmp(state_dir), 0, "full disk: no temporary state file");
	free(before);
	free(after);

	/* kill -9 while saving: the state always loads whole. */
	for (i = 0; i < 20; i++) {
		pid = spawn("state-loop", NULL, NULL);
		usleep(1000 + (useconds_t)(rand() % 20000));
		kill(pid, SIGKILL);
		waitpid(pid, &sst, 0);
		uistate_init(&st);
		if (uistate_load(&st, state_dir, &warning) != 0 ||
		    warning != NULL || st.read.n != 200) {
			tap_diag("after kill %d: %s, %zu marks", i,
			    warning != NULL ? warning : "", st.read.n);
			bad++;
		}
		free(warning);
		warning = NULL;
		uistate_release(&st);
	}
	is_int(bad, 0, "kill -9 while saving never damages the state");
	tap_diag("%d temporary state files left by killed writers",
	    count_tmp(state_dir));
	is_int(run_child(NULL, "state-save", &out), 0, "state saved again");
	is_int(count_tmp(state_dir), 0, "and the leftovers are swept");
	free(good);
	buf_release(&out);
}

static void
cleanup(void)
{
	char	cmd[512];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", top);
}

int
main(int argc, char **argv)
{
	ssize_t	n;

	if (argc >= 2 && getenv("FAULTS_TOP") != NULL) {
		const char *t = getenv("FAULTS_TOP");
		snprintf(corpus_dir, sizeof corpus_dir, "%s/corpus", t);
		snprintf(cache_dir, sizeof cache_dir, "%s/cache/demarche", t);
		snprintf(state_dir, sizeof state_dir, "%s/state/demarche", t);
		setvbuf(stdout, NULL, _IOLBF, 0);
		if (strcmp(argv[1], "open") == 0)
			return role_open(argc > 2 ? argv[2] : "");
		if (strcmp(argv[1], "loop") == 0 && argc > 3)
			return role_loop(atol(argv[2]), argv[3]);
		if (strcmp(argv[1], "state-save") == 0)
			return role_state(0);
		if (strcmp(argv[1], "state-loop") == 0)
			return role_state(1);
		return 2;
	}
	if ((n = readlink("/proc/self/exe", self, sizeof self - 1)) <= 0)
		tap_skip_all("no /proc/self/exe");
	self[n] = '\0';
	setup();
	setenv("FAULTS_TOP", top, 1);
	test_reference();
	test_catalog_damage();
	test_full_disk();
	test_kill_catalog();
	test_two_instances();
	test_state();
	cleanup();
	return tap_done();
}
