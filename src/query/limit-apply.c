/*
 * Results cut to a limit: what the analysis found over the whole corpus
 * (from the per-article caches), keeping only the kept articles, so that
 * every view computed from them follows the limit without analysing
 * anything again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "query/limit.h"

void
limit_positions(struct pos_set *ps, const uint8_t *keep)
{
	size_t	i, n = 0;

	for (i = 0; i < ps->n; i++) {
		if (!keep[ps->v[i].article]) {
			free(ps->v[i].holder);
			continue;
		}
		ps->v[n++] = ps->v[i];
	}
	ps->n = n;
}

/* Keep the elements of a sorted article list that are kept. */
static size_t
limit_articles(uint32_t *v, size_t n, const uint8_t *keep)
{
	size_t	i, k = 0;

	for (i = 0; i < n; i++) {
		if (keep[v[i]])
			v[k++] = v[i];
	}
	return k;
}

void
limit_actors(struct actor_set *as, const uint8_t *keep)
{
	struct actor	*ac;
	size_t		 i, k, n = 0;

	for (i = 0; i < as->n; i++)
		as->actors[i].mentions = 0;
	for (i = 0; i < as->nmentions; i++) {
		if (!keep[as->mentions[i].article])
			continue;
		as->actors[as->mentions[i].actor].mentions++;
		as->mentions[n++] = as->mentions[i];
	}
	as->nmentions = n;
	for (i = 0; i < as->n; i++) {
		ac = &as->actors[i];
		ac->narticles = limit_articles(ac->articles, ac->narticles,
		    keep);
		for (k = n = 0; k < ac->ndescs; k++) {
			if (keep[ac->descs[k].article])
				ac->descs[n++] = ac->descs[k];
		}
		ac->ndescs = n;
	}
}
