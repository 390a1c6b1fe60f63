/*
 * The positions pane: the issues x sides matrix, the pairwise diff of two
 * sides (d, or :side A B) or one side over time (t), and under it the
 * evidence of the selected row or cell.  h and l (Left, Right) move the
 * selection from the issue to one side's cell and back: Enter on the issue
 * lists the evidence of the whole row, Enter on a cell only that cell's;
 * Enter on a piece of evidence opens the article at that sentence; q goes
 * back from the evidence to the rows.
 *
 * The positions are the model's: found over the whole corpus the first
 * time the pane is shown, seen through the limit (and without rejected
 * evidence); the matrix and the views are made again when those change.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/posdiff.h"
#include "analysis/positions.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/date.h"
#include "base/xmalloc.h"
#include "query/explain.h"
#include "text/article.h"
#include "text/corpus.h"
#include "timeline.h"
#include "ui.h"

enum posview {
	POSVIEW_MATRIX,
	POSVIEW_DIFF,
	POSVIEW_TIME,		/* one side before and since a date */
	POSVIEW_TIMELINE,	/* one side quarter by quarter */
};

/*
 * One piece of evidence: a heading line (side, stance, holder, date,
 * source, language) and the whole sentence, wrapped under it.
 */
struct posev {
	const struct position *p;	/* in the model's view or its
					   rejected ones */
	int		 rejected;
	char		*head;		/* NULL until first drawn */
	char		*body;		/* the sentence, one line */
	char		*why;		/* x: the explanation, or NULL */
	int		 role;
};

struct ui_positions {
	const struct pos_dict	*pd;		/* the model's */
	const struct pos_set	*ps;		/* the model's view */
	int			 loaded;	/* m made from ps */
	struct posdiff_matrix	 m;
	struct posdiff		 diff;
	int			 have_diff;
	enum posview		 view;
	enum side		 a, b;		/* the diff's sides */
	char			 since[16];	/* the time view's date */
	struct ui_list		 rows;
	size_t			 col;		/* 0: the issue (whole row),
						   k: the k-th side's cell */
	char			*evwhat;	/* what the evidence is of */
	int			 cw;		/* the matrix's column width */
	struct ui_list		 evl;
	struct posev		*ev;
	size_t			 nev;
	int			 in_evidence;	/* focus on the evidence */
	int			 explain;	/* x: explain the selected one */
	struct timeline		 tl;		/* the timeline view's */
	int			 tlw;		/* width of its cells */
	int			 waited;	/* the first switch waited */
};

#define POSITIONS_GRACE_MS 100	/* how long a first switch waits for the
				   positions before showing progress */

static const enum side pos_sides[] = {
	SIDE_USA, SIDE_RUS, SIDE_UKR, SIDE_EUR, SIDE_OTH
};
#define POS_NSIDES (sizeof pos_sides / sizeof pos_sides[0])

static void
positions_evidence_clear(struct ui_positions *x)
{
	size_t	i;

	for (i = 0; i < x->nev; i++) {
		free(x->ev[i].head);
		free(x->ev[i].body);
		free(x->ev[i].why);
	}
	free(x->ev);
	x->ev = NULL;
	x->nev = 0;
	memset(&x->evl, 0, sizeof x->evl);
	x->in_evidence = 0;
	free(x->evwhat);
	x->evwhat = NULL;
}

static void	positions_cell(const struct posdiff_cell *, char *, size_t);
static void	positions_changed(struct ui *, struct pane *);
static void	positions_middle_date(struct ui *, char *, size_t);

/* The matrix's columns: 7, or as wide as its widest cell and a space. */
static int
positions_cell_width(struct ui_positions *x)
{
	char	cell[32];
	size_t	i, k;
	int	w = 7;

	for (i = 0; i < x->m.nissues; i++) {
		for (k = 0; k < POS_NSIDES; k++) {
			positions_cell(posdiff_matrix_cell(&x->m, (int)i,
			    pos_sides[k]), cell, sizeof cell);
			if (text_width(cell, strlen(cell), 32) + 2 > w)
				w = text_width(cell, strlen(cell), 32) + 2;
		}
	}
	return w;
}

/*
 * The model's positions (started on first use, on the worker thread: the
 * first switch waits a moment for them) and the matrix over them.
 */
