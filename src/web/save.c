/*
 * save: article files from extracted pages.  The header values pass
 * through save_field so that a value can never end the header early or
 * carry a control byte into the file.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "web/extract.h"
#include "web/save.h"

/* One header line, its value on one line without control bytes. */
static void
save_field(struct buf *b, const char *key, const char *v)
{
	const char	*p;
	int		 space = 0;

	if (v == NULL || *v == '\0')
		return;
	buf_adds(b, key);
	buf_adds(b, ": ");
	for (p = v; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == ' ') {
			space = 1;
			continue;
		}
		if (space && b->data[b->len - 1] != ' ')
			buf_addc(b, ' ');
		space = 0;
		buf_addc(b, *p);
	}
	buf_addc(b, '\n');
}

void
save_format(const struct extract *ex, struct buf *b)
{
	save_field(b, "Title", ex->title);
	save_field(b, "Date", ex->date);
	save_field(b, "Source", ex->source);
	save_field(b, "URL", ex->url);
	save_field(b, "Author", ex->author);
	save_field(b, "Language", ex->language);
	if (b->len > 0)
		buf_addc(b, '\n');
	buf_adds(b, ex->body != NULL ? ex->body : "");
	buf_addc(b, '\n');
}

/* The lowercase of ASCII and Cyrillic capitals; others unchanged. */
static uint32_t
save_lower(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 0x50;
	if (cp == 0x490)
		return 0x491;
	return cp;
}

void
save_slug(const char *s, char *out)
{
	size_t		 n = 0, len = s != NULL ? strlen(s) : 0, k;
	uint32_t	 cp;
	char		 enc[4];
	int		 dash = 0;

	while (len > 0) {
		k = utf8_decode(s, len, &cp, NULL);
		s += k;
		len -= k;
		if (!utf8_is_alnum(cp) || cp == UTF8_REPLACEMENT) {
			dash = n > 0;
			continue;
		}
		cp = save_lower(cp);
		k = utf8_encode(cp, enc);
		if (n + dash + k > SAVE_SLUG_MAX)
			break;
		if (dash)
			out[n++] = '-';
		memcpy(out + n, enc, k);
		n += k;
		dash = 0;
	}
	out[n] = '\0';
	if (n == 0)
		strcpy(out, "article");
}

/* The first DIR/BASE.md, DIR/BASE-2.md, ... that does not exist. */
static char *
save_unique(const char *dir, const char *base)
{
	struct stat	 st;
	char		*path;
	unsigned	 i;

	path = xasprintf("%s/%s.md", dir, base);
	for (i = 2; lstat(path, &st) == 0 || errno != ENOENT; i++) {
		free(path);
		path = xasprintf("%s/%s-%u.md", dir, base, i);
		if (i > 10000)
			break;
	}
	return path;
}

int
save_article(const char *dir, const struct extract *ex, char **pathp,
    char **cause)
{
	struct buf	 b;
	char		 slug[SAVE_SLUG_MAX + 1], *base, *path;
	int		 r;

	if (mkdir_p(dir, cause) != 0)
		return -1;
	save_slug(ex->title, slug);
	base = ex->date != NULL ? xasprintf("%s-%s", ex->date, slug) :
	    xstrdup(slug);
	path = save_unique(dir, base);
	free(base);
	buf_init(&b);
	save_format(ex, &b);
	r = atomic_write(path, b.data, b.len, cause);
	buf_release(&b);
	if (r == 0 && pathp != NULL)
		*pathp = path;
	else
		free(path);
	return r;
}
