/*
 * postlist: lists of every shape round-trip exactly; a body is never
 * longer than a bitmap; damaged lists are refused, never misread.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "search/postlist.h"
#include "tap.h"

static uint64_t	seed = 0x9e3779b97f4a7c15u;

/* Documents of [0, ndocs), each with probability 1/every, at least one. */
static size_t
make_list(uint32_t *docs, uint32_t ndocs, uint32_t every)
{
	size_t		n = 0;
	uint32_t	d;

	for (d = 0; d < ndocs; d++) {
		if (tap_rand(&seed, every) == 0)
			docs[n++] = d;
	}
	if (n == 0)
		docs[n++] = tap_rand(&seed, ndocs);
	return n;
}

/* Encode docs[0..n), decode it back: 1 when identical. */
static int
round_trip(const uint32_t *docs, size_t n, uint32_t ndocs, struct buf *b)
{
	uint32_t	*out = xcalloc(ndocs + 1, sizeof *out);
	size_t		 m = SIZE_MAX;
	int		 same;

	buf_reset(b);
	postlist_encode(b, docs, n, ndocs);
	same = postlist_decode((const uint8_t *)b->data, b->len, ndocs, out,
	    &m) == 0;
	/* "every document" stands for a list too common to be kept */
	if (postlist_is_all((const uint8_t *)b->data, b->len))
		same &= m == ndocs && n > ndocs / POSTLIST_DENSE;
	else
		same &= m == n && memcmp(out, docs, n * sizeof *docs) == 0;
	free(out);
	return same;
}

static void
test_shapes(void)
{
	static const uint32_t	sizes[] = { 1, 7, 8, 9, 63, 64, 65, 1000,
				    12345, 70000 };
	static const uint32_t	every[] = { 1, 2, 5, 9, 40, 300, 5000 };
	struct buf		b = { 0 };
	uint32_t		*docs = xcalloc(70001, sizeof *docs), big[3];
	size_t			i, j, n;
	int			all = 1, kinds[256] = { 0 };

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		for (j = 0; j < sizeof every / sizeof every[0]; j++) {
			n = make_list(docs, sizes[i], every[j]);
			if (!round_trip(docs, n, sizes[i], &b)) {
				all = 0;
				tap_diag("%u documents, 1 in %u: differs",
				    sizes[i], every[j]);
			}
			kinds[(uint8_t)b.data[0]]++;
		}
	}
	ok(all, "random lists of every density round-trip");
	ok(kinds[POSTLIST_ALL] > 0 && kinds[POSTLIST_RICE] > 0 && kinds[POSTLIST_RICE + 6] +
	    kinds[POSTLIST_RICE + 7] + kinds[POSTLIST_RICE + 8] > 0,
	    "and they used every kind and several Rice parameters");

	/* The edges: the first and last documents, and gaps of 2^31. */
	big[0] = 0;
	big[1] = 1u << 31;
	big[2] = UINT32_MAX - 1;
	buf_reset(&b);
	postlist_encode(&b, big, 3, UINT32_MAX);
	{
		uint32_t	out[3];
		size_t		m = 0;

		/* docs needs room for ndocs only when the list is "all". */
		ok(postlist_decode((const uint8_t *)b.data, b.len, UINT32_MAX,
		    out, &m) == 0 && m == 3 && memcmp(out, big, sizeof big) ==
		    0, "gaps of 2^31 round-trip (k %d)",
		    (uint8_t)b.data[0] - POSTLIST_RICE);
	}
	docs[0] = 69999;
	ok(round_trip(docs, 1, 70000, &b), "a list of the last document");
	docs[0] = 0;
	ok(round_trip(docs, 1, 1, &b), "a segment of one document");
	ok(round_trip(docs, 0, 5, &b) && b.len == 2, "an empty list: two bytes");
	for (i = 0; i < 64; i++)
		docs[i] = (uint32_t)i;
	ok(round_trip(docs, 64, 1000, &b) &&
	    b.data[0] == POSTLIST_RICE && b.len == 2 + 8,
	    "64 documents in a row: 64 one bits, k 0");
	buf_release(&b);
	free(docs);
}

