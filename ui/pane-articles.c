/*
 * The articles pane: the list of articles (all, or those the limit kept),
 * one a row: read and star marks, date, source, title, search hits.  The
 * list itself (ui->list) belongs to the ui; the pane keeps the selection.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

static void
articles_init(struct ui *ui, struct pane *p)
{
	p->data = xcalloc(1, sizeof(struct ui_list));
}

static void
articles_free(struct ui *ui, struct pane *p)
{
	free(p->data);
}

/* Draw one row: "N* 2021-11-13 source      title              12". */
static void
articles_draw_row(struct ui *ui, struct pane *p, int y, uint32_t idx,
    int selected)
{
	struct article	*a = ui->corpus->articles[idx];
	char		 marks[5], hits[24] = "";
	int		 role = selected ? ROLE_SELECTED : ROLE_NORMAL;
	int		 x = p->x, w = p->w, srcw, n;

	marks[0] = selected ? '>' : ' ';
	marks[1] = ui_is_read(ui, idx) ? ' ' : 'N';
	marks[2] = ui_is_starred(ui, idx) ? '*' : ' ';
	marks[3] = ' ';
	marks[4] = '\0';
	x += draw_str(ui, y, x, w, marks, selected ? role : ROLE_MARK, 0);
	if (p->w >= 40) {
		n = draw_str(ui, y, x, p->x + w - x, *a->date != '\0' ?
		    a->date : "----------", role, 0);
		x += n + draw_str(ui, y, x + n, p->x + w - x - n, " ", role, 0);
	}
	srcw = !ui->sources ? 0 : p->w >= 60 ? 12 : p->w >= 46 ? 8 : 0;
	if (srcw > 0) {
		draw_str(ui, y, x, srcw, a->source, role,
		    DRAW_FILL | DRAW_ELLIPSIS);
		x += srcw;
		x += draw_str(ui, y, x, p->x + w - x, " ", role, 0);
	}
	if (ui->search.hits != NULL && ui->search.hits[idx] > 0)
		snprintf(hits, sizeof hits, " %u", ui->search.hits[idx]);
	n = (int)strlen(hits);
	if (p->x + w - x - n < 1)
		n = 0;
	draw_str(ui, y, x, p->x + w - x - n, *a->title != '\0' ? a->title :
	    a->id, role, DRAW_FILL | DRAW_ELLIPSIS);
	if (n > 0)
		draw_str(ui, y, p->x + w - n, n, hits,
		    selected ? role : ROLE_HIT, 0);
}

/* 1 when some visible article names its source. */
static int
articles_sources(struct ui *ui, struct pane *p)
{
	struct ui_list	*l = p->data;
	size_t		 i;

	for (i = l->top; i < ui->nlist && i < l->top + (size_t)p->h; i++) {
		if (*ui->corpus->articles[ui->list[i]]->source != '\0')
			return 1;
	}
	return 0;
}

static void
articles_draw(struct ui *ui, struct pane *p)
{
	struct ui_list	*l = p->data;
	int		 y;

	list_clamp(l, ui->nlist, p->h);
	ui->sources = articles_sources(ui, p);
	draw_blank(ui, p);
	if (ui->nlist == 0) {
		draw_str(ui, p->y, p->x + 1, p->w - 1, ui->model.limit != NULL ?
		    "no article matches the limit (& then Enter clears it)" :
		    "no articles in this corpus", ROLE_META, DRAW_ELLIPSIS);
		return;
	}
	for (y = 0; y < p->h && l->top + (size_t)y < ui->nlist; y++) {
		articles_draw_row(ui, p, p->y + y, ui->list[l->top + (size_t)y],
		    l->top + (size_t)y == l->sel);
	}
}

static int
articles_action(struct ui *ui, struct pane *p, enum action a)
{
	struct ui_list	*l = p->data;
	int		 r;

	switch (a) {
	case ACT_OPEN:
		if (ui->nlist == 0)
			return REACT_NONE;
		return ui_open_article(ui, ui->list[l->sel], 0);
	case ACT_BACK:
		return REACT_QUIT;
	default:
		r = list_action(l, ui->nlist, p->h, a);
		return r;
	}
}

/* A click selects the row; a click on the selected row opens it. */
static int
articles_click(struct ui *ui, struct pane *p, int row, int col)
{
	struct ui_list	*l = p->data;
	size_t		 at = l->top + (size_t)row;

	(void)col;
	if (at >= ui->nlist)
		return REACT_NONE;
	if (at == l->sel)
		return ui_open_article(ui, ui->list[at], 0);
	l->sel = at;
	return REACT_DRAW;
}

static void
articles_where(struct ui *ui, struct pane *p, struct buf *b)
{
	struct ui_list	*l = p->data;

	if (ui->nlist > 0)
		buf_printf(b, "%zu/%zu", l->sel + 1, ui->nlist);
}

const struct pane_ops pane_articles_ops = {
	.name = "articles",
	.title = "Articles",
	.scope = SCOPE_ARTICLES,
	.init = articles_init,
	.free = articles_free,
	.draw = articles_draw,
	.action = articles_action,
	.where = articles_where,
	.click = articles_click,
};
