/*
 * atomic: files written whole or not at all.
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

/*
 * Reading files, directories and locks used to live here; they have
 * their own modules now.  These includes keep the files that still reach
 * them through atomic.h building; new code includes what it uses.
 */
#include "base/file.h"
#include "base/lock.h"
#include "base/mkdir.h"
#include "base/xdg.h"

struct atomic_file {
	char	*path;		/* final name */
	char	*tmp;		/* temporary name, same directory */
	FILE	*f;		/* open for writing while in progress */
};

/* Start writing path; the caller writes to af->f. */
int	atomic_open(struct atomic_file *af, const char *path, char **cause);
/* Flush, fsync, rename into place.  Always releases af. */
int	atomic_commit(struct atomic_file *af, char **cause);
/* Write data[0..len) to path atomically. */
int	atomic_write(const char *path, const void *data, size_t len,
	    char **cause);

/*
 * Fault injection for tests: when the environment variable
 * DEMARCHE_FAIL_WRITE is set to N, the N-th atomic commit of this process
 * fails as if the disk were full.
 */

#endif
