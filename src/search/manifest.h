/*
 * manifest: the one file of an index that changes.  It names the live
 * segments (seg.h) and, per segment, the documents deleted since it was
 * written.  Little-endian throughout (buf.h):
 *
 *	"DMIXMAN1", u32 INDEX_VERSION, u32 length and the corpus root,
 *	u32 segment count, per segment: u32 length and file name, u32
 *	count and the sorted deleted document numbers; u32 CRC-32 of all
 *	that precedes it.
 *
 * It is replaced whole (atomic.h), under the index directory's lock.
 */
#ifndef DEMARCHE_MANIFEST_H
#define DEMARCHE_MANIFEST_H

#include <stddef.h>

struct seg;

/* Write the manifest of segs[0..n) for the corpus root. */
int	 manifest_write(const char *dir, const char *root,
	    const struct seg *segs, size_t n, char **cause);

/*
 * Read DIR's manifest: the root into *root (replacing it) and its
 * segments, opened, appended to *segs (the caller closes them, also on
 * failure).  Returns 1 when there is none, 0 when read, -1 with *cause
 * naming the file and what is wrong with it.
 */
int	 manifest_read(const char *dir, char **root, struct seg **segs,
	    size_t *nsegs, char **cause);

/*
 * As manifest_read, but the segments are only listed: each has its name
 * and deleted list, nothing else (not mapped, nor checked).  For a query
 * that opens them on several threads (index_query_paths); open one with
 * seg_open_listed (seg.h); seg_close releases either kind.
 */
int	 manifest_list(const char *dir, char **root, struct seg **segs,
	    size_t *nsegs, char **cause);

#endif
