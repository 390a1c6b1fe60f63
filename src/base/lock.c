/*
 * lock: advisory locks on a directory's lock file (lock.h).
 */
#include "config.h"

#include <sys/file.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/lock.h"
#include "base/xmalloc.h"

static void
lock_cause(char **cause, const char *what, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("cannot %s '%s': %s", what, path,
		    strerror(err));
}

int
lock_acquire(const char *dir, int wait_ms, char **cause)
{
	struct timespec	 ts = { 0, 10 * 1000 * 1000 };
	char		*path;
	int		 fd, waited = 0, err;

	path = xasprintf("%s/lock", dir);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd == -1) {
		lock_cause(cause, "open lock file", path, errno);
		free(path);
		return -1;
	}
	while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno != EWOULDBLOCK || waited >= wait_ms) {
			err = errno;
			lock_cause(cause, "lock", path, err);
			close(fd);
			free(path);
			errno = err;
			return -1;
		}
		nanosleep(&ts, NULL);
		waited += 10;
	}
	free(path);
	return fd;
}

void
lock_release(int fd)
{
	if (fd >= 0) {
		flock(fd, LOCK_UN);
		close(fd);
	}
}
