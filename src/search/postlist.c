/*
 * postlist: encoding and decoding one posting list (the format is in
 * postlist.h).  The Rice body goes through a bit writer and a bit reader
 * that keep up to 64 bits in a word, taken from the low end.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/varint.h"
#include "search/postlist.h"

/* The gap before docs[i]: the documents skipped since the one before. */
static inline uint32_t
postlist_gap(const uint32_t *docs, size_t i)
{
	return i == 0 ? docs[0] : docs[i] - docs[i - 1] - 1;
}

static unsigned
floor_log2(uint64_t v)
{
	unsigned	r = 0;

	while (v >>= 1)
		r++;
	return r;
}

/*
 * The k of the shortest Rice body of docs[0..n) (n > 0), and its length
 * in bits.  The best k lies near log2 of the mean gap, so only that one
 * and its two neighbours are tried: one pass over the gaps, not 32.
 */
static unsigned
postlist_rice_k(const uint32_t *docs, size_t n, uint64_t *bits)
{
	uint64_t	sum = (uint64_t)docs[n - 1] + 1 - n, s[3] = { 0 };
	uint64_t	best;
	unsigned	k0, j, k;
	size_t		i;
	uint32_t	g;

	k0 = sum / n < 2 ? 0 : floor_log2(sum / n) - 1;
	if (k0 > POSTLIST_RICE_KMAX - 2)
		k0 = POSTLIST_RICE_KMAX - 2;
	for (i = 0; i < n; i++) {
		g = postlist_gap(docs, i);
		s[0] += g >> k0;
		s[1] += g >> (k0 + 1);
		s[2] += g >> (k0 + 2);
	}
	k = k0;
	best = UINT64_MAX;
	for (j = 0; j < 3; j++) {
		if (s[j] + n * (1 + k0 + j) < best) {
			best = s[j] + n * (1 + k0 + j);
			k = k0 + j;
		}
	}
	*bits = best;
	return k;
}

/* A bit writer into memory already sized and zeroed. */
struct bitw {
	uint8_t		*p;
	uint64_t	 acc;		/* n pending bits, low first */
	unsigned	 n;
};

/* Put the nbits (<= 32) low bits of v. */
static inline void
bitw_put(struct bitw *w, uint64_t v, unsigned nbits)
{
	w->acc |= v << w->n;
	w->n += nbits;
	while (w->n >= 8) {
		*w->p++ = (uint8_t)w->acc;
		w->acc >>= 8;
		w->n -= 8;
	}
}

/* The Rice body of docs[0..n) with parameter k into out. */
static void
postlist_rice_put(uint8_t *out, const uint32_t *docs, size_t n, unsigned k)
{
	struct bitw	w = { out, 0, 0 };
	uint32_t	g, q;
	size_t		i;

	for (i = 0; i < n; i++) {
		g = postlist_gap(docs, i);
		for (q = g >> k; q >= 32; q -= 32)
			bitw_put(&w, 0, 32);
		bitw_put(&w, (uint64_t)1 << q, q + 1);
		bitw_put(&w, g & (((uint64_t)1 << k) - 1), k);
	}
	if (w.n > 0)
		*w.p = (uint8_t)w.acc;
}

void
postlist_encode(struct buf *b, const uint32_t *docs, size_t n,
    uint32_t ndocs)
{
	uint64_t	bits = 0;
	unsigned	k = 0;
	size_t		len;
	uint8_t		*out;

	if (ndocs >= POSTLIST_DENSE_MIN && n > ndocs / POSTLIST_DENSE) {
		buf_addc(b, POSTLIST_ALL);
		return;
	}
	if (n > 0)
		k = postlist_rice_k(docs, n, &bits);
	buf_addc(b, (char)(POSTLIST_RICE + k));
	varint_put(b, n);
	len = (size_t)((bits + 7) / 8);
	buf_grow(b, len);
	out = (uint8_t *)b->data + b->len;
	memset(out, 0, len);
	postlist_rice_put(out, docs, n, k);
	b->len += len;
	b->data[b->len] = '\0';
}

/*
 * A bit reader over p[0..end): acc holds exactly n bits not yet read, the
 * next one lowest, and zeros above them.
 */
struct bitr {
	const uint8_t	*p, *end;
	uint64_t	 acc;
	unsigned	 n;
};

static inline uint64_t
load_le64(const uint8_t *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
	    (uint64_t)p[7] << 56;
}

/* Take whole bytes while they fit: then n >= 56 or the input is done. */
static inline void
bitr_fill(struct bitr *r)
{
	unsigned	bytes = (63 - r->n) >> 3;

	if (r->end - r->p >= 8) {
		r->acc |= (load_le64(r->p) & (((uint64_t)1 << (bytes * 8)) -
		    1)) << r->n;
		r->p += bytes;
		r->n += bytes * 8;
		return;
	}
	while (r->n <= 55 && r->p < r->end) {
		r->acc |= (uint64_t)*r->p++ << r->n;
		r->n += 8;
	}
}

/* The next gap's quotient (its run of zeros) into *q; 0 when cut. */
static inline int
bitr_unary(struct bitr *r, uint64_t *q)
{
	unsigned	z;

	*q = 0;
	for (;;) {
		if (r->n < 56)
			bitr_fill(r);
		if (r->acc != 0)
			break;
		if (r->p == r->end)
			return 0;
		*q += r->n;
		r->n = 0;
	}
	z = (unsigned)__builtin_ctzll(r->acc);
	*q += z;
	r->acc >>= z;
	r->acc >>= 1;
	r->n -= z + 1;
	return 1;
}

/*
 * Decode a Rice body of count documents with parameter k from
 * p[0..len); see postlist_decode.  What follows the last gap must be the
 * zero padding of its byte.
 */
static int
postlist_rice_get(const uint8_t *p, size_t len, unsigned k, uint64_t count,
    uint32_t ndocs, uint32_t *docs, size_t *n)
{
	struct bitr	r = { p, p + len, 0, 0 };
	uint64_t	q, next = 0, mask = ((uint64_t)1 << k) - 1;
	size_t		m;

	if (count > ndocs)
		return -1;
	for (m = 0; m < count; m++) {
		if (!bitr_unary(&r, &q) || q > ndocs)
			return -1;
		if (r.n < k) {
			bitr_fill(&r);
			if (r.n < k)
				return -1;
		}
		next += q << k | (r.acc & mask);
		r.acc >>= k;
		r.n -= k;
		if (next >= ndocs)
			return -1;
		docs[m] = (uint32_t)next++;
	}
	bitr_fill(&r);
	if (r.p != r.end || r.acc != 0 || r.n >= 8)
		return -1;
	*n = m;
	return 0;
}

int
postlist_decode(const uint8_t *p, size_t len, uint32_t ndocs,
    uint32_t *docs, size_t *n)
{
	uint64_t	count;
	size_t		i;
	uint32_t	d;

	*n = 0;
	if (len == 0)
		return -1;
	if (p[0] == POSTLIST_ALL) {
		if (len != 1)
			return -1;
		for (d = 0; d < ndocs; d++)
			docs[d] = d;
		*n = ndocs;
		return 0;
	}
	if (p[0] < POSTLIST_RICE || p[0] > POSTLIST_RICE + POSTLIST_RICE_KMAX)
		return -1;
	i = 1;
	if (!varint_get(p, &i, len, &count))
		return -1;
	return postlist_rice_get(p + i, len - i, p[0] - POSTLIST_RICE, count,
	    ndocs, docs, n);
}

int
postlist_is_all(const uint8_t *p, size_t len)
{
	return len == 1 && p[0] == POSTLIST_ALL;
}
