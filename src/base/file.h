/*
 * file: reading whole files.
 *
 * Errors: functions return 0 or -1 (or NULL); on failure *cause (when
 * cause is not NULL) is a malloc'd message naming the file, such as
 * "cannot read 'x': Permission denied", which the caller frees.
 */
#ifndef DEMARCHE_FILE_H
#define DEMARCHE_FILE_H

#include <stddef.h>
#include <stdint.h>

struct buf;
struct stat;

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
/*
 * As file_read, with in *st the status of the file as it was opened (an
 * fstat of the descriptor then read): a write after it changes the
 * file's mtime and ctime, so a cache of the bytes can tell from a later
 * stat whether they are still the file's.
 */
char	*file_read_stat(const char *path, size_t *lenp, struct stat *st,
	    char **cause);

/*
 * As file_read_max, into b (its data replaced, NUL-terminated, b->len
 * the length): a reader of many files in turn keeps one buffer, whose
 * memory stays mapped, instead of a malloc and a free per file.  0, or
 * -1 with *cause (b then holds nothing of value).
 */
int	 file_read_into(const char *path, size_t max, struct buf *b,
	    char **cause);
/*
 * As file_read_into, for a file expected to be size bytes long (as an
 * index or a catalogue recorded it): when it is, it is read without an
 * fstat; otherwise as file_read_into.
 */
int	 file_read_into_sized(const char *path, size_t max, uint64_t size,
	    struct buf *b, char **cause);

#endif
