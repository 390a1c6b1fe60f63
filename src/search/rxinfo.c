/*
 * rxinfo: the prefix/suffix algebra of the planner (rxinfo.h), Russ
 * Cox's codesearch's: what each part of a pattern can match, combined
 * by concatenation, alternation and repetition into a trigram query.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "search/rxinfo.h"

void
rset_add(struct rset *set, const uint32_t *c, size_t n)
{
	size_t	i;

	for (i = 0; i < set->n; i++) {
		if (set->s[i].n == n &&
		    memcmp(set->s[i].c, c, n * sizeof *c) == 0)
			return;
	}
	set->s = xgrow(set->s, &set->alloc, set->n + 1, sizeof *set->s);
	set->s[set->n].c = xreallocarray(NULL, n + 1, sizeof *c);
	if (n > 0)
		memcpy(set->s[set->n].c, c, n * sizeof *c);
	set->s[set->n++].n = n;
}

static void
rset_free(struct rset *set)
{
	size_t	i;

	for (i = 0; i < set->n; i++)
		free(set->s[i].c);
	free(set->s);
	memset(set, 0, sizeof *set);
}

void
rinfo_free(struct rinfo *r)
{
	rset_free(&r->e);
	rset_free(&r->pre);
	rset_free(&r->suf);
	rxq_free(r->match);
	r->match = NULL;
}

struct rinfo
rinfo_exact1(const uint32_t *c, size_t n)
{
	struct rinfo	r;

	memset(&r, 0, sizeof r);
	r.exact = 1;
	rset_add(&r.e, c, n);
	return r;
}

struct rinfo
rinfo_empty(void)
{
	return rinfo_exact1(NULL, 0);
}

/* Any string at all: unknown prefix and suffix, no constraint. */
struct rinfo
rinfo_any(void)
{
	struct rinfo	r;

	memset(&r, 0, sizeof r);
	rset_add(&r.pre, NULL, 0);
	rset_add(&r.suf, NULL, 0);
	r.match = rxq_new(RXQ_ALL);
	return r;
}

/* Keep at most two code points at the front (or back) of each string. */
static void
rset_trim(struct rset *dst, const struct rset *src, int back)
{
	size_t	i, n;

	for (i = 0; i < src->n; i++) {
		n = src->s[i].n < 2 ? src->s[i].n : 2;
		rset_add(dst, src->s[i].c + (back ? src->s[i].n - n : 0), n);
	}
}

/* Too many strings: shorten to one code point, then give up. */
static void
rset_limit(struct rset *set, int back)
{
	struct rset	t;
	size_t		i, n;

	if (set->n <= RX_MAX_SET)
		return;
	memset(&t, 0, sizeof t);
	for (i = 0; i < set->n; i++) {
		n = set->s[i].n < 1 ? set->s[i].n : 1;
		rset_add(&t, set->s[i].c + (back ? set->s[i].n - n : 0), n);
	}
	rset_free(set);
	*set = t;
	if (set->n > RX_MAX_SET) {
		rset_free(set);
		rset_add(set, NULL, 0);
	}
}

/* Turn an exact info into prefix, suffix and query form. */
void
rinfo_inexact(struct rinfo *r)
{
	struct rxq	*q = NULL;
	size_t		 i;

	if (!r->exact)
		return;
	for (i = 0; i < r->e.n; i++) {
		if (q == NULL)
			q = rxq_string(r->e.s[i].c, r->e.s[i].n);
		else
			q = rxq_join(RXQ_OR, q, rxq_string(r->e.s[i].c, r->e.s[i].n));
	}
	r->match = q != NULL ? q : rxq_new(RXQ_ALL);
	rset_trim(&r->pre, &r->e, 0);
	rset_trim(&r->suf, &r->e, 1);
	rset_limit(&r->pre, 0);
	rset_limit(&r->suf, 1);
	r->exact = 0;
}

/* Every a + b for a in x, b in y, into out (trimmed when back/front). */
static void
rset_cross(struct rset *out, const struct rset *x, const struct rset *y)
{
	size_t		 i, j, n;
	uint32_t	*c;

	for (i = 0; i < x->n; i++) {
		for (j = 0; j < y->n; j++) {
			n = x->s[i].n + y->s[j].n;
			c = xreallocarray(NULL, n + 1, sizeof *c);
			if (x->s[i].n > 0)
				memcpy(c, x->s[i].c, x->s[i].n * sizeof *c);
			if (y->s[j].n > 0)
				memcpy(c + x->s[i].n, y->s[j].c,
				    y->s[j].n * sizeof *c);
			rset_add(out, c, n);
			free(c);
		}
	}
}

