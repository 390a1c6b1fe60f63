/*
 * The session: what the interface keeps between runs (marks, stars,
 * rejections, history, the place) and how it survives a dying terminal.
 *
 * A change to the marks is written within a second: the main loop calls
 * session_tick after every key and whenever its wait times out, and a
 * save happens once the last one is a second old.  SIGHUP and SIGTERM
 * only set a flag here; the loop sees it within its wait (never longer
 * than SESSION_POLL_MS), saves and leaves.  Every save merges with the
 * file under its lock (uistate_merge_save), so two programs on one
 * corpus keep each other's marks.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

#define SESSION_EVERY 1.0	/* seconds between saves, at most */
#define SESSION_LOCK_MS 500	/* wait for the other program's save */

static volatile sig_atomic_t session_caught;

static void
session_handler(int sig)
{
	session_caught = sig;
}

void
session_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = session_handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a blocked read returns */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int
session_signalled(void)
{
	return session_caught;
}

/* End the program as the signal would have, now that the state is kept. */
void
session_reraise(void)
{
	int	sig = session_caught;

	if (sig == 0)
		return;
	signal(sig, SIG_DFL);
	raise(sig);
}

static double
session_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
session_load(struct ui *ui)
{
	char	*cause = NULL, *warning = NULL;

	if ((ui->state_dir = xdg_dir(XDG_STATE, 0, &cause)) == NULL) {
		ui_message(ui, 1, "state not kept: %s", cause);
		free(cause);
		return;
	}
	uistate_load(&ui->st, ui->state_dir, &warning);
	if (warning != NULL) {
		ui_message(ui, 1, "%s", warning);
		free(warning);
	}
}

/* Copy where we are (selected article, pane, reader) into the state. */
static void
session_place(struct ui *ui)
{
	long		 idx = ui_selected_article(ui);
	struct article	*a;

	free(ui->st.last);
	ui->st.last = NULL;
	if (idx >= 0)
		ui->st.last = xstrdup(ui->corpus->articles[idx]->id);
	ui->st.pane = ui->current < PANE_NUMBERED ? (int)ui->current : 0;
	free(ui->st.reading);
	ui->st.reading = NULL;
	if ((a = ui_article(ui, ui->rd.idx)) != NULL) {
		ui->st.reading = xstrdup(a->id);
		ui->st.reading_off = ui->rd.off;
	}
}

int
session_save(struct ui *ui, char **cause)
{
	if (ui->state_dir == NULL)
		return 0;
	session_place(ui);
	ui->state_saved = session_now();
	return uistate_merge_save(&ui->st, ui->state_dir, SESSION_LOCK_MS,
	    cause);
}

int
session_tick(struct ui *ui)
{
	double	 wait = ui->state_saved + SESSION_EVERY - session_now();
	char	*cause = NULL;

	if (!ui->st.dirty || ui->state_dir == NULL || ui->save_held)
		return -1;
	if (wait > 0)
		return (int)(wait * 1000) + 1;
	if (session_save(ui, &cause) != 0) {
		ui_message(ui, 1, "state not saved: %s", cause);
		free(cause);
		ui->st.dirty = 0;	/* tried; the next change tries again */
	}
	return -1;
}
