/*
 * Atomic file replacement (temporary file, fsync, rename, fsync of the
 * directory).
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

/* Give up: remove the temporary file.  Always releases af. */
static void
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