static void
positions_load(struct ui *ui, struct ui_positions *x)
{
	if (x->loaded)
		return;
	if (!x->waited || ui->model.actors_state == MODEL_NONE) {
		x->waited = 1;
		model_start(&ui->model, 1, ui->script != NULL ? -1 :
		    POSITIONS_GRACE_MS);
	}
	if (ui->model.pos_state != MODEL_READY)
		return;
	x->ps = &ui->model.ps;
	x->pd = ui->model.pdict;
	posdiff_matrix_build(&x->m, x->ps, pos_dict_nissues(x->pd),
	    POSDIFF_STATED_ONLY);
	x->cw = positions_cell_width(x);
	x->loaded = 1;
}

static void
positions_init(struct ui *ui, struct pane *p)
{
	struct ui_positions	*x = xcalloc(1, sizeof *x);

	x->a = SIDE_USA;
	x->b = SIDE_RUS;
	p->data = ui->positions = x;
}

static void
positions_free(struct ui *ui, struct pane *p)
{
	struct ui_positions	*x = p->data;

	positions_evidence_clear(x);
	if (x->have_diff)
		posdiff_release(&x->diff);
	if (x->loaded)
		posdiff_matrix_release(&x->m);
	timeline_release(&x->tl);
	free(x);
	ui->positions = NULL;
}

static size_t
positions_nrows(struct ui_positions *x)
{
	if (x->view == POSVIEW_MATRIX || x->view == POSVIEW_TIMELINE)
		return x->m.nissues;
	return x->have_diff ? x->diff.n : 0;
}

/* "+3", "-1", "±2/1" (as the CLI's matrix shows it) or "." for a cell. */
static void
positions_cell(const struct posdiff_cell *c, char *out, size_t size)
{
	posdiff_cell_format(c, out, size);
	if (*out == '\0')
		snprintf(out, size, ".");
}

static const char *
positions_stance(enum posdiff_stance s)
{
	return s == POSDIFF_NONE ? "-" : posdiff_stance_name(s);
}

/* The cells of a row: a side each in the matrix, two in the others. */
static size_t
positions_ncols(struct ui_positions *x)
{
	if (x->view == POSVIEW_TIMELINE)
		return 0;
	return x->view == POSVIEW_MATRIX ? POS_NSIDES : 2;
}

/* The side of column k (1-based). */
static enum side
positions_col_side(struct ui_positions *x, size_t k)
{
	if (x->view == POSVIEW_MATRIX)
		return pos_sides[k - 1];
	return k == 1 || x->view == POSVIEW_TIME ? x->a : x->b;
}

/* Append s padded with spaces to w columns (at least one space). */
static void
positions_pad(struct buf *b, const char *s, int w)
{
	int	n = text_width(s, strlen(s), w);

	buf_adds(b, s);
	do
		buf_addc(b, ' ');
	while (++n < w);
}

/*
 * Append a space and cell s padded to w columns; a marked cell is put
 * in brackets instead, and its byte range goes into *sp.
 */
static void
positions_col(struct buf *b, const char *s, int w, int mark,
    struct draw_span *sp)
{
	int	n = text_width(s, strlen(s), w);

	if (!mark) {
		buf_addc(b, ' ');
		positions_pad(b, s, w);
		return;
	}
	sp->start = (uint32_t)b->len;
	buf_addc(b, '[');
	buf_adds(b, s);
	buf_addc(b, ']');
	sp->end = (uint32_t)b->len;
	while (++n < w)
		buf_addc(b, ' ');
}

/*
 * A row of the timeline: the issue, then a cell per period; the header
 * (i SIZE_MAX) names the side and puts each year over its first period.
 */
static void
positions_timeline_row(struct ui_positions *x, size_t i, struct buf *b)
{
	const struct timeline	*t = &x->tl;
	size_t			 k, at, start;
	int			 q, year;

	if (i != SIZE_MAX) {
		buf_printf(b, "%-22.22s", pos_dict_issue_id(x->pd, (int)i));
		for (k = 0; k < t->nperiods; k++)
			positions_pad(b, timeline_mark(t, i, k), x->tlw);
		return;
	}
	buf_printf(b, "%-22.22s", side_name(t->side));
	start = b->len;
	for (k = 0; k < t->nperiods; k++) {
		year = timeline_year(t, k, &q);
		at = start + k * (size_t)x->tlw;
		/* A year over its first quarter, or over the first column
		   when the first quarter leaves room for it. */
		if ((q <= 1 || (k == 0 && q <= 2)) && b->len <= at) {
			while (b->len < at)
				buf_addc(b, ' ');
			buf_printf(b, "%d", year);
		}
	}
	if (t->nperiods == 0)
		buf_adds(b, "no dated positions");
	else
		buf_printf(b, "  (%s)", t->quarters ? "by quarter" : "by year");
}

