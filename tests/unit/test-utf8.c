/* utf8: decoding with maximal subparts, repair, NFC check, word counts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "tap.h"

static void
test_decode(void)
{
	uint32_t	cp;
	int		valid;

	valid = 1;
	is_int(utf8_decode("\xd0\x97", 2, &cp, &valid), 2, "Cyrillic Ze is 2 bytes");
	is_int(cp, 0x417, "decodes to U+0417");
	ok(valid, "and is valid");
	valid = 1;
	is_int(utf8_decode("\xf0\x9f\x98\x80", 4, &cp, &valid), 4, "emoji is 4 bytes");
	is_int(cp, 0x1f600, "decodes to U+1F600");
	valid = 1;
	is_int(utf8_decode("\xc0\xaf", 2, &cp, &valid), 1, "overlong C0 is a 1-byte subpart");
	ok(!valid && cp == UTF8_REPLACEMENT, "overlong gives U+FFFD");
	valid = 1;
	is_int(utf8_decode("\xed\xa0\x80", 3, &cp, &valid), 1, "surrogate lead stops at 1 byte");
	ok(!valid, "surrogate is invalid");
	valid = 1;
	is_int(utf8_decode("\xe2\x80", 2, &cp, &valid), 2, "truncated 3-byte sequence is one subpart of 2");
	ok(!valid, "truncated is invalid");
	valid = 1;
	is_int(utf8_decode("\xf4\x90\x80\x80", 4, &cp, &valid), 1, "above U+10FFFF stops at 1");
	ok(!valid, "above U+10FFFF is invalid");
}

static void
test_repair(void)
{
	struct buf	b = { 0 };

	utf8_repair(&b, "a\xff" "b\xe2\x80" "c", 6);
	is_str(b.data, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c", "each bad run is one U+FFFD");
	ok(utf8_valid(b.data, b.len), "repaired text is valid");
	buf_release(&b);
	ok(utf8_valid("Зеленський", strlen("Зеленський")), "Ukrainian is valid");
	ok(!utf8_valid("\x80", 1), "a lone continuation byte is not");
}

static void
test_nfc(void)
{
	char	*out;
	size_t	 len;

	ok(utf8_is_nfc("plain ASCII", 11), "ASCII is NFC");
	ok(utf8_is_nfc("Київ і Москва", strlen("Київ і Москва")), "Cyrillic is NFC");
	ok(utf8_is_nfc("caf\xc3\xa9", 5), "precomposed e-acute is NFC");
	ok(!utf8_is_nfc("cafe\xcc\x81", 6), "e + combining acute is not NFC");
	ok(!utf8_is_nfc("\xd0\x98\xcc\x86", 4), "I + combining breve is not NFC");
	ok(!utf8_is_nfc("\xe2\x84\xa6", 3), "OHM SIGN is not NFC");
	out = utf8_nfc("cafe\xcc\x81", 6, &len);
	ok(out != NULL && len == 5 && memcmp(out, "caf\xc3\xa9", 5) == 0, "NFC composes e-acute");
	free(out);
	ok(utf8_nfc("\xff", 1, &len) == NULL, "NFC refuses invalid input");
}

/*
 * utf8_is_nfc checks segment by segment; on random mixes of starters,
 * combining marks, Hangul jamo and singletons it must say what comparing
 * the whole text with its libunistring NFC says.
 */
