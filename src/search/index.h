/*
 * index: the persistent trigram (and 4-gram) index of one corpus.
 *
 * On disk, a directory (corpus_cache_path(c, "index")) holding immutable
 * segment files and a manifest naming the live segments and, per
 * segment, the documents deleted since it was written.  The manifest is
 * replaced atomically, under the directory's lock, so a reader always
 * sees a complete index and a killed build leaves the previous one.
 *
 * A segment maps trigram and 4-gram keys (rxplan.h) to posting lists
 * of its own document numbers; its documents carry the article id, path,
 * date, size and hash they had when indexed.  Every block of a segment has a CRC checked
 * when the block is first read; a bad file is reported and rebuilt.
 *
 * Opening attaches the index to a corpus: each live document whose id,
 * size and hash match an article stands for that article; an article no
 * document stands for (new or changed since the build) is always a
 * candidate, so answers stay exact on a stale index.
 */
#ifndef DEMARCHE_INDEX_H
#define DEMARCHE_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

struct corpus;
struct notify;
struct rxq;
struct search_index_stats;

/* 3: posting lists Rice-coded (postlist.h); 4: a document CRC per 16
   documents, not 1,024 (seg.c), and the content hashed by hash64_text */
#define INDEX_VERSION	4

/* Builds or updates (flags: search.h's SEARCH_INDEX_*) and attaches. */
struct index	*index_open(struct corpus *, int flags,
		    const struct notify *, char **cause);
void		 index_close(struct index *);

/*
 * The sorted indexes (into corpus->articles) of the articles that may
 * match query, malloc'd into *out.  Returns 0, or -1 with *cause when a
 * block of the index turned out corrupt.
 */
int		 index_candidates(struct index *, const struct rxq *,
		    uint32_t **out, size_t *n, char **cause);

/* A document found by index_query_paths. */
struct index_hit {
	const char	*file;		/* as the user would name it */
	const char	*id;
	char		 date[12];
	uint64_t	 size;		/* as indexed */
	uint64_t	 hash;
	int		 nfc;		/* the text as indexed is NFC */
};

/*
 * What index_query_paths found: v[0..n), whose strings live in the
 * arena, all freed by index_hits_release.
 */
struct index_hits {
	struct index_hit	*v;
	size_t			 n, alloc;
	struct arena		 strings;
};

/*
 * Without walking the corpus: the documents of the index of the corpus
 * named by paths[0..n) that may match q, in corpus order (date, id).
 * Returns 0, or 1 when there is no usable index (the caller then opens
 * the corpus and uses index_open, which rebuilds what is bad) or when a
 * document is reached through a symbolic link out of the paths given, so
 * that only the walk knows the name to print.  *hits is set either way;
 * release it with index_hits_release.
 */
int		 index_query_paths(const char *const *paths, size_t n,
		    const struct rxq *, struct index_hits *hits,
		    char **cause);
void		 index_hits_release(struct index_hits *);

void		 index_stats(const struct index *, struct search_index_stats *);

/* Remove the index directories whose corpus root is gone. */
int		 index_prune(const struct notify *, char **cause);

/* Exposed for tests: posting blocks of this many bytes, table blocks of
   this many entries (small values exercise the block boundaries). */
extern size_t	 index_post_block;
extern size_t	 index_tab_block;
/* Exposed for tests: a build's batches hold at least this many bytes of
   text (a small value makes more batches than cores). */
extern size_t	 index_batch_min;

#endif
