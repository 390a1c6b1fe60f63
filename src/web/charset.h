/*
 * charset: web pages and feeds to UTF-8.  The character set is taken, in
 * this order, from a byte order mark, the HTTP Content-Type header, and a
 * <meta charset> or <meta http-equiv> (or an XML declaration) in the first
 * 4 KB; without any, well-formed UTF-8 stays UTF-8 and anything else is
 * read as windows-1252.  The conversion uses iconv; bytes that do not
 * convert become U+FFFD, so the result is always well-formed UTF-8.
 *
 * A charset name iconv does not know counts as none declared, so the
 * conversion never fails; cause is never set (kept for the interface).
 */
#ifndef DEMARCHE_CHARSET_H
#define DEMARCHE_CHARSET_H

#include <stddef.h>

/*
 * The charset name that applies to data[0..len) (lowercase, at most
 * outsz - 1 bytes, into out), and the length of a BOM to skip in *bomlen.
 * content_type may be NULL.  Writes "" when nothing declares one.
 */
void	 charset_sniff(const char *data, size_t len, const char *content_type,
	    char *out, size_t outsz, size_t *bomlen);

/*
 * A malloc'd, NUL-terminated UTF-8 copy of data[0..len) (its length in
 * *outlen), converted from the sniffed charset, without its BOM.
 */
char	*charset_to_utf8(const char *data, size_t len, const char *content_type,
	    size_t *outlen, char **cause);

#endif
