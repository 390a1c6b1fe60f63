/*
 * feeds: the subscriptions file, in newsboat's "urls" format: one feed a
 * line, the URL first, then optional tags, a quoted "~Title" naming the
 * feed, other quoted tags with spaces; '#' starts a comment line; blank
 * lines are ignored.  newsboat's virtual "query:" feeds are skipped;
 * "exec:" and "filter:" feeds, and any URL that is not http or https, are
 * errors.  Also reads and writes OPML, the exchange format of readers.
 *
 * Ownership: the strings belong to the struct feeds.  Errors: -1 with a
 * malloc'd *cause, "FILE:LINE: reason" for a bad line.
 */
#ifndef DEMARCHE_FEEDS_H
#define DEMARCHE_FEEDS_H

#include <stddef.h>

struct buf;

struct feeds_entry {
	char		*url;
	char		*title;		/* from "~Title", or NULL */
	char		*tags;		/* the other tags, as words of this
					   format (quoted when needed) */
	unsigned	 line;
};

struct feeds {
	struct feeds_entry	*v;
	size_t			 n;
	size_t			 alloc;
};

void	feeds_init(struct feeds *);
void	feeds_release(struct feeds *);
int	feeds_parse(struct feeds *, const char *text, size_t len,
	    const char *file, char **cause);
/* Read path; a missing file is an empty list when missing_ok is set. */
int	feeds_load(struct feeds *, const char *path, int missing_ok,
	    char **cause);
/* Add url (with title, may be NULL) unless present; 1 when added. */
int	feeds_add(struct feeds *, const char *url, const char *title);
/* Append the list in the urls format to b. */
void	feeds_format(const struct feeds *, struct buf *b);

/* Add the feeds of an OPML document (its outlines' xmlUrl). */
int	feeds_parse_opml(struct feeds *, const char *data, size_t len,
	    char **cause);
/* Append the list as an OPML 2.0 document to b. */
void	feeds_format_opml(const struct feeds *, struct buf *b);

#endif
