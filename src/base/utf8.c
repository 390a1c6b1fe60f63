/*
 * UTF-8 decoding with maximal-subpart error handling, repair, word counts
 * and a quick NFC check.  Classification uses libunistring's unictype.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unictype.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid)
{
	const unsigned char	*p = (const unsigned char *)s;
	unsigned char		 c = p[0], lo = 0x80, hi = 0xbf;
	size_t			 need, i;
	uint32_t		 v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
		v = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		v = c & 0x0f;
		if (c == 0xe0)
			lo = 0xa0;
		else if (c == 0xed)
			hi = 0x9f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xf0)
			lo = 0x90;
		else if (c == 0xf4)
			hi = 0x8f;
	} else
		goto bad1;
	for (i = 1; i <= need; i++) {
		if (i >= len || p[i] < lo || p[i] > hi) {
			*cp = UTF8_REPLACEMENT;
			if (valid != NULL)
				*valid = 0;
			return i;
		}
		v = (v << 6) | (p[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = v;
	return need + 1;
bad1:
	*cp = UTF8_REPLACEMENT;
	if (valid != NULL)
		*valid = 0;
	return 1;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char	*o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = 0xc0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3f);
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = 0xe0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3f);
		o[2] = 0x80 | (cp & 0x3f);
		return 3;
	}
	o[0] = 0xf0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3f);
	o[2] = 0x80 | ((cp >> 6) & 0x3f);
	o[3] = 0x80 | (cp & 0x3f);
	return 4;
}

int
utf8_valid(const char *s, size_t len)
{
	size_t		i = 0, n;
	uint64_t	word;
	uint32_t	cp;
	int		valid = 1;

	while (i < len && valid) {
		/* Eight ASCII bytes at a time. */
		if (i + 8 <= len) {
			memcpy(&word, s + i, 8);
			if ((word & 0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		/* Two bytes (Cyrillic, accented Latin): checked here, not by
		   a call a letter. */
		if ((unsigned char)s[i] >= 0xc2 && (unsigned char)s[i] <= 0xdf &&
		    i + 1 < len && ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
			i += 2;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp, &valid);
		i += n;
	}
	return valid;
}

void
utf8_repair(struct buf *b, const char *s, size_t len)
{
	size_t		i = 0, start = 0, n;
	uint32_t	cp;
	int		valid;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		valid = 1;
		n = utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid) {
			buf_add(b, s + start, i - start);
			buf_add(b, "\xef\xbf\xbd", 3);
			start = i + n;
		}
		i += n;
	}
	buf_add(b, s + start, len - start);
}

/*
 * Code points that can never change under NFC in any context: they have
 * NFC_QC=Yes and canonical combining class 0, and nothing composes with
 * them as a second character.  Everything below U+0300 and the Cyrillic
 * letters qualify; the rest goes to libunistring.
 */
int
utf8_is_nfc_stable(uint32_t cp)
{
	/* Ranges checked against libunistring: each code point is its own
	   NFC, has combining class 0 and is no second of a composition. */
	static const uint32_t stable[][2] = {	/* sorted */
		{ 0x0000, 0x02ff },	/* ASCII, Latin-1, Latin Extended */
		{ 0x0400, 0x0482 },	/* Cyrillic letters ... */
		{ 0x048a, 0x058f },	/* ... without combining marks, Armenian */
		{ 0x10a0, 0x10ff },	/* Georgian */
		{ 0x1e00, 0x1eff },	/* Latin Extended Additional */
		{ 0x2002, 0x20bf },	/* spaces, punctuation, currency */
		{ 0x2100, 0x2125 },	/* letterlike up to the Ohm sign: № */
		{ 0x2190, 0x2328 },	/* arrows, operators, technical */
		{ 0x232b, 0x27bf },	/* symbols, boxes, dingbats */
		{ 0x4e00, 0x9fff },	/* CJK ideographs */
		{ 0xac00, 0xd7a3 },	/* Hangul syllables */
		{ 0xe000, 0xf8ff },	/* private use */
		{ 0xfe00, 0xfe0f },	/* variation selectors */
		{ 0xff00, 0xffef },	/* half- and full-width forms */
		{ 0x1f000, 0x1faff },	/* pictographs, emoji */
	};
	size_t	i;

	for (i = 0; i < sizeof stable / sizeof stable[0]; i++) {
		if (cp < stable[i][0])
			return 0;
		if (cp <= stable[i][1])
			return 1;
	}
	return 0;
}

/* Whether s[0..len) (valid UTF-8) is its own NFC, by libunistring. */
static int
utf8_segment_is_nfc(const char *s, size_t len)
{
	size_t	 outlen;
	char	*out;
	int	 same;

	if ((out = utf8_nfc(s, len, &outlen)) == NULL)
		return 0;
	same = outlen == len && memcmp(out, s, len) == 0;
	free(out);
	return same;
}

/*
 * A stable code point (utf8_is_nfc_stable) neither composes with what is
 * before it nor reorders across it, so the text normalises segment by
 * segment between stable code points.  Only the segments around other
 * code points go through libunistring: a text is never copied whole.
 */
