/*
 * rxq: the trigram query tree (rxq.h): building it without quadratic
 * costs, evaluating it, printing it, and the keys of a text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/intmap.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/fold.h"
#include "search/rxq.h"

struct rxq *
rxq_new(enum rxq_op op)
{
	struct rxq	*q = xcalloc(1, sizeof *q);

	q->op = op;
	return q;
}

void
rxq_free(struct rxq *q)
{
	size_t	i;

	if (q == NULL)
		return;
	for (i = 0; i < q->nsub; i++)
		rxq_free(q->sub[i]);
	free(q->sub);
	free(q);
}

/*
 * Append s to q's subqueries in place (amortised), flattening s when it
 * has q's operator.  Duplicates are left for q_dedupe: checking each
 * addition against every sibling made planning an n-way alternation
 * quadratic.
 */
static void
q_add(struct rxq *q, struct rxq *s)
{
	if (s->op == q->op) {
		q->sub = xgrow(q->sub, &q->asub, q->nsub + s->nsub,
		    sizeof *q->sub);
		memcpy(q->sub + q->nsub, s->sub, s->nsub * sizeof *s->sub);
		q->nsub += s->nsub;
		free(s->sub);
		free(s);
		return;
	}
	q->sub = xgrow(q->sub, &q->asub, q->nsub + 1, sizeof *q->sub);
	q->sub[q->nsub++] = s;
}

/*
 * The join of a and b; a is extended in place when it already has the
 * operator (the left side is the one that grows while parsing).
 */
struct rxq *
rxq_join(enum rxq_op op, struct rxq *a, struct rxq *b)
{
	struct rxq	*q;

	if (a->op == RXQ_ALL || b->op == RXQ_ALL) {
		if (op == RXQ_OR) {
			rxq_free(a);
			rxq_free(b);
			return rxq_new(RXQ_ALL);
		}
		if (a->op == RXQ_ALL) {
			rxq_free(a);
			return b;
		}
		rxq_free(b);
		return a;
	}
	if (a->op == op)
		q = a;
	else {
		q = rxq_new(op);
		q_add(q, a);
	}
	q_add(q, b);
	return q;
}

/*
 * Drop repeated trigram subqueries (the first is kept, order is kept),
 * children first when deep, with a hash set of keys; a node left with one
 * subquery is replaced by it.  Only trigrams are dropped, so a node can
 * only collapse to a trigram, which never needs flattening.
 */
struct rxq *
rxq_dedupe(struct rxq *q, int deep)
{
	struct intmap	  set = { 0 };
	struct rxq	 *t;
	size_t		  i, j;
	int		  added;

	if (q->op != RXQ_AND && q->op != RXQ_OR)
		return q;
	if (deep) {
		for (i = 0; i < q->nsub; i++)
			q->sub[i] = rxq_dedupe(q->sub[i], 1);
	}
	for (i = 0, j = 0; i < q->nsub; i++) {
		t = q->sub[i];
		if (t->op == RXQ_TRI) {
			intmap_put(&set, t->tri, &added);
			if (!added) {
				free(t);
				continue;
			}
		}
		q->sub[j++] = t;
	}
	intmap_release(&set);
	q->nsub = j;
	if (q->nsub == 1) {
		t = q->sub[0];
		free(q->sub);
		free(q);
		return t;
	}
	return q;
}


struct rxq *
rxq_or_all(struct rxq **q, size_t n)
{
	struct rxq	*r;
	size_t		 i;

	if (n == 0)
		return rxq_new(RXQ_ALL);
	r = q[0];
	for (i = 1; i < n; i++)
		r = rxq_join(RXQ_OR, r, q[i]);
	return rxq_dedupe(r, 0);
}

struct rxq *
rxq_and(struct rxq *a, struct rxq *b)
{
	return rxq_join(RXQ_AND, a, b);
}

/*
 * The AND of the 4-grams of s (which imply its trigrams), or its trigram
 * when it has three code points; ALL when it is shorter.
 */
