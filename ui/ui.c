/*
 * The main loop: read a key, turn it into an action through the key map,
 * let the current pane (or the global handler below) apply it, carry out
 * the requests in its reaction bits (a line typed at the prompt, a limit
 * a pane asked for), and lay out and draw again (screen.c) as the
 * reactions say.  Also the start and the end: config, state, the
 * terminal or the headless script.
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
#include "text/textcache.h"
#include "ui.h"


static const struct pane_ops *const pane_table[PANE_COUNT] = {
	[PANE_ARTICLES] = &pane_articles_ops,
	[PANE_READER] = &pane_reader_ops,
	[PANE_ACTORS] = &pane_actors_ops,
	[PANE_POSITIONS] = &pane_positions_ops,
	[PANE_HELP] = &pane_help_ops,
};

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
		if (uifetch_running(ui))
			ui_message(ui, 0, "the fetch goes on (%s); Q stops it",
			    ui->fetch_status);
		return REACT_DRAW;
	case ACT_FETCH:
		return uifetch_start(ui);
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

/* What a line typed at the prompt means, by the prompt it was typed at. */
static int
ui_answer(struct ui *ui)
{
	const char	*line = ui->answer;
	char		 a[32], b[32];
	long		 at = ui_target_article(ui);
	int		 r = REACT_DRAW;

	switch (ui->answer_kind) {
	case PROMPT_SEARCH:
		r |= uisearch_set(ui, line, 1);
		if (*line != '\0' && ui->search.pattern != NULL)
			r |= uisearch_next(ui, 0);
		return r;
	case PROMPT_LIMIT:
		return r | uisearch_limit(ui, line);
	case PROMPT_COMMAND:
		return r | ui_command(ui, line);
	case PROMPT_SIDES:
		if (sscanf(line, "%31s %31s", a, b) == 2)
			positions_set_sides(ui, a, b);
		else
			ui_message(ui, 1, "two sides are needed");
		return r;
	case PROMPT_SPLIT:
		positions_set_split(ui, line);
		return r;
	case PROMPT_FIND:
		if (model_find_actors(&ui->model, line) == 0 && *line != '\0')
			ui_message(ui, 1, "no actor matches: %s", line);
		return r;
	case PROMPT_PIPE:
		return at < 0 ? r : r | ui_pipe_article(ui, (uint32_t)at, line);
	default:
		return r;
	}
}

/*
 * The requests in reaction bits: a line typed at the prompt, a limit a
 * pane asked for (and the article to select after it).  Their own
 * reactions are added; the loop then lays out and draws.
 */
static int
ui_requests(struct ui *ui, int r)
{
	char	*limit;

	if (r & REACT_ANSWER) {
		r &= ~REACT_ANSWER;
		r |= ui_answer(ui);
		free(ui->answer);
		ui->answer = NULL;
	}
	if (r & REACT_COPY) {
		r &= ~REACT_COPY;
		if (ui->copy_req != NULL)
			r |= ui_copy_text(ui, ui->copy_req);
		free(ui->copy_req);
		ui->copy_req = NULL;
	}
	if (r & REACT_LIMIT) {
		r &= ~REACT_LIMIT;
		limit = ui->limit_req;
		ui->limit_req = NULL;
		if (limit != NULL)
			r |= uisearch_limit(ui, limit);
		free(limit);
		if (ui->select_req != UINT32_MAX)
			ui_select_article(ui, ui->select_req);
		ui->select_req = UINT32_MAX;
	}
	return r;
}

#define UI_FETCH_POLL_MS 100	/* how often a fetch's progress is read */
#define UI_JOB_POLL_MS	50	/* how often the analysis's progress is read */

/*
 * The analysis on the worker thread: take what it has done.  When a part
 * is done, the analysis panes make their views again and *filled names
 * it for DEMARCHE_TUI_LOG; progress redraws.  Reaction bits.
 */
static int
ui_poll_model(struct ui *ui, const char **filled)
{
	unsigned	f = model_poll(&ui->model);
	int		i;

	if (f & (MODEL_POLL_ACTORS | MODEL_POLL_POSITIONS)) {
		for (i = PANE_ACTORS; i <= PANE_POSITIONS; i++)
			ui->panes[i].ops->changed(ui, &ui->panes[i]);
		*filled = (f & MODEL_POLL_POSITIONS) ? "positions-filled" :
		    "actors-filled";
		return REACT_DRAW;
	}
	return (f & MODEL_POLL_PROGRESS) ? REACT_DRAW : REACT_NONE;
}

