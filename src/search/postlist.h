/*
 * postlist: the encoding of one posting list of an index segment (seg.h),
 * a strictly increasing list of document numbers below ndocs.
 *
 * A list is a kind byte, then its body:
 *
 *	POSTLIST_ALL	  no body: every document (a key too common to
 *			  narrow a search)
 *	POSTLIST_RICE + k the number of documents n (a varint, base/varint.h),
 *			  then their gaps, Rice-coded with parameter k (0 <= k
 *			  <= POSTLIST_RICE_KMAX)
 *
 * The gaps of d[0..n) are d[0], then d[i] - d[i - 1] - 1.  A gap g is
 * written as g >> k zero bits, a one bit, then the k low bits of g, low
 * bit first.  Bits fill each byte from its low bit; the last byte is
 * padded with zero bits.  The count costs a byte or two a list, and makes
 * a list cut or lengthened by whole bytes detectable: without it, zeros
 * left at the end of a cut list read as padding.
 *
 * With k = 0 the body is the list's bitmap cut after its last document,
 * so no bitmap kind is needed: the encoder tries k near log2 of the mean
 * gap, 0 among them for dense lists.  (On bench/search's corpus, where a
 * third of the gaps are 0, that is about 5.5 bits a document where the
 * varints of version 2 took 8.)
 */
#ifndef DEMARCHE_POSTLIST_H
#define DEMARCHE_POSTLIST_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

enum postlist_kind {
	POSTLIST_ALL = 2,
	POSTLIST_RICE = 16,	/* 16 + k */
};

#define POSTLIST_RICE_KMAX	31

/*
 * Append to b the list docs[0..n), strictly increasing and below ndocs;
 * a list of more than ndocs / POSTLIST_DENSE documents (in a segment of
 * at least POSTLIST_DENSE_MIN) is written as POSTLIST_ALL.
 */
#define POSTLIST_DENSE		4
#define POSTLIST_DENSE_MIN	64
void	postlist_encode(struct buf *b, const uint32_t *docs, size_t n,
	    uint32_t ndocs);

/*
 * Decode the list p[0..len) of a segment of ndocs documents into docs,
 * which has room for ndocs; the count in *n.  Returns 0, or -1 when the
 * bytes are not a list this encoder could have written (unknown kind, a
 * document out of range, a cut or overlong body, stray bits).
 */
int	postlist_decode(const uint8_t *p, size_t len, uint32_t ndocs,
	    uint32_t *docs, size_t *n);

/* 1 when the list p[0..len) stands for every document. */
int	postlist_is_all(const uint8_t *p, size_t len);

#endif
