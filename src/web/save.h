/*
 * save: an extracted article as an article file, the format every other
 * part of demarche reads: a header block ("Title:", "Date:", "Source:",
 * "URL:", "Author:", "Language:", each present only when known, values on
 * one line), a blank line, then the body, ending with a newline.
 *
 * File names are made from slugs: ASCII letters and digits lowercased,
 * other letters (Cyrillic) kept, everything else a single '-'; never a
 * '/', "..", a control byte or a leading '.'; at most SAVE_SLUG_MAX bytes,
 * cut on a character boundary.  An article goes to DIR/DATE-SLUG.md (or
 * DIR/SLUG.md without a date), with "-2", "-3"... added when the name is
 * taken, and is written atomically (atomic.h): a killed writer leaves
 * either no file or the whole file.
 *
 * Errors: -1 with a malloc'd *cause.
 */
#ifndef DEMARCHE_SAVE_H
#define DEMARCHE_SAVE_H

#include <stddef.h>

struct buf;
struct extract;

#define SAVE_SLUG_MAX	64

/* Append the article file's text for ex to b. */
void	 save_format(const struct extract *ex, struct buf *b);
/* The slug of s into out[SAVE_SLUG_MAX + 1]; "article" when s has none. */
void	 save_slug(const char *s, char *out);
/*
 * Write ex into dir (created if needed) under a new unique name; the path
 * written goes to *pathp (malloc'd) when pathp is not NULL.
 */
int	 save_article(const char *dir, const struct extract *ex, char **pathp,
	    char **cause);

#endif
