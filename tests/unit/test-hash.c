/* hash: stable 64-bit fingerprints and CRC-32. */
#include "config.h"

#include <string.h>

#include "base/hash.h"
#include "tap.h"

int
main(void)
{
	char		buf[64];
	uint64_t	h;
	int		i, differ = 1;

	is_int(crc32_update(0, "123456789", 9), 0xcbf43926, "CRC-32 check value");
	is_int(crc32_update(crc32_update(0, "1234", 4), "56789", 5), 0xcbf43926, "CRC-32 is incremental");
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
	return tap_done();
}
