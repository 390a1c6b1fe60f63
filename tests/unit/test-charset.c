/* charset: sniffing the declared charset and converting to UTF-8. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "web/charset.h"
#include "tap.h"

static char *
conv(const char *s, size_t len, const char *ctype)
{
	char	*cause = NULL, *out;
	size_t	 n;

	out = charset_to_utf8(s, len, ctype, &n, &cause);
	free(cause);
	return out;
}

int
main(void)
{
	char	 name[64], *s, *cause = NULL;
	size_t	 bom, n;
	/* "Мир" in windows-1251 and in KOI8-R. */
	const char cp1251[] = "<p>\xcc\xe8\xf0</p>", koi8[] =
	    "<meta charset=\"KOI8-R\"><p>\xed\xc9\xd2</p>";

	charset_sniff("<meta charset=\"Windows-1251\">", 28, NULL, name,
	    sizeof name, &bom);
	is_str(name, "windows-1251", "meta charset, lowercased");
	charset_sniff("<meta http-equiv=Content-Type content='text/html; "
	    "charset=koi8-r'>", 65, NULL, name, sizeof name, &bom);
	is_str(name, "koi8-r", "meta http-equiv");
	charset_sniff("<meta charset=koi8-r>", 21, "text/html; charset=UTF-8",
	    name, sizeof name, &bom);
	is_str(name, "utf-8", "the HTTP header wins over meta");
	charset_sniff("\xef\xbb\xbf<meta charset=koi8-r>", 24,
	    "text/html; charset=cp1251", name, sizeof name, &bom);
	ok(strcmp(name, "utf-8") == 0 && bom == 3, "a BOM wins over both");
	charset_sniff("<?xml version='1.0' encoding='ISO-8859-5'?><x/>", 47,
	    NULL, name, sizeof name, &bom);
	is_str(name, "iso-8859-5", "the XML declaration");
	charset_sniff("<p>none</p>", 11, NULL, name, sizeof name, &bom);
	is_str(name, "", "nothing declared");

	s = conv(cp1251, strlen(cp1251), "text/html; charset=windows-1251");
	is_str(s, "<p>\xd0\x9c\xd0\xb8\xd1\x80</p>", "windows-1251 to UTF-8");
	free(s);
	s = conv(koi8, strlen(koi8), NULL);
	ok(strstr(s, "\xd0\x9c\xd0\xb8\xd1\x80") != NULL, "KOI8-R to UTF-8");
	free(s);
	s = conv("caf\xe9", 4, NULL);
	is_str(s, "caf\xc3\xa9", "undeclared, not UTF-8: windows-1252");
	free(s);
	s = conv("ok \xff\xfe x", 7, "text/html; charset=utf-8");
	ok(utf8_valid(s, strlen(s)), "declared UTF-8 is repaired");
	free(s);
	s = conv("\xef\xbb\xbfhi", 5, NULL);
	is_str(s, "hi", "the BOM is dropped");
	free(s);
	s = conv("<p>\x98</p>", 8, "text/html; charset=koi8-r");
	ok(s != NULL && utf8_valid(s, strlen(s)), "every byte converts");
	free(s);
	s = charset_to_utf8("caf\xe9", 4, "text/html; charset=no-such-set", &n,
	    &cause);
	ok(s != NULL && strcmp(s, "caf\xc3\xa9") == 0 && cause == NULL,
	    "an unknown charset counts as none declared");
	free(s);
	s = charset_to_utf8("", 0, NULL, &n, &cause);
	ok(s != NULL && *s == '\0' && n == 0, "an empty page");
	free(s);
	return tap_done();
}
