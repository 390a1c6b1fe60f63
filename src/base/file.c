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

#include "base/buf.h"
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

/*
 * Read the regular file fd (path for messages; size as fstat gave it)
 * into *data (*alloc bytes usable, the NUL not counted), growing it only
 * when full: a file of the size fstat gave is read into st_size + 2
 * bytes, not 4 KB or twice its size, and with no second read to hear of
 * its end.  NUL-terminated; 0, or -1 with *cause (*data stays the
 * caller's to free).
 */
static int
file_read_fd(int fd, const char *path, size_t max, off_t size,
    char **data, size_t *alloc, size_t *lenp, char **cause)
{
	size_t	 len = 0, want;
	ssize_t	 n;

	for (;;) {
		if (len >= *alloc) {
			*alloc = *alloc < 4096 ? 4096 : *alloc * 2;
			*data = xrealloc(*data, *alloc + 1);
		}
		want = *alloc - len;
		n = read(fd, *data + len, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 || (n > 0 && len + (size_t)n > max)) {
			if (n == -1)
				file_cause(cause, "read", path, errno);
			else if (cause != NULL)
				*cause = xasprintf("cannot read '%s': larger "
				    "than %zu bytes", path, max);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		/* All fstat promised and less than asked for: the end. */
		if (size > 0 && len >= (size_t)size && (size_t)n < want)
			break;
	}
	(*data)[len] = '\0';
	*lenp = len;
	return 0;
}

/* file_read_max, with the file's status as opened in *st. */
static char *
file_read_st(const char *path, size_t max, size_t *lenp, struct stat *st,
    char **cause)
{
	char	*data;
	size_t	 alloc = 0;
	int	 fd, rc;

	if ((fd = file_open_regular(path, max, st, cause)) == -1)
		return NULL;
	if (st->st_size > 0)
		alloc = (size_t)st->st_size + 1;
	data = xmalloc(alloc + 1);
	rc = file_read_fd(fd, path, max, st->st_size, &data, &alloc, lenp,
	    cause);
	close(fd);
	if (rc != 0) {
		free(data);
		return NULL;
	}
	return data;
}

int
file_read_into(const char *path, size_t max, struct buf *b, char **cause)
{
	struct stat	st;
	size_t		usable;
	int		fd, rc;

	if ((fd = file_open_regular(path, max, &st, cause)) == -1)
		return -1;
	b->len = 0;
	if (b->alloc < (size_t)st.st_size + 2)
		buf_release(b);	/* realloc would copy the bytes of before */
	if (st.st_size > 0)
		buf_grow(b, (size_t)st.st_size + 1);
	usable = b->alloc > 0 ? b->alloc - 1 : 0;
	rc = file_read_fd(fd, path, max, st.st_size, &b->data, &usable,
	    &b->len, cause);
	b->alloc = usable + 1;
	close(fd);
	return rc;
}

/*
 * A file whose size we expect (an index recorded it) read without its
 * fstat, a twentieth of the system time of verifying a search's
 * candidates: size + 1 bytes asked for and exactly size given is the
 * whole of it.  1 when that was not so (another size, a directory, an
 * error): the caller reads it again the ordinary way, which checks and
 * explains.
 */
static int
file_read_expected(const char *path, size_t size, struct buf *b)
{
	ssize_t	n;
	int	fd;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd == -1)
		return 1;
	b->len = 0;
	if (b->alloc < size + 2)
		buf_release(b);	/* realloc would copy the bytes of before */
	buf_grow(b, size + 1);
	do
		n = read(fd, b->data, size + 1);
	while (n == -1 && errno == EINTR);
	close(fd);
	if (n < 0 || (size_t)n != size)
		return 1;
	b->len = size;
	b->data[size] = '\0';
	return 0;
}

int
file_read_into_sized(const char *path, size_t max, uint64_t size,
    struct buf *b, char **cause)
{
	/* Empty: a FIFO or a device gives as much; fstat tells them. */
	if (size > 0 && size <= max && size < SIZE_MAX - 2 &&
	    file_read_expected(path, (size_t)size, b) == 0)
		return 0;
	return file_read_into(path, max, b, cause);
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
