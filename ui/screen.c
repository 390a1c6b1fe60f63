/*
 * The screen: the layout of the pane rectangles from the terminal size,
 * the pane bar (row 0), the panes through their ops, the status bar and
 * the prompt line; DEMARCHE_TUI_LOG timing.  Panes are reached through
 * their ops only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "text/corpus.h"
#include "ui.h"

#define UI_WIDE_COLS 100	/* list beside the reader from this width */

/* Compute the pane rectangles from the terminal size. */
void
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
int
ui_bar_click(struct ui *ui, int x)
{
	int	i, at = 0, w;

	for (i = 0; i < PANE_NUMBERED; i++) {
		w = 4 + (int)strlen(ui->panes[i].ops->title);
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
			    i + 1, ui->panes[i].ops->title, cur ? ']' : ' ');
		else
			snprintf(s, sizeof s, "%c%s%c", cur ? '[' : ' ',
			    ui->panes[i].ops->title, cur ? ']' : ' ');
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
	if (ui->fetch_status != NULL)
		buf_printf(&left, "  %s", ui->fetch_status);
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

void
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

/*
 * With DEMARCHE_TUI_LOG set to a file name, one line per screen drawn:
 * what led to it and how long it took (for bench/tui.sh).
 */
void
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

void
ui_redraw(struct ui *ui, const char *what)
{
	ui_draw(ui);
	refresh();
	ui_log(what, ui->key_time);
}

