/*
 * dirwatch: whether a file may have changed since a moment, told by the
 * kernel (inotify) instead of a stat of the file.
 *
 * dirwatch_cover(path) watches the directory that holds path for any
 * change among its entries, and each directory above it, as the path
 * names them, for being moved, removed or replaced.  Once a path is
 * covered, any write to its file, any change of its status, and any
 * rename, link or removal that could make the path name another file
 * queues an event before the call that made it returns.
 *
 * dirwatch_gen() reads the queued events and returns a generation that
 * grows whenever there was any (on any watched directory), or when the
 * kernel's queue overflowed.  So: a covered file whose bytes were read
 * after dirwatch_gen() returned g is unchanged while dirwatch_gen() still
 * returns g.  The caller stats the file again when the generation moved.
 *
 * A path is not covered (dirwatch_cover returns 0, and the caller keeps
 * stat-ing) when the file is itself a symbolic link or has other hard
 * links (writes through another name are reported to another directory),
 * when a watch cannot be added (the user's inotify limit), or when the
 * directory is on a file system whose changes may come from elsewhere (a
 * network file system): only file systems known to be local are trusted.
 * Writes through a shared mapping are not reported by inotify; a file
 * changed that way is seen once its status changes.
 *
 * Thread-safe: several threads may call it at once.  Without inotify
 * (another kernel), dirwatch_create returns NULL and nothing is covered.
 */
#ifndef DEMARCHE_DIRWATCH_H
#define DEMARCHE_DIRWATCH_H

#include <stdint.h>

struct dirwatch;

struct dirwatch	*dirwatch_create(void);
void		 dirwatch_free(struct dirwatch *);

/* 1 when path is now covered, as above; 0 when it cannot be. */
int		 dirwatch_cover(struct dirwatch *, const char *path);

/* The generation after reading the queued events. */
uint64_t	 dirwatch_gen(struct dirwatch *);

#endif
