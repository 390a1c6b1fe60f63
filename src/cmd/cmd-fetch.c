/*
 * demarche fetch: read the feeds, fetch each new item's page, extract the
 * article and store it once.  The run goes in two batches: every feed
 * (conditional requests), then every new page.  A feed's validators are
 * kept only when all its new items were stored, so a run that fails or is
 * killed half-way is finished by the next one.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "cmd/cmd-web.h"
#include "web/extract.h"
#include "web/feed.h"
#include "web/feeds.h"
#include "web/save.h"
#include "web/url.h"

/* A feed's content:encoded of this many bytes of text is the article. */
#define WHOLE_ARTICLE	800

struct feed_run {
	const struct feeds_entry *entry;
	struct fetch_req	*req;
	struct feed		 feed;
	char			*dir;		/* folder name, a slug */
	int			 ok;		/* read (or not modified) */
	int			 failed_items;
};

struct page {
	struct web_run		*w;
	struct feed_run		*fr;
	struct feed_item	*item;
};

static void
fetch_progress(void *arg, size_t done, size_t total, uint64_t bytes)
{
	struct web_run	*w = arg;

	if (!w->tty)
		return;
	fprintf(stderr, "\rfetch: %zu/%zu, %u new, %.1f MB ", done, total,
	    w->written, (double)bytes / 1e6);
	fflush(stderr);
}

static void
fetch_progress_end(struct web_run *w)
{
	if (w->tty)
		fprintf(stderr, "\r%60s\r", "");
}

/* The feeds file: --feeds, else $XDG_CONFIG_HOME/demarche/feeds. */
static char *
feeds_path(const char *opt)
{
	char	*dir, *p;

	if (opt != NULL)
		return xstrdup(opt);
	if ((dir = xdg_dir(XDG_CONFIG, 0, NULL)) == NULL)
		return NULL;
	p = xasprintf("%s/feeds", dir);
	free(dir);
	return p;
}

/* Fill ex from a feed item whose content holds the whole article. */
static int
item_inline(struct web_run *w, struct feed_item *it, struct extract *ex)
{
	char	*body;

	if (it->content == NULL)
		return 0;
	body = extract_fragment(w->hints, it->content, strlen(it->content));
	if (strlen(body) < WHOLE_ARTICLE) {
		free(body);
		return 0;
	}
	memset(ex, 0, sizeof *ex);
	ex->body = body;
	ex->url = url_canonical(it->link);
	ex->language = xstrdup(extract_guess_language(body));
	return 1;
}

/* Fill what the page lacks from the feed item. */
static void
item_complete(struct extract *ex, const struct feed_item *it)
{
	if (ex->title == NULL && it->title != NULL)
		ex->title = xstrdup(it->title);
	if (ex->date == NULL && it->date != NULL)
		ex->date = xstrdup(it->date);
	if (ex->author == NULL && it->author != NULL)
		ex->author = xstrdup(it->author);
	if (ex->url == NULL)
		ex->url = url_canonical(it->link);
}

/* 1 when the item was stored before. */
static int
item_known(struct web_run *w, const struct feed_item *it)
{
	char	*c;
	int	 r;

	if (it->guid != NULL && seen_has(&w->seen, "guid", it->guid))
		return 1;
	c = url_canonical(it->link);
	r = c != NULL && seen_has(&w->seen, "url", c);
	free(c);
	return r;
}

static const char *
item_guid(const struct feed_item *it)
{
	return it->guid != NULL ? it->guid : it->link;
}

/* A page that names no site takes the feed's title as its source. */
static void
feed_source(struct extract *ex, const struct feed_run *fr, const char *link)
{
	const char	*t = fr->entry->title != NULL ? fr->entry->title :
			    fr->feed.title;
	char		*host = url_host(link);

	if (t != NULL && (ex->source == NULL || (host != NULL &&
	    strcmp(ex->source, host) == 0))) {
		free(ex->source);
		ex->source = xstrdup(t);
	}
	free(host);
}

/* Queue the feed's new items as pages, storing inline ones at once. */
static void
feed_items(struct web_run *w, struct feed_run *fr, struct page **pages,
    size_t *np, size_t *alloc)
{
	struct extract	 ex;
	size_t		 i;

	for (i = 0; i < fr->feed.n; i++) {
		struct feed_item *it = &fr->feed.items[i];
		if (item_known(w, it))
			continue;
		if (item_inline(w, it, &ex)) {
			item_complete(&ex, it);
			feed_source(&ex, fr, it->link);
			if (cmd_web_store(w, &ex, fr->dir, item_guid(it)) != 0)
				fr->failed_items++;
			extract_release(&ex);
			continue;
		}
		*pages = xgrow(*pages, alloc, *np + 1, sizeof **pages);
		(*pages)[*np].fr = fr;
		(*pages)[(*np)++].item = it;
	}
}

