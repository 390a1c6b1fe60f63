/*
 * Drawing text into cells.  Text is decoded here, one code point at a
 * time: unsafe code points (controls, bidirectional overrides) become the
 * terminal sanitiser's visible escapes, ill-formed bytes U+FFFD, tabs a
 * space; widths come from wcwidth(); zero-width marks join the cell before
 * them, at most DRAW_MAX_MARKS of them.  Every line is clipped to its
 * width here and the rest of the width cleared, so nothing ever relies on
 * the terminal to wrap or truncate.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/buf.h"
#include "base/termsafe.h"
#include "base/utf8.h"
#include "ui.h"

#define DRAW_MAX_MARKS 3
#define DRAW_ELLIPSIS_CP 0x2026

/* One decoded unit: a code point to draw, or an escape string. */
struct draw_unit {
	uint32_t	 cp;
	int		 width;		/* 0: joins the cell before */
	char		 esc[16];	/* when non-empty: drawn instead */
	size_t		 n;		/* bytes consumed */
};

static void
draw_decode(const char *s, size_t len, struct draw_unit *u)
{
	struct buf	b = { 0 };
	int		valid = 1, w;

	u->esc[0] = '\0';
	u->n = utf8_decode(s, len, &u->cp, &valid);
	if (!valid) {
		u->cp = UTF8_REPLACEMENT;
		u->width = 1;
		return;
	}
	if (u->cp == '\t' || u->cp == '\n') {
		u->cp = ' ';
		u->width = 1;
		return;
	}
	if (termsafe_is_unsafe(u->cp)) {
		termsafe_escape_cp(&b, u->cp);
		snprintf(u->esc, sizeof u->esc, "%s", b.data);
		buf_release(&b);
		u->width = (int)strlen(u->esc);
		return;
	}
	w = wcwidth((wchar_t)u->cp);
	if (w < 0) {
		u->cp = UTF8_REPLACEMENT;
		w = 1;
	}
	u->width = w;
}

int
text_width(const char *s, size_t len, int limit)
{
	struct draw_unit	u;
	size_t			i = 0;
	int			w = 0;

	while (i < len && w <= limit) {
		draw_decode(s + i, len - i, &u);
		w += u.width;
		i += u.n;
	}
	return w;
}

size_t
text_fit(const char *s, size_t len, int width)
{
	struct draw_unit	u;
	size_t			i = 0, brk = 0;
	int			w = 0;

	while (i < len) {
		draw_decode(s + i, len - i, &u);
		if (w + u.width > width && i > 0)
			break;
		w += u.width;
		i += u.n;
		if (u.cp == ' ')
			brk = i;
	}
	if (i == len)
		return len;
	/* Skip the marks of the last character so none starts a line. */
	while (i < len) {
		draw_decode(s + i, len - i, &u);
		if (u.width != 0)
			break;
		i += u.n;
	}
	return brk > 0 ? brk : i;
}

static void
draw_init_colors(struct ui *ui)
{
	const struct ui_style	*st;
	int			 r, fg, bg;

	ui->colors = 0;
	if (!ui->cf.colors || getenv("NO_COLOR") != NULL ||
	    (getenv("NO_COLOR") == NULL && !has_colors()))
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	for (r = 0; r < ROLE_COUNT; r++) {
		st = &ui->cf.styles[r];
		fg = st->fg < COLORS ? st->fg : -1;
		bg = st->bg < COLORS ? st->bg : -1;
		init_pair((short)(r + 1), (short)fg, (short)bg);
	}
	ui->colors = 1;
}

static attr_t
draw_attr(struct ui *ui, int role)
{
	const struct ui_style	*st = &ui->cf.styles[role];
	attr_t			 a = A_NORMAL;

	if (st->attrs & UIATTR_BOLD)
		a |= A_BOLD;
	if (st->attrs & UIATTR_UNDERLINE)
		a |= A_UNDERLINE;
	if (st->attrs & UIATTR_REVERSE)
		a |= A_REVERSE;
	if (st->attrs & UIATTR_DIM)
		a |= A_DIM;
	if (ui->colors)
		a |= COLOR_PAIR(role + 1);
	else if (role >= ROLE_SIDE1 && role <= ROLE_SIDE6)
		a |= A_UNDERLINE;
	return a;
}

/* Put one cell of wc[0..n) with attribute a at (y, x). */
static void
draw_cell(int y, int x, const wchar_t *wc, int n, attr_t a)
{
	cchar_t	c;
	wchar_t	w[DRAW_MAX_MARKS + 2];

	memcpy(w, wc, (size_t)n * sizeof *w);
	w[n] = L'\0';
	if (setcchar(&c, w, a, (short)PAIR_NUMBER(a), NULL) == OK)
		mvadd_wch(y, x, &c);
}