/*
 * The text of row i (header when i is SIZE_MAX) into b; cell mark (1-based,
 * 0 for none) in brackets, its range in *sp.
 */
static void
positions_row(struct ui_positions *x, size_t i, struct buf *b, size_t mark,
    struct draw_span *sp)
{
	const struct posdiff_line	*l;
	char				 cell[32];
	size_t				 k;
	int				 issue;

	if (x->view == POSVIEW_TIMELINE) {
		positions_timeline_row(x, i, b);
		return;
	}
	if (x->view == POSVIEW_MATRIX) {
		buf_printf(b, "%-22.22s", i == SIZE_MAX ? "issue" :
		    pos_dict_issue_id(x->pd, (int)i));
		for (k = 0; k < POS_NSIDES; k++) {
			if (i != SIZE_MAX)
				positions_cell(posdiff_matrix_cell(&x->m,
				    (int)i, pos_sides[k]), cell, sizeof cell);
			positions_col(b, i == SIZE_MAX ?
			    side_name(pos_sides[k]) : cell, x->cw, mark == k + 1,
			    sp);
		}
		return;
	}
	if (i == SIZE_MAX) {
		if (x->view == POSVIEW_DIFF)
			buf_printf(b, "%-22s %-8s %-8s relation", "issue",
			    side_name(x->a), side_name(x->b));
		else
			buf_printf(b, "%-22s %-8s %-8s %s, change (%s)",
			    "issue", "before", "since", side_name(x->a),
			    x->since);
		return;
	}
	l = &x->diff.lines[i];
	issue = l->issue;
	buf_printf(b, "%-22.22s", pos_dict_issue_id(x->pd, issue));
	positions_col(b, positions_stance(l->a), 8, mark == 1, sp);
	positions_col(b, positions_stance(l->b), 8, mark == 2, sp);
	buf_printf(b, " %s", posdiff_relation_name(l->relation));
}

static void
positions_add(struct ui_positions *x, const struct position *p,
    int rejected)
{
	struct posev	*e;

	x->ev = xreallocarray(x->ev, x->nev + 1, sizeof *x->ev);
	e = &x->ev[x->nev++];
	memset(e, 0, sizeof *e);
	e->p = p;
	e->rejected = rejected;
	e->role = rejected ? ROLE_META : ROLE_SIDE1 + ((int)p->side - 1 +
	    ROLE_NSIDES) % ROLE_NSIDES;
}

/* Add the evidence of cell c; its text is made when first drawn. */
static void
positions_add_cell(struct ui *ui, struct ui_positions *x,
    const struct posdiff_cell *c)
{
	const struct position	*ps;
	size_t			 i;

	if (c == NULL || c->n == 0)
		return;
	for (i = 0; i < c->n; i++) {
		ps = &x->ps->v[c->evidence[i]];
		if (ui_article(ui, ps->article) != NULL)
			positions_add(x, ps, 0);
	}
}

/* The rejected evidence of issue (and side, unless SIDE_NONE). */
static void
positions_add_rejected(struct ui *ui, struct ui_positions *x, int issue,
    enum side side)
{
	const struct pos_set	*rej = &ui->model.rej;
	size_t			 i;

	for (i = 0; i < rej->n; i++) {
		if (rej->v[i].issue == issue && (side == SIDE_NONE ||
		    rej->v[i].side == side) && rej->v[i].modality ==
		    POS_STATED && ui_article(ui, rej->v[i].article) != NULL)
			positions_add(x, &rej->v[i], 1);
	}
}

/* s[0..len) on one line: line ends and tabs as spaces. */
static char *
positions_flat(const char *s, size_t len)
{
	char	*t = xmalloc(len + 1);
	size_t	 i;

	for (i = 0; i < len; i++)
		t[i] = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
	t[len] = '\0';
	return t;
}

