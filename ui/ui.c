/*
 * The main loop: read a key, turn it into an action through the key map,
 * let the current pane (or the global handler below) apply it, and redraw
 * according to the reactions.  Also the layout, the pane bar, the status
 * bar, state and config at start and end, and running man(1).
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/termsafe.h"
#include "base/xmalloc.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

#define UI_WIDE_COLS 100	/* list beside the reader from this width */
#define UI_PARTIAL_AFTER 0.06	/* seconds before a search shows results
				   so far */

static int ui_scripted;		/* keys come from a script */

static const struct pane_ops *const pane_table[PANE_COUNT] = {
	[PANE_ARTICLES] = &pane_articles_ops,
	[PANE_READER] = &pane_reader_ops,
	[PANE_ACTORS] = &pane_actors_ops,
	[PANE_POSITIONS] = &pane_positions_ops,
	[PANE_HELP] = &pane_help_ops,
};

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

/* Compute the pane rectangles from the terminal size. */
static void
ui_layout(struct ui *ui)
{
	struct pane	*p;
	int		 body, left, i;

	getmaxyx(stdscr, ui->rows, ui->cols);
	for (i = 0; i < PANE_COUNT; i++) {
		p = &ui->panes[i];
		p->y = p->x = p->h = p->w = 0;
	}
	body = ui->rows - 3;
	if (body < 1)
		body = ui->rows > 1 ? 1 : 0;
	ui->wide = ui->cols >= UI_WIDE_COLS && !ui->maximised &&
	    (ui->current == PANE_ARTICLES || ui->current == PANE_READER);
	if (ui->wide) {
		left = ui->cols * 2 / 5;
		p = &ui->panes[PANE_ARTICLES];
		p->y = 1, p->x = 0, p->h = body, p->w = left;
		p = &ui->panes[PANE_READER];
		p->y = 1, p->x = left + 1, p->h = body;
		p->w = ui->cols - left - 1;
		return;
	}
	p = &ui->panes[ui->current];
	p->y = 1, p->x = 0, p->h = body, p->w = ui->cols;
}

/* A click on the pane bar: the pane whose name is under column x. */
static int
ui_bar_click(struct ui *ui, int x)
{
	int	i, at = 0, w;

	for (i = 0; i < PANE_NUMBERED; i++) {
		w = 4 + (int)strlen(pane_table[i]->title);
		if (x >= at && x < at + w)
			return ui_select_pane(ui, (enum pane_id)i);
		at += w;
	}
	return REACT_NONE;
}

/* The pane bar: the numbered panes, the current one highlighted. */
static void
ui_draw_bar(struct ui *ui)
{
	char	 s[64];
	int	 i, x = 0, n, cur;

	for (i = 0; i < PANE_COUNT && x < ui->cols; i++) {
		if (i == PANE_HELP && ui->current != PANE_HELP)
			break;
		cur = (int)i == (int)ui->current;
		if (i < PANE_NUMBERED)
			snprintf(s, sizeof s, "%c%d %s%c", cur ? '[' : ' ',
			    i + 1, pane_table[i]->title, cur ? ']' : ' ');
		else
			snprintf(s, sizeof s, "%c%s%c", cur ? '[' : ' ',
			    pane_table[i]->title, cur ? ']' : ' ');
		n = draw_str(ui, 0, x, ui->cols - x, s,
		    cur ? ROLE_BAR_CURRENT : ROLE_BAR, 0);
		x += n;
	}
	if (x < ui->cols)
		draw_str(ui, 0, x, ui->cols - x, ui->maximised ? " [max]" : "",
		    ROLE_BAR, DRAW_FILL);
}

