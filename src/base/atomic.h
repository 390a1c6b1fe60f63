/*
 * atomic: files written whole or not at all, directories of the XDG base
 * spec, and advisory locks.
 *
 * A write goes to "PATH.tmp.PID" in the same directory, is fsync'd, then
 * renamed over PATH and the directory fsync'd, so a reader sees either the
 * old file or the new one, never a mix.  On any error the temporary file is
 * removed and the old file is left alone.  A commit also removes the
 * temporary files of PATH that killed writers (no longer running) left.
 *
 * Errors: functions return 0 or -1; on -1, *cause (when cause is not NULL)
 * is set to a malloc'd message such as "cannot write 'x': No space left on
 * device", which the caller frees.
 */
#ifndef DEMARCHE_ATOMIC_H
#define DEMARCHE_ATOMIC_H

#include <stddef.h>
#include <stdio.h>

struct atomic_file {
	char	*path;		/* final name */
	char	*tmp;		/* temporary name, same directory */
	FILE	*f;		/* open for writing while in progress */
};

/* Start writing path; the caller writes to af->f. */
int	atomic_open(struct atomic_file *af, const char *path, char **cause);
/* Flush, fsync, rename into place.  Always releases af. */
int	atomic_commit(struct atomic_file *af, char **cause);
/* Give up: remove the temporary file.  Always releases af. */
void	atomic_abort(struct atomic_file *af);
/* Write data[0..len) to path atomically. */
int	atomic_write(const char *path, const void *data, size_t len,
	    char **cause);

/* What file_read reads at most: offsets into a file fit 32 bits. */
#define FILE_READ_MAX	((size_t)1 << 30)

/*
 * Read a whole file into a malloc'd, NUL-terminated buffer; the length
 * (without the NUL) goes to *lenp.  Returns NULL with *cause on error.
 * Only a regular file of at most max bytes (file_read: FILE_READ_MAX) is
 * read: a FIFO, a device, a socket or a directory is refused at once,
 * never waited on ("cannot read 'x': not a regular file"), and so is a
 * larger file.  Every reader of configuration, state, dictionaries,
 * caches and articles goes through here.
 */
char	*file_read_max(const char *path, size_t max, size_t *lenp,
	    char **cause);
char	*file_read(const char *path, size_t *lenp, char **cause);

/* mkdir -p with mode 0700 for the final component. */
int	mkdir_p(const char *dir, char **cause);

enum xdg_kind { XDG_CACHE, XDG_CONFIG, XDG_STATE };

/*
 * demarche's own directory of that kind ("$XDG_CACHE_HOME/demarche", with
 * the spec's defaults under $HOME), created when create is set.  Returns a
 * malloc'd path or NULL with *cause.
 */
char	*xdg_dir(enum xdg_kind, int create, char **cause);

/*
 * Take an exclusive advisory lock on "DIR/lock", waiting at most
 * wait_ms milliseconds (0: do not wait).  Returns a descriptor to pass to
 * lock_release, or -1 with *cause (errno EWOULDBLOCK when another process
 * holds it).
 */
int	lock_acquire(const char *dir, int wait_ms, char **cause);
void	lock_release(int fd);

/*
 * Fault injection for tests: when the environment variable
 * DEMARCHE_FAIL_WRITE is set to N, the N-th atomic commit of this process
 * fails as if the disk were full.
 */

#endif
