/*
 * The actors pane: the actors of the whole corpus, grouped by side (in the
 * order of enum side, unknown last) and by mentions within a side, beside
 * (or above, when narrow) the profile of the selected one.  The actor set
 * is the model's (built on a worker thread the first time the pane is
 * shown); the pane counts and lists only what lies inside the limit.
 * While the worker runs, the pane lists the actors found so far (whole
 * corpus, no profile yet) under a line of progress, and fills in when the
 * set is done, keeping the selected actor by name.  The model's dictionary also
 * serves the reader, whose article is extracted on its own to colour
 * actor names by side.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

struct ui_actors {
	size_t			*order;		/* actor ids in list order */
	size_t			 n;
	int			 sorted;	/* order follows the limit */
	unsigned		 find_gen;	/* the model's find last seen */
	struct ui_list		 l;
	struct buf		 profile;	/* lines of the selected actor */
	size_t			 profile_of;	/* actor id, or SIZE_MAX */
	char			*keep;		/* the name selected while the
						   set was being built */
	int			 waited;	/* the first switch waited */
};

#define ACTORS_GRACE_MS	100	/* how long a first switch waits for the
				   whole set before listing what is found
				   so far */

/* The colour of a side. */
static int
actors_side_role(enum side s)
{
	if (s == SIDE_NONE || (int)s >= SIDE_COUNT)
		return ROLE_NORMAL;
	return ROLE_SIDE1 + ((int)s - 1) % ROLE_NSIDES;
}

static const struct ui_model *actors_sort_model;