/* The texts of evidence e: heading, sentence, explanation when asked. */
static void
positions_ev_text(struct ui *ui, struct ui_positions *x, struct posev *e,
    int why)
{
	const struct position	*ps = e->p;
	struct article		*a = ui_article(ui, ps->article);
	struct buf		 b = { 0 };
	char			*cause = NULL;
	int			 loaded = a->text != NULL, ok;

	if (e->head != NULL && (!why || e->why != NULL))
		return;
	ok = loaded || article_load(a, &cause) == 0;
	free(cause);
	if (e->head == NULL) {
		e->head = xasprintf("%s%s %s %s  %s  %s  %s",
		    e->rejected ? "[rejected] " : "", side_name(ps->side),
		    pos_stance_name(ps->stance), ps->holder != NULL ?
		    ps->holder : "?", *a->date ? a->date : "no date",
		    *a->source ? a->source : "no source", a->language);
		e->body = ok && ps->end <= a->len ? positions_flat(a->text +
		    ps->start, ps->end - ps->start) : xstrdup("");
	}
	if (why && e->why == NULL) {
		explain_position(&b, "", ok ? a : NULL, ps,
		    &ui->model.actors);
		e->why = buf_detach(&b, NULL);
	}
	if (ok && !loaded)
		article_unload(a);
}

/* The issue of row i. */
static const char *
positions_row_issue(struct ui_positions *x, size_t i)
{
	if (x->view == POSVIEW_MATRIX || x->view == POSVIEW_TIMELINE)
		return pos_dict_issue_id(x->pd, (int)i);
	return pos_dict_issue_id(x->pd, x->diff.lines[i].issue);
}

/* The evidence of the selected row, or of its selected cell. */
static void
positions_evidence(struct ui *ui, struct ui_positions *x)
{
	const struct posdiff_line	*l;
	size_t				 k, row = x->rows.sel, col = x->col;

	positions_evidence_clear(x);
	if (row >= positions_nrows(x))
		return;
	if (col > positions_ncols(x))
		col = 0;
	if (col == 0)
		x->evwhat = xstrdup(positions_row_issue(x, row));
	else
		x->evwhat = xasprintf("%s, %s%s",
		    positions_row_issue(x, row),
		    side_name(positions_col_side(x, col)),
		    x->view == POSVIEW_TIME ? (col == 1 ? " before" :
		    " since") : "");
	if (x->view == POSVIEW_TIMELINE) {
		free(x->evwhat);
		x->evwhat = xasprintf("%s, %s", positions_row_issue(x, row),
		    side_name(x->tl.side));
		positions_add_cell(ui, x, posdiff_matrix_cell(&x->m, (int)row,
		    x->tl.side));
		positions_add_rejected(ui, x, (int)row, x->tl.side);
		return;
	}
	if (x->view == POSVIEW_MATRIX) {
		for (k = 0; k < POS_NSIDES; k++) {
			if (col == 0 || col == k + 1)
				positions_add_cell(ui, x, posdiff_matrix_cell(
				    &x->m, (int)row, pos_sides[k]));
		}
		positions_add_rejected(ui, x, (int)row, col == 0 ? SIDE_NONE :
		    pos_sides[col - 1]);
		return;
	}
	l = &x->diff.lines[row];
	if (col != 2)
		positions_add_cell(ui, x, l->ea);
	if (col != 1)
		positions_add_cell(ui, x, l->eb);
}

/* Draw one line s[0..len) wrapped (see positions_wrap); its rows. */
static int
positions_wrap_line(struct ui *ui, const char *s, size_t len, int *y,
    int end, int x, int w, int ind, int role, int draw)
{
	size_t	fit;
	int	rows = 0;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0) {
		fit = text_fit(s, len, w - ind > 1 ? w - ind : 1);
		if (draw && *y < end) {
			draw_fill(ui, *y, x, ind, ROLE_NORMAL);
			draw_text(ui, *y, x + ind, w - ind, s, fit, role, NULL,
			    0, 0, DRAW_FILL);
		}
		(*y)++;
		rows++;
		s += fit;
		len -= fit;
		while (len > 0 && *s == ' ')
			s++, len--;
	}
	return rows;
}

/*
 * Draw the lines of s wrapped to w columns from row *y (up to row end),
 * each indented by ind; returns the rows they take (draw 0: only count).
 */