/* The status bar: corpus, counts, limit and search; where on the right. */
static void
ui_draw_status(struct ui *ui, int y)
{
	struct buf	 left = { 0 }, right = { 0 };
	struct pane	*p = &ui->panes[ui->current];
	int		 rw;

	buf_printf(&left, " %s: %zu/%zu articles", ui->label, ui->nlist,
	    ui->corpus->n);
	if (ui->model.what != NULL)
		buf_printf(&left, "  limit: %s", ui->model.what);
	if (ui_sort_name(ui) != NULL)
		buf_printf(&left, "  by %s", ui_sort_name(ui));
	if (ui->search.pattern != NULL)
		buf_printf(&left, "  /%s: %zu hits in %zu%s",
		    ui->search.pattern, ui->search.nhits, ui->search.narticles,
		    ui->partial ? " so far, searching" : "");
	if (p->ops->where != NULL)
		p->ops->where(ui, p, &right);
	buf_adds(&right, " ");
	rw = text_width(right.data, right.len, ui->cols);
	if (rw > ui->cols / 2)
		rw = ui->cols / 2;
	draw_text(ui, y, 0, ui->cols - rw, left.data, left.len, ROLE_STATUS,
	    NULL, 0, 0, DRAW_FILL | DRAW_ELLIPSIS);
	draw_text(ui, y, ui->cols - rw, rw, right.data, right.len,
	    ROLE_STATUS, NULL, 0, 0, DRAW_FILL | DRAW_RIGHT | DRAW_ELLIPSIS);
	buf_release(&left);
	buf_release(&right);
}