/* Side (unknown last), then mentions in the limit (most first), name. */
static int
actors_cmp(const void *a, const void *b)
{
	const struct ui_model	*m = actors_sort_model;
	size_t			 i = *(const size_t *)a, j = *(const size_t *)b;
	const struct actor	*x = &m->actors.actors[i];
	const struct actor	*y = &m->actors.actors[j];
	int			 sx = x->side == SIDE_NONE ? SIDE_COUNT : (int)x->side;
	int			 sy = y->side == SIDE_NONE ? SIDE_COUNT : (int)y->side;
	uint32_t		 mx = model_actor_mentions(m, i);
	uint32_t		 my = model_actor_mentions(m, j);

	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (mx != my)
		return mx > my ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* The set is done: select again the actor selected while it was built. */
static void
actors_keep(struct ui *ui, struct ui_actors *x)
{
	size_t	i;

	if (x->keep == NULL)
		return;
	for (i = 0; i < x->n; i++) {
		if (strcmp(ui->model.actors.actors[x->order[i]].name,
		    x->keep) == 0) {
			x->l.sel = i;
			break;
		}
	}
	free(x->keep);
	x->keep = NULL;
}

/*
 * The model's actor set (started on first use), and the list of the actors
 * mentioned inside the limit, sorted; NULL when the set is not there.
 */
static const struct actor_set *
actors_load(struct ui *ui, struct ui_actors *x)
{
	const struct actor_set	*set;
	size_t			 i;

	if (!x->waited || ui->model.actors_state == MODEL_NONE) {
		x->waited = 1;
		model_start(&ui->model, 0, ui->script != NULL ? -1 :
		    ACTORS_GRACE_MS);
	}
	if (ui->model.actors_state != MODEL_READY)
		return NULL;
	set = &ui->model.actors;
	if (x->sorted)
		return set;
	free(x->order);
	x->order = xreallocarray(NULL, set->n + 1, sizeof *x->order);
	for (i = x->n = 0; i < set->n; i++) {
		if (model_actor_mentions(&ui->model, i) > 0)
			x->order[x->n++] = i;
	}
	actors_sort_model = &ui->model;
	qsort(x->order, x->n, sizeof *x->order, actors_cmp);
	x->sorted = 1;
	x->profile_of = SIZE_MAX;
	actors_keep(ui, x);
	list_clamp(&x->l, x->n, 1);
	return set;
}

/* The next hit (dir 1, -1) from the selection, wrapping; 0 or -1. */
static int
actors_next_hit(struct ui *ui, struct ui_actors *x, int dir, int from_here)
{
	size_t	i, at;

	for (i = from_here ? 0 : 1; i <= x->n && x->n > 0; i++) {
		at = (x->l.sel + x->n + (dir > 0 ? i : x->n - i)) % x->n;
		if (model_actor_found(&ui->model, x->order[at])) {
			x->l.sel = at;
			return 0;
		}
	}
	return -1;
}

/* A new find in the model: go to its first hit from here. */
static void
actors_follow_find(struct ui *ui, struct ui_actors *x)
{
	if (x->find_gen == ui->model.find_gen)
		return;
	x->find_gen = ui->model.find_gen;
	actors_next_hit(ui, x, 1, 1);
}

static void
actors_init(struct ui *ui, struct pane *p)
{
	struct ui_actors	*x = xcalloc(1, sizeof *x);

	x->profile_of = SIZE_MAX;
	p->data = x;
}

static void
actors_free(struct ui *ui, struct pane *p)
{
	struct ui_actors	*x = p->data;

	free(x->order);
	free(x->keep);
	buf_release(&x->profile);
	free(x);
	p->data = NULL;
}

/* The limit changed: sort again on the next draw. */
static void
actors_changed(struct ui *ui, struct pane *p)
{
	struct ui_actors	*x = p->data;

	x->sorted = 0;
	x->profile_of = SIZE_MAX;
}

static void
actors_join(struct buf *b, const char *label, char **v, size_t n)
{
	size_t	i;

	if (n == 0)
		return;
	buf_printf(b, "%s: ", label);
	for (i = 0; i < n; i++)
		buf_printf(b, "%s%s", i > 0 ? ", " : "", v[i]);
	buf_addc(b, '\n');
}

/* The profile of actor id as lines in x->profile. */
static void
actors_profile(struct ui *ui, struct ui_actors *x, size_t id)
{
	const struct actor *ac = &ui->model.actors.actors[id];
	struct article	*a;
	struct buf	*b = &x->profile;
	char		*cause = NULL;
	size_t		 i;
	int		 loaded;

	buf_reset(b);
	x->profile_of = id;
	buf_printf(b, "%s\n%s, side %s, %u mentions in %u articles\n",
	    ac->name, actor_kind_name(ac->kind), side_name(ac->side),
	    (unsigned)model_actor_mentions(&ui->model, id),
	    (unsigned)model_actor_articles(&ui->model, id));
	actors_join(b, "aliases", ac->aliases, ac->naliases);
	actors_join(b, "titles", ac->titles, ac->ntitles);
	for (i = 0; i < ac->ndescs; i++) {
		if ((a = ui_article(ui, ac->descs[i].article)) == NULL ||
		    !model_kept(&ui->model, ac->descs[i].article))
			continue;
		loaded = a->text != NULL;
		if (!loaded && article_load(a, &cause) != 0) {
			free(cause);
			cause = NULL;
			continue;
		}
		if (ac->descs[i].end <= a->len) {
			buf_adds(b, i == 0 ? "\ndescribed:\n" : "");
			buf_adds(b, "  ");
			buf_add(b, a->text + ac->descs[i].start,
			    ac->descs[i].end - ac->descs[i].start);
			buf_addc(b, '\n');
		}
		if (!loaded)
			article_unload(a);
	}
	buf_adds(b, "\narticles (Enter lists them):\n");
	for (i = 0; i < ac->narticles; i++) {
		if ((a = ui_article(ui, ac->articles[i])) != NULL &&
		    model_kept(&ui->model, ac->articles[i]))
			buf_printf(b, "  %s %s\n", a->date, a->title);
	}
}

static void
actors_draw_row(struct ui *ui, struct ui_actors *x, int y, int px, int w,
    size_t row)
{
	const struct actor *ac = &ui->model.actors.actors[x->order[row]];
	char		 head[48];
	int		 sel = row == x->l.sel, n;

	snprintf(head, sizeof head, "%c%-4s %-6s %5u ", sel ? '>' : ' ',
	    side_name(ac->side), actor_kind_name(ac->kind),
	    (unsigned)model_actor_mentions(&ui->model, x->order[row]));
	n = draw_str(ui, y, px, w, head, sel ? ROLE_SELECTED : ROLE_NORMAL, 0);
	draw_str(ui, y, px + n, w - n, ac->name, sel ? ROLE_SELECTED :
	    actors_side_role(ac->side), DRAW_FILL | DRAW_ELLIPSIS);
}

/* Draw the profile lines, wrapped, in the rectangle. */
static void
actors_draw_profile(struct ui *ui, struct ui_actors *x, int y, int px,
    int w, int h)
{
	const char	*s = x->profile.data, *nl;
	size_t		 len, fit;
	int		 row = 0, role;

	while (s != NULL && *s != '\0' && row < h) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		role = s == x->profile.data ? actors_side_role(
		    ui->model.actors.actors[x->profile_of].side) : ROLE_NORMAL;
		if (len == 0)
			draw_fill(ui, y + row++, px, w, ROLE_NORMAL);
		while (len > 0 && row < h) {
			fit = text_fit(s, len, w - 1);
			draw_text(ui, y + row++, px, w, s, fit, role, NULL, 0, 0,
			    DRAW_FILL);
			s += fit;
			len -= fit;
			while (len > 0 && *s == ' ')
				s++, len--;
		}
		s = nl != NULL ? nl + 1 : NULL;
	}
}

