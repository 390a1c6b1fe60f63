/*
 * The actors pane.  Until the actors module is linked in, it says so.
 */
#include "config.h"

#include <stdlib.h>

#include "base/buf.h"
#include "ui.h"

static void
actors_init(struct ui *ui, struct pane *p)
{
}

static void
actors_draw(struct ui *ui, struct pane *p)
{
	draw_blank(ui, p);
	draw_str(ui, p->y, p->x + 1, p->w - 1,
	    "actors: not available in this build", ROLE_META, DRAW_ELLIPSIS);
}

static int
actors_action(struct ui *ui, struct pane *p, enum action a)
{
	return REACT_UNHANDLED;
}

size_t
ui_actor_spans(struct ui *ui, struct article *a, struct draw_span **spans)
{
	*spans = NULL;
	return 0;
}

const struct pane_ops pane_actors_ops = {
	.name = "actors",
	.title = "Actors",
	.scope = SCOPE_ACTORS,
	.init = actors_init,
	.draw = actors_draw,
	.action = actors_action,
};