/* Read one feed's answer; 0 when read or not modified. */
static int
feed_read(struct web_run *w, struct feed_run *fr)
{
	char	*cause = NULL, slug[SAVE_SLUG_MAX + 1], *host;

	if (fr->req->error != NULL) {
		cmd_error("feed '%s': %s", fr->entry->url, fr->req->error);
		return -1;
	}
	if (fr->req->status == 304)
		return 0;
	if (feed_parse(fr->req->data, fr->req->len, fr->req->final_url,
	    &fr->feed, &cause) != 0) {
		cmd_error("feed '%s': %s", fr->entry->url, cause);
		free(cause);
		return -1;
	}
	host = url_host(fr->entry->url);
	save_slug(fr->entry->title != NULL ? fr->entry->title :
	    fr->feed.title != NULL ? fr->feed.title : host, slug);
	free(host);
	fr->dir = xstrdup(slug);
	return 0;
}

/* Extract and store one fetched page. */
static void
page_store(struct web_run *w, struct page *p, struct fetch_req *r)
{
	struct extract	 ex;
	char		*cause = NULL;

	if (r->error != NULL) {
		cmd_error("feed '%s': '%s': %s", p->fr->entry->url,
		    p->item->link, r->error);
		p->fr->failed_items++;
		w->failed++;
		return;
	}
	if (extract_html(w->hints, r->data, r->len, r->final_url,
	    r->content_type, &ex, &cause) == 0 && ex.body[0] == '\0') {
		extract_release(&ex);
		cause = xstrdup("no article text found");
	}
	if (cause != NULL) {
		cmd_error("feed '%s': '%s': %s", p->fr->entry->url,
		    p->item->link, cause);
		free(cause);
		p->fr->failed_items++;
		w->failed++;
		return;
	}
	item_complete(&ex, p->item);
	feed_source(&ex, p->fr, p->item->link);
	if (cmd_web_store(w, &ex, p->fr->dir, item_guid(p->item)) != 0)
		p->fr->failed_items++;
	extract_release(&ex);
}

/* A page arrived: store it at once, then drop its bytes. */
static void
page_done(void *arg, struct fetch_req *r)
{
	struct page	*p = r->arg;

	page_store(p->w, p, r);
	fetch_req_release(r);
}

/* Fetch the pages and store each as it arrives. */
static void
pages_run(struct web_run *w, struct page *pages, size_t n)
{
	struct fetch_req	*reqs = xcalloc(n > 0 ? n : 1, sizeof *reqs);
	size_t			 i;

	for (i = 0; i < n; i++) {
		reqs[i].url = pages[i].item->link;
		reqs[i].arg = &pages[i];
		pages[i].w = w;
	}
	w->opts.done = page_done;
	fetch_run(reqs, n, &w->opts);
	w->opts.done = NULL;
	fetch_progress_end(w);
	free(reqs);
}

/* Fetch every feed of list; the number that failed. */
static unsigned
feeds_run(struct web_run *w, const struct feeds *list)
{
	struct feed_run		*fr = xcalloc(list->n + 1, sizeof *fr);
	struct fetch_req	*reqs = xcalloc(list->n + 1, sizeof *reqs);
	struct page		*pages = NULL;
	const struct seen_feed	*sf;
	size_t			 i, np = 0, alloc = 0;
	unsigned		 failed = 0;

	for (i = 0; i < list->n; i++) {
		fr[i].entry = &list->v[i];
		fr[i].req = &reqs[i];
		reqs[i].url = list->v[i].url;
		if ((sf = seen_feed(&w->seen, list->v[i].url)) != NULL) {
			reqs[i].etag = sf->etag;
			reqs[i].last_modified = sf->last_modified;
		}
	}
	fetch_run(reqs, list->n, &w->opts);
	fetch_progress_end(w);
	for (i = 0; i < list->n; i++) {
		fr[i].ok = feed_read(w, &fr[i]) == 0;
		if (fr[i].ok && reqs[i].status != 304)
			feed_items(w, &fr[i], &pages, &np, &alloc);
	}
	pages_run(w, pages, np);
	for (i = 0; i < list->n; i++) {
		if (!fr[i].ok)
			failed++;
		else if (fr[i].failed_items == 0 && reqs[i].status != 304 &&
		    !w->dry_run)
			seen_set_feed(&w->seen, list->v[i].url,
			    reqs[i].new_etag, reqs[i].new_last_modified);
		feed_release(&fr[i].feed);
		fetch_req_release(&reqs[i]);
		free(fr[i].dir);
	}
	free(pages);
	free(reqs);
	free(fr);
	return failed;
}

