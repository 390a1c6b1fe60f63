/*
 * What every subcommand shares: usage lines, error messages, printing
 * through the sanitiser, finding the data and sample directories, and
 * opening the corpus with warnings and a progress bar on standard error.
 */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/notify.h"
#include "base/termsafe.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "text/article.h"
#include "text/corpus.h"

static const char *
cmd_usage(const char *name)
{
	const struct cmd_entry	*c;

	for (c = cmd_table; c->name != NULL; c++) {
		if (strcmp(c->name, name) == 0)
			return c->usage;
	}
	return name;
}

void
cmd_print_forms(FILE *f, const char *prefix, const char *usage)
{
	const char	*nl;

	while ((nl = strchr(usage, '\n')) != NULL) {
		fprintf(f, "%s%.*s\n", prefix, (int)(nl - usage), usage);
		usage = nl + 1;
	}
	fprintf(f, "%s%s\n", prefix, usage);
}

static void	cmd_print_options(FILE *, const char *);

int
cmd_print_usage(FILE *f, const char *name, int status)
{
	const char	*u = cmd_usage(name), *nl;

	nl = strchr(u, '\n');
	if (nl == NULL)
		fprintf(f, "usage: demarche %s\n", u);
	else {
		fprintf(f, "usage: demarche %.*s\n", (int)(nl - u), u);
		cmd_print_forms(f, "       demarche ", nl + 1);
	}
	if (status == CMD_OK)
		cmd_print_options(f, name);
	return status;
}

/* --help: the summary, each option and argument, where PATH comes from. */
static void
cmd_print_options(FILE *f, const char *name)
{
	const struct cmd_entry	*c;

	for (c = cmd_table; c->name != NULL; c++) {
		if (strcmp(c->name, name) != 0)
			continue;
		fprintf(f, "\n%s.\n\n%s", c->summary, c->options != NULL ?
		    c->options : "");
		if (strstr(c->usage, "PATH") != NULL &&
		    strstr(c->options, "  PATH") == NULL)
			fputs("  PATH           files or folders of articles "
			    "(default: $DEMARCHE_CORPUS,\n"
			    "                 else the samples)\n", f);
		fputs("  --help         this help; the manual: man demarche\n",
		    f);
	}
}

/* Edit distance between a and b, stopping past max. */
static size_t
cmd_distance(const char *a, const char *b, size_t max)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, d[32], prev, tmp;

	if (la >= sizeof d || lb >= sizeof d)
		return max + 1;
	for (j = 0; j <= lb; j++)
		d[j] = j;
	for (i = 1; i <= la; i++) {
		prev = d[0];
		d[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = d[j];
			d[j] = a[i - 1] == b[j - 1] ? prev :
			    1 + (prev < d[j - 1] ? (prev < d[j] ? prev : d[j]) :
			    (d[j - 1] < d[j] ? d[j - 1] : d[j]));
			prev = tmp;
		}
	}
	return d[lb];
}

const char *
cmd_suggest(const char *name)
{
	const struct cmd_entry	*c, *best = NULL;
	size_t			 d, bestd = 3;

	for (c = cmd_table; c->name != NULL; c++) {
		if ((d = cmd_distance(name, c->name, 2)) < bestd) {
			bestd = d;
			best = c;
		}
	}
	return best != NULL && strlen(name) >= 3 ? best->name : NULL;
}

const struct cmd_run *
cmd_find(const struct cmd_run *t, const char *name)
{
	for (; t->name != NULL; t++) {
		if (strcmp(t->name, name) == 0)
			return t;
	}
	return NULL;
}

void
cmd_error(const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	fflush(stdout);
	fputs("demarche: ", stderr);
	termsafe_puts(stderr, msg, TERMSAFE_KEEP_TAB);
	fputc('\n', stderr);
	free(msg);
}

void
cmd_out_n(const char *s, size_t len)
{
	termsafe_write(stdout, s, len, TERMSAFE_KEEP_TAB |
	    TERMSAFE_KEEP_NEWLINE);
}

void
cmd_field(const char *s)
{
	termsafe_write(stdout, s, strlen(s), TERMSAFE_NAME);
}

void
cmd_out(const char *s)
{
	cmd_out_n(s, strlen(s));
}

static int
cmd_is_dir(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The installed directory when present, else the source tree's. */
static const char *
cmd_pick_dir(const char *installed, const char *source)
{
	return cmd_is_dir(installed) ? installed : source;
}

const char *
cmd_samples_dir(void)
{
	const char	*env = getenv("DEMARCHE_DATADIR");
	static char	*dir;

	if (env != NULL && *env != '\0') {
		free(dir);
		dir = xasprintf("%s/samples", env);
		return dir;
	}
	return cmd_pick_dir(PKGDATADIR "/samples", SRCDIR "/data/samples");
}

const char *
cmd_data_dir(void)
{
	const char	*env = getenv("DEMARCHE_DATADIR");

	if (env != NULL && *env != '\0')
		return env;
	return cmd_pick_dir(PKGDATADIR, SRCDIR "/data");
}

static void
cmd_warn(void *arg, const char *msg)
{
	cmd_error("%s", msg);
}

/* A one-line progress bar, redrawn in place, only on a terminal. */
static void
cmd_progress(void *arg, const char *stage, uint64_t done, uint64_t total)
{
	static uint64_t	last;
	int		width = 30, fill;

	if (total == 0 || (done != total && done - last < total / 100 + 1))
		return;
	last = done;
	fill = (int)((double)done / (double)total * width);
	fprintf(stderr, "\r%-10s [%.*s%*s] %3d%%", stage, fill,
	    "##############################", width - fill, "",
	    (int)(100.0 * (double)done / (double)total));
	if (done >= total) {
		fprintf(stderr, "\r%*s\r", width + 20, "");
		last = 0;
	}
	fflush(stderr);
}

/* How many articles cmd_article_text keeps loaded. */
#define CMD_TEXTS	64

static struct article	*cmd_texts[CMD_TEXTS];
static size_t		 cmd_texts_next;

const char *
cmd_article_text(struct article *a)
{
	struct article	**slot;

	if (a->text != NULL)
		return a->text;
	if (article_load_same(a) != 0)
		return NULL;
	slot = &cmd_texts[cmd_texts_next++ % CMD_TEXTS];
	if (*slot != NULL)
		article_unload(*slot);
	*slot = a;
	return a->text;
}

void
cmd_texts_release(void)
{
	size_t	i;

	for (i = 0; i < CMD_TEXTS; i++) {
		if (cmd_texts[i] != NULL)
			article_unload(cmd_texts[i]);
		cmd_texts[i] = NULL;
	}
}

int
cmd_open_corpus(struct corpus *c, char **paths, int npaths, int flags)
{
	struct notify	 n = { cmd_warn, NULL, NULL, NULL };
	const char	*dflt[1];
	char		*cause = NULL;

	if (isatty(STDERR_FILENO))
		n.progress = cmd_progress;
	if (npaths == 0) {
		dflt[0] = getenv("DEMARCHE_CORPUS");
		if (dflt[0] == NULL || *dflt[0] == '\0')
			dflt[0] = cmd_samples_dir();
		paths = (char **)dflt;
		npaths = 1;
	}
	if (corpus_open(c, (const char *const *)paths, (size_t)npaths, flags,
	    &n, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	return 0;
}
