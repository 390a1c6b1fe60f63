/*
 * pos-actors: the positions of articles whose actors come from an
 * actor_set (actors.h), through the per-article cache (pos-cache.h).
 * Kept apart from positions.c so the clause rules can be tested without
 * the actors layer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actor-cache.h"
#include "analysis/actors.h"
#include "analysis/pos-cache.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"

/* The mentions of article a as holder candidates (malloc'd, *np long). */
static struct pos_mention *
pos_mentions(const struct actor_set *as, const struct article *a,
    size_t *np)
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
		if (ac->entry < 0)
			m[i].flags |= MENTION_UNLISTED;
		if (ac->entry < 0 && ac->side == SIDE_OTH)
			m[i].flags |= MENTION_NOSIDE;
	}
	*np = n;
	return m;
}

void
positions_article(struct pos_set *set, const struct pos_dict *d,
    const struct actor_set *as, struct article *a)
{
	struct pos_mention	*m;
	size_t			 n;

	if (!pos_dict_reads(d, a->language))
		return;
	m = pos_mentions(as, a, &n);
	positions_article_mentions(set, d, a, m, n);
	free(m);
}

/* One article through the cache: from it, or extracted and stored. */
static void
pos_corpus_article(struct pos_set *set, const struct pos_dict *d,
    const struct actor_set *as, struct article *a, struct actor_cache *cache,
    const struct notify *n)
{
	struct pos_mention	*m;
	struct buf		 b;
	const void		*data;
	char			*why = NULL;
	size_t			 nm, len, from = set->n;
	uint64_t		 key;
	int			 loaded;

	/* a language the data files do not hold gives no position */
	if (!pos_dict_reads(d, a->language))
		return;
	m = pos_mentions(as, a, &nm);
	key = pos_cache_key(a, m, nm);
	if ((data = actor_cache_get(cache, key, &len)) != NULL) {
		if (pos_cache_decode(set, d, a, m, nm, data, len) == 0) {
			set->cached++;
			free(m);
			return;
		}
		actor_cache_drop(cache, key);
	}
	loaded = a->text != NULL;
	if (!loaded && article_load(a, &why) != 0) {
		notify_warn(n, "%s", why);
		free(why);
		free(m);
		return;
	}
	positions_article_mentions(set, d, a, m, nm);
	set->extracted++;
	buf_init(&b);
	pos_cache_encode(set, from, &b);
	actor_cache_put(cache, key, b.data, b.len);
	buf_release(&b);
	if (!loaded)
		article_unload(a);
	free(m);
}

int
positions_corpus(struct pos_set *set, const struct pos_dict *d,
    const struct actor_set *as, struct corpus *c, const struct notify *n,
    char **cause)
{
	struct actor_cache	*cache;
	char			*path, *why = NULL;
	size_t			 i;
	int			 r = 0;

	path = corpus_cache_path(c, "positions");
	cache = actor_cache_open(path, pos_cache_version(d));
	free(path);
	set->cache_rejected = actor_cache_damaged(cache);
	for (i = 0; i < c->n; i++) {
		if (notify_cancelled(n)) {
			*cause = xstrdup("cancelled");
			r = -1;
			break;
		}
		pos_corpus_article(set, d, as, c->articles[i], cache, n);
		notify_progress(n, "positions", i + 1, c->n);
	}
	if (r == 0 && actor_cache_save(cache, &why) != 0) {
		notify_warn(n, "%s", why);
		free(why);
	}
	actor_cache_free(cache);
	return r;
}
