/*
 * A side's timeline (see timeline.h): two passes over the positions,
 * one for the range of periods, one to fill the cells.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/positions.h"
#include "base/date.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "timeline.h"

/* The quarter (year * 4 + q - 1) of position p, or -1 when undated. */
static int
timeline_quarter(const struct position *p, const struct corpus *c)
{
	int32_t	d;

	if (p->article >= c->n ||
	    (d = date_value(c->articles[p->article]->date)) == 0)
		return -1;
	return (d / 10000) * 4 + (d / 100 % 100 - 1) / 3;
}

static int
timeline_wanted(const struct position *p, enum side side, size_t nissues)
{
	return p->side == side && p->modality == POS_STATED &&
	    p->issue >= 0 && (size_t)p->issue < nissues;
}

void
timeline_build(struct timeline *t, const struct pos_set *ps,
    const struct corpus *c, size_t nissues, enum side side, size_t max)
{
	const struct position	*p;
	size_t			 i, at;
	int			 q, lo = -1, hi = -1;

	memset(t, 0, sizeof *t);
	t->side = side;
	t->nissues = nissues;
	for (i = 0; i < ps->n; i++) {
		p = &ps->v[i];
		if (!timeline_wanted(p, side, nissues) ||
		    (q = timeline_quarter(p, c)) < 0)
			continue;
		lo = lo < 0 || q < lo ? q : lo;
		hi = q > hi ? q : hi;
	}
	if (lo < 0 || max == 0)
		return;
	t->quarters = (size_t)(hi - lo + 1) <= max;
	t->first = t->quarters ? lo : lo / 4;
	t->nperiods = t->quarters ? (size_t)(hi - lo + 1) :
	    (size_t)(hi / 4 - lo / 4 + 1);
	t->cells = xcalloc(nissues * t->nperiods + 1, 1);
	for (i = 0; i < ps->n; i++) {
		p = &ps->v[i];
		if (!timeline_wanted(p, side, nissues) ||
		    (q = timeline_quarter(p, c)) < 0)
			continue;
		at = (size_t)((t->quarters ? q : q / 4) - t->first);
		t->cells[(size_t)p->issue * t->nperiods + at] |=
		    p->stance == POS_SUPPORT ? 1 : 2;
	}
}

void
timeline_release(struct timeline *t)
{
	free(t->cells);
	memset(t, 0, sizeof *t);
}

const char *
timeline_mark(const struct timeline *t, size_t issue, size_t period)
{
	static const char *const marks[4] = { ".", "+", "-", "±" };

	if (issue >= t->nissues || period >= t->nperiods)
		return " ";
	return marks[t->cells[issue * t->nperiods + period] & 3];
}

int
timeline_year(const struct timeline *t, size_t period, int *quarter)
{
	int	v = t->first + (int)period;

	*quarter = t->quarters ? v % 4 + 1 : 0;
	return t->quarters ? v / 4 : v;
}
