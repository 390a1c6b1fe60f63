/*
 * fold: full Unicode case folding of one code point, from a table
 * generated out of libunistring's u32_casefold (see fold-gen.c).  The
 * index and the query planner fold with it, so that whenever PCRE2 matches
 * two code points caselessly their foldings are equal (checked over every
 * code point by tests/unit/test-fold).
 *
 * A folding is one to FOLD_MAX code points ("ß" -> "ss", "İ" -> "i̇").
 * Surrogates and unassigned code points fold to themselves.
 */
#ifndef DEMARCHE_FOLD_H
#define DEMARCHE_FOLD_H

#include <stddef.h>
#include <stdint.h>

#define FOLD_MAX	3
#define FOLD_MULTI_BIT	0x40000000

extern const uint16_t	fold_stage1[0x1100];
extern const int32_t	fold_stage2[][256];
extern const uint32_t	fold_multi[][FOLD_MAX];

/*
 * Write the folding of cp (cp < 0x110000) to out and return its length
 * (1..FOLD_MAX).
 */
static inline size_t
fold_cp(uint32_t cp, uint32_t *out)
{
	int32_t		 v;
	const uint32_t	*m;

	if (cp < 0x80) {
		out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
		return 1;
	}
	v = fold_stage2[fold_stage1[cp >> 8]][cp & 0xff];
	if ((v & FOLD_MULTI_BIT) == 0 || v < 0) {
		out[0] = (uint32_t)((int32_t)cp + v);
		return 1;
	}
	m = fold_multi[v & ~FOLD_MULTI_BIT];
	out[0] = m[0];
	out[1] = m[1];
	if (m[2] == 0)
		return 2;
	out[2] = m[2];
	return 3;
}

/*
 * Append the folding of the well-formed UTF-8 s[0..len) to out as code
 * points; returns the new count.  out must hold FOLD_MAX * len entries.
 * Ill-formed sequences become UTF8_REPLACEMENT.
 */
size_t	fold_utf8(const char *s, size_t len, uint32_t *out);

#endif