/* A Rice list of docs[0..n), then the decode of its bytes as changed. */
static int
decode_changed(const uint32_t *docs, size_t n, uint32_t ndocs,
    void (*change)(struct buf *))
{
	struct buf	 b = { 0 };
	uint32_t	*out = xcalloc(ndocs + 1, sizeof *out);
	size_t		 m;
	int		 rc;

	postlist_encode(&b, docs, n, ndocs);
	change(&b);
	rc = postlist_decode((const uint8_t *)b.data, b.len, ndocs, out, &m);
	free(out);
	buf_release(&b);
	return rc;
}

static void cut_last(struct buf *b) { b->len--; }
static void cut_count(struct buf *b) { b->data[1]--; }
static void add_count(struct buf *b) { b->data[1]++; }
static void add_zero(struct buf *b) { buf_addc(b, 0); }
static void add_one(struct buf *b) { buf_addc(b, 1); }
static void kind_zero(struct buf *b) { b->data[0] = 0; }
static void kind_bad(struct buf *b) { b->data[0] = POSTLIST_RICE + 32; }
static void last_high(struct buf *b) { b->data[b->len - 1] |= 0x80; }
static void all_long(struct buf *b) { b->data[0] = POSTLIST_ALL; }

static void
test_damage(void)
{
	static const uint32_t	docs[] = { 3, 9, 10, 40, 41, 42, 97 };
	static const uint32_t	wide[] = { 3, 9000, 9001 };
	uint32_t		out[10];
	size_t			m;

	ok(decode_changed(docs, 7, 100, cut_last) == -1,
	    "a Rice list cut short is refused");
	ok(decode_changed(docs, 7, 100, cut_count) == -1,
	    "a count one short is refused");
	ok(decode_changed(docs, 7, 100, add_count) == -1,
	    "a count one more is refused");
	ok(decode_changed(docs, 7, 100, add_zero) == -1,
	    "a zero byte more is refused (too much padding)");
	ok(decode_changed(docs, 7, 98, add_one) == -1,
	    "a byte with a one bit more is refused");
	ok(decode_changed(wide, 3, 9002, add_one) == -1,
	    "a gap cut short is refused");
	ok(decode_changed(docs, 7, 100, kind_zero) == -1,
	    "the varint lists of version 2 are refused");
	ok(decode_changed(docs, 7, 100, kind_bad) == -1,
	    "an unknown kind is refused");
	ok(decode_changed(docs, 7, 98, last_high) == -1,
	    "a stray one bit in the padding is refused");
	ok(decode_changed(docs, 7, 100, all_long) == -1,
	    "\"every document\" with a body is refused");
	ok(postlist_decode((const uint8_t *)"", 0, 10, out, &m) == -1,
	    "an empty list is refused");
}

/* A body is never longer than a bitmap, and short for short gaps. */
static void
test_sizes(void)
{
	static const uint32_t	every[] = { 2, 3, 5, 6, 9 };
	struct buf		 b = { 0 };
	uint32_t		*docs = xcalloc(10000, sizeof *docs);
	size_t			 n, i;
	int			 all = 1;

	for (i = 0; i < sizeof every / sizeof every[0]; i++) {
		/* under 64 documents no list is "all" */
		n = make_list(docs, 63, every[i]);
		buf_reset(&b);
		postlist_encode(&b, docs, n, 63);
		all &= b.len - 2 <= (63 + 7) / 8;
		n = make_list(docs, 10000, every[i] + 2);
		buf_reset(&b);
		postlist_encode(&b, docs, n, 10000);
		all &= b.len - 3 <= 10000 / 8;
	}
	ok(all, "dense lists: no longer than a bitmap, kind and count aside");
	buf_reset(&b);
	for (i = 0; i < 1000; i++)
		docs[i] = (uint32_t)i * 3;
	postlist_encode(&b, docs, 1000, 100000);
	ok(b.len == 3 + (1000 * 3 + 7) / 8, "gaps of 2: 3 bits each (%zu "
	    "bytes)", b.len);
	buf_release(&b);
	free(docs);
}

int
main(void)
{
	test_shapes();
	test_damage();
	test_sizes();
	return tap_done();
}