void
draw_fill(struct ui *ui, int y, int x, int w, int role)
{
	attr_t	a = draw_attr(ui, role);
	wchar_t	sp = L' ';
	int	i;

	for (i = 0; i < w; i++)
		draw_cell(y, x + i, &sp, 1, a);
}

/* The role of byte off: the last span holding it wins, else role. */
static int
draw_role_at(const struct draw_span *spans, size_t nspans, uint32_t off,
    int role)
{
	size_t	i;

	for (i = nspans; i > 0; i--) {
		if (off >= spans[i - 1].start && off < spans[i - 1].end)
			return spans[i - 1].role;
	}
	return role;
}

/*
 * The drawing state of one line: the pending cell (a base and its marks)
 * is put when the next base arrives, so marks can join it.
 */
struct draw_line {
	int	 y, x, col, limit;
	wchar_t	 cell[DRAW_MAX_MARKS + 2];
	int	 ncell, cellw;
	attr_t	 attr;
};

static void
draw_flush(struct draw_line *dl)
{
	if (dl->ncell == 0)
		return;
	draw_cell(dl->y, dl->x + dl->col, dl->cell, dl->ncell, dl->attr);
	dl->col += dl->cellw;
	dl->ncell = 0;
}

/* Add one unit; returns 0, or -1 when the line is full. */
static int
draw_unit_add(struct draw_line *dl, const struct draw_unit *u, attr_t a)
{
	const char	*e;

	if (u->width == 0) {
		if (dl->ncell > 0 && dl->ncell < DRAW_MAX_MARKS + 1)
			dl->cell[dl->ncell++] = (wchar_t)u->cp;
		return 0;
	}
	draw_flush(dl);
	if (dl->col + u->width > dl->limit)
		return -1;
	if (u->esc[0] != '\0') {
		for (e = u->esc; *e != '\0'; e++) {
			dl->cell[0] = (wchar_t)*e;
			dl->ncell = 1;
			dl->cellw = 1;
			dl->attr = a | A_BOLD;
			draw_flush(dl);
		}
		return 0;
	}
	dl->cell[0] = (wchar_t)u->cp;
	dl->ncell = 1;
	dl->cellw = u->width;
	dl->attr = a;
	return 0;
}

int
draw_text(struct ui *ui, int y, int x, int w, const char *s, size_t len,
    int role, const struct draw_span *spans, size_t nspans, uint32_t base,
    int flags)
{
	struct draw_line	dl;
	struct draw_unit	u;
	size_t			i = 0;
	int			total, r;
	wchar_t			ell = DRAW_ELLIPSIS_CP;

	if (w <= 0 || y < 0 || y >= LINES)
		return 0;
	memset(&dl, 0, sizeof dl);
	dl.y = y;
	dl.x = x;
	dl.limit = w;
	total = text_width(s, len, w);
	if (total > w && (flags & DRAW_ELLIPSIS))
		dl.limit = w - 1;
	else if (total < w && (flags & DRAW_RIGHT)) {
		draw_fill(ui, y, x, w - total, role);
		dl.col = w - total;
	}
	while (i < len) {
		draw_decode(s + i, len - i, &u);
		r = draw_role_at(spans, nspans, base + (uint32_t)i, role);
		if (draw_unit_add(&dl, &u, draw_attr(ui, r)) != 0)
			break;
		i += u.n;
	}
	draw_flush(&dl);
	if (total > w && (flags & DRAW_ELLIPSIS) && dl.col < w) {
		draw_cell(y, x + dl.col, &ell, 1, draw_attr(ui, role));
		dl.col++;
	}
	if ((flags & DRAW_FILL) && dl.col < w)
		draw_fill(ui, y, x + dl.col, w - dl.col, role);
	return dl.col;
}

int
draw_str(struct ui *ui, int y, int x, int w, const char *s, int role,
    int flags)
{
	return draw_text(ui, y, x, w, s, strlen(s), role, NULL, 0, 0, flags);
}

void
draw_blank(struct ui *ui, struct pane *p)
{
	int	i;

	for (i = 0; i < p->h; i++)
		draw_fill(ui, p->y + i, p->x, p->w, ROLE_NORMAL);
}

void
ui_apply_config(struct ui *ui)
{
	draw_init_colors(ui);
	mousemask(ui->cf.mouse ? UI_MOUSE_ACTS : 0, NULL);
	mouseinterval(0);
}

