/* hash: stable 64-bit fingerprints and CRC-32. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "tap.h"

/* CRC-32 a bit at a time: the definition, to check the fast ways. */
static uint32_t
crc_bitwise(uint32_t crc, const unsigned char *p, size_t len)
{
	int	k;

	crc = ~crc;
	while (len-- > 0) {
		crc ^= *p++;
		for (k = 0; k < 8; k++)
			crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
	}
	return ~crc;
}

/*
 * Every length to 1,100 and some large ones, at five alignments, from
 * a running CRC: the table's and the carry-less multiplication's paths
 * (64 bytes and more) must both give the definition's value.
 */
static int
crc_matches(void)
{
	static const size_t	 big[] = { 4096, 65536 + 13, 1000003 };
	unsigned char		*b = malloc(1000003 + 8);
	size_t			 len, off, i;
	uint32_t		 seed;
	int			 good = b != NULL;

	for (i = 0; good && i < 1000003 + 8; i++)
		b[i] = (unsigned char)(i * 2654435761u >> 13);
	for (len = 0; good && len <= 1100; len++) {
		for (off = 0; off < 5; off++) {
			seed = (uint32_t)(len * 40503u);
			good &= crc32_update(seed, b + off, len) ==
			    crc_bitwise(seed, b + off, len);
		}
	}
	for (i = 0; good && i < sizeof big / sizeof big[0]; i++)
		good &= crc32_update(7, b + 3, big[i]) ==
		    crc_bitwise(7, b + 3, big[i]);
	free(b);
	return good;
}

/* hash64_text, the fingerprint of article bytes kept on disk. */
static void
test_text(void)
{
	char		buf[203], w[8];
	uint64_t	h, seen[100];
	size_t		i, j;
	int		differ = 1, distinct = 1;

	for (i = 0; i < sizeof buf; i++)
		buf[i] = (char)('a' + i * 7 % 26);
	h = hash64_text(buf, sizeof buf);
	ok(h == hash64_text(buf, sizeof buf), "text hash is deterministic");
	/* The value is on disk: pinned, so a change of it is seen here. */
	ok(hash64_text(buf, sizeof buf) == 0xf4c75c80dfcec442ull,
	    "text hash known answer: %016llx", (unsigned long long)h);
	ok(hash64_text("abc", 3) == hash64("abc", 3, HASH_SEED),
	    "a short text hashes as hash64");
	for (i = 0; i < sizeof buf * 8; i++) {
		buf[i / 8] ^= (char)(1 << (i % 8));
		if (hash64_text(buf, sizeof buf) == h)
			differ = 0;
		buf[i / 8] ^= (char)(1 << (i % 8));
	}
	ok(differ, "every single-bit flip in 203 bytes (four lanes and a "
	    "tail) changes the text hash");
	memcpy(w, buf, 8);
	memcpy(buf, buf + 8, 8);
	memcpy(buf + 8, w, 8);
	ok(hash64_text(buf, sizeof buf) != h, "two words swapped change it");
	memset(buf, 'x', sizeof buf);
	for (i = 0; i < 100; i++) {
		seen[i] = hash64_text(buf, i + 30);
		for (j = 0; j < i; j++)
			if (seen[j] == seen[i])
				distinct = 0;
	}
	ok(distinct, "lengths 30 to 129 of one byte repeated: all differ");
}

int
main(void)
{
	char		buf[64];
	uint64_t	h;
	int		i, differ = 1;

	is_int(crc32_update(0, "123456789", 9), 0xcbf43926, "CRC-32 check value");
	is_int(crc32_update(crc32_update(0, "1234", 4), "56789", 5), 0xcbf43926, "CRC-32 is incremental");
	ok(crc_matches(), "CRC-32 as defined at every length, alignment and start");
	ok(hash64("abc", 3, HASH_SEED) == hash64("abc", 3, HASH_SEED), "hash is deterministic");
	ok(hash64("abc", 3, HASH_SEED) != hash64("abd", 3, HASH_SEED), "one byte changes it");
	ok(hash64("abc", 3, 1) != hash64("abc", 3, 2), "the seed changes it");
	ok(hash64("", 0, HASH_SEED) != hash64("\0", 1, HASH_SEED), "length matters");
	memset(buf, 'x', sizeof buf);
	h = hash64(buf, sizeof buf, HASH_SEED);
	for (i = 0; i < 64; i++) {
		buf[i] ^= 1;
		if (hash64(buf, sizeof buf, HASH_SEED) == h)
			differ = 0;
		buf[i] ^= 1;
	}
	ok(differ, "every single-bit flip in 64 bytes changes the hash");
	test_text();
	return tap_done();
}