static int
positions_wrap(struct ui *ui, const char *s, int *y, int end, int x, int w,
    int ind, int role, int draw)
{
	const char	*nl;
	int		 rows = 0;

	while (*s != '\0') {
		nl = strchr(s, '\n');
		rows += positions_wrap_line(ui, s, nl != NULL ? (size_t)(nl -
		    s) : strlen(s), y, end, x, w, ind, role, draw);
		if (nl == NULL)
			break;
		s = nl + 1;
	}
	return rows;
}

/* The rows evidence i takes at width w. */
static int
positions_ev_rows(struct ui *ui, struct ui_positions *x, size_t i, int w)
{
	struct posev	*e = &x->ev[i];
	int		 y = 0;

	positions_ev_text(ui, x, e, x->explain && i == x->evl.sel);
	positions_wrap(ui, e->body, &y, 0, 0, w, 3, ROLE_NORMAL, 0);
	if (x->explain && i == x->evl.sel && e->why != NULL)
		positions_wrap(ui, e->why, &y, 0, 0, w, 5, ROLE_META, 0);
	return 1 + y;
}

/* Scroll so that the selected evidence is whole on screen when it fits. */
static void
positions_ev_scroll(struct ui *ui, struct ui_positions *x, int w, int h)
{
	size_t	i;
	int	rows;

	if (x->evl.sel >= x->nev)
		x->evl.sel = x->nev - 1;
	if (x->evl.top > x->evl.sel)
		x->evl.top = x->evl.sel;
	for (;;) {
		for (rows = 0, i = x->evl.top; i <= x->evl.sel; i++)
			rows += positions_ev_rows(ui, x, i, w);
		if (rows <= h || x->evl.top == x->evl.sel)
			return;
		x->evl.top++;
	}
}

static void
positions_draw_evidence(struct ui *ui, struct ui_positions *x, int y,
    int px, int w, int h)
{
	struct posev	*e;
	size_t		 i;
	int		 sel, end = y + h;

	if (x->nev == 0) {
		draw_str(ui, y, px + 1, w - 1, x->evwhat != NULL ?
		    "no evidence" : "Enter on an issue or a cell (h, l) lists "
		    "its evidence; d compares two sides; t shows change over "
		    "time", ROLE_META, DRAW_FILL | DRAW_ELLIPSIS);
		return;
	}
	positions_ev_scroll(ui, x, w, h);
	for (i = x->evl.top; i < x->nev && y < end; i++) {
		e = &x->ev[i];
		sel = x->in_evidence && i == x->evl.sel;
		positions_ev_text(ui, x, e, x->explain && i == x->evl.sel);
		draw_str(ui, y, px, 1, sel ? ">" : " ", ROLE_NORMAL, 0);
		draw_str(ui, y++, px + 1, w - 1, e->head, sel ? ROLE_SELECTED :
		    e->role, DRAW_FILL | DRAW_ELLIPSIS);
		positions_wrap(ui, e->body, &y, end, px, w, 3, e->rejected ?
		    ROLE_META : ROLE_NORMAL, 1);
		if (x->explain && i == x->evl.sel && e->why != NULL)
			positions_wrap(ui, e->why, &y, end, px, w, 5, ROLE_META,
			    1);
	}
}

/* While the worker runs: what it does, and how far it is. */
static void
positions_draw_progress(struct ui *ui, struct pane *p)
{
	const struct modeljob_progress *pr = &ui->model.progress;
	char		 s[160];
	unsigned	 pc;

	pc = pr->total > 0 ? (unsigned)(pr->done * 100 / pr->total) : 0;
	if (pr->phase == MODELJOB_ACTORS)
		snprintf(s, sizeof s, "finding the actors, then the positions: "
		    "%llu/%llu articles (%u%% of the actors)",
		    (unsigned long long)pr->done,
		    (unsigned long long)pr->total, pc);
	else
		snprintf(s, sizeof s, "finding the positions: %llu/%llu "
		    "articles (%u%%)", (unsigned long long)pr->done,
		    (unsigned long long)pr->total, pc);
	draw_str(ui, p->y, p->x + 1, p->w - 1, s, ROLE_META,
	    DRAW_FILL | DRAW_ELLIPSIS);
	if (p->h > 2)
		draw_str(ui, p->y + 2, p->x + 1, p->w - 1, "the matrix "
		    "appears here when they are found; the other panes work "
		    "meanwhile", ROLE_META, DRAW_FILL | DRAW_ELLIPSIS);
}

