/*
 * rxinfo: what a part of a regular expression can match, for the
 * planner (rxplan.c), in the manner of Russ Cox's codesearch:
 *
 *  - exact: the set of (folded) strings the part can match, when small;
 *  - otherwise prefix and suffix sets (every match begins with one of the
 *    prefixes, ends with one of the suffixes; each at most two code
 *    points, "" meaning unknown) and a trigram query every match obeys.
 *
 * Concatenation joins suffixes of the left to prefixes of the right into
 * boundary trigrams; alternation ORs; anything unknown is "any string"
 * (prefix and suffix {""}, query ALL), which can only weaken the query.
 * The combining functions take ownership of their arguments (passed by
 * value) and return a new info; every info is released by rinfo_free.
 */
#ifndef DEMARCHE_RXINFO_H
#define DEMARCHE_RXINFO_H

#include <stddef.h>
#include <stdint.h>

#include "search/rxq.h"

#define RX_MAX_SET	32	/* strings in an exact, prefix or suffix set */
#define RX_MAX_PAIRS	64	/* suffix x prefix pairs at a boundary */
#define RX_MAX_STR	64	/* code points in an exact string */

/* A string of folded code points. */
struct rstr {
	uint32_t	*c;
	size_t		 n;
};

/* A small set of strings (RX_MAX_SET at most once limited). */
struct rset {
	struct rstr	*s;
	size_t		 n, alloc;
};

struct rinfo {
	int		 exact;		/* e is valid; pre, suf, match unused */
	struct rset	 e, pre, suf;
	struct rxq	*match;
};

/* Exactly the string c[0..n); the empty string; any string at all. */
struct rinfo	rinfo_exact1(const uint32_t *c, size_t n);
struct rinfo	rinfo_empty(void);
struct rinfo	rinfo_any(void);
/* Add c[0..n) to an exact set (repeated strings kept once). */
void		rset_add(struct rset *, const uint32_t *c, size_t n);
/* Turn an exact info into prefix, suffix and query form. */
void		rinfo_inexact(struct rinfo *);
struct rinfo	rinfo_concat(struct rinfo, struct rinfo);
struct rinfo	rinfo_alt(struct rinfo, struct rinfo);
/* x{min,max}; max -1 for no upper bound. */
struct rinfo	rinfo_repeat(struct rinfo x, long min, long max);
void		rinfo_free(struct rinfo *);

#endif