int
utf8_is_nfc(const char *s, size_t len)
{
	size_t		 i = 0, last = 0, end, n;
	uint32_t	 cp;
	int		 valid = 1;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			last = i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid)
			return 0;
		if (utf8_is_nfc_stable(cp)) {
			last = i;
			i += n;
			continue;
		}
		/* From the last stable code point to the next one. */
		for (end = i + n; end < len; end += n) {
			if ((unsigned char)s[end] < 0x80)
				break;
			n = utf8_decode(s + end, len - end, &cp, &valid);
			if (!valid)
				return 0;
			if (utf8_is_nfc_stable(cp))
				break;
		}
		if (!utf8_segment_is_nfc(s + last, end - last))
			return 0;
		last = i = end;
	}
	return 1;
}

char *
utf8_nfc(const char *s, size_t len, size_t *outlen)
{
	uint8_t	*r, *out;
	size_t	 n = 0;

	if (!utf8_valid(s, len))
		return NULL;
	r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, len, NULL, &n);
	if (r == NULL)
		return NULL;
	out = xmalloc(n + 1);
	memcpy(out, r, n);
	out[n] = '\0';
	free(r);
	*outlen = n;
	return (char *)out;
}

/*
 * utf8_is_alnum of the two-byte code points, one bit each, built on
 * first need: word counts of Cyrillic text asked libunistring three
 * questions a letter.
 */
#define UTF8_ALNUM_BITS	0x800
static uint8_t		 utf8_alnum_bits[UTF8_ALNUM_BITS / 8];
static pthread_once_t	 utf8_alnum_once = PTHREAD_ONCE_INIT;
/* utf8_count_words looks every two-byte code point up in the table. */
_Static_assert(UTF8_ALNUM_BITS >= 0x800, "the table covers two bytes");

static int
utf8_is_alnum_slow(uint32_t cp)
{
	return uc_is_property_alphabetic(cp) || uc_is_general_category(cp,
	    UC_CATEGORY_N) || uc_is_general_category(cp, UC_CATEGORY_M);
}

static void
utf8_make_alnum_bits(void)
{
	uint32_t	cp;

	for (cp = 0; cp < UTF8_ALNUM_BITS; cp++) {
		if (utf8_is_alnum_slow(cp))
			utf8_alnum_bits[cp >> 3] |= 1 << (cp & 7);
	}
}

int
utf8_is_alnum(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' &&
		    (cp | 0x20) <= 'z');
	if (cp < UTF8_ALNUM_BITS) {
		pthread_once(&utf8_alnum_once, utf8_make_alnum_bits);
		return (utf8_alnum_bits[cp >> 3] >> (cp & 7)) & 1;
	}
	return utf8_is_alnum_slow(cp);
}

int
utf8_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return uc_is_property_uppercase(cp) ||
	    uc_is_general_category(cp, UC_CATEGORY_Lt);
}

int
utf8_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return uc_is_property_lowercase(cp);
}

int
utf8_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return cp == 0xa0 || cp == 0x85 || uc_is_property_white_space(cp);
}

size_t
utf8_count_chars(const char *s, size_t len)
{
	size_t		 i = 0, n = 0;
	uint32_t	 cp;

	while (i < len) {
		i += (unsigned char)s[i] < 0x80 ? 1 :
		    utf8_decode(s + i, len - i, &cp, NULL);
		n++;
	}
	return n;
}

/* For utf8_count_words: 1 a letter or digit, 2 the apostrophe and the
   hyphen, which join two parts of a word. */
static const uint8_t	utf8_word_ascii[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['\''] = 2, ['-'] = 2
};

size_t
utf8_count_words(const char *s, size_t len)
{
	size_t		 i = 0, words = 0;
	uint32_t	 cp;
	int		 inword = 0, isw;
	unsigned char	 c;

	pthread_once(&utf8_alnum_once, utf8_make_alnum_bits);
	while (i < len) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			/* utf8_is_alnum's ASCII case by a table, without the
			   call or the branches: 1 alnum, 2 inside a word. */
			i++;
			isw = (utf8_word_ascii[c] & 1) |
			    ((utf8_word_ascii[c] >> 1) & inword);
		} else if (c >= 0xc2 && c <= 0xdf && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
			/* Two bytes, well formed (Cyrillic, accented Latin):
			   decoded and looked up here, without two calls a
			   letter.  Counting the words of every article was a
			   seventh of reading a corpus from nothing. */
			cp = (uint32_t)(c & 0x1f) << 6 |
			    ((unsigned char)s[i + 1] & 0x3f);
			i += 2;
			isw = (utf8_alnum_bits[cp >> 3] >> (cp & 7)) & 1;
		} else {
			i += utf8_decode(s + i, len - i, &cp, NULL);
			isw = utf8_is_alnum(cp) || (inword && cp == 0x2019);
		}
		/* Without a branch: taken at every word's start, it was
		   mispredicted about as often. */
		words += (size_t)(isw & (inword ^ 1));
		inword = isw;
	}
	return words;
}

/*
 * The NFC of long texts, chunk by chunk.  Code points that may begin a
 * chunk (one bit each: NFC never joins them with what precedes them), and
 * those that are moreover NFC on their own (a text made only of them is
 * NFC); both tables are built on first need, once for all threads.
 */
