/*
 * charset: sniff a page's declared character set and convert it to UTF-8
 * with iconv.  The sniffing looks for "charset=" over the first 4 KB, as
 * browsers do before they parse (the HTML parser needs the bytes in a
 * known encoding first); it never parses markup.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "web/charset.h"

#define CHARSET_SNIFF	4096

/* Copy the charset name that starts at p (after "charset="), lowercased. */
static void
charset_copy_name(const char *p, const char *end, char *out, size_t outsz)
{
	size_t	n = 0;

	while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
		p++;
	while (p < end && n + 1 < outsz && (isalnum((unsigned char)*p) ||
	    *p == '-' || *p == '_' || *p == '.' || *p == ':'))
		out[n++] = (char)tolower((unsigned char)*p++);
	out[n] = '\0';
}

/* Find "charset" (any case) in s[0..len) followed by '='; NULL if none. */
static const char *
charset_find(const char *s, size_t len)
{
	const char	*p = s, *end = s + len;

	while ((size_t)(end - p) >= 8) {
		p = memchr(p, 'c', (size_t)(end - p) - 7);
		if (p == NULL)
			break;
		if (strncasecmp(p, "charset", 7) == 0) {
			const char *q = p + 7;
			while (q < end && *q == ' ')
				q++;
			if (q < end && *q == '=')
				return q;
		}
		p++;
	}
	return NULL;
}

/* The XML declaration's encoding="..." when data starts with one. */
static int
charset_xml_decl(const char *data, size_t len, char *out, size_t outsz)
{
	const char	*end, *p;

	if (len < 6 || memcmp(data, "<?xml", 5) != 0)
		return 0;
	end = memchr(data, '>', len < 200 ? len : 200);
	if (end == NULL)
		return 0;
	for (p = data; p + 8 < end; p++) {
		if (memcmp(p, "encoding", 8) == 0) {
			charset_copy_name(p + 8, end, out, outsz);
			return out[0] != '\0';
		}
	}
	return 0;
}

void
charset_sniff(const char *data, size_t len, const char *content_type,
    char *out, size_t outsz, size_t *bomlen)
{
	const char	*p;
	size_t		 n = len < CHARSET_SNIFF ? len : CHARSET_SNIFF;

	out[0] = '\0';
	*bomlen = 0;
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		*bomlen = 3;
		snprintf(out, outsz, "utf-8");
		return;
	}
	if (len >= 2 && (memcmp(data, "\xff\xfe", 2) == 0 ||
	    memcmp(data, "\xfe\xff", 2) == 0)) {
		*bomlen = 2;
		snprintf(out, outsz, data[0] == '\xff' ? "utf-16le" :
		    "utf-16be");
		return;
	}
	if (content_type != NULL &&
	    (p = charset_find(content_type, strlen(content_type))) != NULL) {
		charset_copy_name(p, p + strlen(p), out, outsz);
		if (out[0] != '\0')
			return;
	}
	if (charset_xml_decl(data, len, out, outsz))
		return;
	if ((p = charset_find(data, n)) != NULL)
		charset_copy_name(p, data + n, out, outsz);
}

/* 1 when name is a spelling of UTF-8 (or of ASCII, its subset). */
static int
charset_is_utf8(const char *name)
{
	return strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0 ||
	    strcmp(name, "us-ascii") == 0 || strcmp(name, "ascii") == 0;
}

/* Convert with cd, replacing each byte that does not convert by U+FFFD. */
static void
charset_iconv(iconv_t cd, const char *data, size_t len, struct buf *b)
{
	char	 chunk[8192], *in = (char *)data, *outp;
	size_t	 inleft = len, outleft, r;

	while (inleft > 0) {
		outp = chunk;
		outleft = sizeof chunk;
		r = iconv(cd, &in, &inleft, &outp, &outleft);
		buf_add(b, chunk, sizeof chunk - outleft);
		if (r != (size_t)-1)
			continue;
		if (errno == E2BIG)
			continue;
		buf_adds(b, "\xef\xbf\xbd");
		if (errno == EINVAL)
			break;
		in++;
		inleft--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	outp = chunk;
	outleft = sizeof chunk;
	iconv(cd, NULL, NULL, &outp, &outleft);
	buf_add(b, chunk, sizeof chunk - outleft);
}

/*
 * The converter from the charset name, or (iconv_t)-1 to read the bytes
 * as UTF-8: undeclared (or unknown to iconv) and not well-formed UTF-8
 * is read as windows-1252.
 */
static iconv_t
charset_open(const char *name, const char *data, size_t len)
{
	iconv_t	cd = (iconv_t)-1;

	if (charset_is_utf8(name))
		return cd;
	if (name[0] != '\0')
		cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1 && !utf8_valid(data, len))
		cd = iconv_open("UTF-8", "WINDOWS-1252");
	return cd;
}

char *
charset_to_utf8(const char *data, size_t len, const char *content_type,
    size_t *outlen, char **cause)
{
	struct buf	 b;
	char		 name[64];
	size_t		 bom;
	iconv_t		 cd;

	charset_sniff(data, len, content_type, name, sizeof name, &bom);
	data += bom;
	len -= bom;
	if (strcmp(name, "iso-8859-1") == 0 || strcmp(name, "latin1") == 0)
		snprintf(name, sizeof name, "windows-1252");
	buf_init(&b);
	if ((cd = charset_open(name, data, len)) == (iconv_t)-1)
		utf8_repair(&b, data, len);
	else {
		charset_iconv(cd, data, len, &b);
		iconv_close(cd);
	}
	return buf_detach(&b, outlen);
}
