/*
 * uictx: the services every part of the interface may use, panes
 * included: messages, the articles and their marks, which pane is shown
 * and which article is selected or open, progress and cancellation of
 * long jobs.  Nothing here calls a pane, the prompt, the commands, the
 * search or the main loop; what needs them is asked for with a reaction
 * bit (REACT_LIMIT) or goes through a hook the loop set (partial
 * search results, the state's timely save).
 */
#include "config.h"

#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

#define UI_PARTIAL_AFTER 0.06	/* seconds before a search shows results
				   so far */

static int ui_scripted;		/* keys come from a script */

void
ui_set_scripted(void)
{
	ui_scripted = 1;
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list	ap;

	free(ui->message);
	va_start(ap, fmt);
	if (vasprintf(&ui->message, fmt, ap) == -1)
		ui->message = NULL;
	va_end(ap);
	ui->message_error = error;
}

struct article *
ui_article(struct ui *ui, uint32_t idx)
{
	if (idx >= ui->corpus->n)
		return NULL;
	return ui->corpus->articles[idx];
}

int
ui_is_read(struct ui *ui, uint32_t idx)
{
	struct article	*a = ui_article(ui, idx);

	return a != NULL && strset_has(&ui->st.read, a->id);
}

int
ui_is_starred(struct ui *ui, uint32_t idx)
{
	struct article	*a = ui_article(ui, idx);

	return a != NULL && strset_has(&ui->st.star, a->id);
}

void
ui_mark_read(struct ui *ui, uint32_t idx, int read)
{
	struct article	*a = ui_article(ui, idx);

	if (a == NULL)
		return;
	uistate_mark(&ui->st, UISTATE_READ, a->id, read);
}

int
ui_select_pane(struct ui *ui, enum pane_id id)
{
	if (id == ui->current)
		return REACT_DRAW;
	if (id == PANE_HELP)
		ui->previous = ui->current;
	ui->current = id;
	return REACT_LAYOUT | REACT_DRAW;
}

long
ui_selected_article(struct ui *ui)
{
	struct pane	*p = &ui->panes[PANE_ARTICLES];
	struct ui_list	*l = p->data;

	if (ui->nlist == 0 || l->sel >= ui->nlist)
		return -1;
	return (long)ui->list[l->sel];
}

int
ui_select_article(struct ui *ui, uint32_t idx)
{
	struct pane	*p = &ui->panes[PANE_ARTICLES];
	struct ui_list	*l = p->data;
	size_t		 i;

	for (i = 0; i < ui->nlist; i++) {
		if (ui->list[i] == idx) {
			l->sel = i;
			list_clamp(l, ui->nlist, p->h > 0 ? p->h : ui->rows);
			return 0;
		}
	}
	return -1;
}

int
ui_open_article(struct ui *ui, uint32_t idx, uint32_t off)
{
	int	r;

	if (ui_article(ui, idx) == NULL)
		return REACT_NONE;
	if (ui->mark_article != idx || ui->mark_start != off)
		ui->mark_article = UINT32_MAX;
	r = REACT_NONE;
	if (ui_select_article(ui, idx) != 0 && ui->model.limit != NULL) {
		/* Not in the limit: the loop clears it, then selects. */
		free(ui->limit_req);
		ui->limit_req = xstrdup("");
		ui->select_req = idx;
		r = REACT_LIMIT;
	}
	if (ui->current != PANE_READER && ui->current != PANE_HELP)
		ui->back = ui->current;
	ui->rd.idx = idx;
	ui->rd.off = off;
	ui->rd.gen++;
	ui_mark_read(ui, idx, 1);
	return r | ui_select_pane(ui, PANE_READER) | REACT_LAYOUT;
}

int
ui_open_span(struct ui *ui, uint32_t idx, uint32_t start, uint32_t end)
{
	int	r;

	ui->mark_article = idx;
	ui->mark_start = start;
	ui->mark_end = end;
	r = ui_open_article(ui, idx, start);
	ui->mark_article = idx;		/* kept past the reader's load */
	return r;
}

/* Tell every pane that the list, the corpus or the search changed. */
void
ui_changed(struct ui *ui)
{
	int	i;

	for (i = 0; i < PANE_COUNT; i++) {
		if (ui->panes[i].ops->changed != NULL)
			ui->panes[i].ops->changed(ui, &ui->panes[i]);
	}
}