static uint8_t		*utf8_boundary_bits;
static uint8_t		*utf8_stable_bits;
static pthread_once_t	 utf8_tables_once = PTHREAD_ONCE_INIT;

/* 1 when the code point alone is in NFC (no singleton, no exclusion). */
static int
utf8_nfc_alone(uint32_t cp)
{
	uint32_t	 buf[8], *r;
	size_t		 n = 8;
	int		 same;

	r = u32_normalize(UNINORM_NFC, &cp, 1, buf, &n);
	if (r == NULL)
		return 0;
	same = n == 1 && r[0] == cp;
	if (r != buf)
		free(r);
	return same;
}

static void
utf8_make_tables(void)
{
	uint32_t	cp, d[UC_DECOMPOSITION_MAX_LENGTH];
	int		n;

	utf8_boundary_bits = xcalloc(0x110000 / 8, 1);
	for (cp = 0; cp < 0x110000; cp++) {
		if (uc_combining_class(cp) == 0)
			utf8_boundary_bits[cp >> 3] |= 1 << (cp & 7);
	}
	for (cp = 0; cp < 0x110000; cp++) {
		n = uc_canonical_decomposition(cp, d);
		if (n == 2)	/* d[1] composes with what precedes it */
			utf8_boundary_bits[d[1] >> 3] &= ~(1 << (d[1] & 7));
		if (n > 0 && uc_combining_class(d[0]) != 0)
			utf8_boundary_bits[cp >> 3] &= ~(1 << (cp & 7));
	}
	for (cp = 0x1160; cp < 0x1200; cp++)	/* Hangul V and T jamo */
		utf8_boundary_bits[cp >> 3] &= ~(1 << (cp & 7));
	for (cp = 0xd7b0; cp < 0xd800; cp++)
		utf8_boundary_bits[cp >> 3] &= ~(1 << (cp & 7));
	utf8_stable_bits = xmalloc(0x110000 / 8);
	memcpy(utf8_stable_bits, utf8_boundary_bits, 0x110000 / 8);
	for (cp = 0x300; cp < 0x110000; cp++) {
		if (((utf8_boundary_bits[cp >> 3] >> (cp & 7)) & 1) &&
		    uc_canonical_decomposition(cp, d) > 0 && !utf8_nfc_alone(cp))
			utf8_stable_bits[cp >> 3] &= ~(1 << (cp & 7));
	}
	for (cp = 0xd800; cp < 0xe000; cp++)
		utf8_stable_bits[cp >> 3] &= ~(1 << (cp & 7));
}

int
utf8_nfc_boundary(uint32_t cp)
{
	if (utf8_is_nfc_stable(cp))
		return 1;
	pthread_once(&utf8_tables_once, utf8_make_tables);
	return (utf8_boundary_bits[cp >> 3] >> (cp & 7)) & 1;
}

int
utf8_is_nfc_quick(const char *s, size_t len)
{
	size_t		i = 0;
	uint64_t	word;
	uint32_t	cp;
	int		valid;

	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&word, s + i, 8);
			if ((word & 0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		/* U+0400..U+047F (D0 or D1 and a continuation byte): the
		   Cyrillic letters, all stable, so Russian and Ukrainian
		   text is checked two bytes at a time without decoding. */
		if (((unsigned char)s[i] | 1) == 0xd1 && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
			i += 2;
			continue;
		}
		valid = 1;
		i += utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid)
			return 0;
		/* Common scripts and punctuation need no table: building
		   it walks every code point through libunistring. */
		if (utf8_is_nfc_stable(cp))
			continue;
		pthread_once(&utf8_tables_once, utf8_make_tables);
		if (!((utf8_stable_bits[cp >> 3] >> (cp & 7)) & 1))
			return 0;
	}
	return 1;
}


/* Append the NFC of the well-formed chunk s[0..n) to out. */
static void
utf8_nfc_chunk(struct buf *out, const char *s, size_t n)
{
	uint8_t	*r;
	size_t	 rlen = 0;

	if (!utf8_is_nfc_quick(s, n) && !utf8_is_nfc(s, n) &&
	    (r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL,
	    &rlen)) != NULL) {
		buf_add(out, r, rlen);
		free(r);
		return;
	}
	buf_add(out, s, n);
}

const char *
utf8_nfc_buf(const char *s, size_t len, struct buf *out, size_t *outlen)
{
	size_t		i = 0, start = 0, k;
	uint32_t	cp;
	int		valid;

	if (utf8_is_nfc_quick(s, len)) {
		*outlen = len;
		return s;
	}
	buf_reset(out);
	while (i < len) {
		valid = 1;
		k = utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid) {
			utf8_nfc_chunk(out, s + start, i - start);
			buf_add(out, s + i, k);
			start = i + k;
		} else if (i > start && utf8_nfc_boundary(cp)) {
			utf8_nfc_chunk(out, s + start, i - start);
			start = i;
		}
		i += k;
	}
	utf8_nfc_chunk(out, s + start, len - start);
	*outlen = out->len;
	return out->data;
}
