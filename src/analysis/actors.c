/*
 * actors: the extractor's driver, one article or a whole corpus.
 *
 * An article goes through three steps, one window of sentences at a time
 * (actor-internal.h): its sentences are cut into tokens (actor-tokens.c),
 * the tokens turned into items (actor-items.c), and the items resolved
 * into actors and mentions of the set (actor-resolve.c, with the evidence
 * of actor-evidence.c and the article's own persons of actor-locals.c).
 *
 * The items of all sentences are kept until the article is resolved, so a
 * surname seen before the full name still finds its person.  Only a giant
 * article (more than ACTORS_WINDOW sentences: a book, a feed pasted on one
 * line) is cut into windows of consecutive sentences, each resolved on its
 * own and released before the next, so that memory follows the window and
 * not the article; there a surname or a side does not reach across a
 * window boundary.
 *
 * A corpus goes article by article through the per-article cache
 * (actor-cache.h, records coded by actor-codec.c): each article's actors
 * are extracted into a set of their own, or decoded from the cache, and
 * merged into the corpus's set (actor-set.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actor-cache.h"
#include "analysis/actor-codec.h"
#include "analysis/actor-cyr.h"
#include "analysis/actor-evidence.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/actor-locals.h"
#include "analysis/actor-resolve.h"
#include "analysis/actor-set.h"
#include "analysis/actor-tokens.h"
#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/notify.h"
#include "src/analysis/rules-source.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"

/*
 * Sentences resolved together.  News articles have a few hundred at most
 * and are resolved whole; a longer text is resolved window by window
 * (paragraph-aligned when a paragraph boundary falls in the second half of
 * the window), which bounds its tokens and items to those of one window.
 */
#ifndef ACTORS_WINDOW
#define ACTORS_WINDOW		2000
#endif

/* ---- one article, window by window -------------------------------------- */

/* Free the tokens, items and local persons of the window just resolved
   and make x ready for the next one (x->seen is kept). */
static void
ax_release_window(struct ax *x)
{
	free(x->toks);
	x->toks = NULL;
	x->ntoks = x->toks_alloc = 0;
	free(x->items);
	x->items = NULL;
	x->nitems = x->items_alloc = 0;
	buf_release(&x->fold);
	buf_release(&x->key);
	buf_release(&x->fold2);
	actor_locals_release(x);
}

/* Tokens and items of every sentence of the window. */
static void
article_items(struct ax *x)
{
	struct article	*a = x->a;
	struct sentence	*s;
	struct block	*b;
	uint32_t	 i, t0;

	for (i = x->s0; i < x->s1; i++) {
		s = &a->sents[i];
		if (s->end > a->len || s->start > s->end)
			continue;
		b = &a->blocks[s->block];
		t0 = (uint32_t)x->ntoks;
		actor_tokens_add(x, s->start, s->end);
		actor_items_sentence(x, i, t0, (uint32_t)x->ntoks,
		    b->kind != BLOCK_PARAGRAPH);
	}
}

/*
 * The end of the window that starts at sentence s0: the whole rest of the
 * article when it fits, else ACTORS_WINDOW sentences, cut back to the
 * start of the paragraph it would split if that keeps at least half.
 */
static uint32_t
window_end(const struct article *a, uint32_t s0)
{
	uint32_t	s1, first, b;

	if (a->nsents - s0 <= ACTORS_WINDOW)
		return a->nsents;
	s1 = s0 + ACTORS_WINDOW;
	b = a->sents[s1].block;
	if (b < a->nblocks) {
		first = a->blocks[b].first;
		if (first > s0 + ACTORS_WINDOW / 2 && first < s1)
			s1 = first;
	}
	return s1;
}

int
actors_extract_article(struct actor_set *set, const struct dict *d,
    struct article *a, char **cause)
{
	struct ax	x;

	if (a->text == NULL) {
		*cause = xasprintf("'%s' is not loaded", a->file);
		return -1;
	}
	memset(&x, 0, sizeof x);
	x.set = set;
	x.d = d;
	x.a = a;
	x.seen = xcalloc(dict_count(d) + 1, sizeof *x.seen);
	/* One window, the whole article, unless it is giant. */
	for (x.s0 = 0; x.s0 < a->nsents; x.s0 = x.s1) {
		x.s1 = window_end(a, x.s0);
		article_items(&x);
		actor_resolve_first(&x);
		actor_locals_default_sides(&x);
		actor_resolve_mentions(&x);
		ax_release_window(&x);
	}
	free(x.seen);
	buf_release(&x.skey);
	return 0;
}

