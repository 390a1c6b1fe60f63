/* buf and xmalloc: growth, printf, detach, overflow-checked arrays. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "tap.h"

int
main(void)
{
	struct buf	 b = { 0 };
	char		*s;
	size_t		 len, alloc = 0, i;
	int		*arr = NULL;

	buf_adds(&b, "Kyiv");
	buf_addc(&b, ' ');
	buf_printf(&b, "%d-%s", 2025, "03-11");
	is_str(b.data, "Kyiv 2025-03-11", "add, addc, printf");
	is_int(b.len, 15, "length tracks");
	for (i = 0; i < 10000; i++)
		buf_addc(&b, 'x');
	is_int(b.len, 10015, "grows past many reallocations");
	ok(b.data[b.len] == '\0', "always NUL-terminated");
	s = buf_detach(&b, &len);
	ok(len == 10015 && b.data == NULL && b.len == 0, "detach empties the buffer");
	free(s);
	buf_reset(&b);
	s = buf_detach(&b, &len);
	ok(s != NULL && *s == '\0' && len == 0, "detaching an empty buffer gives \"\"");
	free(s);
	for (i = 0; i < 1000; i++) {
		arr = xgrow(arr, &alloc, i + 1, sizeof *arr);
		arr[i] = (int)i;
	}
	ok(alloc >= 1000 && arr[999] == 999, "xgrow keeps contents");
	free(arr);
	s = xasprintf("%s:%u", "file", 12u);
	is_str(s, "file:12", "xasprintf");
	free(s);
	s = xstrndup("abcdef", 3);
	is_str(s, "abc", "xstrndup cuts");
	free(s);
	return tap_done();
}