static void
test_nfc_segments(void)
{
	static const uint32_t palette[] = {
		'a', 'e', ' ', 0x00e9, 0x0301, 0x0308, 0x0327, 0x0323, 0x0306,
		0x0418, 0x0419, 0x03b1, 0x0345, 0x1100, 0x1161, 0x11a8, 0xac00,
		0xac01, 0x2126, 0x212b, 0x0958, 0x093c, 0x0915, 0x0627, 0x0653,
		0x1e9b, 0x0f73, 0x05d0, 0x05b7, 0x3099, 0x304b,
	};
	uint32_t	 cps[16];
	uint8_t		 u8[64];
	size_t		 i, k, n, len, outlen, bad = 0;
	uint64_t	 seed = 7;
	char		*out, *big;
	int		 whole;

	for (i = 0; i < 20000; i++) {
		n = 1 + tap_rand(&seed, 12);
		for (k = 0; k < n; k++)
			cps[k] = palette[tap_rand(&seed, sizeof palette /
			    sizeof palette[0])];
		len = sizeof u8;
		if (u32_to_u8(cps, n, u8, &len) != u8)
			continue;
		out = utf8_nfc((char *)u8, len, &outlen);
		whole = out != NULL && outlen == len && memcmp(out, u8, len) == 0;
		free(out);
		if (utf8_is_nfc((char *)u8, len) != whole && bad++ < 3)
			tap_diag("disagree on a string of %zu code points, first U+%04X", n, (unsigned)cps[0]);
	}
	ok(bad == 0, "segment by segment agrees with the whole text's NFC on 20,000 mixes");
	big = xmalloc(1 << 20);
	memset(big, 'x', 1 << 20);
	memcpy(big + (1 << 20) - 3, "e\xcc\x81", 3);
	ok(!utf8_is_nfc(big, 1 << 20), "a decomposed e-acute at the end of a megabyte is found");
	memcpy(big + (1 << 20) - 3, "x\xc3\xa9", 3);
	ok(utf8_is_nfc(big, 1 << 20), "and a precomposed one is NFC");
	free(big);
}

/* Every code point the quick check calls stable really is: its own NFC,
   combining class 0, and never the second of a canonical pair. */
static void
test_nfc_stable(void)
{
	static uint8_t	second[0x110000];
	uint32_t	cp, d[UC_DECOMPOSITION_MAX_LENGTH], out[8];
	size_t		n, nstable = 0, bad = 0;

	for (cp = 0; cp < 0x110000; cp++) {
		if (uc_canonical_decomposition(cp, d) == 2)
			second[d[1]] = 1;
	}
	for (cp = 0; cp < 0x110000; cp++) {
		if (!utf8_is_nfc_stable(cp))
			continue;
		nstable++;
		n = 8;
		if (u32_normalize(UNINORM_NFC, &cp, 1, out, &n) == NULL ||
		    n != 1 || out[0] != cp || uc_combining_class(cp) != 0 ||
		    second[cp]) {
			if (bad++ < 3)
				tap_diag("U+%04X is not stable", (unsigned)cp);
		}
	}
	ok(nstable > 2000 && bad == 0, "the quick NFC check (%zu code points) agrees with libunistring", nstable);
}

static void
test_words(void)
{
	is_int(utf8_count_chars("", 0), 0, "no characters in nothing");
	is_int(utf8_count_chars("Россия(", strlen("Россия(")), 7,
	    "seven characters in thirteen bytes");
	is_int(utf8_count_chars("a\xff" "b", 3), 3, "a bad byte is one");
	is_int(utf8_count_words("", 0), 0, "no words in nothing");
	is_int(utf8_count_words("Putin's aide, Yuri Ushakov.", 27), 4, "apostrophe stays in a word");
	is_int(utf8_count_words("Зеленський і Путін", strlen("Зеленський і Путін")), 3, "Cyrillic words");
	is_int(utf8_count_words("30-day ceasefire", 16), 2, "hyphen joins");
	ok(utf8_is_upper(0x417) && !utf8_is_upper(0x437), "Cyrillic case");
	ok(utf8_is_lower('a') && !utf8_is_lower('A'), "ASCII case");
}

/* A bad byte anywhere in ASCII text, read eight bytes at a time. */
static void
test_valid_long(void)
{
	char	t[40];
	size_t	i;
	int	bad = 0;

	memset(t, 'a', sizeof t);
	if (!utf8_valid(t, sizeof t))
		bad++;
	for (i = 0; i < sizeof t; i++) {
		t[i] = (char)0xc3;
		if (utf8_valid(t, sizeof t) || !utf8_valid(t, i))
			bad++;
		t[i] = 'a';
	}
	is_int(bad, 0, "a lone lead byte at any place in ASCII is found");
}

