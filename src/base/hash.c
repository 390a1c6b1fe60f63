/*
 * A 64-bit hash working on 8-byte little-endian words (a small
 * multiply-xorshift mixer) and a table-driven CRC-32.
 */
#include "config.h"

#include <pthread.h>
#include <string.h>

#include "base/hash.h"

static uint64_t
hash_load64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	    (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static uint64_t
hash_mix(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ull;
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ull;
	h ^= h >> 32;
	return h;
}

uint64_t
hash64(const void *data, size_t len, uint64_t seed)
{
	const unsigned char	*p = data;
	uint64_t		 h = seed ^ (len * 0xff51afd7ed558ccdull);
	uint64_t		 a = 0x243f6a8885a308d3ull, w;
	unsigned char		 tail[8];

	while (len >= 16) {
		h = (h ^ hash_load64(p)) * 0x9fb21c651e98df25ull;
		a = (a ^ hash_load64(p + 8)) * 0xc2b2ae3d27d4eb4full;
		h = (h << 29 | h >> 35) + a;
		p += 16;
		len -= 16;
	}
	if (len >= 8) {
		h = (h ^ hash_load64(p)) * 0x9fb21c651e98df25ull;
		p += 8;
		len -= 8;
	}
	memset(tail, 0, sizeof tail);
	memcpy(tail, p, len);
	w = hash_load64(tail) ^ ((uint64_t)len << 56);
	h = (h ^ w) * 0x9fb21c651e98df25ull;
	return hash_mix(h ^ a);
}

/* Slicing-by-8 tables: crc_table[k][b] is the CRC of byte b followed by
   k zero bytes, so eight input bytes are folded in per step. */
static uint32_t		crc_table[8][256];
static pthread_once_t	crc_once = PTHREAD_ONCE_INIT;

static void
crc_make_table(void)
{
	uint32_t	c;
	size_t		i, k;

	for (i = 0; i < 256; i++) {
		c = (uint32_t)i;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
		crc_table[0][i] = c;
	}
	for (i = 0; i < 256; i++) {
		c = crc_table[0][i];
		for (k = 1; k < 8; k++) {
			c = crc_table[0][c & 0xff] ^ (c >> 8);
			crc_table[k][i] = c;
		}
	}
}

uint32_t
crc32_update(uint32_t crc, const void *data, size_t len)
{
	const unsigned char	*p = data;
	uint32_t		 lo, hi;

	pthread_once(&crc_once, crc_make_table);
	crc = ~crc;
	while (len >= 8) {
		lo = crc ^ ((uint32_t)p[0] | (uint32_t)p[1] << 8 |
		    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
		hi = (uint32_t)p[4] | (uint32_t)p[5] << 8 |
		    (uint32_t)p[6] << 16 | (uint32_t)p[7] << 24;
		crc = crc_table[7][lo & 0xff] ^ crc_table[6][(lo >> 8) & 0xff] ^
		    crc_table[5][(lo >> 16) & 0xff] ^ crc_table[4][lo >> 24] ^
		    crc_table[3][hi & 0xff] ^ crc_table[2][(hi >> 8) & 0xff] ^
		    crc_table[1][(hi >> 16) & 0xff] ^ crc_table[0][hi >> 24];
		p += 8;
		len -= 8;
	}
	while (len-- > 0)
		crc = crc_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}
