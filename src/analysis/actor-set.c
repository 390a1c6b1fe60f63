/*
 * actor-set: the actors of an article or a corpus and their mentions.
 *
 * set->actors grows in order of first appearance; a private table maps
 * each actor's key (actor-set.h) to its id, and a pool keeps the reason
 * texts read back from the cache.  Mentions are appended in text order,
 * article by article, so queries find them by binary search.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/strmap.h"
#include "analysis/actor-set.h"
#include "analysis/actors.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* Private tables of a set. */
struct set_priv {
	struct strmap	 bykey;		/* actor key -> id */
	struct strmap	 strings;	/* interned rule texts -> index */
	char			**pool;		/* their copies */
	size_t			 npool, pool_alloc;
};

void
actor_set_init(struct actor_set *set)
{
	memset(set, 0, sizeof *set);
	set->priv = xcalloc(1, sizeof (struct set_priv));
}

static void
actor_release(struct actor *ac)
{
	size_t	i;

	free(ac->name);
	for (i = 0; i < ac->naliases; i++)
		free(ac->aliases[i]);
	free(ac->aliases);
	for (i = 0; i < ac->ntitles; i++)
		free(ac->titles[i]);
	free(ac->titles);
	free(ac->articles);
	free(ac->descs);
}

void
actor_set_release(struct actor_set *set)
{
	struct set_priv	*p = set->priv;
	size_t		 i;

	for (i = 0; i < set->n; i++)
		actor_release(&set->actors[i]);
	free(set->actors);
	free(set->mentions);
	if (p != NULL) {
		strmap_release(&p->bykey);
		strmap_release(&p->strings);
		for (i = 0; i < p->npool; i++)
			free(p->pool[i]);
		free(p->pool);
		free(p);
	}
	memset(set, 0, sizeof *set);
}

/* Add s to a list of strings unless it is there in any case. */
void
actor_set_strlist_add(char ***v, size_t *n, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < *n; i++) {
		if (strlen((*v)[i]) == len && strncasecmp((*v)[i], s, len) == 0)
			return;
	}
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = xstrndup(s, len);
}

/* The id of the actor with that key, created from the template if new. */
int
actor_set_add(struct actor_set *set, const char *key, size_t klen,
    const char *name, enum actor_kind kind, enum side side, int entry)
{
	struct set_priv	*p = set->priv;
	struct actor	*ac;
	int		*slot, added;

	slot = strmap_put(&p->bykey, key, klen, &added);
	if (!added)
		return *slot;
	set->actors = xgrow(set->actors, &set->alloc, set->n + 1,
	    sizeof *set->actors);
	ac = &set->actors[set->n];
	memset(ac, 0, sizeof *ac);
	ac->name = xstrdup(name);
	ac->kind = kind;
	ac->side = side;
	ac->entry = entry;
	ac->side_why.article = -1;
	ac->kind_why.article = -1;
	*slot = (int)set->n;
	return (int)set->n++;
}

/* A rule text with the lifetime of the set (cached reasons). */
const char *
actor_set_intern(struct actor_set *set, const char *s, size_t len)
{
	struct set_priv	*p = set->priv;
	int		*slot, added;

	slot = strmap_put(&p->strings, s, len, &added);
	if (added) {
		p->pool = xgrow(p->pool, &p->pool_alloc, p->npool + 1,
		    sizeof *p->pool);
		p->pool[p->npool] = xstrndup(s, len);
		*slot = (int)p->npool++;
	}
	return p->pool[*slot];
}

/* Each actor's key in the set's table, by id. */
void
actor_set_keys(const struct actor_set *set, const char **keys, size_t *lens)
{
	const struct set_priv	*p = set->priv;
	const struct strmap_slot *sl;
	size_t			 i;

	for (i = 0; i < set->n; i++) {
		keys[i] = "";
		lens[i] = 0;
	}
	for (i = 0; i < p->bykey.cap; i++) {
		sl = &p->bykey.slots[i];
		if (sl->key != NULL && sl->value >= 0 &&
		    (size_t)sl->value < set->n) {
			keys[sl->value] = sl->key;
			lens[sl->value] = sl->len;
		}
	}
}

/* Take s's side and kind (and their reasons) into t where t has none;
   reasons t now shares with s are interned, as s's die with it. */
static void
merge_why(struct actor_set *set, struct actor *t, const struct actor *s)
{
	if (t->side_why.rule == NULL) {
		t->side_why = s->side_why;
		t->kind_why = s->kind_why;
	} else if (t->side == SIDE_NONE && s->side != SIDE_NONE) {
		t->side = s->side;
		t->side_why = s->side_why;
	}
	if (t->side_why.rule != NULL && t->side_why.rule == s->side_why.rule)
		t->side_why.rule = actor_set_intern(set, s->side_why.rule,
		    strlen(s->side_why.rule));
	if (t->kind_why.rule != NULL && t->kind_why.rule == s->kind_why.rule)
		t->kind_why.rule = actor_set_intern(set, s->kind_why.rule,
		    strlen(s->kind_why.rule));
}