/* The table of two-byte code points answers as libunistring does. */
static void
test_alnum(void)
{
	uint32_t	cp;
	int		bad = 0, want;

	for (cp = 0; cp < 0x3000; cp++) {
		want = uc_is_property_alphabetic(cp) ||
		    uc_is_general_category(cp, UC_CATEGORY_N) ||
		    uc_is_general_category(cp, UC_CATEGORY_M);
		if (utf8_is_alnum(cp) != want)
			bad++;
	}
	is_int(bad, 0, "utf8_is_alnum agrees with libunistring below U+3000");
	ok(utf8_is_alnum(0x416) && !utf8_is_alnum(0x482) &&
	    utf8_is_alnum(0x301) && !utf8_is_alnum(0xab),
	    "Zhe and an accent are, the thousands sign and << are not");
	is_int(utf8_count_words("a-b 'c' d\xe2\x80\x99" "e -f", 16), 4,
	    "hyphen and apostrophes inside words, not before them");
}

/* utf8_valid as utf8_decode, code point by code point, would say. */
static int
valid_by_decode(const char *s, size_t len)
{
	size_t		i = 0;
	uint32_t	cp;
	int		valid = 1;

	while (i < len && valid)
		i += utf8_decode(s + i, len - i, &cp, &valid);
	return valid;
}

/* Every pair of bytes, alone and after ASCII: utf8_valid's fast paths
   (eight ASCII bytes, two-byte sequences) change no answer. */
static void
test_valid_pairs(void)
{
	char	t[11] = "abcdefghi";
	int	b0, b1, bad = 0;

	for (b0 = 0; b0 < 256; b0++) {
		for (b1 = 0; b1 < 256; b1++) {
			t[9] = (char)b0;
			t[10] = (char)b1;
			if (utf8_valid(t + 9, 2) != valid_by_decode(t + 9, 2) ||
			    utf8_valid(t, 11) != valid_by_decode(t, 11) ||
			    utf8_valid(t + 9, 1) != valid_by_decode(t + 9, 1))
				bad++;
		}
	}
	is_int(bad, 0, "utf8_valid as decoding says, for every two bytes");
}

/*
 * Every two-byte code point counts as utf8_is_alnum says, alone, between
 * spaces and inside a word (utf8_count_words decodes those itself), and a
 * lead byte whose continuation is missing or cut off is no letter.
 */
static void
test_words_two_bytes(void)
{
	char		t[8];
	uint32_t	cp;
	int		bad = 0, want;

	for (cp = 0x80; cp < 0x800; cp++) {
		want = utf8_is_alnum(cp);
		t[0] = ' ';
		t[1] = (char)(0xc0 | cp >> 6);
		t[2] = (char)(0x80 | (cp & 0x3f));
		t[3] = ' ';
		if (utf8_count_words(t + 1, 2) != (size_t)want ||
		    utf8_count_words(t, 4) != (size_t)want)
			bad++;
		t[0] = 'a';
		t[3] = 'b';
		if (utf8_count_words(t, 4) != (want ? 1u : 2u))
			bad++;
	}
	is_int(bad, 0, "two-byte code points counted as utf8_is_alnum says");
	for (bad = 0, cp = 0; cp < 0x80; cp++) {
		want = utf8_is_alnum(cp);
		t[0] = 'a';
		t[1] = (char)cp;
		t[2] = 'b';
		if (utf8_count_words(t + 1, 1) != (size_t)want ||
		    utf8_count_words(t, 3) != (want || cp == '\'' ||
		    cp == '-' ? 1u : 2u))
			bad++;
	}
	is_int(bad, 0, "ASCII counted as utf8_is_alnum says, ' and - join");
	is_int(utf8_count_words("a \xd0", 3), 1, "a lead byte cut off");
	is_int(utf8_count_words("a \xd0 b", 5), 2,
	    "a lead byte without its continuation");
}

int
main(void)
{
	test_decode();
	test_repair();
	test_nfc();
	test_nfc_stable();
	test_nfc_segments();
	test_words();
	test_words_two_bytes();
	test_valid_pairs();
	test_alnum();
	test_valid_long();
	return tap_done();
}
