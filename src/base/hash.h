/*
 * hash: a fast 64-bit non-cryptographic hash for content fingerprints
 * (catalogue, caches) and checksums of on-disk blocks.  The value is
 * stable across runs and machines of either endianness.
 */
#ifndef DEMARCHE_HASH_H
#define DEMARCHE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_SEED 0x9e3779b97f4a7c15ull

uint64_t	hash64(const void *, size_t, uint64_t seed);
/* 32-bit CRC (IEEE, as zlib) for block checksums. */
uint32_t	crc32_update(uint32_t crc, const void *, size_t);

#endif
