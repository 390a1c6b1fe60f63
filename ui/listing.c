/*
 * The article list: the articles the model's limit keeps, in the order
 * the user chose with S (date, the corpus's own; title; source; hits of
 * the search, most first; unread first), which the state file keeps.
 * Ties keep the date order.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

/* The list's orders, S cycles through them; the first is the corpus's. */
static const char *const ui_sorts[] = {
	"date", "title", "source", "hits", "unread"
};
#define UI_NSORTS (sizeof ui_sorts / sizeof ui_sorts[0])

/* One article with what it sorts by. */
struct ui_sortkey {
	uint32_t	 idx;		/* corpus index: date order, ties */
	const char	*s;		/* title or source, or NULL */
	uint32_t	 n;		/* hits, or 1 when read */
	int		 desc;		/* n sorts most first */
};

static int
ui_sort_cmp(const void *x, const void *y)
{
	const struct ui_sortkey	*a = x, *b = y;
	int			 c;

	if (a->s != NULL && (c = strcoll(a->s, b->s)) != 0)
		return c;
	if (a->n != b->n)
		return (a->n < b->n) == !a->desc ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The index of the current order in ui_sorts. */
static size_t
ui_sort_current(struct ui *ui)
{
	size_t	i;

	for (i = 0; ui->st.sort != NULL && i < UI_NSORTS; i++) {
		if (strcmp(ui->st.sort, ui_sorts[i]) == 0)
			return i;
	}
	return 0;
}

/* Put the list in the current order. */
static void
ui_sort(struct ui *ui)
{
	struct ui_sortkey	*k;
	struct article		*a;
	size_t			 i, by = ui_sort_current(ui);

	if (by == 0)
		return;
	k = xreallocarray(NULL, ui->nlist + 1, sizeof *k);
	for (i = 0; i < ui->nlist; i++) {
		a = ui->corpus->articles[ui->list[i]];
		k[i].idx = ui->list[i];
		k[i].s = by == 1 ? (*a->title ? a->title : a->id) :
		    by == 2 ? a->source : NULL;
		k[i].n = by == 3 ? (ui->search.hits != NULL ?
		    ui->search.hits[k[i].idx] : 0) : by == 4 ?
		    (uint32_t)ui_is_read(ui, k[i].idx) : 0;
		k[i].desc = by == 3;
	}
	qsort(k, ui->nlist, sizeof *k, ui_sort_cmp);
	for (i = 0; i < ui->nlist; i++)
		ui->list[i] = k[i].idx;
	free(k);
}

int
ui_sort_next(struct ui *ui)
{
	size_t	next = (ui_sort_current(ui) + 1) % UI_NSORTS;

	free(ui->st.sort);
	ui->st.sort = next == 0 ? NULL : xstrdup(ui_sorts[next]);
	ui->st.dirty = 1;
	ui_list_update(ui);
	ui_message(ui, 0, "sorted by %s", ui_sorts[next]);
	return REACT_DRAW;
}

void
ui_list_update(struct ui *ui)
{
	long	keep = ui_selected_article(ui);
	size_t	i;

	free(ui->list);
	ui->list = xreallocarray(NULL, ui->corpus->n + 1, sizeof *ui->list);
	ui->nlist = 0;
	for (i = 0; i < ui->corpus->n; i++) {
		if (model_kept(&ui->model, (uint32_t)i))
			ui->list[ui->nlist++] = (uint32_t)i;
	}
	ui_sort(ui);
	((struct ui_list *)ui->panes[PANE_ARTICLES].data)->sel = 0;
	if (keep >= 0)
		ui_select_article(ui, (uint32_t)keep);
	ui_changed(ui);
}

const char *
ui_sort_name(struct ui *ui)
{
	size_t	by = ui_sort_current(ui);

	return by == 0 ? NULL : ui_sorts[by];
}