/* ---- a corpus, through the per-article cache ---------------------------- */

/*
 * Bump when the rules change what an article yields: old caches are then
 * ignored, as after a dictionary change.
 */
#define ACTORS_RULES_VERSION	4
/* And the text of the extractor's sources (rules-source.h): changed ones
   may decide otherwise. */
#define ACTORS_BUILD		PACKAGE_VERSION " " RULES_SOURCE

/* The cache key of an article: its bytes, its date and its structure. */
static uint64_t
article_cache_key(const struct article *a)
{
	uint64_t	v[4];

	v[0] = a->hash;
	v[1] = hash64(a->date, strlen(a->date), HASH_SEED);
	v[2] = (uint64_t)a->nsents << 32 | a->nblocks;
	v[3] = (uint64_t)a->body_start << 32 | (uint32_t)a->size;
	return hash64(v, sizeof v, HASH_SEED);
}

/* Extract article a into src (empty), loading its text if need be. */
static int
extract_one(struct actor_set *src, const struct dict *d, struct article *a,
    const struct notify *n)
{
	char	*why = NULL;
	int	 loaded = a->text != NULL, r;

	if (!loaded && article_load(a, &why) != 0) {
		notify_warn(n, "%s", why);
		free(why);
		return -1;
	}
	if ((r = actors_extract_article(src, d, a, &why)) != 0) {
		notify_warn(n, "%s", why);
		free(why);
	}
	if (!loaded)
		article_unload(a);
	return r;
}

/* One article through the cache: from it, or extracted and stored. */
static void
corpus_article(struct actor_set *set, const struct dict *d,
    struct article *a, struct actor_cache *cache, const struct notify *n)
{
	struct actor_set	 src;
	struct buf		 b;
	const void		*data;
	size_t			 len;
	uint64_t		 key = article_cache_key(a);

	actor_set_init(&src);
	if ((data = actor_cache_get(cache, key, &len)) != NULL) {
		if (actor_codec_decode(&src, d, a, data, len) == 0) {
			actor_set_merge(set, &src, a);
			set->cached++;
			actor_set_release(&src);
			return;
		}
		actor_cache_drop(cache, key);
		actor_set_release(&src);
		actor_set_init(&src);
	}
	if (extract_one(&src, d, a, n) == 0) {
		buf_init(&b);
		actor_codec_encode(&src, &b);
		actor_cache_put(cache, key, b.data, b.len);
		buf_release(&b);
		actor_set_merge(set, &src, a);
		set->extracted++;
	}
	actor_set_release(&src);
}

/* The version of the cache: of the dictionary, the rules and the build. */
static uint64_t
cache_version(const struct dict *d)
{
	uint64_t	ver;

	ver = dict_version(d);
	ver = hash64(&ver, sizeof ver, ACTORS_RULES_VERSION);
	return hash64(ACTORS_BUILD, strlen(ACTORS_BUILD), ver);
}

int
actors_extract_corpus(struct actor_set *set, const struct dict *d,
    struct corpus *c, const struct notify *n, char **cause)
{
	struct actor_cache	*cache;
	char			*path, *why = NULL;
	size_t			 i;
	int			 r = 0;

	path = corpus_cache_path(c, "actors");
	cache = actor_cache_open(path, cache_version(d));
	free(path);
	set->cache_rejected = actor_cache_damaged(cache);
	for (i = 0; i < c->n; i++) {
		if (notify_cancelled(n)) {
			*cause = xstrdup("cancelled");
			r = -1;
			break;
		}
		corpus_article(set, d, c->articles[i], cache, n);
		notify_progress(n, "actors", i + 1, c->n);
	}
	if (r == 0 && actor_cache_save(cache, &why) != 0) {
		notify_warn(n, "%s", why);
		free(why);
	}
	actor_cache_free(cache);
	return r;
}
