/*
 * posdiff: the three views over a set of positions (positions.h).
 *
 * - the matrix: issues x sides, each cell counting supporting and opposing
 *   evidence;
 * - the pairwise diff of two sides: per issue, each side's stance and
 *   whether they agree, differ or only one side has a stance;
 * - over time: one side's stance per issue before a date and from that
 *   date on.
 *
 * A side's stance on an issue is POSDIFF_SUPPORT or POSDIFF_OPPOSE when all
 * its evidence points one way, POSDIFF_BOTH when it points both ways, and
 * POSDIFF_NONE without evidence.  Evidence is a list of indexes into the
 * pos_set the view was built from (which must outlive the view), in text
 * order.  Only positions whose modality bit is set in the mask count
 * (POSDIFF_STATED_ONLY for the default view).
 */
#ifndef DEMARCHE_POSDIFF_H
#define DEMARCHE_POSDIFF_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct corpus;
struct pos_set;

enum posdiff_stance {
	POSDIFF_NONE = 0,
	POSDIFF_SUPPORT,
	POSDIFF_OPPOSE,
	POSDIFF_BOTH,
};

/*
 * How two columns relate.  "agree" needs both to hold one and the same
 * stance: a side whose evidence points both ways (POSDIFF_BOTH) is
 * "mixed" with anyone, never in agreement, even with another mixed side.
 */
enum posdiff_relation {
	POSDIFF_AGREE = 0,	/* the same single stance */
	POSDIFF_DIFFER,		/* opposite single stances */
	POSDIFF_ONLY,		/* one side has no stance */
	POSDIFF_MIXED,		/* both have one, at least one is mixed */
};

/* Modality masks: bit (1 << enum pos_modality). */
#define POSDIFF_STATED_ONLY	(1u << 0)
#define POSDIFF_ALL_MODALITIES	0xfu

/* The evidence for one side on one issue. */
struct posdiff_cell {
	uint32_t	 nsupport, noppose;
	size_t		*evidence;	/* indexes into the pos_set */
	size_t		 n;
};

/* Issues x sides; cell (i, s) at cells[i * SIDE_COUNT + s]. */
struct posdiff_matrix {
	size_t		 nissues;
	struct posdiff_cell *cells;
};

void	posdiff_matrix_build(struct posdiff_matrix *, const struct pos_set *,
	    size_t nissues, unsigned modality_mask);
void	posdiff_matrix_release(struct posdiff_matrix *);
struct posdiff_cell *posdiff_matrix_cell(const struct posdiff_matrix *,
	    int issue, enum side);

/* The stance a cell shows, and its mark: "+", "-", "±" or "" . */
enum posdiff_stance posdiff_cell_stance(const struct posdiff_cell *);
/*
 * A cell as the matrix shows it, in the CLI and the TUI alike: "+3" (three
 * pieces of supporting evidence), "-1", "±2/1" (two for, one against) or ""
 * without evidence.  Writes at most size bytes, NUL included.
 */
void		 posdiff_cell_format(const struct posdiff_cell *, char *,
		    size_t size);
const char	*posdiff_stance_mark(enum posdiff_stance);
/* "support", "oppose", "both"; NULL for POSDIFF_NONE (JSON null). */
const char	*posdiff_stance_name(enum posdiff_stance);
/* "agree", "differ", "only", "mixed". */
const char	*posdiff_relation_name(enum posdiff_relation);

/* One line of a pairwise diff or of the over-time view. */
struct posdiff_line {
	int		 issue;
	enum posdiff_stance a, b;	/* side a / before; side b / after */
	enum posdiff_relation relation;
	const struct posdiff_cell *ea, *eb;	/* evidence, borrowed from
						   the view's matrices */
};

/*
 * A pairwise diff (a and b are sides) or an over-time view (a: before
 * the date, b: from it on).  Lines are in issue order and only for issues
 * where at least one column has a stance.
 */
struct posdiff {
	struct posdiff_matrix ma, mb;	/* one matrix per column */
	struct posdiff_line *lines;
	size_t		 n;
	enum side	 side_a, side_b;
};

void	posdiff_pair(struct posdiff *, const struct pos_set *,
	    size_t nissues, enum side a, enum side b, unsigned modality_mask);

/*
 * One side over time: positions of articles dated before date
 * (YYYY-MM-DD) against those dated on or after it.  Articles without a
 * date count as before.  The corpus gives the dates (by article index).
 */
void	posdiff_since(struct posdiff *, const struct pos_set *,
	    size_t nissues, const struct corpus *, enum side side,
	    const char *date, unsigned modality_mask);
void	posdiff_release(struct posdiff *);

#endif