struct rxq *
rxq_string(const uint32_t *c, size_t n)
{
	struct rxq	*q = rxq_new(RXQ_ALL), *t;
	size_t		 i, k = n >= 4 ? 4 : 3;

	for (i = 0; i + k <= n; i++) {
		t = rxq_new(RXQ_TRI);
		memcpy(t->cp, c + i, k * sizeof *c);
		t->tri = k == 4 ? rxq_key4(c[i], c[i + 1], c[i + 2], c[i + 3]) :
		    rxq_key(c[i], c[i + 1], c[i + 2]);
		q = rxq_and(q, t);
	}
	return q;
}

/* Evaluate the query; has(arg, key) says whether a trigram is present. */
static int
rxq_eval(const struct rxq *q, int (*has)(void *, uint64_t), void *arg)
{
	size_t	i;

	switch (q->op) {
	case RXQ_ALL:
		return 1;
	case RXQ_TRI:
		return has(arg, q->tri);
	case RXQ_AND:
		for (i = 0; i < q->nsub; i++) {
			if (!rxq_eval(q->sub[i], has, arg))
				return 0;
		}
		return 1;
	case RXQ_OR:
		for (i = 0; i < q->nsub; i++) {
			if (rxq_eval(q->sub[i], has, arg))
				return 1;
		}
		return 0;
	}
	return 1;
}

/* The sorted key array behind rxq_eval_keys. */
struct rxq_keys {
	const uint64_t	*v;
	size_t		 n;
};

static int
rxq_keys_has(void *arg, uint64_t key)
{
	const struct rxq_keys	*k = arg;
	size_t			 lo = 0, hi = k->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (k->v[mid] == key)
			return 1;
		if (k->v[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int
rxq_eval_keys(const struct rxq *q, const uint64_t *keys, size_t n)
{
	struct rxq_keys	k = { keys, n };

	return rxq_eval(q, rxq_keys_has, &k);
}

static void
q_format(struct buf *b, const struct rxq *q, int nested)
{
	char	 s[4];
	size_t	 i;
	int	 k;

	switch (q->op) {
	case RXQ_ALL:
		buf_adds(b, "ALL");
		break;
	case RXQ_TRI:
		for (k = 0; k < ((q->tri >> 63) ? 4 : 3); k++)
			buf_add(b, s, utf8_encode(q->cp[k], s));
		break;
	default:
		if (nested)
			buf_addc(b, '(');
		for (i = 0; i < q->nsub; i++) {
			if (i > 0)
				buf_adds(b, q->op == RXQ_AND ? " AND " : " OR ");
			q_format(b, q->sub[i], 1);
		}
		if (nested)
			buf_addc(b, ')');
		break;
	}
}

char *
rxq_format(const struct rxq *q)
{
	struct buf	b;

	buf_init(&b);
	q_format(&b, q, 0);
	buf_adds(&b, "");
	return buf_detach(&b, NULL);
}

static int
key_cmp(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

void
rxq_text_trigrams(const char *s, size_t len, uint64_t **keys, size_t *n,
    size_t *alloc)
{
	uint32_t	 cp, f[FOLD_MAX], w[4] = { 0, 0, 0, 0 };
	size_t		 i = 0, k, j, m, have = 0, start = *n;
	int		 valid;

	*n = start = 0;
	while (i < len) {
		valid = 1;
		k = utf8_decode(s + i, len - i, &cp, &valid);
		i += k;
		if (!valid) {
			have = 0;
			continue;
		}
		m = fold_cp(cp, f);
		for (j = 0; j < m; j++) {
			w[0] = w[1];
			w[1] = w[2];
			w[2] = w[3];
			w[3] = f[j];
			*keys = xgrow(*keys, alloc, *n + 2, sizeof **keys);
			if (++have >= 3)
				(*keys)[(*n)++] = rxq_key(w[1], w[2], w[3]);
			if (have >= 4)
				(*keys)[(*n)++] = rxq_key4(w[0], w[1], w[2],
				    w[3]);
		}
	}
	if (*n == 0)
		return;
	qsort(*keys, *n, sizeof **keys, key_cmp);
	for (i = start, j = start; i < *n; i++) {
		if (j == start || (*keys)[j - 1] != (*keys)[i])
			(*keys)[j++] = (*keys)[i];
	}
	*n = j;
}
