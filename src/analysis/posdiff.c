/*
 * posdiff: matrices of evidence (issues x sides, each cell a list of
 * position indexes) and the pairwise and over-time diffs built from two
 * such matrices, one per column.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/posdiff.h"
#include "analysis/positions.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"

static const char *posdiff_marks[] = { "", "+", "-", "\xc2\xb1" };
static const char *posdiff_stance_names[] = {
	NULL, "support", "oppose", "both"
};
static const char *posdiff_relation_names[] = {
	"agree", "differ", "only", "mixed"
};

const char *
posdiff_stance_mark(enum posdiff_stance s)
{
	return (unsigned)s <= POSDIFF_BOTH ? posdiff_marks[s] : "";
}

const char *
posdiff_stance_name(enum posdiff_stance s)
{
	return (unsigned)s <= POSDIFF_BOTH ? posdiff_stance_names[s] : NULL;
}

const char *
posdiff_relation_name(enum posdiff_relation r)
{
	return (unsigned)r <= POSDIFF_MIXED ? posdiff_relation_names[r] : "?";
}

enum posdiff_stance
posdiff_cell_stance(const struct posdiff_cell *c)
{
	if (c == NULL || (c->nsupport == 0 && c->noppose == 0))
		return POSDIFF_NONE;
	if (c->noppose == 0)
		return POSDIFF_SUPPORT;
	if (c->nsupport == 0)
		return POSDIFF_OPPOSE;
	return POSDIFF_BOTH;
}

void
posdiff_cell_format(const struct posdiff_cell *c, char *out, size_t size)
{
	enum posdiff_stance	s = posdiff_cell_stance(c);

	if (s == POSDIFF_NONE)
		snprintf(out, size, "%s", "");
	else if (s == POSDIFF_BOTH)
		snprintf(out, size, "%s%u/%u", posdiff_stance_mark(s),
		    (unsigned)c->nsupport, (unsigned)c->noppose);
	else
		snprintf(out, size, "%s%u", posdiff_stance_mark(s),
		    (unsigned)(c->nsupport + c->noppose));
}

struct posdiff_cell *
posdiff_matrix_cell(const struct posdiff_matrix *m, int issue, enum side s)
{
	if (issue < 0 || (size_t)issue >= m->nissues ||
	    (unsigned)s >= SIDE_COUNT)
		return NULL;
	return &m->cells[(size_t)issue * SIDE_COUNT + s];
}

static void
posdiff_cell_add(struct posdiff_cell *c, const struct position *p, size_t i)
{
	c->evidence = xreallocarray(c->evidence, c->n + 1,
	    sizeof *c->evidence);
	c->evidence[c->n++] = i;
	if (p->stance > 0)
		c->nsupport++;
	else
		c->noppose++;
}

/* A matrix over the positions accepted by keep (NULL: all). */
static void
posdiff_matrix_filter(struct posdiff_matrix *m, const struct pos_set *set,
    size_t nissues, unsigned mask,
    int (*keep)(const struct position *, const void *), const void *arg)
{
	const struct position	*p;
	struct posdiff_cell	*c;
	size_t			 i;

	m->nissues = nissues;
	m->cells = xcalloc(nissues * SIDE_COUNT + 1, sizeof *m->cells);
	for (i = 0; i < set->n; i++) {
		p = &set->v[i];
		if (!(mask & (1u << p->modality)))
			continue;
		if (keep != NULL && !keep(p, arg))
			continue;
		if ((c = posdiff_matrix_cell(m, p->issue, p->side)) != NULL)
			posdiff_cell_add(c, p, i);
	}
}

void
posdiff_matrix_build(struct posdiff_matrix *m, const struct pos_set *set,
    size_t nissues, unsigned mask)
{
	posdiff_matrix_filter(m, set, nissues, mask, NULL, NULL);
}

void
posdiff_matrix_release(struct posdiff_matrix *m)
{
	size_t	i;

	if (m->cells != NULL) {
		for (i = 0; i < m->nissues * SIDE_COUNT; i++)
			free(m->cells[i].evidence);
	}
	free(m->cells);
	memset(m, 0, sizeof *m);
}

static enum posdiff_relation
posdiff_relate(enum posdiff_stance a, enum posdiff_stance b)
{
	if (a == POSDIFF_NONE || b == POSDIFF_NONE)
		return POSDIFF_ONLY;
	if (a == POSDIFF_BOTH || b == POSDIFF_BOTH)
		return POSDIFF_MIXED;
	return a == b ? POSDIFF_AGREE : POSDIFF_DIFFER;
}

/* Lines for every issue where column a or b has a stance. */
static void
posdiff_lines(struct posdiff *d, enum side sa, enum side sb)
{
	struct posdiff_line	*l;
	size_t			 i;

	d->lines = xcalloc(d->ma.nissues + 1, sizeof *d->lines);
	d->n = 0;
	for (i = 0; i < d->ma.nissues; i++) {
		l = &d->lines[d->n];
		l->issue = (int)i;
		l->ea = posdiff_matrix_cell(&d->ma, (int)i, sa);
		l->eb = posdiff_matrix_cell(&d->mb, (int)i, sb);
		l->a = posdiff_cell_stance(l->ea);
		l->b = posdiff_cell_stance(l->eb);
		if (l->a == POSDIFF_NONE && l->b == POSDIFF_NONE)
			continue;
		l->relation = posdiff_relate(l->a, l->b);
		d->n++;
	}
}

void
posdiff_pair(struct posdiff *d, const struct pos_set *set, size_t nissues,
    enum side a, enum side b, unsigned mask)
{
	memset(d, 0, sizeof *d);
	d->side_a = a;
	d->side_b = b;
	posdiff_matrix_build(&d->ma, set, nissues, mask);
	posdiff_matrix_build(&d->mb, set, nissues, mask);
	posdiff_lines(d, a, b);
}

struct posdiff_when {
	const struct corpus	*c;
	const char		*date;
	int			 after;
};

/* 1 when the position's article is on the wanted side of the date. */
static int
posdiff_keep_date(const struct position *p, const void *arg)
{
	const struct posdiff_when	*w = arg;
	const char			*date = "";
	int				 later;

	if (p->article < w->c->n)
		date = w->c->articles[p->article]->date;
	later = *date != '\0' && strcmp(date, w->date) >= 0;
	return later == w->after;
}

void
posdiff_since(struct posdiff *d, const struct pos_set *set, size_t nissues,
    const struct corpus *c, enum side side, const char *date, unsigned mask)
{
	struct posdiff_when	w = { c, date, 0 };

	memset(d, 0, sizeof *d);
	d->side_a = d->side_b = side;
	posdiff_matrix_filter(&d->ma, set, nissues, mask, posdiff_keep_date,
	    &w);
	w.after = 1;
	posdiff_matrix_filter(&d->mb, set, nissues, mask, posdiff_keep_date,
	    &w);
	posdiff_lines(d, side, side);
}

void
posdiff_release(struct posdiff *d)
{
	posdiff_matrix_release(&d->ma);
	posdiff_matrix_release(&d->mb);
	free(d->lines);
	memset(d, 0, sizeof *d);
}