static void
positions_draw(struct ui *ui, struct pane *p)
{
	struct ui_positions	*x = p->data;
	struct buf		 b = { 0 };
	struct draw_span	 sp = { 0, 0, ROLE_SELECTED };
	size_t			 n, i, mark;
	int			 y, top, sel;

	draw_blank(ui, p);
	positions_load(ui, x);
	if (!x->loaded && ui->model.pos_state == MODEL_BUILDING) {
		positions_draw_progress(ui, p);
		return;
	}
	if (!x->loaded) {
		draw_str(ui, p->y, p->x + 1, p->w - 1,
		    ui->model.pos_error != NULL ? ui->model.pos_error :
		    ui->model.pos_state == MODEL_CANCELLED ? "finding the "
		    "positions was cancelled (Enter starts again)" :
		    "positions: not available", ROLE_ERROR, DRAW_ELLIPSIS);
		return;
	}
	n = positions_nrows(x);
	top = p->h > 8 ? p->h / 2 : p->h;
	positions_row(x, SIZE_MAX, &b, 0, &sp);
	if (ui->model.what != NULL)
		buf_printf(&b, "   limit: %s", ui->model.what);
	draw_text(ui, p->y, p->x + 1, p->w - 1, b.data, b.len, ROLE_HEADING,
	    NULL, 0, 0, DRAW_FILL | DRAW_ELLIPSIS);
	list_clamp(&x->rows, n, top - 1);
	for (y = 1; y < top && x->rows.top + (size_t)(y - 1) < n; y++) {
		i = x->rows.top + (size_t)(y - 1);
		sel = i == x->rows.sel;
		mark = sel ? x->col : 0;
		buf_reset(&b);
		buf_addc(&b, sel ? '>' : ' ');
		positions_row(x, i, &b, mark, &sp);
		draw_text(ui, p->y + y, p->x, p->w, b.data, b.len,
		    sel && mark == 0 && !x->in_evidence ? ROLE_SELECTED :
		    ROLE_NORMAL, &sp, mark > 0 && !x->in_evidence, 0,
		    DRAW_FILL | DRAW_ELLIPSIS);
	}
	if (n == 0)
		draw_str(ui, p->y + 1, p->x + 1, p->w - 1, "no positions found",
		    ROLE_META, DRAW_ELLIPSIS);
	if (top < p->h) {
		buf_reset(&b);
		if (x->evwhat != NULL)
			buf_printf(&b, " evidence: %s (%zu)", x->evwhat, x->nev);
		draw_text(ui, p->y + top, p->x, p->w, b.data, b.len, ROLE_BAR,
		    NULL, 0, 0, DRAW_FILL | DRAW_ELLIPSIS);
		positions_draw_evidence(ui, x, p->y + top + 1, p->x, p->w,
		    p->h - top - 1);
	}
	buf_release(&b);
}

/* Switch to the pairwise diff of a and b, or to the time view of a. */
static void
positions_view(struct ui *ui, struct ui_positions *x, enum posview v)
{
	positions_evidence_clear(x);
	if (x->have_diff)
		posdiff_release(&x->diff);
	timeline_release(&x->tl);
	x->have_diff = 0;
	x->view = v;
	x->col = 0;
	memset(&x->rows, 0, sizeof x->rows);
	if (v == POSVIEW_DIFF)
		posdiff_pair(&x->diff, x->ps, pos_dict_nissues(x->pd), x->a,
		    x->b, POSDIFF_STATED_ONLY);
	else if (v == POSVIEW_TIME) {
		if (x->since[0] == '\0')
			positions_middle_date(ui, x->since, sizeof x->since);
		posdiff_since(&x->diff, x->ps, pos_dict_nissues(x->pd),
		    ui->corpus, x->a, x->since, POSDIFF_STATED_ONLY);
	} else if (v == POSVIEW_TIMELINE) {
		x->tlw = 2;
		timeline_build(&x->tl, x->ps, ui->corpus,
		    pos_dict_nissues(x->pd), x->a, ui->panes[PANE_POSITIONS].w >
		    30 ? (size_t)(ui->panes[PANE_POSITIONS].w - 30) / 2 : 1);
		if (!x->tl.quarters)
			x->tlw = 5;
	}
	x->have_diff = v == POSVIEW_DIFF || v == POSVIEW_TIME;
}

