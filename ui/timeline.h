/*
 * timeline: one side's stance on each issue period by period, so that a
 * reader sees a position move: a grid of issues x periods (quarters, or
 * years when quarters would not fit), each cell "+" (support only), "-"
 * (oppose only), "±" (both) or "." (nothing stated), from the stated
 * positions of dated articles.  No curses here.
 */
#ifndef DEMARCHE_UI_TIMELINE_H
#define DEMARCHE_UI_TIMELINE_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct corpus;
struct pos_set;

struct timeline {
	enum side	 side;
	size_t		 nissues;
	size_t		 nperiods;	/* 0 when no position is dated */
	int		 quarters;	/* 1: a period is a quarter */
	int		 first;		/* the first period: year * 4 +
					   quarter - 1, or the year */
	uint8_t		*cells;		/* [issue * nperiods + period]:
					   bit 0 support, bit 1 oppose */
};

/*
 * Build the timeline of side over ps (positions of articles of c), with
 * at most max periods (quarters when they fit, else years).
 */
void	 timeline_build(struct timeline *, const struct pos_set *ps,
	    const struct corpus *c, size_t nissues, enum side side,
	    size_t max);
void	 timeline_release(struct timeline *);
/* "+", "-", "±" or "." */
const char *timeline_mark(const struct timeline *, size_t issue,
	    size_t period);
/* The period's year, and its quarter (1-4, or 0 for a year). */
int	 timeline_year(const struct timeline *, size_t period, int *quarter);

#endif