/* One actor found so far: side, kind, mentions, name. */
static void
actors_draw_sofar_row(struct ui *ui, struct ui_actors *x, int y, int px,
    int w, size_t row)
{
	const struct modeljob_actor *ac = &ui->model.sofar[row];
	char		 head[48];
	int		 sel = row == x->l.sel, n;

	snprintf(head, sizeof head, "%c%-4s %-6s %5u ", sel ? '>' : ' ',
	    side_name(ac->side), actor_kind_name(ac->kind),
	    (unsigned)ac->mentions);
	n = draw_str(ui, y, px, w, head, sel ? ROLE_SELECTED : ROLE_NORMAL, 0);
	draw_str(ui, y, px + n, w - n, ac->name, sel ? ROLE_SELECTED :
	    actors_side_role(ac->side), DRAW_FILL | DRAW_ELLIPSIS);
}

/* While the worker runs: its progress, and the actors found so far. */
static void
actors_draw_sofar(struct ui *ui, struct ui_actors *x, struct pane *p)
{
	const struct modeljob_progress *pr = &ui->model.progress;
	char		 s[160];
	int		 y, lh = p->h - 1;

	snprintf(s, sizeof s, "finding the actors: %llu/%llu articles "
	    "(%u%%); %zu actors so far, in the whole corpus",
	    (unsigned long long)pr->done, (unsigned long long)pr->total,
	    pr->total > 0 ? (unsigned)(pr->done * 100 / pr->total) : 0,
	    ui->model.nsofar);
	draw_str(ui, p->y, p->x + 1, p->w - 1, s, ROLE_META,
	    DRAW_FILL | DRAW_ELLIPSIS);
	list_clamp(&x->l, ui->model.nsofar, lh);
	for (y = 0; y < lh && x->l.top + (size_t)y < ui->model.nsofar; y++)
		actors_draw_sofar_row(ui, x, p->y + 1 + y, p->x, p->w,
		    x->l.top + (size_t)y);
}

static void
actors_draw(struct ui *ui, struct pane *p)
{
	struct ui_actors	*x = p->data;
	int			 lw = p->w, lh = p->h, y, wide = p->w >= 100;

	draw_blank(ui, p);
	if (actors_load(ui, x) == NULL &&
	    ui->model.actors_state == MODEL_BUILDING) {
		actors_draw_sofar(ui, x, p);
		return;
	}
	if (ui->model.actors_state != MODEL_READY) {
		draw_str(ui, p->y, p->x + 1, p->w - 1,
		    ui->model.actors_error != NULL ? ui->model.actors_error :
		    ui->model.actors_state == MODEL_CANCELLED ? "finding the "
		    "actors was cancelled (Enter starts again)" :
		    "actors: not available", ROLE_ERROR, DRAW_ELLIPSIS);
		return;
	}
	if (x->n == 0) {
		draw_str(ui, p->y, p->x + 1, p->w - 1, ui->model.limit != NULL ?
		    "no actors in the limit" : "no actors found", ROLE_META,
		    DRAW_ELLIPSIS);
		return;
	}
	actors_follow_find(ui, x);
	if (wide)
		lw = p->w * 2 / 5;
	else
		lh = p->h > 6 ? p->h / 2 : p->h;
	list_clamp(&x->l, x->n, lh);
	for (y = 0; y < lh && x->l.top + (size_t)y < x->n; y++)
		actors_draw_row(ui, x, p->y + y, p->x, lw, x->l.top + (size_t)y);
	if (x->profile_of != x->order[x->l.sel])
		actors_profile(ui, x, x->order[x->l.sel]);
	if (wide) {
		for (y = 0; y < p->h; y++)
			mvadd_wch(p->y + y, p->x + lw, WACS_VLINE);
		actors_draw_profile(ui, x, p->y, p->x + lw + 2,
		    p->w - lw - 2, p->h);
	} else if (lh < p->h) {
		draw_fill(ui, p->y + lh, p->x, p->w, ROLE_BAR);
		actors_draw_profile(ui, x, p->y + lh + 1, p->x + 1, p->w - 1,
		    p->h - lh - 1);
	}
}