/* The date of the middle article in the limit ("" when none). */
static void
positions_middle_date(struct ui *ui, char *out, size_t size)
{
	size_t	i, n = 0, mid = ui->model.nkept / 2;

	*out = '\0';
	for (i = 0; i < ui->corpus->n; i++) {
		if (!model_kept(&ui->model, (uint32_t)i))
			continue;
		if (n++ == mid) {
			snprintf(out, size, "%s", ui->corpus->articles[i]->date);
			return;
		}
	}
}

/* t: ask where the time view splits (the middle date offered). */
static void
positions_ask_split(struct ui *ui)
{
	char	date[16];

	positions_middle_date(ui, date, sizeof date);
	prompt_open(ui, PROMPT_SPLIT, date);
}

void
positions_set_split(struct ui *ui, const char *date)
{
	struct ui_positions	*x = ui->positions;
	int32_t			 first, last;
	char			*cause = NULL;

	positions_load(ui, x);
	if (!x->loaded)
		return;
	if (date_parse(date, strlen(date), &first, &last, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	snprintf(x->since, sizeof x->since, "%04d-%02d-%02d",
	    (int)(first / 10000), (int)(first / 100 % 100),
	    (int)(first % 100));
	positions_view(ui, x, POSVIEW_TIME);
}

void
positions_set_sides(struct ui *ui, const char *a, const char *b)
{
	struct ui_positions	*x = ui->positions;
	enum side		 sa, sb;

	positions_load(ui, x);
	if (!x->loaded) {
		ui_message(ui, 1, "%s", ui->model.pos_error != NULL ?
		    ui->model.pos_error : "positions: not available");
		return;
	}
	if (side_from_name(a, &sa) != 0 || sa == SIDE_NONE ||
	    side_from_name(b, &sb) != 0 || sb == SIDE_NONE) {
		ui_message(ui, 1, "unknown side in '%s %s' (USA, RUS, UKR, "
		    "EUR, OTH)", a, b);
		return;
	}
	x->a = sa;
	x->b = sb;
	positions_view(ui, x, POSVIEW_DIFF);
}

/* y: the sentence in quotes, who said it, and where it was printed. */
static char *
positions_citation(struct ui *ui, const struct posev *e)
{
	struct article	*a = ui_article(ui, e->p->article);

	return xasprintf("\"%s\"\n  %s (%s, %s on %s)\n  %s, %s, %s%s%s\n\n",
	    e->body, e->p->holder != NULL ? e->p->holder : "?",
	    side_name(e->p->side), pos_stance_name(e->p->stance),
	    pos_dict_issue_id(ui->model.pdict, e->p->issue),
	    *a->title ? a->title : a->id, *a->source ? a->source : "no source",
	    *a->date ? a->date : "no date", *a->url ? ", " : "", a->url);
}

/*
 * !: reject the selected evidence, or restore it.  The model leaves it
 * out of the matrix and the counts; the evidence list stays where it was,
 * the piece now shown as rejected (or back).
 */
static int
positions_reject(struct ui *ui, struct ui_positions *x)
{
	struct posev	*e = &x->ev[x->evl.sel];
	struct article	*a = ui_article(ui, e->p->article);
	size_t		 sel = x->evl.sel, top = x->evl.top;
	char		*key, *cause = NULL;
	int		 loaded = a->text != NULL, on = !e->rejected;

	if (!loaded && article_load(a, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return REACT_DRAW;
	}
	key = model_evidence_key(&ui->model, e->p);
	if (!loaded)
		article_unload(a);
	if (key == NULL)
		return REACT_NONE;
	uistate_mark(&ui->st, UISTATE_REJECT, key, on);
	free(key);
	model_refresh(&ui->model);
	positions_changed(ui, ui->panes + PANE_POSITIONS);
	positions_evidence(ui, x);
	x->in_evidence = x->nev > 0;
	x->evl.sel = sel < x->nev ? sel : x->nev > 0 ? x->nev - 1 : 0;
	x->evl.top = top;
	ui_message(ui, 0, on ? "evidence rejected (! restores it)" :
	    "evidence restored");
	return REACT_DRAW;
}

static int
positions_action(struct ui *ui, struct pane *p, enum action a)
{
	struct ui_positions	*x = p->data;
	int			 top = p->h > 8 ? p->h / 2 : p->h;
	struct posev		*e;

	if (!x->loaded && ui->model.pos_state == MODEL_CANCELLED &&
	    a == ACT_OPEN) {
		model_retry(&ui->model);
		return REACT_DRAW;
	}
	if (!x->loaded)
		return REACT_UNHANDLED;
	switch (a) {
	case ACT_DIFF_SIDES:
		prompt_open(ui, PROMPT_SIDES, NULL);
		return REACT_DRAW;
	case ACT_TIME_VIEW:
		if (x->view == POSVIEW_TIME)
			positions_view(ui, x, POSVIEW_MATRIX);
		else
			positions_ask_split(ui);
		return REACT_DRAW;
	case ACT_TIMELINE:
		if (x->view == POSVIEW_TIMELINE) {
			positions_view(ui, x, POSVIEW_MATRIX);
			return REACT_DRAW;
		}
		if (x->view == POSVIEW_MATRIX && x->col > 0)
			x->a = positions_col_side(x, x->col);
		positions_view(ui, x, POSVIEW_TIMELINE);
		return REACT_DRAW;
	case ACT_LEFT:
	case ACT_RIGHT:
		if (x->in_evidence)
			return REACT_NONE;
		if (a == ACT_LEFT && x->col > 0)
			x->col--;
		else if (a == ACT_RIGHT && x->col < positions_ncols(x))
			x->col++;
		return REACT_DRAW;
	case ACT_BACK:
		if (x->in_evidence) {
			x->in_evidence = 0;
			return REACT_DRAW;
		}
		if (x->view != POSVIEW_MATRIX) {
			positions_view(ui, x, POSVIEW_MATRIX);
			return REACT_DRAW;
		}
		return REACT_UNHANDLED;
	case ACT_OPEN:
		if (!x->in_evidence) {
			positions_evidence(ui, x);
			x->in_evidence = x->nev > 0;
			return REACT_DRAW;
		}
		e = &x->ev[x->evl.sel];
		return ui_open_span(ui, e->p->article, e->p->start, e->p->end);
	case ACT_EXPLAIN:
		if (!x->in_evidence)
			return REACT_NONE;
		x->explain = !x->explain;
		return REACT_DRAW;
	case ACT_REJECT:
		if (!x->in_evidence)
			return REACT_NONE;
		return positions_reject(ui, x);
	case ACT_COPY:
		if (!x->in_evidence)
			return REACT_NONE;
		positions_ev_text(ui, x, &x->ev[x->evl.sel], 0);
		free(ui->copy_req);
		ui->copy_req = positions_citation(ui, &x->ev[x->evl.sel]);
		return REACT_COPY | REACT_DRAW;
	default:
		break;
	}
	if (x->in_evidence)
		return list_action(&x->evl, x->nev, p->h - top - 1, a);
	return list_action(&x->rows, positions_nrows(x), top - 1, a);
}

/* The limit or a rejection changed: make the matrix and view again. */
static void
positions_changed(struct ui *ui, struct pane *p)
{
	struct ui_positions	*x = p->data;
	size_t			 sel = x->rows.sel, col = x->col;

	if (!x->loaded)
		return;
	posdiff_matrix_release(&x->m);
	x->loaded = 0;
	positions_load(ui, x);
	if (!x->loaded)
		return;
	positions_view(ui, x, x->view);
	x->rows.sel = sel;
	x->col = col;
}

static void
positions_where(struct ui *ui, struct pane *p, struct buf *b)
{
	struct ui_positions	*x = p->data;

	if (!x->loaded)
		return;
	if (x->in_evidence)
		buf_printf(b, "evidence %zu/%zu", x->evl.sel + 1, x->nev);
	else if (x->col > 0 && x->col <= positions_ncols(x))
		buf_printf(b, "%zu/%zu %s", x->rows.sel + 1, positions_nrows(x),
		    side_name(positions_col_side(x, x->col)));
	else
		buf_printf(b, "%zu/%zu", x->rows.sel + 1, positions_nrows(x));
}

const struct pane_ops pane_positions_ops = {
	.name = "positions",
	.title = "Positions",
	.scope = SCOPE_POSITIONS,
	.init = positions_init,
	.free = positions_free,
	.draw = positions_draw,
	.action = positions_action,
	.where = positions_where,
	.changed = positions_changed,
};
