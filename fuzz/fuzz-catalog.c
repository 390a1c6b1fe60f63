/*
 * libFuzzer harness for the catalogue reader: damaged bytes are rejected
 * or, when the checksum happens to hold, every lookup stays in bounds.
 * The checksum is recomputed over the input so the fuzzer reaches the
 * record parser instead of stopping at the CRC.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "text/article.h"
#include "text/catalog.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct catalog	 cat;
	struct article	*a;
	char		*copy, *cause = NULL;
	uint32_t	 crc;
	size_t		 i;

	copy = malloc(len + 4);
	memcpy(copy, data, len);
	crc = crc32_update(0, copy, len);
	memcpy(copy + len, (unsigned char[4]){ crc, crc >> 8, crc >> 16,
	    crc >> 24 }, 4);
	if (catalog_parse(&cat, copy, len + 4, &cause) != 0) {
		free(cause);
		return 0;
	}
	for (i = 0; i < cat.count; i++) {
		const struct catalog_entry *e = &cat.entries[i];
		char *path;
		path = strndup(e->path, e->pathlen);
		a = article_create("f", "f", "f");
		catalog_lookup(&cat, path, 0, 0, a);
		article_free(a);
		free(path);
	}
	catalog_release(&cat);
	return 0;
}
