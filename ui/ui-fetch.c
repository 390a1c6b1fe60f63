/*
 * R: `demarche fetch --into FOLDER` in the background (fetchjob.h), the
 * feeds file's feeds into the corpus folder shown.  Keys keep working
 * meanwhile; the status bar shows its progress (ui->fetch_status), read
 * each turn of the loop.  When it ends the corpus is opened again as
 * ':reload' does, keeping the place, and the summary is shown; the new
 * articles are unread, so listed as new.  The state is not saved while
 * it runs (the fetcher holds the state folder's lock), but after.
 * Quitting stops it (its articles are written atomically: none is left
 * half written, and the next fetch gets the rest).
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/corpus.h"
#include "fetchjob.h"
#include "ui.h"

#define UIFETCH_STOP_MS	3000	/* quitting: SIGTERM, then SIGKILL */

struct uifetch {
	struct fetchjob	 job;
	char		*into;
	int		 deferred;	/* ended, waiting for the prompt */
};

/* The folder to fetch into, or NULL after saying why not. */
static const char *
uifetch_folder(struct ui *ui)
{
	const char	*p = ui->opts->npaths == 1 ? ui->opts->paths[0] : NULL;
	struct stat	 sb;

	if (ui->opts->samples) {
		ui_message(ui, 1, "the bundled samples are not fetched into: "
		    "open a corpus folder (demarche DIR) to fetch");
		return NULL;
	}
	if (p == NULL) {
		ui_message(ui, 1, "the corpus is made of %zu paths: R fetches "
		    "into one folder", ui->opts->npaths);
		return NULL;
	}
	if (stat(p, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		ui_message(ui, 1, "'%s' is not a folder: R fetches into the "
		    "corpus folder", p);
		return NULL;
	}
	if (access(p, W_OK | X_OK) != 0) {
		ui_message(ui, 1, "cannot write into '%s': %s", p,
		    strerror(errno));
		return NULL;
	}
	return p;
}

/*
 * This program's file, to run it again as `demarche fetch`, which puts
 * demarche-web in its place (the same process: stopping it stops the
 * fetch); so the interface never loads the web libraries itself.
 */
static char *
uifetch_self(void)
{
	char	 path[PATH_MAX];
	ssize_t	 n;

	if ((n = readlink("/proc/self/exe", path, sizeof path - 1)) <= 0)
		return NULL;
	path[n] = '\0';
	return xstrdup(path);
}

/* The status bar's words for the fetch under way. */
static void
uifetch_status(struct ui *ui, const struct fetchjob *j)
{
	struct buf	b = { 0 };

	if (j->phase == FETCHJOB_STORE)
		buf_printf(&b, "fetch: %s %d%%, %u new", j->stage, j->percent,
		    j->fresh);
	else if (j->phase == FETCHJOB_PAGES && j->total == 0)
		buf_printf(&b, "fetch: %zu feeds done, %u new", j->nfeeds,
		    j->fresh);
	else if (j->phase == FETCHJOB_PAGES)
		buf_printf(&b, "fetch: %zu feeds done, pages %zu/%zu, %u new",
		    j->nfeeds, j->done, j->total, j->fresh);
	else if (j->total > 0)
		buf_printf(&b, "fetch: feeds %zu/%zu, %u new", j->done,
		    j->total, j->fresh);
	else
		buf_adds(&b, "fetch: starting");
	if (j->nerrors > 0)
		buf_printf(&b, ", %u failed", j->nerrors);
	free(ui->fetch_status);
	ui->fetch_status = buf_detach(&b, NULL);
}

int
uifetch_start(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;
	const char	*into;
	char		*self, *cause = NULL;
	char		*argv[] = { NULL, (char *)"fetch", (char *)"--into",
			    NULL, NULL };

	if (f != NULL && fetchjob_running(&f->job)) {
		ui_message(ui, 1, "a fetch is already running (%s)",
		    ui->fetch_status);
		return REACT_DRAW;
	}
	if (ui->script != NULL) {
		ui_message(ui, 0, "no fetch is run from a script");
		return REACT_DRAW;
	}
	if ((into = uifetch_folder(ui)) == NULL)
		return REACT_DRAW;
	if ((self = uifetch_self()) == NULL) {
		ui_message(ui, 1, "cannot find the demarche program to fetch");
		return REACT_DRAW;
	}
	uifetch_free(ui);
	f = xcalloc(1, sizeof *f);
	fetchjob_init(&f->job);
	f->into = xstrdup(into);
	argv[0] = self;
	argv[3] = f->into;
	if (fetchjob_start(&f->job, argv, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		free(f->into);
		free(f);
	} else {
		ui->fetch = f;
		ui->save_held = 1;
		uifetch_status(ui, &f->job);
	}
	free(self);
	return REACT_DRAW;
}

/* The summary of a fetch that ran to its end. */
static void
uifetch_summary(struct ui *ui, const struct fetchjob *j)
{
	struct buf	b = { 0 };
	int		failed = j->feeds_failed > 0 || j->pages_failed > 0;

	buf_printf(&b, "fetch done: %ld feeds, %ld failed; %ld new articles",
	    j->feeds, j->feeds_failed, j->written);
	if (j->pages_failed > 0)
		buf_printf(&b, ", %ld pages failed", j->pages_failed);
	if (failed && j->first_error != NULL)
		buf_printf(&b, " (%s)", j->first_error);
	ui_message(ui, failed, "%s", b.data);
	buf_release(&b);
}

/* The fetch has ended: reload when it may have written, then sum up. */
static int
uifetch_end(struct ui *ui, struct uifetch *f)
{
	const struct fetchjob	*j = &f->job;

	ui->save_held = 0;
	free(ui->fetch_status);
	ui->fetch_status = NULL;
	/* Once: a reload that fails has said why in the prompt line. */
	if (((j->feeds >= 0 && j->written > 0) || (j->feeds < 0 &&
	    j->fresh > 0)) && ui_reopen_corpus(ui) != 0) {
		uifetch_free(ui);
		return REACT_DRAW | REACT_LAYOUT;
	}
	if (j->feeds >= 0)
		uifetch_summary(ui, j);
	else if (j->first_error != NULL)
		ui_message(ui, 1, "fetch failed: %s", j->first_error);
	else if (j->status < 0)
		ui_message(ui, 1, "the fetch was killed (%u new articles)",
		    j->fresh);
	else
		ui_message(ui, 1, "fetch failed (exit status %d)", j->status);
	uifetch_free(ui);
	return REACT_DRAW | REACT_LAYOUT;
}

int
uifetch_poll(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;

	if (f == NULL)
		return REACT_NONE;
	if (!fetchjob_poll(&f->job) && !f->job.ended)
		return REACT_NONE;
	/* Not under a line being typed: the reload would change it. */
	if (f->job.ended && ui->prompt.kind == PROMPT_NONE)
		return uifetch_end(ui, f);
	if (f->job.ended) {
		if (f->deferred)
			return REACT_NONE;
		f->deferred = 1;
		free(ui->fetch_status);
		ui->fetch_status = xstrdup("fetch: done, shown after the "
		    "prompt");
		return REACT_DRAW;
	}
	uifetch_status(ui, &f->job);
	return REACT_DRAW;
}

void
uifetch_pump(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;

	if (f != NULL)
		fetchjob_poll(&f->job);
}

int
uifetch_running(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;

	return f != NULL && fetchjob_running(&f->job);
}

int
uifetch_stop(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;
	int		 was = uifetch_running(ui);

	if (f != NULL)
		fetchjob_stop(&f->job, UIFETCH_STOP_MS);
	ui->save_held = 0;
	return was;
}

void
uifetch_free(struct ui *ui)
{
	struct uifetch	*f = ui->fetch;

	if (f == NULL)
		return;
	fetchjob_release(&f->job);
	free(f->into);
	free(f);
	ui->fetch = NULL;
}
