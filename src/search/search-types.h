/*
 * search-types: the types the search layers share (search.h's API, the
 * scanner scan.h and the index index.h): flags, one match, the index's
 * figures.  A leaf: it includes nothing of demarche, so that the lower
 * layers need not include search.h, which sits above them.
 */
#ifndef DEMARCHE_SEARCH_TYPES_H
#define DEMARCHE_SEARCH_TYPES_H

#include <stdint.h>

enum search_flags {
	SEARCH_CASELESS = 1 << 0,	/* -i: caseless */
	SEARCH_CASE = 1 << 1,		/* -s: case-sensitive */
	SEARCH_WORD = 1 << 2,		/* -w: whole words */
	SEARCH_FIXED = 1 << 3,		/* -F: the patterns are strings */
	SEARCH_MULTILINE = 1 << 4,	/* -U: over the whole article */
	SEARCH_NO_INDEX = 1 << 5,	/* search_run: scan every article */
	SEARCH_LINE_FIRST = 1 << 6,	/* search_run: only the first match
					   of each line is wanted */
	SEARCH_ARTICLE_FIRST = 1 << 7,	/* ... of each article */
	SEARCH_NO_TEXT = 1 << 8,	/* search_run: the callback reads no
					   a->text (NULL then): -c, -l */
};

/* One match.  Offsets are bytes into the original file, half-open. */
struct search_match {
	uint32_t	 article;	/* index in corpus->articles */
	uint32_t	 start, end;	/* the match; start == end when empty */
	uint32_t	 line;		/* 1-based line of start */
	uint32_t	 line_start;	/* the line holding start, without */
	uint32_t	 line_end;	/* its LF (and a CR before it) */
};

enum search_index_flags {
	SEARCH_INDEX_UPDATE = 1 << 0,	/* bring it up to date now */
	SEARCH_INDEX_REBUILD = 1 << 1,	/* throw it away and rebuild */
};

struct search_index_stats {
	uint64_t	 articles;	/* live articles indexed */
	uint64_t	 bytes;		/* their bytes */
	uint64_t	 trigrams;	/* distinct trigrams (summed over
					   segments) */
	uint64_t	 size;		/* bytes on disk */
	uint32_t	 segments;
	double		 build_seconds;	/* of the last build or update */
};

#endif
