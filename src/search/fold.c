/* Case folding of UTF-8 strings with the generated table (fold.h). */
#include "config.h"

#include "base/utf8.h"
#include "search/fold.h"

size_t
fold_utf8(const char *s, size_t len, uint32_t *out)
{
	size_t		 i = 0, n = 0, k;
	uint32_t	 cp;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp, NULL);
		n += fold_cp(cp, out + n);
		i += k;
	}
	return n;
}
