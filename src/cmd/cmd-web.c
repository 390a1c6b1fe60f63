/*
 * cmd-web: shared by extract, import and fetch: hints, options, the state
 * of what was already fetched, and the one way an article is stored.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "cmd/cmd-web.h"
#include "search/search.h"
#include "text/corpus.h"
#include "web/extract.h"
#include "web/fetch.h"
#include "web/hints.h"
#include "web/save.h"
#include "web/url.h"

static struct hints	web_hints;
static int		web_hints_loaded;

/* The hints: shipped data/web/hints, then the user's; NULL on error. */
static const struct hints *
cmd_web_hints(void)
{
	char	*path, *dir, *cause = NULL;

	if (web_hints_loaded)
		return &web_hints;
	hints_init(&web_hints);
	path = xasprintf("%s/web/hints", cmd_data_dir());
	if (hints_load(&web_hints, path, &cause) != 0)
		goto fail;
	free(path);
	path = NULL;
	if ((dir = xdg_dir(XDG_CONFIG, 0, NULL)) != NULL) {
		path = xasprintf("%s/hints", dir);
		free(dir);
		if (access(path, F_OK) == 0 &&
		    hints_load(&web_hints, path, &cause) != 0)
			goto fail;
	}
	free(path);
	web_hints_loaded = 1;
	return &web_hints;
fail:
	cmd_error("%s", cause);
	free(cause);
	free(path);
	hints_release(&web_hints);
	return NULL;
}

long
cmd_web_timeout(const char *s)
{
	char	*end;
	long	 v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > 3600)
		return -1;
	return v;
}

/* Fetch one URL with the default options; its body or NULL. */
static char *
web_get(const char *url, size_t *lenp, char **ctype, char **final)
{
	struct fetch_req	r;
	struct fetch_opts	o;
	char			*data;

	memset(&r, 0, sizeof r);
	r.url = url;
	fetch_opts_init(&o);
	fetch_run(&r, 1, &o);
	if (r.error != NULL) {
		cmd_error("'%s': %s", url, r.error);
		fetch_req_release(&r);
		return NULL;
	}
	data = r.data;
	*lenp = r.len;
	*ctype = r.content_type;
	*final = r.final_url;
	r.data = r.content_type = r.final_url = NULL;
	fetch_req_release(&r);
	return data;
}

int
cmd_web_extract(const char *what, struct extract *ex)
{
	const struct hints	*h;
	char			*data, *cause = NULL, *ctype = NULL;
	char			*final = NULL;
	size_t			 len;
	int			 r;

	if ((h = cmd_web_hints()) == NULL)
		return -1;
	if (url_is_http(what))
		data = web_get(what, &len, &ctype, &final);
	else if ((data = file_read(what, &len, &cause)) == NULL)
		cmd_error("%s", cause);
	if (data == NULL) {
		free(cause);
		return -1;
	}
	r = extract_html(h, data, len, final, ctype, ex, &cause);
	free(data);
	free(ctype);
	free(final);
	if (r != 0) {
		cmd_error("'%s': %s", what, cause);
		free(cause);
	}
	return r;
}

/* $XDG_DATA_HOME/demarche/articles, with the spec's default. */
static char *
web_default_into(void)
{
	const char	*d = getenv("DEMARCHE_CORPUS"), *home;

	if (d != NULL && *d != '\0')
		return xstrdup(d);
	if ((d = getenv("XDG_DATA_HOME")) != NULL && *d == '/')
		return xasprintf("%s/demarche/articles", d);
	home = getenv("HOME");
	return xasprintf("%s/.local/share/demarche/articles",
	    home != NULL ? home : ".");
}

int
cmd_web_begin(struct web_run *w, const char *into)
{
	char	*dir, *path, *cause = NULL;

	memset(w, 0, sizeof *w);
	w->lock = -1;
	fetch_opts_init(&w->opts);
	w->tty = isatty(STDERR_FILENO);
	if ((w->hints = cmd_web_hints()) == NULL)
		return -1;
	w->into = into != NULL ? xstrdup(into) : web_default_into();
	if ((dir = xdg_dir(XDG_STATE, 1, &cause)) == NULL)
		goto fail;
	if ((w->lock = lock_acquire(dir, 0, &cause)) < 0) {
		free(dir);
		goto fail;
	}
	path = xasprintf("%s/fetch-state", dir);
	free(dir);
	if (seen_load(&w->seen, path, &cause) != 0) {
		free(path);
		goto fail;
	}
	free(path);
	seen_scan(&w->seen, w->into);
	return 0;
fail:
	cmd_error("%s", cause);
	free(cause);
	return -1;
}

/* Print what a dry run would write. */
static void
web_dry(struct web_run *w, const struct extract *ex, const char *dir)
{
	cmd_field(dir);
	cmd_out("\t");
	cmd_field(ex->date != NULL ? ex->date : "-");
	cmd_out("\t");
	cmd_field(ex->title != NULL ? ex->title : "");
	cmd_out("\n");
	w->written++;
}

int
cmd_web_store(struct web_run *w, struct extract *ex, const char *subdir,
    const char *guid)
{
	char	 key[17], *dir, *path = NULL, *cause = NULL;
	int	 r = 0;

	if (ex->body[0] == '\0') {
		cmd_error("'%s': no article text found",
		    ex->url != NULL ? ex->url : ex->title != NULL ? ex->title :
		    "page");
		return -1;
	}
	seen_body_key(ex->body, strlen(ex->body), key);
	if ((ex->url != NULL && seen_has(&w->seen, "url", ex->url)) ||
	    seen_has(&w->seen, "hash", key)) {
		if (guid != NULL)
			seen_add(&w->seen, "guid", guid);
		w->known++;
		return 0;
	}
	dir = subdir != NULL ? xasprintf("%s/%s", w->into, subdir) :
	    xstrdup(w->into);
	if (w->dry_run) {
		web_dry(w, ex, dir);
		free(dir);
		return 0;
	}
	if (save_article(dir, ex, &path, &cause) != 0)
		r = -1;
	else {
		w->written++;
		if (ex->url != NULL)
			seen_add(&w->seen, "url", ex->url);
		seen_add(&w->seen, "hash", key);
		if (guid != NULL)
			seen_add(&w->seen, "guid", guid);
		r = seen_save(&w->seen, &cause);
	}
	if (r != 0) {
		cmd_error("%s", cause);
		free(cause);
	}
	free(path);
	free(dir);
	return r;
}

static void
web_quiet(void *arg, const char *msg)
{
}

/* Bring the catalogue and the search index up to date with the folder. */
static void
web_refresh(struct web_run *w)
{
	struct search_index	*si;
	struct corpus		 c;
	struct notify		 n = { web_quiet, NULL, NULL, NULL };
	char			*paths[1] = { w->into }, *cause = NULL;

	if (w->dry_run || w->written == 0 || access(w->into, F_OK) != 0)
		return;
	if (cmd_open_corpus(&c, paths, 1, 0) != 0)
		return;
	if ((si = search_index_open(&c, SEARCH_INDEX_UPDATE, &n, &cause)) ==
	    NULL) {
		cmd_error("%s", cause);
		free(cause);
	} else
		search_index_close(si);
	corpus_release(&c);
}

void
cmd_web_end(struct web_run *w)
{
	char	*cause = NULL;

	if (!w->dry_run && w->seen.path != NULL &&
	    seen_save(&w->seen, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
	}
	web_refresh(w);
	if (w->lock >= 0)
		lock_release(w->lock);
	seen_release(&w->seen);
	free(w->into);
}