/* Enter: limit the list to the selected actor's articles. */
static int
actors_open(struct ui *ui, struct ui_actors *x)
{
	const struct actor	*ac = &ui->model.actors.actors[x->order[x->l.sel]];
	struct buf		 b = { 0 };
	const char		*s;

	buf_adds(&b, "~a \"");
	for (s = ac->name; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *s);
	}
	buf_addc(&b, '"');
	free(ui->limit_req);
	ui->limit_req = buf_detach(&b, NULL);
	return REACT_LIMIT | ui_select_pane(ui, PANE_ARTICLES) | REACT_LAYOUT;
}

/* Keys while the set is built: moving in the actors found so far. */
static int
actors_action_sofar(struct ui *ui, struct ui_actors *x, struct pane *p,
    enum action a)
{
	int	r;

	switch (a) {
	case ACT_OPEN:
	case ACT_SEARCH:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		ui_message(ui, 0, "the actors are still being found (%llu/%llu "
		    "articles)", (unsigned long long)ui->model.progress.done,
		    (unsigned long long)ui->model.progress.total);
		return REACT_DRAW;
	default:
		break;
	}
	r = list_action(&x->l, ui->model.nsofar, p->h - 1, a);
	free(x->keep);
	x->keep = x->l.sel < ui->model.nsofar ?
	    xstrdup(ui->model.sofar[x->l.sel].name) : NULL;
	return r;
}

static int
actors_action(struct ui *ui, struct pane *p, enum action a)
{
	struct ui_actors	*x = p->data;
	int			 lh = p->w >= 100 || p->h <= 6 ? p->h : p->h / 2;

	if (ui->model.actors_state == MODEL_CANCELLED && a == ACT_OPEN) {
		model_retry(&ui->model);
		return REACT_DRAW;
	}
	if (ui->model.actors_state == MODEL_BUILDING)
		return actors_action_sofar(ui, x, p, a);
	if (ui->model.actors_state != MODEL_READY || x->n == 0)
		return REACT_UNHANDLED;
	switch (a) {
	case ACT_OPEN:
		return actors_open(ui, x);
	case ACT_SEARCH:
		prompt_open(ui, PROMPT_FIND, NULL);
		return REACT_DRAW;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (ui->model.find == NULL)
			return REACT_UNHANDLED;
		if (actors_next_hit(ui, x, a == ACT_SEARCH_NEXT ? 1 : -1,
		    0) != 0)
			ui_message(ui, 1, "no actor in this list matches: %s",
			    ui->model.find);
		return REACT_DRAW;
	default:
		return list_action(&x->l, x->n, lh, a);
	}
}

/* A click in the list selects the actor; on the selected one, opens. */
static int
actors_click(struct ui *ui, struct pane *p, int row, int col)
{
	struct ui_actors	*x = p->data;
	int			 wide = p->w >= 100;
	int			 lh = wide || p->h <= 6 ? p->h : p->h / 2;
	size_t			 at = x->l.top + (size_t)row;

	if (ui->model.actors_state != MODEL_READY || row >= lh ||
	    (wide && col >= p->w * 2 / 5) || at >= x->n)
		return REACT_NONE;
	if (at == x->l.sel)
		return actors_open(ui, x);
	x->l.sel = at;
	return REACT_DRAW;
}

static void
actors_where(struct ui *ui, struct pane *p, struct buf *b)
{
	struct ui_actors	*x = p->data;

	size_t			 i, hit = 0, hits = 0;

	if (ui->model.actors_state == MODEL_BUILDING &&
	    ui->model.nsofar > 0) {
		buf_printf(b, "actor %zu/%zu so far", x->l.sel + 1,
		    ui->model.nsofar);
		return;
	}
	if (ui->model.actors_state != MODEL_READY || x->n == 0)
		return;
	for (i = 0; ui->model.find != NULL && i < x->n; i++) {
		if (model_actor_found(&ui->model, x->order[i])) {
			hits++;
			if (i <= x->l.sel)
				hit = hits;
		}
	}
	if (ui->model.find != NULL)
		buf_printf(b, "/%s: hit %zu/%zu, actor ", ui->model.find, hit,
		    hits);
	buf_printf(b, "%zu/%zu", x->l.sel + 1, x->n);
}

const struct pane_ops pane_actors_ops = {
	.name = "actors",
	.title = "Actors",
	.scope = SCOPE_ACTORS,
	.init = actors_init,
	.free = actors_free,
	.draw = actors_draw,
	.action = actors_action,
	.where = actors_where,
	.changed = actors_changed,
	.click = actors_click,
};
