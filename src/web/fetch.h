/*
 * fetch: HTTP(S) transfers with libcurl, several at once.
 *
 * fetch_run performs a batch of requests and fills in each one's answer.
 * Rules for every transfer: http and https only (for the URL and every
 * redirect), at most FETCH_MAX_REDIRECTS redirects, gzip and deflate
 * accepted, a User-Agent naming demarche and its version, bodies over
 * opts->max_bytes refused, connect and whole-transfer timeouts, at most
 * opts->max_total transfers at once and opts->max_host to one host.  A
 * request with an etag or last_modified is conditional; a 304 answer
 * leaves data NULL.
 *
 * A failure of one transfer never stops the others: its error is set to a
 * malloc'd message naming the reason ("HTTP 404", "timed out after 60 s",
 * "more than 5 redirects", "larger than 10485760 bytes", "only http and
 * https URLs are fetched").  fetch_run itself never fails.
 */
#ifndef DEMARCHE_FETCH_H
#define DEMARCHE_FETCH_H

#include <stddef.h>
#include <stdint.h>

#define FETCH_MAX_REDIRECTS	5

struct fetch_req;

struct fetch_opts {
	long		 timeout;		/* seconds, whole transfer */
	long		 connect_timeout;	/* seconds */
	size_t		 max_bytes;
	int		 max_total;
	int		 max_host;
	/* Called after each transfer ends (may be NULL). */
	void		(*progress)(void *arg, size_t done, size_t total,
			    uint64_t bytes);
	/* Called with each request as soon as it ends (may be NULL). */
	void		(*done)(void *arg, struct fetch_req *);
	void		*arg;
};

struct fetch_req {
	/* Set by the caller; not freed by fetch_req_release. */
	const char	*url;
	const char	*etag;		/* If-None-Match, or NULL */
	const char	*last_modified;	/* If-Modified-Since, or NULL */
	void		*arg;

	/* Set by fetch_run; malloc'd, freed by fetch_req_release. */
	long		 status;	/* HTTP status, 0 without an answer */
	char		*data;		/* the body, NUL-terminated, or NULL */
	size_t		 len;
	char		*content_type;
	char		*new_etag;
	char		*new_last_modified;
	char		*final_url;	/* after redirects */
	char		*error;		/* NULL on success (2xx or 304) */
};

/* The defaults: 60 s, 10 s, 10 MB, 8 at once, 2 per host. */
void	fetch_opts_init(struct fetch_opts *);
void	fetch_run(struct fetch_req *reqs, size_t n, const struct fetch_opts *);
void	fetch_req_release(struct fetch_req *);

#endif
