/*
 * fetch: a batch of transfers on one curl multi handle.  The batch keeps
 * its own queue rather than handing everything to curl at once, so that a
 * transfer's timeout starts when it starts, not when it was queued behind
 * others: at most max_total run, at most max_host to the same host.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "web/fetch.h"
#include "web/url.h"

struct transfer {
	struct fetch_req	*req;
	CURL			*easy;
	struct curl_slist	*headers;
	struct buf		 body;
	char			*host;
	size_t			 max_bytes;
	int			 too_big;
	int			 started;
	int			 active;
};

struct batch {
	CURLM			*multi;
	struct transfer		*t;
	size_t			 n;
	size_t			 next;		/* first not started */
	size_t			 done;
	int			 running;
	uint64_t		 bytes;
	const struct fetch_opts	*opts;
};

void
fetch_opts_init(struct fetch_opts *o)
{
	memset(o, 0, sizeof *o);
	o->timeout = 60;
	o->connect_timeout = 10;
	o->max_bytes = 10u * 1024 * 1024;
	o->max_total = 8;
	o->max_host = 2;
}

static size_t
fetch_write(char *p, size_t size, size_t n, void *arg)
{
	struct transfer	*t = arg;

	if (t->body.len + n > t->max_bytes) {
		t->too_big = 1;
		return 0;
	}
	buf_add(&t->body, p, n);
	return n;
}

/* Keep ETag and Last-Modified of the last response (after redirects). */
static size_t
fetch_header(char *p, size_t size, size_t n, void *arg)
{
	struct fetch_req	*r = ((struct transfer *)arg)->req;
	char			**slot = NULL;
	size_t			 k = 0, len = n;

	if (n >= 5 && strncmp(p, "HTTP/", 5) == 0) {
		free(r->new_etag);
		free(r->new_last_modified);
		r->new_etag = r->new_last_modified = NULL;
	} else if (n > 5 && strncasecmp(p, "ETag:", 5) == 0)
		slot = &r->new_etag, k = 5;
	else if (n > 14 && strncasecmp(p, "Last-Modified:", 14) == 0)
		slot = &r->new_last_modified, k = 14;
	if (slot == NULL)
		return n;
	while (k < len && (p[k] == ' ' || p[k] == '\t'))
		k++;
	while (len > k && (p[len - 1] == '\r' || p[len - 1] == '\n' ||
	    p[len - 1] == ' '))
		len--;
	free(*slot);
	*slot = len > k ? xstrndup(p + k, len - k) : NULL;
	return n;
}

/* Conditional headers of r, or NULL. */
static struct curl_slist *
fetch_conditions(const struct fetch_req *r)
{
	struct curl_slist	*l = NULL;
	char			*h;

	if (r->etag != NULL) {
		h = xasprintf("If-None-Match: %s", r->etag);
		l = curl_slist_append(l, h);
		free(h);
	}
	if (r->last_modified != NULL) {
		h = xasprintf("If-Modified-Since: %s", r->last_modified);
		l = curl_slist_append(l, h);
		free(h);
	}
	return l;
}

static void
fetch_setopts(struct transfer *t, const struct fetch_opts *o)
{
	CURL	*e = t->easy;

	curl_easy_setopt(e, CURLOPT_URL, t->req->url);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS,
	    CURLPROTO_HTTP | CURLPROTO_HTTPS);
#endif
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION
	    " (news reader)");
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, o->connect_timeout);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, o->timeout);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, fetch_write);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, fetch_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(e, CURLOPT_PRIVATE, t);
	if ((t->headers = fetch_conditions(t->req)) != NULL)
		curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
}

/* Transfers now running to host. */
static int
fetch_host_load(struct batch *b, const char *host)
{
	size_t	i;
	int	n = 0;

	for (i = 0; i < b->n; i++)
		n += b->t[i].active && strcmp(b->t[i].host, host) == 0;
	return n;
}

