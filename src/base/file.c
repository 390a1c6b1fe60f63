/*
 * file: whole-file reads of regular files (file.h).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/file.h"
#include "base/xmalloc.h"

static void
file_cause(char **cause, const char *what, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("cannot %s '%s': %s", what, path,
		    strerror(err));
}

/*
 * Open path for reading, refusing at once (without blocking on a FIFO)
 * anything but a regular file of at most max bytes; its status goes to
 * *st.
 */
static int
file_open_regular(const char *path, size_t max, struct stat *st,
    char **cause)
{
	int		fd;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd == -1) {
		file_cause(cause, "read", path, errno);
		return -1;
	}
	if (fstat(fd, st) != 0) {
		file_cause(cause, "read", path, errno);
		close(fd);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		if (cause != NULL)
			*cause = xasprintf("cannot read '%s': %s", path,
			    S_ISDIR(st->st_mode) ? strerror(EISDIR) :
			    "not a regular file");
		close(fd);
		return -1;
	}
	if ((uint64_t)st->st_size > (uint64_t)max) {
		if (cause != NULL)
			*cause = xasprintf("cannot read '%s': larger than "
			    "%zu bytes", path, max);
		close(fd);
		return -1;
	}
	/* O_NONBLOCK stays: it changes nothing for a regular file, and
	   clearing it cost two system calls per file of a search. */
	return fd;
}

/* file_read_max, with the file's status as opened in *st. */
static char *
file_read_st(const char *path, size_t max, size_t *lenp, struct stat *st,
    char **cause)
{
	char		*data = NULL;
	size_t		 len = 0, alloc = 0;
	ssize_t		 n;
	off_t		 size;
	size_t		 want;
	int		 fd;

	if ((fd = file_open_regular(path, max, st, cause)) == -1)
		return NULL;
	size = st->st_size;
	if (size > 0)
		alloc = (size_t)size + 1;
	data = xmalloc(alloc + 1);
	for (;;) {
		/* Grow only when full: a file of the size fstat gave is
		   read into st_size + 2 bytes, not 4 KB or twice its size. */
		if (len >= alloc) {
			alloc = alloc < 4096 ? 4096 : alloc * 2;
			data = xrealloc(data, alloc + 1);
		}
		want = alloc - len;
		n = read(fd, data + len, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 || (n > 0 && len + (size_t)n > max)) {
			if (n == -1)
				file_cause(cause, "read", path, errno);
			else if (cause != NULL)
				*cause = xasprintf("cannot read '%s': larger "
				    "than %zu bytes", path, max);
			free(data);
			close(fd);
			return NULL;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		/* All fstat promised and less than asked for: the end, with
		   no second read to hear it. */
		if (size > 0 && len >= (size_t)size && (size_t)n < want)
			break;
	}
	close(fd);
	data[len] = '\0';
	*lenp = len;
	return data;
}

char *
file_read_max(const char *path, size_t max, size_t *lenp, char **cause)
{
	struct stat	st;

	return file_read_st(path, max, lenp, &st, cause);
}

char *
file_read(const char *path, size_t *lenp, char **cause)
{
	return file_read_max(path, FILE_READ_MAX, lenp, cause);
}

char *
file_read_stat(const char *path, size_t *lenp, struct stat *st,
    char **cause)
{
	return file_read_st(path, FILE_READ_MAX, lenp, st, cause);
}
