/*
 * --limit on the command line: the limit language (query/limit.h) read
 * from an option and evaluated over the corpus with what the command
 * already computed; what the expression needs beyond that (actors,
 * positions, the interface's marks, the index) is brought in here, from
 * the same caches and files the interface uses, so that both give the
 * same articles for the same expression.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/positions.h"
#include "base/atomic.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "query/evidence.h"
#include "query/limit.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui/uistate.h"

/* What one evaluation brought in, released afterwards. */
struct cmd_limit_run {
	struct actor_set	 as;
	struct pos_set		 ps;
	struct dict		*ad;
	struct pos_dict		*pd;
	struct ui_state		 st;
	struct search_index	*ix;
	int			 have_as, have_ps, have_st;
};

static void
cmd_limit_warn(void *arg, const char *msg)
{
	(void)arg;
	cmd_error("%s", msg);
}

/* The parsed expression, or NULL after printing "limit: ..." */
static struct limit *
cmd_limit_parse(const char *text)
{
	struct limit	*l;
	char		*cause = NULL;

	if ((l = limit_parse(text, &cause)) == NULL) {
		cmd_error("limit: %s", cause);
		free(cause);
	}
	return l;
}

int
cmd_limit_option(struct limit **l, char **text, int lang, const char *arg)
{
	char	*more, *all;

	/* alone, as typed, so that errors point at its own columns */
	more = lang ? xasprintf("~l %s", arg) : xstrdup(arg);
	if (*text == NULL)
		all = more;
	else {
		all = xasprintf("(%s) (%s)", *text, more);
		free(more);
	}
	free(*text);
	*text = all;
	limit_free(*l);
	*l = cmd_limit_parse(all);
	return *l == NULL ? -1 : 0;
}

/* Load the dictionaries the analysis needs; -1 with *cause. */
static int
cmd_limit_dicts(struct cmd_limit_run *r, int positions, char **cause)
{
	struct notify	 n = { cmd_limit_warn, NULL, NULL, NULL };
	char		*user, *why = NULL;

	user = xdg_dir(XDG_CONFIG, 0, &why);
	free(why);
	if (r->ad == NULL)
		r->ad = dict_load(cmd_data_dir(), user, &n, cause);
	if (r->ad != NULL && positions && r->pd == NULL)
		r->pd = pos_dict_load(cmd_data_dir(), user, &n, cause);
	free(user);
	return r->ad == NULL || (positions && r->pd == NULL) ? -1 : 0;
}

/* Bring in what ctx lacks for l; -1 with *cause. */
static int
cmd_limit_fill(struct cmd_limit_run *r, const struct limit *l,
    struct limit_ctx *ctx, char **cause)
{
	struct notify	 n = { cmd_limit_warn, NULL, NULL, NULL };
	unsigned	 needs = limit_needs(l);
	char		*why = NULL;

	if ((needs & LIMIT_NEEDS_ACTORS) && ctx->actors == NULL) {
		if (cmd_limit_dicts(r, 0, cause) != 0)
			return -1;
		actor_set_init(&r->as);
		r->have_as = 1;
		if (actors_extract_corpus(&r->as, r->ad, ctx->corpus, &n,
		    cause) != 0)
			return -1;
		ctx->actors = &r->as;
	}
	if ((needs & LIMIT_NEEDS_POSITIONS) && (ctx->positions == NULL ||
	    ctx->pdict == NULL)) {
		if (cmd_limit_dicts(r, 1, cause) != 0)
			return -1;
		pos_set_init(&r->ps);
		r->have_ps = 1;
		if (positions_corpus(&r->ps, r->pd, ctx->actors, ctx->corpus,
		    &n, cause) != 0)
			return -1;
		ctx->positions = &r->ps;
		ctx->pdict = r->pd;
	}
	if (needs & LIMIT_NEEDS_MARKS) {
		uistate_init(&r->st);
		r->have_st = 1;
		uistate_load_default(&r->st);
		ctx->marked = uistate_marked;
		ctx->arg = &r->st;
	}
	if (needs & LIMIT_NEEDS_SEARCH) {
		/* Without an index the search scans: the same answer. */
		r->ix = search_index_open(ctx->corpus, 0, &n, &why);
		free(why);
		ctx->index = r->ix;
	}
	return 0;
}

static void
cmd_limit_release(struct cmd_limit_run *r)
{
	if (r->have_ps)
		pos_set_release(&r->ps);
	if (r->have_as)
		actor_set_release(&r->as);
	if (r->have_st)
		uistate_release(&r->st);
	if (r->ix != NULL)
		search_index_close(r->ix);
	if (r->pd != NULL)
		pos_dict_free(r->pd);
	if (r->ad != NULL)
		dict_free(r->ad);
}

uint8_t *
cmd_limit_keep(const struct limit *l, struct corpus *c,
    const struct actor_set *as, const struct pos_set *ps,
    const struct pos_dict *pd)
{
	struct cmd_limit_run	 r;
	struct limit_ctx	 ctx = { c, as, ps, pd, NULL, NULL, NULL, NULL };
	uint8_t			*keep = xmalloc(c->n + 1);
	char			*cause = NULL;

	memset(&r, 0, sizeof r);
	if (cmd_limit_fill(&r, l, &ctx, &cause) != 0 ||
	    limit_eval(l, &ctx, keep, &cause) < 0) {
		cmd_error("limit: %s", cause);
		free(cause);
		free(keep);
		keep = NULL;
	}
	cmd_limit_release(&r);
	return keep;
}

int
cmd_limit_cut(const struct limit *l, struct corpus *c, struct actor_set *as,
    struct pos_set *ps, const struct pos_dict *pd)
{
	uint8_t	*keep;

	if (l == NULL)
		return 0;
	if ((keep = cmd_limit_keep(l, c, as, ps, pd)) == NULL)
		return -1;
	if (ps != NULL)
		limit_positions(ps, keep);
	if (as != NULL)
		limit_actors(as, keep);
	free(keep);
	return 0;
}

/* 1 when p's key is in the rejected set (its article read for it). */
static int
cmd_is_rejected(struct corpus *c, const struct position *p,
    const struct pos_dict *pd, const struct strset *rej, const uint8_t *any)
{
	struct article	*a;
	char		*key, *cause = NULL;
	int		 loaded, rv;

	if (p->article >= c->n || !any[p->article])
		return 0;
	a = c->articles[p->article];
	if (!(loaded = a->text != NULL) && article_load(a, &cause) != 0) {
		free(cause);
		return 0;
	}
	key = evidence_key(a, p, pd);
	rv = key != NULL && strset_has(rej, key);
	free(key);
	if (!loaded)
		article_unload(a);
	return rv;
}

void
cmd_rejected_cut(struct corpus *c, struct pos_set *ps,
    const struct pos_dict *pd, int only)
{
	struct ui_state	 st;
	struct article	*a;
	const char	*id;
	uint8_t		*any;
	size_t		 i, n = 0;

	uistate_init(&st);
	uistate_load_default(&st);
	any = xcalloc(c->n + 1, 1);
	for (i = 0; i < st.reject.nslots; i++) {
		if (st.reject.slots[i] != NULL &&
		    (id = evidence_key_article(st.reject.slots[i])) != NULL &&
		    (a = corpus_find(c, id)) != NULL)
			any[a->index] = 1;
	}
	for (i = 0; i < ps->n; i++) {
		if (cmd_is_rejected(c, &ps->v[i], pd, &st.reject, any) !=
		    only) {
			free(ps->v[i].holder);
			continue;
		}
		ps->v[n++] = ps->v[i];
	}
	ps->n = n;
	free(any);
	uistate_release(&st);
}
