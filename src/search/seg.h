/*
 * seg: the segment file of the search index, written once and read
 * through mmap.
 *
 * Byte order: integers are in the writing machine's order, as the
 * structs below lay them out; the header's endian field (SEG_ENDIAN as
 * written) tells a file from a machine of another order, which is
 * refused as "of another version or byte order" (then rebuilt), never
 * misread.  The manifest (manifest.h) is little-endian.
 *
 * Layout:
 *
 *	header	 struct seg_header
 *	postings the posting lists, back to back, each as postlist.h
 *		 encodes it (Rice-coded gaps, a bitmap, or "every document";
 *		 since version 3: varint gaps before)
 *	table	 the keys in order, in blocks of index_tab_block entries:
 *		 per entry varint(key - previous key) and varint(list length
 *		 in bytes)
 *	tabidx	 per table block: first key, table offset, postings offset,
 *		 entry count, CRC
 *	postcrc	 the CRC of each postings block
 *	doccrc	 the CRC of each group of SEG_DOC_GROUP documents
 *	docs	 per document: size, hash, date, the offsets of its id
 *		 and path, and flags (SEG_DOC_*; the former padding, so 0
 *		 in segments written before there were flags); then the ids
 *		 and paths
 *
 * What each CRC covers (CRC-32, base/hash.h):
 *	header.crc		the header up to that field
 *	header.crc_tabidx	the whole tabidx area
 *	header.crc_postcrc	the whole postcrc area
 *	header.crc_doccrc	the whole doccrc area
 *	tabidx[b].crc		table block b (its varint entries)
 *	postcrc[b]		postings block b (index_post_block bytes, the
 *				last one shorter)
 *	doccrc[g]		the seg_doc entries of group g and the id and
 *				path strings they own
 * The header and the small areas are checked at seg_open; a table,
 * postings or document block the first time it is read.
 *
 * Errors: seg_open and seg_writer_* return 0 or -1 with a malloc'd
 * *cause naming the file; lookups return -1 for a corrupt block.
 */
#ifndef DEMARCHE_SEG_H
#define DEMARCHE_SEG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/buf.h"

#define SEG_MAGIC	"DMIXSEG1"
#define SEG_ENDIAN	0x01020304u

struct seg_header {
	char		magic[8];
	uint32_t	version;
	uint32_t	endian;
	char		unicode[32];	/* libunistring and PCRE2 versions */
	uint32_t	ndocs;
	uint32_t	ntri;
	uint32_t	ntab;		/* table blocks */
	uint32_t	npost;		/* postings blocks */
	uint32_t	post_block;
	uint32_t	tab_block;
	uint64_t	off_post, len_post;
	uint64_t	off_tab, len_tab;
	uint64_t	off_tabidx, off_postcrc;
	uint64_t	off_docs, len_docs;
	uint64_t	off_doccrc;	/* CRC per SEG_DOC_GROUP documents */
	uint64_t	bytes;		/* of the documents' text */
	uint64_t	size;		/* of the whole file */
	uint32_t	crc_tabidx, crc_postcrc, crc_doccrc;
	uint32_t	crc;		/* of the header before this field */
};

struct seg_tabidx {
	uint64_t	key;		/* first key of the block */
	uint64_t	tab;		/* offset in the table */
	uint64_t	post;		/* offset in the postings */
	uint32_t	n;
	uint32_t	crc;
};

enum seg_doc_flags {
	SEG_DOC_NFC = 1 << 0,	/* the text indexed is valid UTF-8 in NFC:
				   a search need not check it again */
};

struct seg_doc {
	uint64_t	size;
	uint64_t	hash;
	uint32_t	id;		/* offset of the id after the docs */
	uint32_t	idlen;
	uint32_t	rel;		/* offset of the path under the root */
	uint32_t	rellen;
	char		date[12];	/* YYYY-MM-DD or "" */
	uint32_t	flags;		/* enum seg_doc_flags */
};

/* A document as the writer takes it. */
struct seg_doc_in {
	const char	*id;
	size_t		 idlen;
	const char	*rel;		/* path under the root */
	size_t		 rellen;
	const char	*date;
	uint64_t	 size;
	uint64_t	 hash;
	uint32_t	 flags;		/* enum seg_doc_flags */
};

struct seg {
	char			*name;	/* file name in the directory */
	uint8_t			*map;
	size_t			 mapsize;
	const struct seg_header	*h;
	const struct seg_tabidx	*tabidx;
	const uint32_t		*postcrc;
	const struct seg_doc	*docs;
	const char		*ids;
	const uint32_t		*doccrc;
	uint8_t			*checked_doc;	/* group CRC: 1 good, 2 bad */
	int			 corrupt;	/* a bad group was seen */
	uint8_t			*checked_tab;	/* block CRC verified */
	uint8_t			*checked_post;
	uint32_t		*deleted;	/* sorted */
	size_t			 ndeleted;
	uint32_t		*article;	/* doc -> article, or UINT32_MAX */
};

struct seg_writer {
	FILE			*f;
	char			*tmp;
	uint32_t		 ndocs;
	uint64_t		 post;		/* bytes of postings so far */
	uint32_t		 crc;		/* of the current post block */
	struct buf		 tab;
	struct seg_tabidx	*tabidx;
	size_t			 ntab, atab;
	uint32_t		*postcrc;
	size_t			 npost, apost;
	uint64_t		 lastkey;
	uint32_t		 inblock;	/* entries in the current block */
	size_t			 blockstart;	/* of the current table block */
	uint32_t		 ntri;
	struct buf		 list;
	int			 err;
};

/* Writing: begin, add the lists in increasing key order, end. */
int	seg_writer_begin(struct seg_writer *, const char *path,
	    uint32_t ndocs, char **cause);
/* Add the list of key; docs[0..n) strictly increasing. */
void	seg_writer_add(struct seg_writer *, uint64_t key,
	    const uint32_t *docs, size_t n);
/* Write the documents docs[0..ndocs) and the header; fsync, rename. */
int	seg_writer_end(struct seg_writer *, const char *path,
	    const struct seg_doc_in *docs, char **cause);
void	seg_writer_abort(struct seg_writer *);

/* Map DIR/NAME and check its header and small areas. */
int	seg_open(struct seg *, const char *dir, const char *name,
	    char **cause);
void	seg_close(struct seg *);
/* seg_open for a segment manifest_list listed: its name and deleted
   list are kept, and it has no article table (article is NULL: for a
   query by paths).  On failure it is still seg_close's to release. */
int	seg_open_listed(struct seg *, const char *dir, char **cause);
/* 1 when document d's group is sound and its strings inside the file. */
int	seg_doc_ok(struct seg *, uint32_t d);
/* 1 when document d is in the sorted deleted list. */
int	seg_is_deleted(const struct seg *, uint32_t d);
/* Verify the postings blocks that [off, off + len) touches; 0 or -1. */
int	seg_check_post(struct seg *, uint64_t off, uint64_t len);
/* Key's list: offset and length in the postings; 1 found, 0 not, -1. */
int	seg_lookup(struct seg *, uint64_t key, uint64_t *off, uint64_t *len);
/* Decode a list into docs (h->ndocs entries available); 0 or -1. */
int	seg_decode(const struct seg *, uint64_t off, uint64_t len,
	    uint32_t *docs, size_t *n);

#endif