/* The feeds file's text ("" when there is none yet) and its feeds. */
static char *
feeds_text(const char *path, struct feeds *list, size_t *lenp, char **cause)
{
	char	*text;

	if (access(path, F_OK) != 0) {
		*lenp = 0;
		return xstrdup("");
	}
	if ((text = file_read(path, lenp, cause)) == NULL)
		return NULL;
	if (feeds_parse(list, text, *lenp, path, cause) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

/*
 * --import-opml FILE: add its new feeds at the end of the feeds file,
 * leaving the lines already there (comments included) as they were.
 */
static int
fetch_import_opml(const char *opml, const char *path)
{
	struct feeds	 list, tail;
	struct buf	 b;
	char		*text, *data = NULL, *cause = NULL;
	size_t		 len, before;
	int		 r = -1;

	feeds_init(&list);
	buf_init(&b);
	if ((text = feeds_text(path, &list, &len, &cause)) == NULL ||
	    (data = file_read(opml, &len, &cause)) == NULL)
		goto out;
	before = list.n;
	if (feeds_parse_opml(&list, data, len, &cause) != 0) {
		char *c = xasprintf("'%s': %s", opml, cause);
		free(cause);
		cause = c;
		goto out;
	}
	buf_adds(&b, text);
	if (b.len > 0 && b.data[b.len - 1] != '\n')
		buf_addc(&b, '\n');
	memset(&tail, 0, sizeof tail);
	tail.v = list.v + before;
	tail.n = list.n - before;
	feeds_format(&tail, &b);
	if ((r = atomic_write(path, b.data ? b.data : "", b.len, &cause)) == 0)
		printf("%zu feeds added to %s\n", tail.n, path);
out:
	if (r != 0) {
		cmd_error("%s", cause);
		free(cause);
	}
	free(text);
	free(data);
	buf_release(&b);
	feeds_release(&list);
	return r;
}

static int
fetch_export_opml(const char *path)
{
	struct feeds	 list;
	struct buf	 b;
	char		*cause = NULL;

	feeds_init(&list);
	if (feeds_load(&list, path, 1, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	buf_init(&b);
	feeds_format_opml(&list, &b);
	fwrite(b.data, 1, b.len, stdout);
	buf_release(&b);
	feeds_release(&list);
	return 0;
}

/* The feeds to read: the URLs given, else the feeds file's. */
static int
fetch_list(struct feeds *list, const char *path, char **urls, int n)
{
	char	*cause = NULL;
	int	 i;

	feeds_init(list);
	for (i = 0; i < n; i++) {
		if (!url_is_http(urls[i])) {
			cmd_error("'%s': not an http or https URL", urls[i]);
			return -1;
		}
		feeds_add(list, urls[i], NULL);
	}
	if (n > 0)
		return 0;
	if (path == NULL || feeds_load(list, path, 0, &cause) != 0) {
		cmd_error("%s", cause != NULL ? cause : "no feeds file");
		free(cause);
		return -1;
	}
	return 0;
}

struct fetch_args {
	const char	*feeds;
	const char	*into;
	const char	*import_opml;
	int		 export_opml;
	int		 dry_run;
	long		 timeout;
};

static int
fetch_options(int argc, char **argv, struct fetch_args *a)
{
	static const struct option longopts[] = {
		{ "feeds", required_argument, NULL, 'f' },
		{ "into", required_argument, NULL, 'i' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "timeout", required_argument, NULL, 't' },
		{ "import-opml", required_argument, NULL, 'I' },
		{ "export-opml", no_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int	ch;

	memset(a, 0, sizeof *a);
	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			a->feeds = optarg;
			break;
		case 'i':
			a->into = optarg;
			break;
		case 'n':
			a->dry_run = 1;
			break;
		case 'I':
			a->import_opml = optarg;
			break;
		case 'E':
			a->export_opml = 1;
			break;
		case 't':
			if ((a->timeout = cmd_web_timeout(optarg)) < 0) {
				cmd_error("bad --timeout '%s': seconds from "
				    "1 to 3600", optarg);
				return cmd_print_usage(stderr, "fetch", -1);
			}
			break;
		case 'h':
			cmd_print_usage(stdout, "fetch", 0);
			return 1;
		default:
			return cmd_print_usage(stderr, "fetch", -1);
		}
	}
	return 0;
}

int
cmd_fetch(int argc, char **argv)
{
	struct fetch_args	 a;
	struct feeds		 list;
	struct web_run		 w;
	char			*path;
	unsigned		 failed;
	int			 r;

	if ((r = fetch_options(argc, argv, &a)) != 0)
		return r > 0 ? CMD_OK : CMD_ERROR;
	path = feeds_path(a.feeds);
	if (a.import_opml != NULL || a.export_opml) {
		r = path == NULL ? -1 : a.import_opml != NULL ?
		    fetch_import_opml(a.import_opml, path) :
		    fetch_export_opml(path);
		free(path);
		return r == 0 ? CMD_OK : CMD_ERROR;
	}
	r = fetch_list(&list, path, argv + optind, argc - optind);
	free(path);
	if (r != 0 || cmd_web_begin(&w, a.into) != 0) {
		feeds_release(&list);
		return CMD_ERROR;
	}
	w.dry_run = a.dry_run;
	w.opts.progress = fetch_progress;
	w.opts.arg = &w;
	if (a.timeout > 0)
		w.opts.timeout = a.timeout;
	failed = feeds_run(&w, &list);
	printf("%zu feeds, %u failed; %u new articles%s, %u already known, "
	    "%u pages failed\n", list.n, failed, w.written,
	    w.dry_run ? " (dry run)" : "", w.known, w.failed);
	cmd_web_end(&w);
	feeds_release(&list);
	return failed > 0 || w.failed > 0 ? CMD_NONE : CMD_OK;
}