/* Join s's names, titles and descriptions to t's. */
static void
merge_lists(struct actor *t, const struct actor *s)
{
	size_t	j;

	if (strcasecmp(t->name, s->name) != 0)
		actor_set_strlist_add(&t->aliases, &t->naliases, s->name,
		    strlen(s->name));
	for (j = 0; j < s->naliases; j++) {
		if (strcasecmp(t->name, s->aliases[j]) != 0)
			actor_set_strlist_add(&t->aliases, &t->naliases,
			    s->aliases[j], strlen(s->aliases[j]));
	}
	for (j = 0; j < s->ntitles; j++)
		actor_set_strlist_add(&t->titles, &t->ntitles, s->titles[j],
		    strlen(s->titles[j]));
	for (j = 0; j < s->ndescs && t->ndescs < ACTORS_MAX_DESCS; j++) {
		t->descs = xreallocarray(t->descs, t->ndescs + 1,
		    sizeof *t->descs);
		t->descs[t->ndescs++] = s->descs[j];
	}
}

/* Merge actor s of article a into t. */
static void
merge_actor(struct actor_set *set, struct actor *t, const struct actor *s,
    const struct article *a)
{
	merge_why(set, t, s);
	merge_lists(t, s);
	t->mentions += s->mentions;
	if (s->mentions > 0 && (t->narticles == 0 ||
	    t->articles[t->narticles - 1] != a->index)) {
		t->articles = xreallocarray(t->articles,
		    t->narticles + 1, sizeof *t->articles);
		t->articles[t->narticles++] = a->index;
	}
}

/* Merge src (the actors of article a alone) into set. */
void
actor_set_merge(struct actor_set *set, const struct actor_set *src,
    const struct article *a)
{
	const struct actor	*s;
	struct actor_mention	*m;
	const char		**keys;
	size_t			*lens, i;
	int			*map;

	keys = xcalloc(src->n + 1, sizeof *keys);
	lens = xcalloc(src->n + 1, sizeof *lens);
	map = xcalloc(src->n + 1, sizeof *map);
	actor_set_keys(src, keys, lens);
	for (i = 0; i < src->n; i++) {
		s = &src->actors[i];
		map[i] = actor_set_add(set, keys[i], lens[i], s->name, s->kind,
		    s->side, s->entry);
		merge_actor(set, &set->actors[map[i]], s, a);
	}
	for (i = 0; i < src->nmentions; i++) {
		set->mentions = xgrow(set->mentions, &set->mentions_alloc,
		    set->nmentions + 1, sizeof *set->mentions);
		m = &set->mentions[set->nmentions++];
		*m = src->mentions[i];
		m->article = a->index;
		m->actor = (uint32_t)map[m->actor];
	}
	free(keys);
	free(lens);
	free(map);
}

/* The first mention at or after (art, start). */
static size_t
mention_lower_bound(const struct actor_set *set, uint32_t art,
    uint32_t start)
{
	size_t			 lo = 0, hi = set->nmentions, mid;
	struct actor_mention	*m;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = &set->mentions[mid];
		if (m->article < art || (m->article == art && m->start < start))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct actor_mention *
actor_set_span_mentions(const struct actor_set *set, uint32_t art,
    uint32_t start, uint32_t end, size_t *count)
{
	size_t	lo, hi;

	lo = mention_lower_bound(set, art, start);
	for (hi = lo; hi < set->nmentions && set->mentions[hi].article == art &&
	    set->mentions[hi].start < end; hi++)
		;
	*count = hi - lo;
	return hi > lo ? &set->mentions[lo] : NULL;
}

const struct actor_mention *
actor_set_article_mentions(const struct actor_set *set, uint32_t art,
    size_t *count)
{
	return actor_set_span_mentions(set, art, 0, UINT32_MAX, count);
}

static const struct actor_set *rank_set;

static int
rank_cmp(const void *a, const void *b)
{
	const struct actor	*x = &rank_set->actors[*(const size_t *)a];
	const struct actor	*y = &rank_set->actors[*(const size_t *)b];

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->name, y->name);
}

size_t *
actor_set_rank(const struct actor_set *set)
{
	size_t	*order, i;

	order = xcalloc(set->n + 1, sizeof *order);
	for (i = 0; i < set->n; i++)
		order[i] = i;
	rank_set = set;
	qsort(order, set->n, sizeof *order, rank_cmp);
	rank_set = NULL;
	return order;
}

int
actor_set_find(const struct actor_set *set, const char *name)
{
	size_t	i, j;

	for (i = 0; i < set->n; i++) {
		if (strcasecmp(set->actors[i].name, name) == 0)
			return (int)i;
		for (j = 0; j < set->actors[i].naliases; j++) {
			if (strcasecmp(set->actors[i].aliases[j], name) == 0)
				return (int)i;
		}
	}
	return -1;
}
