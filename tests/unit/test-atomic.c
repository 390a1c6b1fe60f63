/* atomic: whole-file writes, fault injection, XDG directories, locks. */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/xmalloc.h"
#include "tap.h"

static int
count_entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*de;
	int		 n = 0;

	while (d != NULL && (de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	if (d != NULL)
		closedir(d);
	return n;
}

/*
 * Only regular files are read: a FIFO is refused at once (alarm bounds
 * the test should it block), a device or directory too, and a file past
 * the cap.
 */
static void
test_not_regular(const char *dir)
{
	char	*fifo, *big, *data, *cause = NULL;
	size_t	 len;

	fifo = xasprintf("%s/fifo", dir);
	ok(mkfifo(fifo, 0600) == 0, "made a FIFO");
	alarm(10);
	data = file_read(fifo, &len, &cause);
	alarm(0);
	ok(data == NULL && cause != NULL &&
	    strstr(cause, "not a regular file") != NULL,
	    "a FIFO is refused without waiting: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	data = file_read("/dev/zero", &len, &cause);
	ok(data == NULL && cause != NULL &&
	    strstr(cause, "not a regular file") != NULL,
	    "/dev/zero is refused: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	data = file_read(dir, &len, &cause);
	ok(data == NULL && cause != NULL, "a directory is refused: %s",
	    cause ? cause : "");
	free(cause);
	cause = NULL;
	big = xasprintf("%s/big", dir);
	atomic_write(big, "0123456789", 10, NULL);
	data = file_read_max(big, 9, &len, &cause);
	ok(data == NULL && cause != NULL && strstr(cause, "larger") != NULL,
	    "a file over the cap is refused: %s", cause ? cause : "");
	free(cause);
	data = file_read_max(big, 10, &len, NULL);
	ok(data != NULL && len == 10, "a file at the cap is read");
	free(data);
	unlink(fifo);
	unlink(big);
	free(fifo);
	free(big);
}

/*
 * file_read_into: one buffer for file after file, larger and smaller,
 * each read whole and NUL-terminated; the refusals of file_read.
 */
static void
test_read_into(const char *dir)
{
	struct buf	 b;
	char		*small, *large, *text, *cause = NULL;
	size_t		 i, n = 300000;
	int		 good = 1;

	small = xasprintf("%s/small", dir);
	large = xasprintf("%s/large", dir);
	text = xmalloc(n);
	for (i = 0; i < n; i++)
		text[i] = (char)('a' + i % 26);
	atomic_write(small, "tiny", 4, NULL);
	atomic_write(large, text, n, NULL);
	buf_init(&b);
	for (i = 0; i < 6; i++) {
		if (file_read_into(i % 3 == 1 ? large : small, 1u << 30, &b,
		    &cause) != 0) {
			good = 0;
			break;
		}
		if (i % 3 == 1)
			good &= b.len == n && memcmp(b.data, text, n) == 0;
		else
			good &= b.len == 4 && strcmp(b.data, "tiny") == 0;
		good &= b.data[b.len] == '\0';
	}
	ok(good, "read_into: small, large, small again into one buffer");
	ok(file_read_into(large, 1000, &b, &cause) == -1 && cause != NULL &&
	    strstr(cause, "larger") != NULL, "read_into: over the cap refused");
	free(cause);
	cause = NULL;
	ok(file_read_into(dir, 1u << 30, &b, &cause) == -1 && cause != NULL,
	    "read_into: a directory refused");
	free(cause);
	cause = NULL;
	/* With the size expected: right, wrong either way, or a folder. */
	ok(file_read_into_sized(large, 1u << 30, n, &b, &cause) == 0 &&
	    b.len == n && memcmp(b.data, text, n) == 0 && b.data[n] == '\0',
	    "read_into_sized: the size expected");
	ok(file_read_into_sized(large, 1u << 30, n - 1, &b, &cause) == 0 &&
	    b.len == n && memcmp(b.data, text, n) == 0,
	    "read_into_sized: larger than expected, read whole");
	ok(file_read_into_sized(small, 1u << 30, 10, &b, &cause) == 0 &&
	    b.len == 4 && strcmp(b.data, "tiny") == 0,
	    "read_into_sized: smaller than expected, read whole");
	ok(file_read_into_sized(large, 1000, n, &b, &cause) == -1 &&
	    cause != NULL && strstr(cause, "larger") != NULL,
	    "read_into_sized: over the cap refused");
	free(cause);
	cause = NULL;
	ok(file_read_into_sized(dir, 1u << 30, 4096, &b, &cause) == -1 &&
	    cause != NULL, "read_into_sized: a directory refused");
	free(cause);
	buf_release(&b);
	unlink(small);
	unlink(large);
	free(small);
	free(large);
	free(text);
}

int
main(void)
{
	char	 tmpl[] = "/tmp/demarche-atomic-XXXXXX";
	char	*dir, *path, *data, *cause = NULL, *x;
	size_t	 len;
	int	 fd, fd2;

	dir = mkdtemp(tmpl);
	ok(dir != NULL, "made a temporary directory");
	path = xasprintf("%s/state", dir);
	ok(atomic_write(path, "first", 5, &cause) == 0, "first write");
	data = file_read(path, &len, &cause);
	ok(data != NULL && len == 5 && strcmp(data, "first") == 0, "read back");
	free(data);

	setenv("DEMARCHE_FAIL_WRITE", "2", 1);
	ok(atomic_write(path, "second", 6, &cause) != 0, "injected full disk fails the write");
	ok(cause != NULL && strstr(cause, "No space left") != NULL, "with a cause: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	data = file_read(path, &len, &cause);
	ok(data != NULL && strcmp(data, "first") == 0, "the old file is intact");
	free(data);
	is_int(count_entries(dir), 1, "no temporary file left behind");
	unsetenv("DEMARCHE_FAIL_WRITE");
	ok(atomic_write(path, "third", 5, &cause) == 0, "a later write works");

	x = xasprintf("%s/missing/deeper", dir);
	ok(file_read(x, &len, &cause) == NULL && cause != NULL, "reading a missing file fails");
	ok(strstr(cause, "cannot read") != NULL, "with 'cannot read': %s", cause);
	free(cause);
	cause = NULL;
	ok(mkdir_p(x, &cause) == 0, "mkdir -p makes nested directories");
	free(x);

	setenv("XDG_STATE_HOME", dir, 1);
	x = xdg_dir(XDG_STATE, 1, &cause);
	ok(x != NULL && strncmp(x, dir, strlen(dir)) == 0 && strstr(x, "/demarche") != NULL, "XDG state dir under XDG_STATE_HOME");
	fd = lock_acquire(x, 0, &cause);
	ok(fd >= 0, "lock taken");
	fd2 = lock_acquire(x, 50, &cause);
	ok(fd2 == -1 && cause != NULL, "a second lock waits, then fails");
	free(cause);
	cause = NULL;
	lock_release(fd);
	fd2 = lock_acquire(x, 0, &cause);
	ok(fd2 >= 0, "lock free again after release");
	lock_release(fd2);
	free(x);
	free(path);
	test_not_regular(dir);
	test_read_into(dir);
	tap_rmtree(dir);
	return tap_done();
}
