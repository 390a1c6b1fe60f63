/*
 * test-posdiff: the matrix, the pairwise diff and the over-time view on a
 * hand-made set of positions.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/posdiff.h"
#include "analysis/positions.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "tests/tap.h"

enum { CEASEFIRE, TALKS, TERRITORY, NISSUES };

static void
add(struct pos_set *s, uint32_t art, int issue, enum side side, int stance,
    enum pos_modality mod)
{
	struct position	*p;

	s->v = xreallocarray(s->v, s->n + 1, sizeof *s->v);
	p = &s->v[s->n++];
	memset(p, 0, sizeof *p);
	p->article = art;
	p->issue = issue;
	p->side = side;
	p->stance = stance;
	p->modality = mod;
	p->holder = xstrdup("x");
	p->actor = -1;
}

static const struct posdiff_line *
line(const struct posdiff *d, int issue)
{
	size_t	i;

	for (i = 0; i < d->n; i++) {
		if (d->lines[i].issue == issue)
			return &d->lines[i];
	}
	return NULL;
}

int
main(void)
{
	struct posdiff_matrix	 m;
	struct posdiff		 d;
	struct pos_set		 s;
	struct corpus		 c;
	const struct posdiff_line *l;
	struct article		*a[2];

	pos_set_init(&s);
	add(&s, 0, CEASEFIRE, SIDE_USA, POS_SUPPORT, POS_STATED);
	add(&s, 0, CEASEFIRE, SIDE_UKR, POS_SUPPORT, POS_STATED);
	add(&s, 0, CEASEFIRE, SIDE_RUS, POS_OPPOSE, POS_STATED);
	add(&s, 1, CEASEFIRE, SIDE_RUS, POS_SUPPORT, POS_STATED);
	add(&s, 0, TERRITORY, SIDE_USA, POS_SUPPORT, POS_STATED);
	add(&s, 1, TERRITORY, SIDE_UKR, POS_OPPOSE, POS_STATED);
	add(&s, 1, TALKS, SIDE_USA, POS_SUPPORT, POS_HYPOTHETICAL);

	posdiff_matrix_build(&m, &s, NISSUES, POSDIFF_STATED_ONLY);
	is_int(posdiff_cell_stance(posdiff_matrix_cell(&m, CEASEFIRE,
	    SIDE_USA)), POSDIFF_SUPPORT, "USA supports the ceasefire");
	is_int(posdiff_cell_stance(posdiff_matrix_cell(&m, CEASEFIRE,
	    SIDE_RUS)), POSDIFF_BOTH, "RUS both ways");
	is_str(posdiff_stance_mark(POSDIFF_BOTH), "\xc2\xb1", "the both mark");
	is_int(posdiff_matrix_cell(&m, CEASEFIRE, SIDE_RUS)->n, 2,
	    "two pieces of evidence");
	is_int(posdiff_cell_stance(posdiff_matrix_cell(&m, TALKS, SIDE_USA)),
	    POSDIFF_NONE, "hypothetical positions do not count by default");
	ok(posdiff_matrix_cell(&m, NISSUES, SIDE_USA) == NULL,
	    "no cell past the last issue");
	posdiff_matrix_release(&m);
	posdiff_matrix_build(&m, &s, NISSUES, POSDIFF_ALL_MODALITIES);
	is_int(posdiff_cell_stance(posdiff_matrix_cell(&m, TALKS, SIDE_USA)),
	    POSDIFF_SUPPORT, "all modalities when asked");
	posdiff_matrix_release(&m);

	posdiff_pair(&d, &s, NISSUES, SIDE_USA, SIDE_UKR, POSDIFF_STATED_ONLY);
	is_int(d.n, 2, "two issues in the USA/UKR diff");
	l = line(&d, CEASEFIRE);
	ok(l != NULL && l->relation == POSDIFF_AGREE, "agree on the ceasefire");
	l = line(&d, TERRITORY);
	ok(l != NULL && l->relation == POSDIFF_DIFFER, "differ on territory");
	ok(line(&d, TALKS) == NULL, "no line without stated positions");
	is_str(posdiff_relation_name(POSDIFF_DIFFER), "differ", "name");
	ok(posdiff_stance_name(POSDIFF_NONE) == NULL, "none is null");
	posdiff_release(&d);
	posdiff_pair(&d, &s, NISSUES, SIDE_USA, SIDE_RUS, POSDIFF_STATED_ONLY);
	l = line(&d, TERRITORY);
	ok(l != NULL && l->relation == POSDIFF_ONLY && l->b == POSDIFF_NONE,
	    "only the USA on territory");
	/* The USA supports, Russia both supports and opposes: never agree. */
	l = line(&d, CEASEFIRE);
	ok(l != NULL && l->relation == POSDIFF_MIXED, "a mixed side is mixed");
	is_str(posdiff_relation_name(POSDIFF_MIXED), "mixed", "its name");
	posdiff_release(&d);
	/* Two mixed sides do not agree either. */
	add(&s, 1, CEASEFIRE, SIDE_UKR, POS_OPPOSE, POS_STATED);
	posdiff_pair(&d, &s, NISSUES, SIDE_RUS, SIDE_UKR, POSDIFF_STATED_ONLY);
	l = line(&d, CEASEFIRE);
	ok(l != NULL && l->a == POSDIFF_BOTH && l->b == POSDIFF_BOTH &&
	    l->relation == POSDIFF_MIXED, "two mixed sides are mixed");
	posdiff_release(&d);
	{
		char	cell[16];

		posdiff_matrix_build(&m, &s, NISSUES, POSDIFF_STATED_ONLY);
		posdiff_cell_format(posdiff_matrix_cell(&m, CEASEFIRE,
		    SIDE_RUS), cell, sizeof cell);
		is_str(cell, "\xc2\xb1" "1/1", "a mixed cell shows both counts");
		posdiff_cell_format(posdiff_matrix_cell(&m, CEASEFIRE,
		    SIDE_USA), cell, sizeof cell);
		is_str(cell, "+1", "a single stance shows its count");
		posdiff_cell_format(posdiff_matrix_cell(&m, TERRITORY,
		    SIDE_RUS), cell, sizeof cell);
		is_str(cell, "", "an empty cell is empty");
		posdiff_matrix_release(&m);
	}

	memset(&c, 0, sizeof c);
	a[0] = article_create("a", "a.txt", "a.txt");
	a[1] = article_create("b", "b.txt", "b.txt");
	free(a[0]->date);
	a[0]->date = xstrdup("2024-01-01");
	free(a[1]->date);
	a[1]->date = xstrdup("2025-06-01");
	c.articles = a;
	c.n = 2;
	posdiff_since(&d, &s, NISSUES, &c, SIDE_RUS, "2025-01-01",
	    POSDIFF_STATED_ONLY);
	l = line(&d, CEASEFIRE);
	ok(l != NULL && l->a == POSDIFF_OPPOSE && l->b == POSDIFF_SUPPORT &&
	    l->relation == POSDIFF_DIFFER, "Russia moved on the ceasefire");
	posdiff_release(&d);
	posdiff_since(&d, &s, NISSUES, &c, SIDE_UKR, "2025-01-01",
	    POSDIFF_STATED_ONLY);
	l = line(&d, TERRITORY);
	ok(l != NULL && l->a == POSDIFF_NONE && l->b == POSDIFF_OPPOSE,
	    "a new Ukrainian position after the date");
	posdiff_release(&d);
	article_free(a[0]);
	article_free(a[1]);
	pos_set_release(&s);
	return tap_done();
}
