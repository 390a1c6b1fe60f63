/*
 * url: URL helpers on libxml2's xmlURI.  The tracking parameters are the
 * ones that analytics add to links; they never change what a page says.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "web/url.h"

static const char *const url_tracking[] = {
	"utm_", "fbclid", "gclid", "dclid", "yclid", "mc_cid", "mc_eid",
	"_ga", "igshid", "ocid", "cmpid", "ito", "smid", "sr_share",
};

static xmlURIPtr
url_parse_http(const char *s)
{
	xmlURIPtr	u;

	if (s == NULL || (u = xmlParseURI(s)) == NULL)
		return NULL;
	if (u->scheme == NULL || u->server == NULL || u->server[0] == '\0' ||
	    (strcasecmp(u->scheme, "http") != 0 &&
	    strcasecmp(u->scheme, "https") != 0)) {
		xmlFreeURI(u);
		return NULL;
	}
	return u;
}

int
url_is_http(const char *s)
{
	xmlURIPtr	u = url_parse_http(s);

	if (u == NULL)
		return 0;
	xmlFreeURI(u);
	return 1;
}

static void
url_lower(char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

char *
url_host(const char *s)
{
	xmlURIPtr	 u = url_parse_http(s);
	char		*h;

	if (u == NULL)
		return NULL;
	h = xstrdup(strncasecmp(u->server, "www.", 4) == 0 ? u->server + 4 :
	    u->server);
	url_lower(h);
	xmlFreeURI(u);
	return h;
}

char *
url_resolve(const char *base, const char *ref)
{
	xmlChar	*r;
	char	*s;

	if (ref == NULL)
		return NULL;
	r = xmlBuildURI(BAD_CAST ref, BAD_CAST base);
	if (r == NULL)
		return NULL;
	s = xstrdup((char *)r);
	xmlFree(r);
	return s;
}

/* 1 when the query parameter p[0..len) is a tracking one. */
static int
url_is_tracking(const char *p, size_t len)
{
	size_t	i, n;

	for (i = 0; i < sizeof url_tracking / sizeof url_tracking[0]; i++) {
		n = strlen(url_tracking[i]);
		if (len >= n && strncasecmp(p, url_tracking[i], n) == 0 &&
		    (url_tracking[i][n - 1] == '_' || len == n ||
		    p[n] == '='))
			return 1;
	}
	return 0;
}

/* The query without its tracking parameters, or NULL when none is left. */
static char *
url_strip_query(const char *q)
{
	struct buf	 b;
	const char	*p = q, *amp;
	size_t		 len;

	buf_init(&b);
	while (*p != '\0') {
		amp = strchr(p, '&');
		len = amp != NULL ? (size_t)(amp - p) : strlen(p);
		if (len > 0 && !url_is_tracking(p, len)) {
			if (b.len > 0)
				buf_addc(&b, '&');
			buf_add(&b, p, len);
		}
		p += len + (amp != NULL);
	}
	return buf_detach(&b, NULL);
}

char *
url_canonical(const char *s)
{
	xmlURIPtr	 u = url_parse_http(s);
	xmlChar		*r;
	char		*out, *q;

	if (u == NULL)
		return NULL;
	url_lower(u->scheme);
	url_lower(u->server);
	xmlFree(u->fragment);
	u->fragment = NULL;
	if (u->query_raw != NULL) {
		xmlFree(u->query);
		u->query = NULL;
		q = url_strip_query(u->query_raw);
		xmlFree(u->query_raw);
		u->query_raw = q != NULL && *q != '\0' ? (char *)xmlStrdup(
		    BAD_CAST q) : NULL;
		free(q);
	}
	if (u->path == NULL)
		u->path = (char *)xmlStrdup(BAD_CAST "/");
	r = xmlSaveUri(u);
	xmlFreeURI(u);
	out = xstrdup((char *)r);
	xmlFree(r);
	return out;
}