/* The message for a transfer that ended with code, or NULL. */
static char *
fetch_error(struct transfer *t, CURLcode code, const struct fetch_opts *o)
{
	long	status = t->req->status;

	if (t->too_big || code == CURLE_FILESIZE_EXCEEDED)
		return xasprintf("larger than %zu bytes", o->max_bytes);
	switch (code) {
	case CURLE_OK:
		if (status == 304 || (status >= 200 && status < 300))
			return NULL;
		return xasprintf("HTTP %ld", status);
	case CURLE_OPERATION_TIMEDOUT:
		return xasprintf("timed out after %ld s", o->timeout);
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf("more than %d redirects", FETCH_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return xstrdup("only http and https URLs are fetched");
	default:
		return xstrdup(curl_easy_strerror(code));
	}
}

/* Record the end of transfer t. */
static void
fetch_finish(struct batch *b, struct transfer *t, CURLcode code)
{
	struct fetch_req	*r = t->req;
	char			*s = NULL;

	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &r->status);
	r->error = fetch_error(t, code, b->opts);
	if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &s) == CURLE_OK &&
	    s != NULL)
		r->content_type = xstrdup(s);
	s = NULL;
	if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &s) ==
	    CURLE_OK && s != NULL)
		r->final_url = xstrdup(s);
	b->bytes += t->body.len;
	if (r->error == NULL && r->status != 304)
		r->data = buf_detach(&t->body, &r->len);
	if (r->error == NULL && r->data == NULL && r->status != 304)
		r->data = xstrdup("");
	buf_release(&t->body);
	curl_multi_remove_handle(b->multi, t->easy);
	curl_easy_cleanup(t->easy);
	curl_slist_free_all(t->headers);
	t->easy = NULL;
	t->active = 0;
	b->running--;
	b->done++;
	if (b->opts->done != NULL)
		b->opts->done(b->opts->arg, r);
	if (b->opts->progress != NULL)
		b->opts->progress(b->opts->arg, b->done, b->n, b->bytes);
}

/* Start queued transfers while the limits allow. */
static void
fetch_start(struct batch *b)
{
	size_t		 i;
	struct transfer	*t;

	for (i = b->next; i < b->n && b->running < b->opts->max_total; i++) {
		t = &b->t[i];
		if (t->started)
			continue;
		if (fetch_host_load(b, t->host) >= b->opts->max_host)
			continue;
		t->easy = curl_easy_init();
		fetch_setopts(t, b->opts);
		curl_multi_add_handle(b->multi, t->easy);
		t->active = t->started = 1;
		b->running++;
		if (i == b->next)
			b->next++;
	}
}

static void
fetch_global_init(void)
{
	static int	done;

	if (!done) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		done = 1;
	}
}

/* Read the ends of transfers from curl. */
static void
fetch_collect(struct batch *b)
{
	CURLMsg		*m;
	int		 left;
	struct transfer	*t;

	while ((m = curl_multi_info_read(b->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&t);
		fetch_finish(b, t, m->data.result);
	}
}

void
fetch_run(struct fetch_req *reqs, size_t n, const struct fetch_opts *opts)
{
	struct batch	b;
	size_t		i;
	int		still;

	fetch_global_init();
	memset(&b, 0, sizeof b);
	b.opts = opts;
	b.n = n;
	b.t = xcalloc(n > 0 ? n : 1, sizeof *b.t);
	b.multi = curl_multi_init();
	for (i = 0; i < n; i++) {
		b.t[i].req = &reqs[i];
		b.t[i].max_bytes = opts->max_bytes;
		buf_init(&b.t[i].body);
		b.t[i].host = url_host(reqs[i].url);
		if (b.t[i].host == NULL) {
			reqs[i].error = xstrdup("only http and https URLs are "
			    "fetched");
			b.t[i].started = 1;
			b.done++;
		}
	}
	fetch_start(&b);
	while (b.running > 0) {
		curl_multi_perform(b.multi, &still);
		fetch_collect(&b);
		fetch_start(&b);
		if (b.running > 0)
			curl_multi_poll(b.multi, NULL, 0, 200, NULL);
	}
	for (i = 0; i < n; i++) {
		free(b.t[i].host);
		buf_release(&b.t[i].body);
	}
	curl_multi_cleanup(b.multi);
	free(b.t);
}

void
fetch_req_release(struct fetch_req *r)
{
	free(r->data);
	free(r->content_type);
	free(r->new_etag);
	free(r->new_last_modified);
	free(r->final_url);
	free(r->error);
	r->data = r->content_type = r->new_etag = NULL;
	r->new_last_modified = r->final_url = r->error = NULL;
	r->status = 0;
	r->len = 0;
}