/*
 * How long to wait for a key: never past SESSION_POLL_MS (a signal is
 * seen within that), the pause that runs a typed search, or a due save;
 * shorter while a fetch runs, to show its progress.
 */
static int
ui_wait_ms(struct ui *ui)
{
	int	w = uifetch_running(ui) ? UI_FETCH_POLL_MS : SESSION_POLL_MS, t;

	if (ui->model.job != NULL && w > UI_JOB_POLL_MS)
		w = UI_JOB_POLL_MS;

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
	int		 r = REACT_LAYOUT | REACT_DRAW, rc, keyed = 1;
	const char	*what = "first-screen", *filled = NULL;
	wint_t		 wc;
	double		 t = ui->opts->start > 0 ? ui->opts->start :
			    ui_now();

	for (;;) {
		r = ui_requests(ui, r | uifetch_poll(ui));
		r |= ui_poll_model(ui, &filled);
		if ((r & REACT_QUIT) || session_signalled())
			break;
		if (r & REACT_CLEAR)
			clearok(curscr, TRUE);
		if (r & REACT_LAYOUT)
			ui_layout(ui);
		if (r & (REACT_DRAW | REACT_LAYOUT)) {
			ui_draw(ui);
			refresh();
			if (keyed)
				ui_log(what, t);
			if (filled != NULL)
				ui_log(filled, ui->model.build_start);
			keyed = 0;
			filled = NULL;
			if (strcmp(what, "first-screen") == 0 &&
			    ui->opts->provisional) {
				ui_reopen_corpus(ui);
				r = REACT_DRAW | REACT_LAYOUT;
				what = "corpus-screen";
				keyed = 1;
				continue;
			}
			what = "key-to-screen";
		}
		if (ui->script != NULL) {
			r = ui_script_key(ui);
			session_tick(ui);
			t = ui->key_time;
			keyed = 1;
			continue;
		}
		timeout(ui_wait_ms(ui));
		rc = get_wch(&wc);
		if (rc == ERR) {
			if (ui_input_gone())
				break;		/* saved after the loop */
			r = ui_idle(ui);
			continue;
		}
		t = ui->key_time = ui_now();
		ui->partial_drawn = 0;
		r = ui_key(ui, ui_keyc(rc, wc));
		keyed = 1;
	}
}

/* The hook of long jobs: the timely save; 1 when a signal came. */
static int
ui_tick(struct ui *ui)
{
	session_tick(ui);
	uifetch_pump(ui);
	return session_signalled() != 0;
}

static void
ui_init(struct ui *ui, struct corpus *c, const struct tui_options *opts)
{
	struct article	*a;
	const char	*slash;
	int		 i;

	memset(ui, 0, sizeof *ui);
	ui->mark_article = UINT32_MAX;
	ui->rd.idx = ui->select_req = UINT32_MAX;
	ui->tick = ui_tick;
	ui->show_partial = uisearch_partial;
	ui->redraw = ui_redraw;
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
	uifetch_free(ui);
	free(ui->fetch_status);
	script_free(ui->script);
	if (ui->index != NULL)
		search_index_close(ui->index);
	textcache_free(ui->texts);
	for (i = 0; i < ui->nundo; i++)
		free(ui->undo[i]);
	free(ui->undo);
	free(ui->list);
	model_release(&ui->model);
	free(ui->label);
	free(ui->message);
	free(ui->answer);
	free(ui->limit_req);
	free(ui->copy_req);
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
	ui_set_scripted();
	return 0;
}

int
tui_run(struct corpus *c, const struct tui_options *opts, char **cause)
{
	struct ui	 ui;
	SCREEN		*scr;
	FILE		*out = NULL, *in = NULL;
	char		*why = NULL;
	int		 rv = 0, save_failed = 0, stopped;

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
	stopped = uifetch_stop(&ui);
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
	if (stopped)
		fputs("demarche: the fetch was stopped; the next one gets the "
		    "rest\n", stderr);
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
