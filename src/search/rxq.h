/*
 * rxq: the trigram query tree: an AND/OR tree over trigrams (and
 * 4-grams) of case-folded (fold.h) code points.  An article whose folded
 * NFC text holds no set of keys that satisfies the query cannot contain
 * a match.  Builders take ownership of the queries they are given.
 */
#ifndef DEMARCHE_RXQ_H
#define DEMARCHE_RXQ_H

#include <stddef.h>
#include <stdint.h>

enum rxq_op {
	RXQ_ALL,	/* no constraint: every article */
	RXQ_TRI,	/* articles holding the trigram */
	RXQ_AND,
	RXQ_OR,
};

struct rxq {
	enum rxq_op	 op;
	uint64_t	 tri;		/* RXQ_TRI: rxq_key() of the trigram or
					   rxq_key4() of the 4-gram */
	uint32_t	 cp[4];		/* RXQ_TRI: its code points, to print */
	struct rxq	**sub;		/* RXQ_AND, RXQ_OR: nsub >= 2 */
	size_t		 nsub;
	size_t		 asub;		/* entries allocated in sub */
};

/* The key of the trigram of folded code points a, b, c. */
static inline uint64_t
rxq_key(uint32_t a, uint32_t b, uint32_t c)
{
	return ((uint64_t)a << 42) | ((uint64_t)b << 21) | c;
}

/*
 * The key of the 4-gram of folded code points a, b, c, d: a hash, with
 * the top bit set (a trigram key never has it).  The index holds both;
 * a collision only adds candidates.
 */
static inline uint64_t
rxq_key4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
	uint64_t	h = rxq_key(a, b, c) * 0x9e3779b97f4a7c15ull;

	h ^= (uint64_t)d * 0xc2b2ae3d27d4eb4full;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 32;
	return h | (1ull << 63);
}

/* A query accepting what any of q[0..n) accepts (owned; ALL when n is
   0), in linear time. */
struct rxq	*rxq_or_all(struct rxq **q, size_t n);
void		 rxq_free(struct rxq *);

/*
 * Evaluate the query against keys[0..n), sorted and distinct, as
 * rxq_text_trigrams gives them: whether a text with those keys passes.
 */
int		 rxq_eval_keys(const struct rxq *, const uint64_t *keys,
		    size_t n);

/* A readable form for tests and debugging: "abc AND (xyz OR uvw)". */
char		*rxq_format(const struct rxq *);

/*
 * Set (*keys)[0..*n) to the sorted, distinct trigram and 4-gram keys of
 * the folded NFC text s[0..len); the array (*alloc entries) is grown with
 * xgrow.
 * Ill-formed UTF-8 breaks the sequence: no trigram spans it.
 */
void		 rxq_text_trigrams(const char *s, size_t len, uint64_t **keys,
		    size_t *n, size_t *alloc);

/* A new node of op (RXQ_ALL or an empty AND or OR). */
struct rxq	*rxq_new(enum rxq_op);
/*
 * The join of a and b by op, a extended in place when it has op already;
 * ALL absorbs an OR and vanishes from an AND.  Repeated trigrams are left
 * for rxq_dedupe (checking each addition made planning quadratic).
 */
struct rxq	*rxq_join(enum rxq_op, struct rxq *a, struct rxq *b);
struct rxq	*rxq_and(struct rxq *, struct rxq *);
/* The AND of the 4-grams of c[0..n), its trigram, or ALL if shorter. */
struct rxq	*rxq_string(const uint32_t *c, size_t n);
/* Drop repeated trigram subqueries (children first when deep). */
struct rxq	*rxq_dedupe(struct rxq *, int deep);

#endif
