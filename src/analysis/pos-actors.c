/*
 * pos-actors: the positions of articles whose actors come from an
 * actor_set (actors.h).  Kept apart from positions.c so the clause rules
 * can be tested without the actors layer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"

void
positions_article(struct pos_set *set, const struct pos_dict *d,
    const struct actor_set *as, struct article *a)
{
	const struct actor_mention	*am;
	const struct actor		*ac;
	struct pos_mention		*m;
	size_t				 n, i;

	am = actor_set_article_mentions(as, a->index, &n);
	m = xcalloc(n == 0 ? 1 : n, sizeof *m);
	for (i = 0; i < n; i++) {
		ac = &as->actors[am[i].actor];
		m[i].start = am[i].start;
		m[i].end = am[i].end;
		m[i].kind = am[i].kind;
		m[i].side = ac->side;
		m[i].actor = (int)am[i].actor;
		m[i].name = ac->name;
		m[i].flags = am[i].flags;
	}
	positions_article_mentions(set, d, a, m, n);
	free(m);
}

int
positions_corpus(struct pos_set *set, const struct pos_dict *d,
    const struct actor_set *as, struct corpus *c, const struct notify *n,
    char **cause)
{
	struct article	*a;
	char		*why = NULL;
	size_t		 i;
	int		 loaded;

	for (i = 0; i < c->n; i++) {
		if (notify_cancelled(n)) {
			*cause = xstrdup("cancelled");
			return -1;
		}
		a = c->articles[i];
		loaded = a->text != NULL;
		if (!loaded && article_load(a, &why) != 0) {
			notify_warn(n, "%s", why);
			free(why);
			why = NULL;
			continue;
		}
		positions_article(set, d, as, a);
		if (!loaded)
			article_unload(a);
		notify_progress(n, "positions", i + 1, c->n);
	}
	return 0;
}
