/*
 * A scrolling list shared by the panes: a selected row and the first
 * visible row, kept so that the selection is always on screen.
 */
#include "config.h"

#include "ui.h"

void
list_clamp(struct ui_list *l, size_t n, int h)
{
	size_t	rows = h > 0 ? (size_t)h : 1;

	if (n == 0) {
		l->sel = l->top = 0;
		return;
	}
	if (l->sel >= n)
		l->sel = n - 1;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + rows)
		l->top = l->sel - rows + 1;
	if (l->top + rows > n)
		l->top = n > rows ? n - rows : 0;
}

/* Move by delta rows (negative: up), clamped. */
static void
list_move(struct ui_list *l, size_t n, long delta)
{
	if (delta < 0 && (size_t)-delta > l->sel)
		l->sel = 0;
	else if (delta < 0)
		l->sel -= (size_t)-delta;
	else
		l->sel += (size_t)delta;
	if (n > 0 && l->sel >= n)
		l->sel = n - 1;
}

int
list_action(struct ui_list *l, size_t n, int h, enum action a)
{
	long	page = h > 1 ? h - 1 : 1, half = h > 1 ? h / 2 : 1;

	switch (a) {
	case ACT_DOWN:
		list_move(l, n, 1);
		break;
	case ACT_UP:
		list_move(l, n, -1);
		break;
	case ACT_TOP:
		l->sel = 0;
		break;
	case ACT_BOTTOM:
		l->sel = n > 0 ? n - 1 : 0;
		break;
	case ACT_HALF_DOWN:
		list_move(l, n, half);
		break;
	case ACT_HALF_UP:
		list_move(l, n, -half);
		break;
	case ACT_PAGE_DOWN:
		list_move(l, n, page);
		break;
	case ACT_PAGE_UP:
		list_move(l, n, -page);
		break;
	default:
		return REACT_UNHANDLED;
	}
	list_clamp(l, n, h);
	return REACT_DRAW;
}
