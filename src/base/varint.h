/*
 * varint: unsigned integers in 7-bit groups, low group first, the high
 * bit of each byte set when another follows (LEB128, as protobuf and
 * git's pack index have it).  Values below 128 take one byte.  Inline:
 * the catalogue decodes a dozen of them per sentence.
 */
#ifndef DEMARCHE_VARINT_H
#define DEMARCHE_VARINT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Append v to b. */
static inline void
varint_put(struct buf *b, uint64_t v)
{
	char	c[10];
	size_t	n = 0;

	while (v >= 0x80) {
		c[n++] = (char)(v | 0x80);
		v >>= 7;
	}
	c[n++] = (char)v;
	buf_add(b, c, n);
}

/*
 * Read a varint from p[*i..end) into *v, advancing *i.  Returns 0 when
 * the bytes end inside it or it runs past 64 bits.
 */
static inline int
varint_get(const uint8_t *p, size_t *i, size_t end, uint64_t *v)
{
	unsigned	shift = 0;

	*v = 0;
	while (*i < end && shift < 64) {
		*v |= (uint64_t)(p[*i] & 0x7f) << shift;
		if ((p[(*i)++] & 0x80) == 0)
			return 1;
		shift += 7;
	}
	return 0;
}

#endif