/* The article the marks keys act on: the reader's, else the selected. */
long
ui_target_article(struct ui *ui)
{
	if (ui->current == PANE_READER && ui->rd.idx != UINT32_MAX)
		return ui->rd.idx;
	return ui_selected_article(ui);
}

int
ui_input_pending(void)
{
	struct pollfd	pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	if (ui_scripted)
		return 0;
	return poll(&pfd, 1, 0) > 0;
}

int
ui_input_gone(void)
{
	struct pollfd	pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	if (ui_scripted)
		return 0;
	return poll(&pfd, 1, 0) > 0 &&
	    (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* Warnings may come from the core's worker threads. */
static void
ui_warn(void *arg, const char *msg)
{
	static pthread_mutex_t	lock = PTHREAD_MUTEX_INITIALIZER;

	pthread_mutex_lock(&lock);
	ui_message(arg, 1, "%s", msg);
	pthread_mutex_unlock(&lock);
}

/* Seconds on the monotonic clock. */
double
ui_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * Whether what waits on the terminal should stop the running job: a key
 * does, and is given back to ncurses for the loop to act on.  The mouse
 * does not: a click on the pane bar starts the job of the pane it shows,
 * and the button's release follows at once; what the mouse does while a
 * job runs is dropped.
 */
static int
ui_input_cancels(void)
{
	MEVENT	 ev;
	wint_t	 wc;
	int	 rc;

	if (!ui_input_pending())
		return 0;
	timeout(0);
	rc = get_wch(&wc);
	if (rc == ERR)
		return 0;
	if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
		(void)getmouse(&ev);
		return 0;
	}
	if (rc == KEY_CODE_YES)
		ungetch((int)wc);
	else
		unget_wch((wchar_t)wc);
	return 1;
}

/*
 * Progress in the status line; a key pressed meanwhile cancels.  The
 * core may call this for every article: look for a key every 2 ms and
 * draw at most every 100 ms, and only once the job has taken 200 ms.
 */
static void
ui_progress(void *arg, const char *stage, uint64_t done, uint64_t total)
{
	struct ui	*ui = arg;
	char		 s[128];
	double		 now = ui_now();

	if (now - ui->job_polled >= 0.002) {
		ui->job_polled = now;
		if (ui_input_cancels() ||
		    (ui->tick != NULL && ui->tick(ui) != 0))
			ui->cancel = 1;
	}
	/* A search typed at the prompt shows what it found so far. */
	if (ui->running != NULL && !ui->partial_drawn && !ui->cancel &&
	    ui->prompt.kind == PROMPT_SEARCH &&
	    now - ui->key_time >= UI_PARTIAL_AFTER) {
		ui->partial_drawn = 1;
		if (ui->show_partial != NULL)
			ui->show_partial(ui);
	}
	if (total == 0 || ui->rows < 2 || now - ui->job_start < 0.2 ||
	    now - ui->job_drawn < 0.1)
		return;
	ui->job_drawn = now;
	snprintf(s, sizeof s, "%s %llu/%llu (any key cancels)", stage,
	    (unsigned long long)done, (unsigned long long)total);
	draw_str(ui, ui->rows - 1, 0, ui->cols, s, ROLE_NORMAL, DRAW_FILL);
	refresh();
}

void
ui_notify(struct ui *ui, struct notify *n)
{
	ui->cancel = 0;
	ui->job_start = ui->job_polled = ui_now();
	ui->job_drawn = 0;
	n->warn = ui_warn;
	n->progress = ui_progress;
	n->arg = ui;
	n->cancel = &ui->cancel;
}


/* Open the prompt (what is typed is dispatched by the loop). */
void
prompt_open(struct ui *ui, enum prompt_kind kind, const char *initial)
{
	struct prompt	*p = &ui->prompt;

	if (p->text == NULL)
		p->text = xcalloc(1, sizeof *p->text);
	buf_reset(p->text);
	buf_adds(p->text, initial != NULL ? initial : "");
	p->kind = kind;
	p->cursor = p->text->len;
	p->hist = ui->st.nhistory;
	p->dirty = 0;
	free(p->saved);
	p->saved = ui->search.pattern != NULL ?
	    xstrdup(ui->search.pattern) : NULL;
	free(ui->message);
	ui->message = NULL;
}

