/*
 * The help pane: the key bindings, generated from the live key map (so a
 * key rebound in the config file shows as rebound), grouped by scope,
 * then the ':' commands.  The lines are rebuilt each time it is drawn.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "ui.h"

static const char *const help_commands[] = {
	":open ARTICLE       open an article by id or file name",
	":search PATTERN     search, as /",
	":limit PATTERN      limit the list, as &",
	":side SIDE1 SIDE2   compare two sides in the positions pane",
	":reload             read the corpus again",
	":set OPTION VALUE   set an option (colors on|off)",
	":bind [SCOPE] KEY ACTION, :unbind [SCOPE] KEY, :color ROLE FG [BG]",
	":help               show this help",
	":man                show the manual page",
	":quit               quit",
	NULL
};

struct help {
	size_t	top;
	char	**lines;
	size_t	nlines;
};

static void
help_init(struct ui *ui, struct pane *p)
{
	p->data = xcalloc(1, sizeof(struct help));
}

static void
help_clear(struct help *h)
{
	size_t	i;

	for (i = 0; i < h->nlines; i++)
		free(h->lines[i]);
	free(h->lines);
	h->lines = NULL;
	h->nlines = 0;
}

static void
help_free(struct ui *ui, struct pane *p)
{
	help_clear(p->data);
	free(p->data);
}

static void
help_add(struct help *h, char *line)
{
	h->lines = xreallocarray(h->lines, h->nlines + 1, sizeof *h->lines);
	h->lines[h->nlines++] = line;
}

static void
help_build(struct ui *ui, struct help *h)
{
	static const char *const heads[SCOPE_COUNT] = {
		"Keys in every pane", "Articles pane", "Reader pane",
		"Actors pane", "Positions pane", "Help pane"
	};
	char	keys[256];
	int	s, a;
	size_t	n;

	help_clear(h);
	for (s = 0; s < SCOPE_COUNT; s++) {
		n = h->nlines;
		for (a = 1; a < ACT_COUNT; a++) {
			if (keymap_keys_for(&ui->cf.keys, (enum key_scope)s,
			    (enum action)a, keys, sizeof keys) == 0)
				continue;
			if (h->nlines == n)
				help_add(h, xstrdup(heads[s]));
			help_add(h, xasprintf("  %-22s %-16s %s", keys,
			    action_info((enum action)a)->name,
			    action_info((enum action)a)->help));
		}
		if (h->nlines != n)
			help_add(h, xstrdup(""));
	}
	help_add(h, xstrdup("Commands"));
	for (n = 0; help_commands[n] != NULL; n++)
		help_add(h, xasprintf("  %s", help_commands[n]));
}

static void
help_draw(struct ui *ui, struct pane *p)
{
	struct help	*h = p->data;
	size_t		 i;
	int		 y, role;

	help_build(ui, h);
	if (h->nlines > (size_t)p->h && h->top > h->nlines - (size_t)p->h)
		h->top = h->nlines - (size_t)p->h;
	draw_blank(ui, p);
	for (y = 0; y < p->h; y++) {
		i = h->top + (size_t)y;
		if (i >= h->nlines)
			break;
		role = h->lines[i][0] != ' ' ? ROLE_HEADING : ROLE_NORMAL;
		draw_str(ui, p->y + y, p->x + 1, p->w - 1, h->lines[i], role,
		    DRAW_FILL | DRAW_ELLIPSIS);
	}
}

static int
help_action(struct ui *ui, struct pane *p, enum action a)
{
	struct help	*h = p->data;
	struct ui_list	 l = { h->top, h->top };
	size_t		 max = h->nlines > (size_t)p->h ?
			    h->nlines - (size_t)p->h : 0;

	switch (a) {
	case ACT_BACK:
	case ACT_HELP:
	case ACT_OPEN:
		return ui_select_pane(ui, ui->previous);
	case ACT_DOWN:
		h->top = h->top < max ? h->top + 1 : max;
		return REACT_DRAW;
	case ACT_UP:
		h->top = h->top > 0 ? h->top - 1 : 0;
		return REACT_DRAW;
	default:
		if (list_action(&l, max + 1, p->h, a) & REACT_UNHANDLED)
			return REACT_UNHANDLED;
		h->top = l.sel;
		return REACT_DRAW;
	}
}

static void
help_where(struct ui *ui, struct pane *p, struct buf *b)
{
	struct help	*h = p->data;

	buf_printf(b, "q returns  %zu/%zu", h->top + 1, h->nlines);
}

const struct pane_ops pane_help_ops = {
	.name = "help",
	.title = "Help",
	.scope = SCOPE_HELP,
	.init = help_init,
	.free = help_free,
	.draw = help_draw,
	.action = help_action,
	.where = help_where,
};
