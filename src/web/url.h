/*
 * url: the few URL operations fetching needs, over libxml2's URI parser
 * (no hand-written parsing): the scheme check, the host, resolving a
 * relative reference, and the canonical form used to remember articles.
 *
 * All returned strings are malloc'd and owned by the caller; NULL means
 * the input is not a URL of the kind asked for.
 */
#ifndef DEMARCHE_URL_H
#define DEMARCHE_URL_H

/* 1 when s is an absolute http or https URL with a host. */
int	 url_is_http(const char *s);
/* The lowercased host of an http(s) URL, without "www.". */
char	*url_host(const char *s);
/* ref resolved against base (either may be relative; base may be NULL). */
char	*url_resolve(const char *base, const char *ref);
/*
 * The canonical form of an http(s) URL: scheme and host lowercased, the
 * fragment and tracking parameters (utm_*, fbclid, gclid, ...) removed.
 */
char	*url_canonical(const char *s);

#endif
