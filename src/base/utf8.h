/*
 * utf8: decoding, validation, repair and the NFC fast path.
 *
 * Offsets are bytes.  Invalid input is never rejected: a decoder step over
 * an ill-formed sequence consumes its maximal subpart (Unicode 3.9, D93b)
 * and reports U+FFFD, so repairing never shifts the offsets of valid text
 * that follows.
 */
#ifndef DEMARCHE_UTF8_H
#define DEMARCHE_UTF8_H

#include <stddef.h>
#include <stdint.h>

struct buf;

#define UTF8_REPLACEMENT 0xFFFDu

/*
 * Decode the code point at s[0..len), len > 0.  Stores it in *cp and
 * returns the number of bytes used (1..4).  On an ill-formed sequence *cp
 * is UTF8_REPLACEMENT, the return value is the length of the maximal
 * subpart (at least 1) and *valid (when not NULL) is set to 0.
 */
size_t	 utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid);

/* Encode cp (must be a scalar value) into out[4]; return its length. */
size_t	 utf8_encode(uint32_t cp, char *out);

/* 1 when s[0..len) is well-formed UTF-8. */
int	 utf8_valid(const char *s, size_t len);

/* Append s[0..len) to b with each ill-formed sequence replaced by U+FFFD. */
void	 utf8_repair(struct buf *b, const char *s, size_t len);

/*
 * 1 when s[0..len) is well-formed and already in NFC.  Text made of ASCII,
 * Latin-1 and Cyrillic letters (nearly all news) is decided without
 * calling libunistring.
 */
int	 utf8_is_nfc(const char *s, size_t len);

/*
 * 1 when cp never changes under NFC whatever surrounds it: it is its own
 * NFC, has combining class 0 and is never the second character of a
 * composition.  A quick, table-free answer for the common scripts and
 * punctuation; 0 means "ask libunistring", not "unstable".
 */
int	 utf8_is_nfc_stable(uint32_t cp);

/*
 * NFC of a well-formed s[0..len) into a new malloc'd string (NUL-terminated,
 * length in *outlen).  Returns NULL when s is not well-formed.
 */
char	*utf8_nfc(const char *s, size_t len, size_t *outlen);

/*
 * 1 when s[0..len) is well-formed and in NFC by a quick test: every code
 * point is stable (ASCII, Latin-1 and Cyrillic decided without decoding).
 * A "no" may be wrong: the caller then normalises, which is always right.
 */
int	 utf8_is_nfc_quick(const char *s, size_t len);

/*
 * 1 when NFC never joins cp with what precedes it, so that the NFC of a
 * text is the concatenation of the NFC of its pieces cut before such
 * code points.
 */
int	 utf8_nfc_boundary(uint32_t cp);

/*
 * The NFC of s[0..len), normalised piece by piece (utf8_nfc_boundary):
 * s itself when it is NFC already, else out's data (reset and filled;
 * valid until out changes).  Ill-formed bytes are copied as they are.
 * The length goes to *outlen.
 */
const char *utf8_nfc_buf(const char *s, size_t len, struct buf *out,
	    size_t *outlen);

/* Count the words (runs of letters or digits) in s[0..len). */
size_t	 utf8_count_words(const char *s, size_t len);

/* Count the characters (code points; an invalid byte counts as one) in
   s[0..len): where a byte offset falls, as a user counts. */
size_t	 utf8_count_chars(const char *s, size_t len);

/* 1 for letters, digits and marks in any script (Unicode-aware). */
int	 utf8_is_alnum(uint32_t cp);
int	 utf8_is_upper(uint32_t cp);
int	 utf8_is_lower(uint32_t cp);
int	 utf8_is_space(uint32_t cp);

#endif
