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
/*
 * The fingerprint of an article's bytes (catalogue, index, text cache):
 * four lanes at once, some twice hash64's speed on a long text.  Checking
 * that a candidate's bytes are still those indexed was a fifth of a rare
 * word's search.
 */
uint64_t	hash64_text(const void *, size_t);
/* 32-bit CRC (IEEE, as zlib) for block checksums. */
uint32_t	crc32_update(uint32_t crc, const void *, size_t);

#endif