static void
ui_draw(struct ui *ui)
{
	struct pane	*p;
	int		 i, y;

	curs_set(0);
	if (ui->rows < 1 || ui->cols < 1)
		return;
	ui_draw_bar(ui);
	for (i = 0; i < PANE_COUNT; i++) {
		p = &ui->panes[i];
		if (p->h > 0 && p->w > 0)
			p->ops->draw(ui, p);
	}
	if (ui->wide) {
		p = &ui->panes[PANE_ARTICLES];
		for (y = p->y; y < p->y + p->h; y++)
			mvadd_wch(y, p->w, WACS_VLINE);
	}
	if (ui->rows >= 3)
		ui_draw_status(ui, ui->rows - 2);
	if (ui->rows >= 2)
		prompt_draw(ui, ui->rows - 1);
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
	if (ui_article(ui, idx) == NULL)
		return REACT_NONE;
	if (ui->mark_article != idx || ui->mark_start != off)
		ui->mark_article = UINT32_MAX;
	if (ui_select_article(ui, idx) != 0 && ui->model.limit != NULL) {
		uisearch_limit(ui, "");
		ui_select_article(ui, idx);
	}
	if (ui->current != PANE_READER && ui->current != PANE_HELP)
		ui->back = ui->current;
	reader_show(ui, idx, off);
	ui_mark_read(ui, idx, 1);
	return ui_select_pane(ui, PANE_READER) | REACT_LAYOUT;
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

/* Read-all: mark every listed article read, remembering them for undo. */
static int
ui_read_all(struct ui *ui)
{
	struct article	*a;
	size_t		 i;

	for (i = 0; i < ui->nundo; i++)
		free(ui->undo[i]);
	ui->nundo = 0;
	ui->undo = xreallocarray(ui->undo, ui->nlist + 1, sizeof *ui->undo);
	for (i = 0; i < ui->nlist; i++) {
		a = ui->corpus->articles[ui->list[i]];
		if (uistate_mark(&ui->st, UISTATE_READ, a->id, 1))
			ui->undo[ui->nundo++] = xstrdup(a->id);
	}
	ui_message(ui, 0, "marked %zu articles read (u undoes)", ui->nundo);
	return REACT_DRAW;
}

static int
ui_undo(struct ui *ui)
{
	size_t	i;

	if (ui->nundo == 0) {
		ui_message(ui, 1, "nothing to undo");
		return REACT_DRAW;
	}
	for (i = 0; i < ui->nundo; i++) {
		uistate_mark(&ui->st, UISTATE_READ, ui->undo[i], 0);
		free(ui->undo[i]);
	}
	ui_message(ui, 0, "marked %zu articles unread again", ui->nundo);
	ui->nundo = 0;
	return REACT_DRAW;
}

/* The article the marks keys act on: the reader's, else the selected. */
long
ui_target_article(struct ui *ui)
{
	if (ui->current == PANE_READER && reader_article(ui) != UINT32_MAX)
		return reader_article(ui);
	return ui_selected_article(ui);
}

static int
ui_toggle(struct ui *ui, int star)
{
	long		 idx = ui_target_article(ui);
	struct article	*a;
	enum uistate_set which = star ? UISTATE_STAR : UISTATE_READ;

	if (idx < 0)
		return REACT_NONE;
	a = ui->corpus->articles[idx];
	uistate_mark(&ui->st, which, a->id,
	    !strset_has(uistate_set(&ui->st, which), a->id));
	return REACT_DRAW;
}

static void
ui_suspend(void)
{
	def_prog_mode();
	endwin();
	kill(getpid(), SIGTSTP);
	reset_prog_mode();
	refresh();
}

/* Actions that do not depend on the pane. */
static int
ui_global_action(struct ui *ui, enum action a)
{
	switch (a) {
	case ACT_QUIT:
		return REACT_QUIT;
	case ACT_NEXT_PANE:
	case ACT_PREV_PANE:
		if (ui->current == PANE_HELP)
			return ui_select_pane(ui, ui->previous);
		return ui_select_pane(ui, (ui->current + (a == ACT_NEXT_PANE ?
		    1 : PANE_NUMBERED - 1)) % PANE_NUMBERED);
	case ACT_PANE_1:
	case ACT_PANE_2:
	case ACT_PANE_3:
	case ACT_PANE_4:
		return ui_select_pane(ui, (enum pane_id)(a - ACT_PANE_1));
	case ACT_MAXIMISE:
		ui->maximised = !ui->maximised;
		return REACT_LAYOUT | REACT_DRAW;
	case ACT_REDRAW:
		return REACT_CLEAR | REACT_LAYOUT | REACT_DRAW;
	case ACT_SUSPEND:
		if (ui->script == NULL)
			ui_suspend();
		return REACT_LAYOUT | REACT_DRAW;
	case ACT_CANCEL:
		free(ui->message);
		ui->message = NULL;
		return REACT_DRAW;
	case ACT_SEARCH:
		prompt_open(ui, PROMPT_SEARCH, NULL);
		return REACT_DRAW;
	case ACT_LIMIT:
		prompt_open(ui, PROMPT_LIMIT, NULL);
		return REACT_DRAW;
	case ACT_COMMAND:
		prompt_open(ui, PROMPT_COMMAND, NULL);
		return REACT_DRAW;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		return uisearch_next(ui, a == ACT_SEARCH_NEXT ? 1 : -1);
	case ACT_OPEN_URL:
		return ui_target_article(ui) < 0 ? REACT_NONE :
		    ui_open_url(ui, (uint32_t)ui_target_article(ui));
	case ACT_PIPE:
		if (ui_target_article(ui) >= 0)
			prompt_open(ui, PROMPT_PIPE, NULL);
		return REACT_DRAW;
	case ACT_SORT:
		return ui_sort_next(ui);
	case ACT_TOGGLE_READ:
		return ui_toggle(ui, 0);
	case ACT_TOGGLE_STAR:
		return ui_toggle(ui, 1);
	case ACT_READ_ALL:
		return ui_read_all(ui);
	case ACT_UNDO:
		return ui_undo(ui);
	case ACT_HELP:
		return ui_select_pane(ui, PANE_HELP);
	case ACT_MAN:
		if (ui->script != NULL)
			ui_message(ui, 0, "man is not run from a script");
		else
			ui_run_man(ui);
		return REACT_LAYOUT | REACT_DRAW;
	case ACT_BACK:
		/* From the reader, back where the article was opened. */
		if (ui->current == PANE_READER && ui->back != PANE_READER &&
		    ui->back < PANE_NUMBERED)
			return ui_select_pane(ui, ui->back) | REACT_LAYOUT;
		return ui_select_pane(ui, PANE_ARTICLES);
	default:
		return REACT_NONE;
	}
}

static int
ui_action(struct ui *ui, enum action a)
{
	struct pane	*p = &ui->panes[ui->current];
	int		 r;

	if (a == ACT_NONE)
		return REACT_NONE;
	r = p->ops->action(ui, p, a);
	if (!(r & REACT_UNHANDLED))
		return r;
	return ui_global_action(ui, a);
}

/* Translate what get_wch() gave into a key code. */
static uint32_t
ui_keyc(int rc, wint_t wc)
{
	if (rc == OK) {
		if (wc == 127 || wc == 8)
			return KEYC_BSPACE;
		if (wc == '\n')
			return KEYC_ENTER;
		return (uint32_t)wc;
	}
	if (wc >= KEY_F(1) && wc <= KEY_F(12))
		return KEYC_F1 + (uint32_t)(wc - KEY_F(1));
	switch (wc) {
	case KEY_UP: return KEYC_UP;
	case KEY_DOWN: return KEYC_DOWN;
	case KEY_LEFT: return KEYC_LEFT;
	case KEY_RIGHT: return KEYC_RIGHT;
	case KEY_HOME: return KEYC_HOME;
	case KEY_END: return KEYC_END;
	case KEY_PPAGE: return KEYC_PPAGE;
	case KEY_NPAGE: return KEYC_NPAGE;
	case KEY_BTAB: return KEYC_BTAB;
	case KEY_BACKSPACE: return KEYC_BSPACE;
	case KEY_DC: return KEYC_DC;
	case KEY_IC: return KEYC_IC;
	case KEY_ENTER: return KEYC_ENTER;
	case KEY_RESIZE: return KEYC_RESIZE;
	case KEY_MOUSE: return KEYC_MOUSE;
	}
	return KEYC_NONE;
}

int
ui_input_pending(void)
{
	struct pollfd	pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	if (ui_scripted)
		return 0;
	return poll(&pfd, 1, 0) > 0;
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
static double
ui_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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
		if (ui_input_pending() || session_signalled())
			ui->cancel = 1;
		session_tick(ui);
	}
	/* A search typed at the prompt shows what it found so far. */
	if (ui->running != NULL && !ui->partial_drawn && !ui->cancel &&
	    ui->prompt.kind == PROMPT_SEARCH &&
	    now - ui->key_time >= UI_PARTIAL_AFTER) {
		ui->partial_drawn = 1;
		uisearch_partial(ui);
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

void
ui_apply_config(struct ui *ui)
{
	draw_init_colors(ui);
	mousemask(ui->cf.mouse ? BUTTON1_CLICKED | BUTTON1_PRESSED |
	    BUTTON4_PRESSED | BUTTON5_PRESSED : 0, NULL);
	mouseinterval(0);
}

/* The wheel scrolls the pane under it; a click selects there. */
static int
ui_mouse(struct ui *ui)
{
	MEVENT		 ev;
	struct pane	*p;
	int		 i, r = REACT_NONE;

	if (getmouse(&ev) != OK)
		return REACT_NONE;
	if (ev.y == 0 && (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
		return ui_bar_click(ui, ev.x);
	for (i = 0; i < PANE_COUNT; i++) {
		p = &ui->panes[i];
		if (p->h == 0 || ev.y < p->y || ev.y >= p->y + p->h ||
		    ev.x < p->x || ev.x >= p->x + p->w)
			continue;
		if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
			r = p->ops->action(ui, p, ev.bstate & BUTTON4_PRESSED ?
			    ACT_UP : ACT_DOWN);
			r |= p->ops->action(ui, p, ev.bstate &
			    BUTTON4_PRESSED ? ACT_UP : ACT_DOWN);
			r |= p->ops->action(ui, p, ev.bstate &
			    BUTTON4_PRESSED ? ACT_UP : ACT_DOWN);
			return (r & ~REACT_UNHANDLED) | REACT_DRAW;
		}
		if (p->ops->click == NULL)
			return REACT_NONE;
		if ((enum pane_id)i != ui->current)
			r = ui_select_pane(ui, (enum pane_id)i);
		return r | p->ops->click(ui, p, ev.y - p->y, ev.x - p->x);
	}
	return REACT_NONE;
}

/* One key: through the prompt when open, else the key map. */
static int
ui_key(struct ui *ui, uint32_t key)
{
	enum key_scope	scope = ui->panes[ui->current].ops->scope;
	enum action	a;
	char		name[32];

	if (key == KEYC_RESIZE)
		return REACT_LAYOUT | REACT_DRAW;
	if (ui->prompt.kind != PROMPT_NONE)
		return prompt_key(ui, key);
	if (ui->message != NULL) {
		free(ui->message);
		ui->message = NULL;
	}
	if (key == KEYC_MOUSE)
		return ui_mouse(ui) | REACT_DRAW;
	if (key == KEYC_NONE)
		return REACT_NONE;
	if ((a = keymap_lookup(&ui->cf.keys, scope, key)) == ACT_NONE) {
		ui_message(ui, 1, "%s is not bound (? lists the keys)",
		    keyc_name(key, name, sizeof name));
		return REACT_DRAW;
	}
	return ui_action(ui, a);
}

/*
 * With DEMARCHE_TUI_LOG set to a file name, one line per screen drawn:
 * what led to it and how long it took (for bench/tui.sh).
 */
static void
ui_log(const char *what, double since)
{
	static FILE	*f;
	static int	 tried;
	const char	*path;

	if (!tried) {
		tried = 1;
		if ((path = getenv("DEMARCHE_TUI_LOG")) != NULL && *path != '\0')
			f = fopen(path, "a");
	}
	if (f == NULL)
		return;
	fprintf(f, "%s %.3f ms\n", what, (ui_now() - since) * 1e3);
	fflush(f);
}

/* The next key from the script, as the main loop would take it. */
static int
ui_script_key(struct ui *ui)
{
	uint32_t	key = script_next(ui->script);

	ui->key_time = ui_now();
	ui->partial_drawn = 0;
	if (key == KEYC_NONE)
		return REACT_QUIT;
	if (key == SCRIPT_PAUSE)
		return ui->prompt.dirty ? prompt_idle(ui) : REACT_NONE;
	return ui_key(ui, key);
}

void
ui_redraw(struct ui *ui, const char *what)
{
	ui_draw(ui);
	refresh();
	ui_log(what, ui->key_time);
}

/*
 * Put fresh (taken over) in place of the corpus, keeping the place by id:
 * the selected article, and the reader's article and line.  What was
 * computed from the old corpus (analyses, search, index) is dropped.
 */
void
ui_replace_corpus(struct ui *ui, struct corpus *fresh)
{
	struct article	*a;
	char		*keep = NULL, *reading = NULL;
	long		 sel = ui_selected_article(ui);
	uint32_t	 off = 0;
	int		 i;

	if (sel >= 0)
		keep = xstrdup(ui->corpus->articles[sel]->id);
	if ((a = ui_article(ui, reader_article(ui))) != NULL) {
		reading = xstrdup(a->id);
		off = reader_anchor(ui);
	}
	reader_show(ui, UINT32_MAX, 0);
	uisearch_clear(ui);
	if (ui->index != NULL)
		search_index_close(ui->index);
	ui->index = NULL;
	ui->index_failed = 0;
	for (i = PANE_ACTORS; i <= PANE_POSITIONS; i++) {
		ui->panes[i].ops->free(ui, &ui->panes[i]);
		ui->panes[i].ops->init(ui, &ui->panes[i]);
	}
	corpus_release(ui->corpus);
	*ui->corpus = *fresh;
	model_reset(&ui->model);
	ui_list_update(ui);
	if (keep != NULL && (a = corpus_find(ui->corpus, keep)) != NULL)
		ui_select_article(ui, a->index);
	if (reading != NULL && (a = corpus_find(ui->corpus, reading)) != NULL)
		reader_show(ui, a->index, off);
	free(keep);
	free(reading);
}

/*
 * Open the corpus again (walking it, reading what changed) and put it in
 * place: after a first screen from the catalogue alone, and on ':reload'.
 * Returns 0, or -1 after showing why.
 */
int
ui_reopen_corpus(struct ui *ui)
{
	struct corpus	 fresh;
	struct notify	 n;
	char		*cause = NULL;

	ui_notify(ui, &n);
	memset(&fresh, 0, sizeof fresh);
	if (corpus_open(&fresh, ui->opts->paths, ui->opts->npaths,
	    ui->opts->corpus_flags, &n, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return -1;
	}
	ui_replace_corpus(ui, &fresh);
	return 0;
}

/*
 * How long to wait for a key: never past SESSION_POLL_MS (a signal is
 * seen within that), the pause that runs a typed search, or a due save.
 */
static int
ui_wait_ms(struct ui *ui)
{
	int	w = SESSION_POLL_MS, t;

	if (ui->prompt.dirty) {
		t = ui->cf.search_delay - (int)((ui_now() - ui->key_time) *
		    1e3);
		if (t < w)
			w = t < 0 ? 0 : t;
	}
	if ((t = session_tick(ui)) >= 0 && t < w)
		w = t;
	return w;
}

/* No key came in time: run a typed search once the pause is long enough. */
static int
ui_idle(struct ui *ui)
{
	if (!ui->prompt.dirty ||
	    (ui_now() - ui->key_time) * 1e3 < ui->cf.search_delay)
		return REACT_NONE;
	return prompt_idle(ui);
}

static void
ui_loop(struct ui *ui)
{
	int		 r = REACT_LAYOUT | REACT_DRAW, rc;
	const char	*what = "first-screen";
	wint_t		 wc;
	double		 t = ui->opts->start > 0 ? ui->opts->start :
			    ui_now();

	for (;;) {
		if ((r & REACT_QUIT) || session_signalled())
			break;
		if (r & REACT_CLEAR)
			clearok(curscr, TRUE);
		if (r & REACT_LAYOUT)
			ui_layout(ui);
		if (r & (REACT_DRAW | REACT_LAYOUT)) {
			ui_draw(ui);
			refresh();
			ui_log(what, t);
			if (strcmp(what, "first-screen") == 0 &&
			    ui->opts->provisional) {
				ui_reopen_corpus(ui);
				r = REACT_DRAW | REACT_LAYOUT;
				what = "corpus-screen";
				continue;
			}
			what = "key-to-screen";
		}
		if (ui->script != NULL) {
			r = ui_script_key(ui);
			session_tick(ui);
			t = ui->key_time;
			continue;
		}
		timeout(ui_wait_ms(ui));
		rc = get_wch(&wc);
		if (rc == ERR) {
			r = ui_idle(ui);
			continue;
		}
		t = ui->key_time = ui_now();
		ui->partial_drawn = 0;
		r = ui_key(ui, ui_keyc(rc, wc));
	}
}

static void
ui_init(struct ui *ui, struct corpus *c, const struct tui_options *opts)
{
	struct article	*a;
	const char	*slash;
	int		 i;

	memset(ui, 0, sizeof *ui);
	ui->mark_article = UINT32_MAX;
	ui->corpus = c;
	ui->opts = opts;
	slash = strrchr(c->root != NULL ? c->root : "", '/');
	ui->label = xstrdup(opts->label != NULL ? opts->label :
	    slash != NULL && slash[1] != '\0' ? slash + 1 : "corpus");
	uiconfig_init(&ui->cf);
	uiconfig_load(&ui->cf);
	uistate_init(&ui->st);
	session_load(ui);
	model_init(&ui->model, c, opts->data_dir);
	ui->model.marked = uistate_marked;
	ui->model.marked_arg = &ui->st;
	ui->model.rejected = &ui->st.reject;
	if (ui->cf.nerrors > 0)
		ui_message(ui, 1, "%s%s", ui->cf.errors[0],
		    ui->cf.nerrors > 1 ? " (and more)" : "");
	for (i = 0; i < PANE_COUNT; i++) {
		ui->panes[i].ops = pane_table[i];
		pane_table[i]->init(ui, &ui->panes[i]);
	}
	ui_list_update(ui);
	if (ui->st.last != NULL && (a = corpus_find(c, ui->st.last)) != NULL)
		ui_select_article(ui, a->index);
	ui->current = ui->st.pane >= 0 && ui->st.pane < PANE_NUMBERED ?
	    (enum pane_id)ui->st.pane : PANE_ARTICLES;
	/* The reader goes back to the article and line it was at. */
	if (ui->st.reading != NULL &&
	    (a = corpus_find(c, ui->st.reading)) != NULL)
		reader_show(ui, a->index, ui->st.reading_off);
	else if (ui->current == PANE_READER && ui_selected_article(ui) >= 0)
		reader_show(ui, (uint32_t)ui_selected_article(ui), 0);
}

static void
ui_free(struct ui *ui)
{
	size_t	i;

	for (i = 0; i < PANE_COUNT; i++) {
		if (ui->panes[i].ops->free != NULL)
			ui->panes[i].ops->free(ui, &ui->panes[i]);
	}
	uisearch_clear(ui);
	script_free(ui->script);
	if (ui->index != NULL)
		search_index_close(ui->index);
	for (i = 0; i < ui->nundo; i++)
		free(ui->undo[i]);
	free(ui->undo);
	free(ui->list);
	model_release(&ui->model);
	free(ui->label);
	free(ui->message);
	free(ui->state_dir);
	free(ui->prompt.saved);
	if (ui->prompt.text != NULL) {
		buf_release(ui->prompt.text);
		free(ui->prompt.text);
	}
	uistate_release(&ui->st);
	uiconfig_release(&ui->cf);
}

/*
 * A screen for a headless run: output to /dev/null, a terminal type that
 * has cursor addressing whatever TERM says, the size from
 * DEMARCHE_TUI_SIZE (COLSxROWS, default 80x24).
 */
static SCREEN *
ui_headless_screen(FILE **out, FILE **in)
{
	static const char *const terms[] = {
		"xterm-256color", "xterm", "screen", "vt100", NULL
	};
	const char	*size = getenv("DEMARCHE_TUI_SIZE");
	SCREEN		*scr = NULL;
	int		 i, cols = 80, rows = 24;

	if ((*out = fopen("/dev/null", "w")) == NULL)
		return NULL;
	if ((*in = fopen("/dev/null", "r")) == NULL) {
		fclose(*out);
		return NULL;
	}
	for (i = 0; terms[i] != NULL && scr == NULL; i++)
		scr = newterm(terms[i], *out, *in);
	if (scr == NULL) {
		fclose(*out);
		fclose(*in);
		return NULL;
	}
	if (size != NULL && (sscanf(size, "%dx%d", &cols, &rows) != 2 ||
	    cols < 1 || rows < 1 || cols > 1000 || rows > 1000))
		cols = 80, rows = 24;
	resizeterm(rows, cols);
	return scr;
}

/* Open the script named by DEMARCHE_TUI_SCRIPT; 0 or -1 with *cause. */
static int
ui_open_script(struct ui *ui, char **cause)
{
	const char	*path = getenv("DEMARCHE_TUI_SCRIPT");
	char		*why = NULL;

	if (path == NULL || *path == '\0')
		return 0;
	if ((ui->script = script_open(path, &why)) == NULL) {
		*cause = xasprintf("script: %s", why);
		free(why);
		return -1;
	}
	ui_scripted = 1;
	return 0;
}

int
tui_run(struct corpus *c, const struct tui_options *opts, char **cause)
{
	struct ui	 ui;
	SCREEN		*scr;
	FILE		*out = NULL, *in = NULL;
	char		*why = NULL;
	int		 rv = 0, save_failed = 0;

	if (opts->start > 0)
		ui_log("corpus-open", opts->start);
	ui_init(&ui, c, opts);
	if (ui_open_script(&ui, cause) != 0) {
		ui_free(&ui);
		return -1;
	}
	if (ui.script == NULL &&
	    (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		*cause = xstrdup("the interface needs a terminal (try "
		    "'demarche list')");
		ui_free(&ui);
		return -1;
	}
	session_signals();	/* before curses, which leaves them then */
	if (ui.script != NULL)
		scr = ui_headless_screen(&out, &in);
	else
		scr = newterm(NULL, stdout, stdin);
	if (scr == NULL) {
		*cause = xasprintf("cannot use terminal '%s'", ui.script !=
		    NULL ? "xterm" : getenv("TERM") != NULL ? getenv("TERM") :
		    "");
		ui_free(&ui);
		return -1;
	}
	set_escdelay(25);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	ui_apply_config(&ui);
	ui_loop(&ui);
	if (session_save(&ui, &why) != 0)
		save_failed = 1;
	endwin();
	delscreen(scr);
	if (out != NULL)
		fclose(out);
	if (in != NULL)
		fclose(in);
	if (ui.script != NULL && script_error(ui.script) != NULL) {
		*cause = xstrdup(script_error(ui.script));
		rv = -1;
	}
	if (save_failed) {
		fprintf(stderr, "demarche: %s\n", why);
		free(why);
	}
	ui_free(&ui);
	session_reraise();
	return rv;
}

char *
tui_config_corpus(void)
{
	struct ui_config	 cf;
	char			*s;

	uiconfig_init(&cf);
	uiconfig_load(&cf);
	s = cf.corpus != NULL ? xstrdup(cf.corpus) : NULL;
	uiconfig_release(&cf);
	return s;
}

size_t
tui_print_keys(FILE *out, FILE *err, int json)
{
	struct ui_config	cf;
	size_t			i, n;

	uiconfig_init(&cf);
	n = uiconfig_load(&cf);
	for (i = 0; i < cf.nerrors; i++) {
		/* The config's own bytes are quoted: keep them harmless. */
		fputs("demarche: ", err);
		termsafe_puts(err, cf.errors[i], 0);
		fputc('\n', err);
	}
	keymap_print(&cf.keys, out, json);
	uiconfig_release(&cf);
	return n;
}
