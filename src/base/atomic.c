/*
 * Atomic file replacement (temporary file, fsync, rename, fsync of the
 * directory), whole-file reads, XDG directories and flock-based locks.
 */
#include "config.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/xmalloc.h"

static void
atomic_cause(char **cause, const char *what, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("cannot %s '%s': %s", what, path,
		    strerror(err));
}

int
atomic_open(struct atomic_file *af, const char *path, char **cause)
{
	int	fd;

	af->path = xstrdup(path);
	af->tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	fd = open(af->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd == -1 || (af->f = fdopen(fd, "w")) == NULL) {
		atomic_cause(cause, "create", af->tmp, errno);
		if (fd != -1)
			close(fd);
		free(af->path);
		free(af->tmp);
		af->path = af->tmp = NULL;
		return -1;
	}
	return 0;
}

static void
atomic_release(struct atomic_file *af)
{
	free(af->path);
	free(af->tmp);
	af->path = af->tmp = NULL;
	af->f = NULL;
}

void
atomic_abort(struct atomic_file *af)
{
	if (af->f != NULL)
		fclose(af->f);
	if (af->tmp != NULL)
		unlink(af->tmp);
	atomic_release(af);
}

/* The fault-injection hook: 1 when this commit is to fail. */
static int
atomic_fault(void)
{
	static long	 commits;
	const char	*s = getenv("DEMARCHE_FAIL_WRITE");

	commits++;
	if (s == NULL || *s == '\0')
		return 0;
	return commits == strtol(s, NULL, 10);
}

static void
atomic_sync_dir(const char *path)
{
	char	*dir, *slash;
	int	 fd;

	dir = xstrdup(path);
	slash = strrchr(dir, '/');
	if (slash == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd != -1) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/*
 * Remove the "PATH.tmp.PID" files that writers killed before their rename
 * left behind (their process is gone), so crashes do not pile up files.
 */
static void
atomic_sweep(const char *path)
{
	DIR		*d;
	struct dirent	*e;
	char		*dir, *slash, *prefix, *end, *stale;
	const char	*base;
	size_t		 plen;
	long		 pid;

	dir = xstrdup(path);
	slash = strrchr(dir, '/');
	base = slash != NULL ? slash + 1 : path;
	if (slash != NULL)
		*slash = '\0';
	prefix = xasprintf("%s.tmp.", base);
	plen = strlen(prefix);
	if ((d = opendir(slash != NULL ? dir : ".")) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strncmp(e->d_name, prefix, plen) != 0)
				continue;
			pid = strtol(e->d_name + plen, &end, 10);
			if (*end != '\0' || pid <= 0 || pid == (long)getpid() ||
			    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
				continue;
			stale = slash != NULL ? xasprintf("%s/%s", dir,
			    e->d_name) : xstrdup(e->d_name);
			unlink(stale);
			free(stale);
		}
		closedir(d);
	}
	free(prefix);
	free(dir);
}

int
atomic_commit(struct atomic_file *af, char **cause)
{
	int	err = 0;

	if (fflush(af->f) != 0 || ferror(af->f))
		err = errno ? errno : EIO;
	else if (atomic_fault())
		err = ENOSPC;
	else if (fsync(fileno(af->f)) != 0)
		err = errno;
	if (fclose(af->f) != 0 && err == 0)
		err = errno;
	af->f = NULL;
	if (err == 0 && rename(af->tmp, af->path) != 0)
		err = errno;
	if (err != 0) {
		atomic_cause(cause, "write", af->path, err);
		unlink(af->tmp);
		atomic_release(af);
		return -1;
	}
	atomic_sync_dir(af->path);
	atomic_sweep(af->path);
	atomic_release(af);
	return 0;
}

int
atomic_write(const char *path, const void *data, size_t len, char **cause)
{
	struct atomic_file	af;

	if (atomic_open(&af, path, cause) != 0)
		return -1;
	if (len != 0 && fwrite(data, 1, len, af.f) != len) {
		atomic_cause(cause, "write", path, errno ? errno : EIO);
		atomic_abort(&af);
		return -1;
	}
	return atomic_commit(&af, cause);
}

/*
 * Open path for reading, refusing at once (without blocking on a FIFO)
 * anything but a regular file of at most max bytes; the size goes to
 * *size.
 */
static int
file_open_regular(const char *path, size_t max, off_t *size, char **cause)
{
	struct stat	st;
	int		fd;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd == -1) {
		atomic_cause(cause, "read", path, errno);
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		atomic_cause(cause, "read", path, errno);
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		if (cause != NULL)
			*cause = xasprintf("cannot read '%s': %s", path,
			    S_ISDIR(st.st_mode) ? strerror(EISDIR) :
			    "not a regular file");
		close(fd);
		return -1;
	}
	if ((uint64_t)st.st_size > (uint64_t)max) {
		if (cause != NULL)
			*cause = xasprintf("cannot read '%s': larger than "
			    "%zu bytes", path, max);
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	*size = st.st_size;
	return fd;
}

char *
file_read_max(const char *path, size_t max, size_t *lenp, char **cause)
{
	char		*data = NULL;
	size_t		 len = 0, alloc = 0;
	ssize_t		 n;
	off_t		 size;
	int		 fd;

	if ((fd = file_open_regular(path, max, &size, cause)) == -1)
		return NULL;
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
		n = read(fd, data + len, alloc - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 || (n > 0 && len + (size_t)n > max)) {
			if (n == -1)
				atomic_cause(cause, "read", path, errno);
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
	}
	close(fd);
	data[len] = '\0';
	*lenp = len;
	return data;
}

char *
file_read(const char *path, size_t *lenp, char **cause)
{
	return file_read_max(path, FILE_READ_MAX, lenp, cause);
}

int
mkdir_p(const char *dir, char **cause)
{
	char	*p, *s;

	p = xstrdup(dir);
	for (s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			atomic_cause(cause, "create directory", p, errno);
			free(p);
			return -1;
		}
		*s = '/';
	}
	if (mkdir(p, 0700) != 0 && errno != EEXIST) {
		atomic_cause(cause, "create directory", p, errno);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

char *
xdg_dir(enum xdg_kind kind, int create, char **cause)
{
	static const char *const env[] = {
		"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"
	};
	static const char *const dflt[] = {
		".cache", ".config", ".local/state"
	};
	const char	*base, *home;
	char		*dir;

	base = getenv(env[kind]);
	if (base != NULL && *base == '/')
		dir = xasprintf("%s/demarche", base);
	else {
		home = getenv("HOME");
		if (home == NULL || *home == '\0') {
			if (cause != NULL)
				*cause = xasprintf("neither %s nor HOME is set",
				    env[kind]);
			return NULL;
		}
		dir = xasprintf("%s/%s/demarche", home, dflt[kind]);
	}
	if (create && mkdir_p(dir, cause) != 0) {
		free(dir);
		return NULL;
	}
	return dir;
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
		atomic_cause(cause, "open lock file", path, errno);
		free(path);
		return -1;
	}
	while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno != EWOULDBLOCK || waited >= wait_ms) {
			err = errno;
			atomic_cause(cause, "lock", path, err);
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
