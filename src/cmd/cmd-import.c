/*
 * demarche import: web pages to article files, stored as fetch stores
 * them (once each, atomically).  Files are read, folders walked for
 * .html and .htm files, URLs fetched in one batch.  Each article goes
 * into a folder named after its source (the site), or "imported".
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "cmd/cmd-web.h"
#include "web/extract.h"
#include "web/save.h"
#include "web/url.h"

#define IMPORT_MAX_DEPTH	8

/* Store ex in the folder of its source. */
static int
import_store(struct web_run *w, struct extract *ex)
{
	char	slug[SAVE_SLUG_MAX + 1];

	save_slug(ex->source != NULL ? ex->source : "imported", slug);
	return cmd_web_store(w, ex, slug, NULL);
}

static int
import_bytes(struct web_run *w, const char *what, const char *data,
    size_t len, const char *url, const char *ctype)
{
	struct extract	 ex;
	char		*cause = NULL;
	int		 r;

	if (extract_html(w->hints, data, len, url, ctype, &ex, &cause) != 0) {
		cmd_error("'%s': %s", what, cause);
		free(cause);
		return -1;
	}
	if (ex.body[0] == '\0') {
		cmd_error("'%s': no article text found", what);
		r = -1;
	} else
		r = import_store(w, &ex);
	extract_release(&ex);
	return r;
}

static int
import_file(struct web_run *w, const char *path)
{
	char	*data, *cause = NULL;
	size_t	 len;
	int	 r;

	if ((data = file_read(path, &len, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	r = import_bytes(w, path, data, len, NULL, NULL);
	free(data);
	return r;
}

static int
is_html_name(const char *name)
{
	size_t	n = strlen(name);

	return (n > 5 && strcasecmp(name + n - 5, ".html") == 0) ||
	    (n > 4 && strcasecmp(name + n - 4, ".htm") == 0);
}

/* Import every page under dir; the number that failed. */
static unsigned
import_dir(struct web_run *w, const char *dir, int depth)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	char		*path;
	unsigned	 failed = 0;

	if (depth > IMPORT_MAX_DEPTH || (d = opendir(dir)) == NULL)
		return depth > IMPORT_MAX_DEPTH ? 0 : 1;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			failed += import_dir(w, path, depth + 1);
		else if (S_ISREG(st.st_mode) && is_html_name(e->d_name))
			failed += import_file(w, path) != 0;
		free(path);
	}
	closedir(d);
	return failed;
}

/* Fetch the URLs among args and import them; the number that failed. */
static unsigned
import_urls(struct web_run *w, char **args, int n)
{
	struct fetch_req	*reqs = xcalloc((size_t)n + 1, sizeof *reqs);
	size_t			 k = 0, i;
	unsigned		 failed = 0;
	int			 j;

	for (j = 0; j < n; j++)
		if (url_is_http(args[j]))
			reqs[k++].url = args[j];
	fetch_run(reqs, k, &w->opts);
	for (i = 0; i < k; i++) {
		if (reqs[i].error != NULL) {
			cmd_error("'%s': %s", reqs[i].url, reqs[i].error);
			failed++;
		} else
			failed += import_bytes(w, reqs[i].url, reqs[i].data,
			    reqs[i].len, reqs[i].final_url,
			    reqs[i].content_type) != 0;
		fetch_req_release(&reqs[i]);
	}
	free(reqs);
	return failed;
}

static unsigned
import_paths(struct web_run *w, char **args, int n)
{
	struct stat	st;
	unsigned	failed = 0;
	int		i;

	for (i = 0; i < n; i++) {
		if (url_is_http(args[i]))
			continue;
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
			failed += import_dir(w, args[i], 0);
		else
			failed += import_file(w, args[i]) != 0;
	}
	return failed;
}

int
cmd_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "into", required_argument, NULL, 'i' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "timeout", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct web_run	 w;
	const char	*into = NULL;
	unsigned	 failed;
	long		 timeout = 0;
	int		 ch, dry = 0;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (ch == 'i')
			into = optarg;
		else if (ch == 'n')
			dry = 1;
		else if (ch == 't' && (timeout = cmd_web_timeout(optarg)) > 0)
			continue;
		else
			return cmd_print_usage(ch == 'h' ? stdout : stderr,
			    "import", ch == 'h' ? CMD_OK : CMD_ERROR);
	}
	if (optind >= argc)
		return cmd_print_usage(stderr, "import", CMD_ERROR);
	if (cmd_web_begin(&w, into) != 0)
		return CMD_ERROR;
	w.dry_run = dry;
	if (timeout > 0)
		w.opts.timeout = timeout;
	failed = import_paths(&w, argv + optind, argc - optind);
	failed += import_urls(&w, argv + optind, argc - optind);
	printf("%u new articles%s, %u already known, %u failed\n", w.written,
	    dry ? " (dry run)" : "", w.known, failed);
	cmd_web_end(&w);
	return failed > 0 ? CMD_NONE : CMD_OK;
}
