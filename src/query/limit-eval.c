/*
 * The limit language's evaluator: each node becomes a byte per corpus
 * article (1: in), combined bottom up.  Metadata patterns read the
 * articles' fields; ~a reads an actor's article list; ~i and ~p the
 * stated positions; words run the search (through the index when the
 * context has one) for the first match of each article.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "base/date.h"
#include "base/xmalloc.h"
#include "query/limit-int.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"

struct limit_run {
	const struct limit	*l;
	const struct limit_ctx	*ctx;
	size_t			 n;	/* articles */
	char			*cause;
};

static int
limit_err(struct limit_run *r, const struct limit_node *nd, const char *what,
    const char *arg)
{
	if (r->cause == NULL)
		r->cause = xasprintf("%s '%s' at column %d", what, arg,
		    limit_column(r->l->text, nd->argoff));
	return -1;
}

/* Does the compiled expression match s? */
static int
limit_match(void *re, const char *s)
{
	pcre2_match_data	*md;
	int			 rc;

	md = pcre2_match_data_create_from_pattern(re, NULL);
	rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

/* ~d, ~s, ~l, ~N, ~F: from each article's own fields. */
static int
limit_field(struct limit_run *r, const struct limit_node *nd,
    const struct article *a)
{
	int32_t	d;

	switch (nd->kind) {
	case LIMIT_DATE:
		d = date_value(a->date);
		return d != 0 && d >= nd->from && d <= nd->to;
	case LIMIT_SOURCE:
		return limit_match(nd->re, a->source);
	case LIMIT_LANG:
		return strcasecmp(a->language, nd->arg) == 0;
	case LIMIT_UNREAD:
		return !r->ctx->marked(r->ctx->arg, a, LIMIT_MARK_READ);
	case LIMIT_STARRED:
		return r->ctx->marked(r->ctx->arg, a, LIMIT_MARK_STAR);
	default:
		return 0;
	}
}

static int
limit_fields(struct limit_run *r, const struct limit_node *nd,
    uint8_t *out)
{
	size_t	i;

	if ((nd->kind == LIMIT_UNREAD || nd->kind == LIMIT_STARRED) &&
	    r->ctx->marked == NULL)
		return limit_err(r, nd, "no marks for", nd->kind ==
		    LIMIT_UNREAD ? "~N" : "~F");
	for (i = 0; i < r->n; i++)
		out[i] = (uint8_t)limit_field(r, nd, r->ctx->corpus->articles[i]);
	return 0;
}

static int
limit_actor(struct limit_run *r, const struct limit_node *nd, uint8_t *out)
{
	const struct actor	*ac;
	size_t			 i;
	int			 id;

	if (r->ctx->actors == NULL)
		return limit_err(r, nd, "the actors are not known for", "~a");
	if ((id = actor_set_find(r->ctx->actors, nd->arg)) < 0)
		return limit_err(r, nd, "no actor", nd->arg);
	ac = &r->ctx->actors->actors[id];
	for (i = 0; i < ac->narticles; i++) {
		if (ac->articles[i] < r->n)
			out[ac->articles[i]] = 1;
	}
	return 0;
}

/* ~i and ~p: articles holding a stated position of that issue or side. */
static int
limit_position(struct limit_run *r, const struct limit_node *nd,
    uint8_t *out)
{
	const struct position	*p;
	enum side		 side = SIDE_NONE;
	size_t			 i;
	int			 issue = -1;

	if (r->ctx->positions == NULL || r->ctx->pdict == NULL)
		return limit_err(r, nd, "the positions are not known for",
		    nd->kind == LIMIT_ISSUE ? "~i" : "~p");
	if (nd->kind == LIMIT_ISSUE &&
	    (issue = pos_dict_issue_find(r->ctx->pdict, nd->arg)) < 0)
		return limit_err(r, nd, "no issue", nd->arg);
	if (nd->kind == LIMIT_SIDE && (side_from_name(nd->arg, &side) != 0 ||
	    side == SIDE_NONE))
		return limit_err(r, nd, "no side", nd->arg);
	for (i = 0; i < r->ctx->positions->n; i++) {
		p = &r->ctx->positions->v[i];
		if (p->modality != POS_STATED || p->article >= r->n)
			continue;
		if (nd->kind == LIMIT_ISSUE ? p->issue == issue :
		    p->side == side)
			out[p->article] = 1;
	}
	return 0;
}

static int
limit_found(void *arg, struct article *a, const struct search_match *m)
{
	uint8_t	*out = arg;

	if (m != NULL) {
		out[a->index] = 1;
		return 1;
	}
	return 0;
}

/* A word: the indexed search, first match of each article. */
static int
limit_search(struct limit_run *r, const struct limit_node *nd, uint8_t *out)
{
	const char		*pats[1] = { nd->arg };
	struct search_pattern	*sp;
	char			*cause = NULL;
	int			 rv;

	if ((sp = search_compile(pats, 1, 0, &cause)) == NULL) {
		limit_err(r, nd, cause, nd->arg);
		free(cause);
		return -1;
	}
	rv = search_run(r->ctx->index, r->ctx->corpus, sp,
	    SEARCH_ARTICLE_FIRST | (r->ctx->index == NULL ?
	    SEARCH_NO_INDEX : 0), limit_found, out, r->ctx->notify, &cause);
	search_pattern_free(sp);
	if (rv < 0) {
		if (r->cause == NULL)
			r->cause = cause;
		else
			free(cause);
		return -1;
	}
	return 0;
}

static int
limit_node_eval(struct limit_run *r, const struct limit_node *nd,
    uint8_t *out)
{
	uint8_t	*tmp;
	size_t	 i;
	int	 rv;

	memset(out, 0, r->n);
	switch (nd->kind) {
	case LIMIT_AND:
	case LIMIT_OR:
		if (limit_node_eval(r, nd->a, out) != 0)
			return -1;
		tmp = xmalloc(r->n + 1);
		if ((rv = limit_node_eval(r, nd->b, tmp)) == 0) {
			for (i = 0; i < r->n; i++)
				out[i] = nd->kind == LIMIT_AND ?
				    out[i] & tmp[i] : out[i] | tmp[i];
		}
		free(tmp);
		return rv;
	case LIMIT_NOT:
		if (limit_node_eval(r, nd->a, out) != 0)
			return -1;
		for (i = 0; i < r->n; i++)
			out[i] = !out[i];
		return 0;
	case LIMIT_ACTOR:
		return limit_actor(r, nd, out);
	case LIMIT_ISSUE:
	case LIMIT_SIDE:
		return limit_position(r, nd, out);
	case LIMIT_REGEX:
		return limit_search(r, nd, out);
	default:
		return limit_fields(r, nd, out);
	}
}

long
limit_eval(const struct limit *l, const struct limit_ctx *ctx,
    uint8_t *keep, char **cause)
{
	struct limit_run	r = { l, ctx, ctx->corpus->n, NULL };
	size_t			i;
	long			kept = 0;

	if (l->root == NULL)
		memset(keep, 1, r.n);
	else if (limit_node_eval(&r, l->root, keep) != 0) {
		*cause = r.cause != NULL ? r.cause : xstrdup("limit failed");
		return -1;
	}
	for (i = 0; i < r.n; i++)
		kept += keep[i] != 0;
	return kept;
}
