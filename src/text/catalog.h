/*
 * catalog: the saved catalogue of a corpus, so that a second start reads
 * only the files that changed.
 *
 * One file per corpus ("CACHE/KEY.catalog"), written atomically.  It holds,
 * for each article by real path: size, mtime, content hash, metadata and
 * the block and sentence spans.  Layout (little-endian):
 *
 *	"DMCATLG\n" u32 version  u32 count
 *	count records: u32 length, then the record's fields
 *	u32 CRC-32 of everything before it
 *
 * A record: the real path, title, date, source, url, author and language,
 * each a varint length (base/varint.h) and its bytes; size, mtime and
 * hash as u64; flags, words, title start and end, body start, the number
 * of blocks and of sentences as varints; then the blocks and sentences,
 * each field a varint difference from the field before it (catalog.c,
 * catalog_put_spans), most of them a byte.  The spans were 70% of the file
 * as u32s (version 2).
 *
 * A file that is short, has the wrong magic or version, a bad checksum, or
 * a record that does not fit is rejected whole (never trusted in part).
 *
 * Racy entries: a file rewritten within the same mtime tick as it was read,
 * at the same size, would look unchanged.  So a record whose mtime is not
 * safely older than the moment its file was read (the caller's racy_from)
 * is written with an mtime no file has, and its file is read again next
 * time, as git does with its index.
 */
#ifndef DEMARCHE_CATALOG_H
#define DEMARCHE_CATALOG_H

#include <stddef.h>
#include <stdint.h>

struct arena;
struct article;

/* Raised when the format changes, and when article parsing does: the
   records hold the block and sentence spans the parser found (2: a
   headline's length is counted in characters; 3: varints; 4: the
   content hashed by hash64_text). */
#define CATALOG_VERSION 4

struct catalog_entry {
	const char	*path;		/* real path, points into data */
	size_t		 pathlen;
	size_t		 offset;	/* record start in data */
	size_t		 length;
};

struct catalog {
	char			*data;
	size_t			 len;
	int			 mapped;	/* data is mmap'd */
	struct catalog_entry	*entries;	/* count, in file order: an
						   entry's index is its rank */
	size_t			 count;
	uint32_t		*slots;		/* open-addressed by path:
						   entry index + 1, 0 empty;
						   NULL when read for a scan
						   (catalog_read_unverified) */
	size_t			 nslots;
};

/*
 * Read and validate a catalogue file.  A missing file gives an empty
 * catalogue and 0; a damaged one gives an empty catalogue, -1 and *cause.
 */
int	catalog_read(struct catalog *, const char *path, char **cause);
/*
 * As catalog_read without the checksum: every record is still checked to
 * lie within the file, so the entries are safe to use, but they are not
 * to be trusted until catalog_verify says so.  For checking the bytes on
 * one core while using them on the other.  Only for a scan in file order
 * (catalog_restore): no lookup table is built, so catalog_lookup* find
 * nothing in it.
 */
int	catalog_read_unverified(struct catalog *, const char *path);
/* 1 when the checksum matches the bytes. */
int	catalog_verify(const struct catalog *);
/* Validate an in-memory catalogue (takes ownership of data). */
int	catalog_parse(struct catalog *, char *data, size_t len, char **cause);
void	catalog_release(struct catalog *);

/*
 * Fill a (already created with its names) from the entry for realpath when
 * its size and mtime match.  Returns 1 when filled, 0 when absent or stale.
 */
int	catalog_lookup(const struct catalog *, const char *realpath,
	    uint64_t size, int64_t mtime, struct article *a);

/*
 * As catalog_lookup, without the structure: a is left unparsed
 * (article_load parses it), which spares copying and checking the spans,
 * most of the catalogue's bytes, when only metadata is needed.
 */
int	catalog_lookup_meta(const struct catalog *, const char *realpath,
	    uint64_t size, int64_t mtime, struct article *a);
/*
 * As catalog_lookup (spans 1) or catalog_lookup_meta (spans 0), with in
 * *rank the entry's place in the file: corpus_open saves the catalogue
 * in the corpus's order, so the ranks of unchanged articles give their
 * order without comparing them.  The metadata strings go into strings,
 * as with catalog_restore (a must then be borrowed), or are malloc'd
 * when it is NULL.
 */
int	catalog_lookup_ranked(const struct catalog *, const char *realpath,
	    uint64_t size, int64_t mtime, int spans, struct article *a,
	    size_t *rank, struct arena *strings);

/*
 * Fill a's metadata (not its structure: article_load parses it) from
 * entries[rank] (0 <= rank < count), whatever the file is like now.  The
 * strings are copied into strings (a borrowed article's, see
 * article_borrow) or, when it is NULL, malloc'd for a to own.  Returns 1
 * when filled.
 */
int	catalog_restore(const struct catalog *, size_t rank,
	    struct article *a, struct arena *strings);

/*
 * Write a catalogue of articles (with their real paths) atomically; the
 * entries of articles with mtime >= racy_from, and of unparsed articles
 * (whose structure is not known), will not match again.
 */
int	catalog_write(const char *path, struct article *const *articles,
	    char *const *realpaths, size_t n, int64_t racy_from,
	    char **cause);

#endif
