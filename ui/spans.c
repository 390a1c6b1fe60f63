/*
 * Spans of an article on screen, for the reader: the current search's
 * hits and the actors' names coloured by side.  Both come from the core
 * (search_article, actors_extract_article on the one article) and the
 * model's dictionary; nothing here calls a pane or the search prompt.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "base/xmalloc.h"
#include "search/search.h"
#include "text/article.h"
#include "ui.h"

/* The colour of a side. */
static int
spans_side_role(enum side s)
{
	if (s == SIDE_NONE || (int)s >= SIDE_COUNT)
		return ROLE_NORMAL;
	return ROLE_SIDE1 + ((int)s - 1) % ROLE_NSIDES;
}

struct uisearch_spans {
	struct draw_span	*spans;
	size_t			 n, alloc;
};

static int
uisearch_span_cb(void *arg, struct article *a, const struct search_match *m)
{
	struct uisearch_spans	*s = arg;

	if (m == NULL || m->end <= m->start)
		return 0;
	s->spans = xgrow(s->spans, &s->alloc, s->n + 1, sizeof *s->spans);
	s->spans[s->n].start = m->start;
	s->spans[s->n].end = m->end;
	s->spans[s->n].role = ROLE_HIT;
	s->n++;
	return 0;
}

size_t
uisearch_spans(struct ui *ui, struct article *a, struct draw_span **spans)
{
	struct uisearch_spans	 s = { NULL, 0, 0 };
	char			*cause = NULL;

	*spans = NULL;
	if (ui->search.compiled == NULL || ui->search.hits == NULL ||
	    ui->search.hits[a->index] == 0)
		return 0;
	if (search_article(ui->search.compiled, a, uisearch_span_cb, &s,
	    &cause) < 0)
		free(cause);
	*spans = s.spans;
	return s.n;
}

size_t
ui_actor_spans(struct ui *ui, struct article *a, struct draw_span **spans)
{
	struct actor_set	 set;
	struct dict		*d = model_dict(&ui->model);
	char			*cause = NULL;
	size_t			 i, n = 0;

	*spans = NULL;
	if (d == NULL || a->text == NULL)
		return 0;
	actor_set_init(&set);
	if (actors_extract_article(&set, d, a, &cause) != 0) {
		free(cause);
		actor_set_release(&set);
		return 0;
	}
	*spans = xreallocarray(NULL, set.nmentions + 1, sizeof **spans);
	for (i = 0; i < set.nmentions; i++) {
		(*spans)[n].start = set.mentions[i].start;
		(*spans)[n].end = set.mentions[i].end;
		(*spans)[n].role = spans_side_role(
		    set.actors[set.mentions[i].actor].side);
		if ((*spans)[n].role != ROLE_NORMAL)
			n++;
	}
	actor_set_release(&set);
	return n;
}