static size_t
rset_maxlen(const struct rset *set)
{
	size_t	i, m = 0;

	for (i = 0; i < set->n; i++) {
		if (set->s[i].n > m)
			m = set->s[i].n;
	}
	return m;
}

/* The trigrams across the boundary of x's suffixes and y's prefixes. */
static struct rxq *
q_boundary(const struct rset *suf, const struct rset *pre)
{
	struct rset	 t;
	struct rxq	*q = NULL;
	size_t		 i;

	if (suf->n * pre->n > RX_MAX_PAIRS)
		return rxq_new(RXQ_ALL);
	memset(&t, 0, sizeof t);
	rset_cross(&t, suf, pre);
	for (i = 0; i < t.n; i++) {
		if (q == NULL)
			q = rxq_string(t.s[i].c, t.s[i].n);
		else
			q = rxq_join(RXQ_OR, q, rxq_string(t.s[i].c, t.s[i].n));
	}
	rset_free(&t);
	return q != NULL ? q : rxq_new(RXQ_ALL);
}

struct rinfo
rinfo_concat(struct rinfo x, struct rinfo y)
{
	struct rinfo	r;
	struct rset	t;

	memset(&r, 0, sizeof r);
	if (x.exact && y.exact && x.e.n * y.e.n <= RX_MAX_SET &&
	    rset_maxlen(&x.e) + rset_maxlen(&y.e) <= RX_MAX_STR) {
		r.exact = 1;
		rset_cross(&r.e, &x.e, &y.e);
		rinfo_free(&x);
		rinfo_free(&y);
		return r;
	}
	memset(&t, 0, sizeof t);
	if (x.exact && !y.exact && x.e.n * y.pre.n <= RX_MAX_SET) {
		rset_cross(&t, &x.e, &y.pre);
		rset_trim(&r.pre, &t, 0);
		rset_free(&t);
	}
	if (y.exact && !x.exact && x.suf.n * y.e.n <= RX_MAX_SET) {
		rset_cross(&t, &x.suf, &y.e);
		rset_trim(&r.suf, &t, 1);
		rset_free(&t);
	}
	rinfo_inexact(&x);
	rinfo_inexact(&y);
	r.match = rxq_and(rxq_and(x.match, y.match), q_boundary(&x.suf, &y.pre));
	x.match = y.match = NULL;
	if (r.pre.n == 0)
		rset_trim(&r.pre, &x.pre, 0);
	if (r.suf.n == 0)
		rset_trim(&r.suf, &y.suf, 1);
	rset_limit(&r.pre, 0);
	rset_limit(&r.suf, 1);
	rinfo_free(&x);
	rinfo_free(&y);
	return r;
}

static void
rset_union(struct rset *dst, const struct rset *src)
{
	size_t	i;

	for (i = 0; i < src->n; i++)
		rset_add(dst, src->s[i].c, src->s[i].n);
}

struct rinfo
rinfo_alt(struct rinfo x, struct rinfo y)
{
	struct rinfo	r;

	memset(&r, 0, sizeof r);
	if (x.exact && y.exact && x.e.n + y.e.n <= RX_MAX_SET) {
		r.exact = 1;
		rset_union(&r.e, &x.e);
		rset_union(&r.e, &y.e);
	} else {
		rinfo_inexact(&x);
		rinfo_inexact(&y);
		r.match = rxq_join(RXQ_OR, x.match, y.match);
		x.match = y.match = NULL;
		rset_union(&r.pre, &x.pre);
		rset_union(&r.pre, &y.pre);
		rset_union(&r.suf, &x.suf);
		rset_union(&r.suf, &y.suf);
		rset_limit(&r.pre, 0);
		rset_limit(&r.suf, 1);
	}
	rinfo_free(&x);
	rinfo_free(&y);
	return r;
}

/* A copy of an exact info. */
static struct rinfo
rinfo_copy(const struct rinfo *x)
{
	struct rinfo	r;

	memset(&r, 0, sizeof r);
	r.exact = 1;
	rset_union(&r.e, &x->e);
	return r;
}

/*
 * x{min,max}; max is -1 for no upper bound.  An inexact x keeps its own
 * info: every repetition begins and ends with a match of x and holds one.
 */
struct rinfo
rinfo_repeat(struct rinfo x, long min, long max)
{
	struct rinfo	r;
	long		i;

	if (min == 0) {
		if (max == 1)
			return rinfo_alt(x, rinfo_empty());
		rinfo_free(&x);
		return rinfo_any();
	}
	if ((min == 1 && max == 1) || !x.exact)
		return x;
	r = rinfo_copy(&x);
	for (i = 1; i < min && i < 3; i++)
		r = rinfo_concat(r, rinfo_copy(&x));
	if (max != min || min > 3)
		r = rinfo_concat(r, rinfo_any());
	rinfo_free(&x);
	return r;
}

