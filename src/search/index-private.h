/*
 * index-private: what the files of the index module (index.c, the API;
 * index-build.c, building segments from articles; index-merge.c, merging
 * segments) share.  Nothing outside src/search/index*.c includes it.
 */
#ifndef DEMARCHE_INDEX_PRIVATE_H
#define DEMARCHE_INDEX_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "search/seg.h"

struct article;
struct notify;

struct index {
	char		*dir;
	char		*root;
	struct seg	*segs;
	size_t		 nsegs;
	uint8_t		*covered;	/* per article: some doc stands for it */
	size_t		 narticles;
	double		 build_seconds;
};

/* A fresh segment file name, "seg-" and 16 hex digits. */
char	*index_seg_name(void);

/*
 * Index arts[0..n) (bytes of text in all) into new segments of ix->dir,
 * two at a time, one per core, appended to *out.  Warnings are given
 * through nf from the calling thread only.  0, or -1 with *cause.
 */
int	 index_build_new(struct index *ix, struct article **arts, size_t n,
	    uint64_t bytes, const struct notify *nf, struct seg **out,
	    size_t *nout, char **cause);

/* Merge segs[0..n), without their deleted documents, into path. */
int	 index_merge(struct seg *segs, size_t n, const char *path,
	    char **cause);

#endif
