/*
 * feed: RSS 0.9x and 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds to a list of
 * items, parsed by libxml2 with no network access, no DTD loading and no
 * entity expansion: a feed whose DOCTYPE has an internal subset (where
 * entities are declared, as in "billion laughs") is refused before it is
 * parsed.  Elements are matched by local name, so namespace prefixes do
 * not matter.
 *
 * Ownership: every string is malloc'd and owned by the struct feed;
 * feed_release frees them.  Any field but the item's link may be NULL.
 * Dates are YYYY-MM-DD.  content is the HTML of content:encoded (RSS) or
 * of Atom's content, when the feed carries one.
 *
 * Errors: -1 with a malloc'd *cause: "not XML: LINE: reason", "not a feed
 * (root element 'x')", "entity declarations are refused", "more than N
 * items".
 */
#ifndef DEMARCHE_FEED_H
#define DEMARCHE_FEED_H

#include <stddef.h>

#define FEED_MAX_ITEMS	10000

struct feed_item {
	char	*guid;
	char	*link;		/* absolute http(s) URL */
	char	*title;
	char	*date;
	char	*author;
	char	*content;	/* HTML of the whole article, or NULL */
};

struct feed {
	char			*title;
	struct feed_item	*items;
	size_t			 n;
};

/* Parse data[0..len), fetched from url (for relative links; may be NULL). */
int	feed_parse(const char *data, size_t len, const char *url,
	    struct feed *, char **cause);
void	feed_release(struct feed *);

/* A feed date (RFC 822 as in RSS, or ISO 8601) as YYYY-MM-DD, or NULL. */
char	*feed_date(const char *s);

#endif
