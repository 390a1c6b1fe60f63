/*
 * corpus: the set of articles named on the command line.
 *
 * Paths may be files or directories; directories are walked recursively
 * (only .txt and .md files; a file named explicitly is read whatever its
 * name), symlink loops and unreadable entries are reported through the
 * notify hook and skipped.  Articles are sorted by date, then id.
 *
 * The root is the deepest directory holding every path given; article ids
 * are paths under it.  The key (hex of a hash of the real paths given)
 * names the corpus's files in the cache directory: catalogue, index,
 * analysis caches.
 *
 * With the catalogue, an unchanged file (same size and mtime) is not read at
 * all; its metadata and structure come from the catalogue.
 */
#ifndef DEMARCHE_CORPUS_H
#define DEMARCHE_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

struct article;
struct notify;

enum corpus_flags {
	CORPUS_NO_CATALOG = 1 << 0,	/* neither read nor write it */
	CORPUS_FRESH = 1 << 1,		/* re-read every file */
	CORPUS_KEEP_TEXT = 1 << 2,	/* leave every article loaded */
	CORPUS_NO_SPANS = 1 << 3,	/* articles from the catalogue come
					   without their blocks and sentences
					   (unparsed: article_load parses) */
};

struct corpus {
	struct arena	  strings;	/* the names and metadata of articles
					   borrowed from it (article_borrow):
					   corpus_open_cached's, and those
					   corpus_open takes from the
					   catalogue on its first thread */
	struct arena	  strings2;	/* ... and on its second */
	char		 *root;		/* real path */
	char		 *key;		/* 16 hex digits */
	char		 *cache_dir;	/* NULL when there is no cache */
	struct article	**articles;
	size_t		  n;
	size_t		  alloc;
	uint64_t	  bytes;	/* total size of all articles */
	size_t		  nread;	/* files read (not from the catalogue) */
};

/*
 * Open the corpus made of paths[0..npaths).  Bad files are reported with
 * notify_warn and skipped; only a failure that leaves nothing useful (no
 * path readable at all) returns -1 with *cause.
 */
int		 corpus_open(struct corpus *, const char *const *paths,
		    size_t npaths, int flags, const struct notify *,
		    char **cause);
void		 corpus_release(struct corpus *);
/*
 * Make dst a copy of src that shares no memory with it (article_copy):
 * a worker thread may then load and analyse dst's articles while src is
 * used, and articles loaded, on another.  Indexes are the same.
 */
void		 corpus_copy(struct corpus *dst, const struct corpus *src);

/*
 * Open the corpus of paths from its catalogue alone: no walk, no stat, no
 * file read, so as fast as the catalogue reads.  It is the corpus as last
 * opened (changes since are not seen), for a first screen while the real
 * corpus_open runs.  Returns -1 when there is no catalogue, or when the
 * name the walk would give a file is unknown (a symbolic link out of the
 * paths given).
 */
int		 corpus_open_cached(struct corpus *, const char *const *paths,
		    size_t npaths);

/* The same, into the arena ar. */
char		*corpus_display_name_in(struct arena *ar, const char *real,
		    const char *const *paths, char *const *reals, size_t n);

/* The article with that id, that file name (as given), or that real
   path; NULL when none. */
struct article	*corpus_find(struct corpus *, const char *name);

/*
 * A malloc'd path for one of this corpus's cache files:
 * "CACHE_DIR/KEY.SUFFIX" (e.g. suffix "index").  NULL when no cache.
 */
char		*corpus_cache_path(const struct corpus *, const char *suffix);

#endif
