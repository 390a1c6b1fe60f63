/*
 * The positions pane.  Until the positions module is linked in, it says so.
 */
#include "config.h"

#include <stdlib.h>

#include "base/buf.h"
#include "ui.h"

static void
positions_init(struct ui *ui, struct pane *p)
{
}

static void
positions_draw(struct ui *ui, struct pane *p)
{
	draw_blank(ui, p);
	draw_str(ui, p->y, p->x + 1, p->w - 1,
	    "positions: not available in this build", ROLE_META,
	    DRAW_ELLIPSIS);
}

static int
positions_action(struct ui *ui, struct pane *p, enum action a)
{
	return REACT_UNHANDLED;
}

void
positions_set_sides(struct ui *ui, const char *a, const char *b)
{
	ui_message(ui, 1, "positions: not available in this build");
}

const struct pane_ops pane_positions_ops = {
	.name = "positions",
	.title = "Positions",
	.scope = SCOPE_POSITIONS,
	.init = positions_init,
	.draw = positions_draw,
	.action = positions_action,
};
