/*
 * seen: what fetch remembers between runs, so that each article is
 * written once: the keys of the items and pages already written ("guid
 * G", "url U" for canonical URLs, "hash H" for body hashes) and, for each
 * feed, the validators of its last answer (ETag, Last-Modified) for
 * conditional requests.
 *
 * The state file ($XDG_STATE_HOME/demarche/fetch-state) has one record a
 * line: "seen KEY" or "feed URL<TAB>ETAG<TAB>LAST-MODIFIED" ("-" for
 * none); it is rewritten whole and atomically by seen_save.  The corpus
 * folder is the other half of the truth: seen_scan adds the URL and body
 * hash of every article file already there, so an article written just
 * before a crash that lost the state file is still known.
 *
 * Errors: -1 with a malloc'd *cause ("FILE:LINE: reason" for a bad line).
 */
#ifndef DEMARCHE_SEEN_H
#define DEMARCHE_SEEN_H

#include <stddef.h>
#include <stdint.h>

struct seen_feed {
	char	*url;
	char	*etag;			/* NULL when none */
	char	*last_modified;		/* NULL when none */
};

struct seen {
	char			*path;	/* the state file */
	char			**keys;	/* in the order added */
	size_t			 n, alloc;
	uint64_t		*table;	/* open addressing on hash64 of keys,
					   0 empty */
	size_t			 tsize;
	struct seen_feed	*feeds;
	size_t			 nfeeds, afeeds;
};

/* Load path (missing: empty). */
int		 seen_load(struct seen *, const char *path, char **cause);
/* Add the keys of the article files under dir (two levels). */
void		 seen_scan(struct seen *, const char *dir);
void		 seen_release(struct seen *);
int		 seen_has(const struct seen *, const char *kind,
		    const char *value);
void		 seen_add(struct seen *, const char *kind, const char *value);
/* The key of a body: its hash64 in hex, into out[17]. */
void		 seen_body_key(const char *body, size_t len, char *out);
const struct seen_feed *seen_feed(const struct seen *, const char *url);
void		 seen_set_feed(struct seen *, const char *url,
		    const char *etag, const char *last_modified);
int		 seen_save(struct seen *, char **cause);

#endif
