/*
 * pos-match: the second step of extraction, the phrases of the data files
 * (pos-dict.h) found in a sentence's tokens as items (struct pos_item,
 * pos-internal.h).
 *
 * At each token the phrases indexed by its folded form, by each of its
 * prefixes ("stem*") and, on a mention, by "@" are tried; the longest
 * match wins (a trigger before a cue before a marker when as long), its
 * tokens are covered and matching goes on after it.  A trigger or cue
 * inside an actor's name is no item.  Then "the deal", "this plan"
 * (anaphor markers) become triggers of the issue the text named most
 * often and most lately, weights that fade sentence by sentence.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "analysis/pos-dict.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-match.h"
#include "analysis/pos-tok.h"
#include "analysis/positions.h"
#include "base/xmalloc.h"
#include "text/article.h"

static int
pos_alt_match(const struct pos_pword *w, const char *tw, size_t len)
{
	size_t	k, l;

	for (k = 0; k < w->nalts; k++) {
		l = strlen(w->alts[k]);
		if (l > 0 && w->alts[k][l - 1] == '*') {
			if (len >= l - 1 && memcmp(w->alts[k], tw, l - 1) == 0)
				return 1;
		} else if (l == len && memcmp(w->alts[k], tw, len) == 0)
			return 1;
	}
	return 0;
}

static long	pos_match_next(const struct pos_ctx *,
		    const struct pos_phrase *, size_t, size_t, size_t);

/* Match words [wi, nw) of ph at token t (< lim); the end token or -1. */
static long
pos_match_from(const struct pos_ctx *ctx, const struct pos_phrase *ph,
    size_t wi, size_t t, size_t lim)
{
	const struct pos_pword	*w;
	const struct pos_tok	*tk;
	long			 r;
	size_t			 g;
	int			 mi;

	if (wi == ph->nw)
		return (long)t;
	w = &ph->w[wi];
	if (w->kind == POS_WK_GAP) {
		for (g = 0; g <= POS_GAP_MAX && t + g < lim; g++) {
			if (g > 0 && ctx->toks[t + g - 1].kind != POS_T_WORD)
				break;
			r = pos_match_from(ctx, ph, wi + 1, t + g, lim);
			if (r != -1)
				return r;
		}
		return -1;
	}
	if (t >= lim)
		return -1;
	tk = &ctx->toks[t];
	if (w->kind == POS_WK_MENTION) {
		mi = tk->mention;
		/* "@ plan" is someone's plan: a place has none ("the
		   Crimea Platform initiative") */
		if (mi == -1 || (t > 0 && ctx->toks[t - 1].mention == mi) ||
		    ctx->m[mi].kind == ACTOR_PLACE)
			return -1;
		while (t < lim && ctx->toks[t].mention == mi)
			t++;
		/* "the US's plan": the possessive belongs to the slot. */
		if (t < lim && pos_tis(ctx, t, "'s"))
			t++;
		return pos_match_from(ctx, ph, wi + 1, t, lim);
	}
	if (tk->kind != POS_T_WORD ||
	    !pos_alt_match(w, pos_tw(ctx, tk), tk->len))
		return -1;
	return pos_match_next(ctx, ph, wi + 1, t + 1, lim);
}

/*
 * Match words [wi, nw) of ph at token t, the word before having matched
 * just before t.  "by diplomatic and peaceful means" is "diplomatic
 * means": a trigger's word may be coordinated with another ("and" or
 * "or" and a lower-case word) before the next.
 */
static long
pos_match_next(const struct pos_ctx *ctx, const struct pos_phrase *ph,
    size_t wi, size_t t, size_t lim)
{
	long	r = pos_match_from(ctx, ph, wi, t, lim);

	if (r == -1 && ph->type == POS_P_TRIGGER && wi > 0 && wi < ph->nw &&
	    ph->w[wi].kind == POS_WK_WORD && t + 2 < lim &&
	    pos_tok_conj(ctx, t) &&
	    ctx->toks[t + 1].kind == POS_T_WORD &&
	    ctx->toks[t + 1].mention == -1 && !ctx->toks[t + 1].cap)
		r = pos_match_from(ctx, ph, wi, t + 2, lim);
	return r;
}

/* 1 when token t follows "the", "a" or "an" in its sentence. */
static int
pos_after_article(const struct pos_ctx *ctx, size_t t)
{
	return t > ctx->sent_t0 && (pos_tis(ctx, t - 1, "the") ||
	    pos_tis(ctx, t - 1, "a") || pos_tis(ctx, t - 1, "an"));
}

/* Try the phrases of one chain at t; keep the longest in *best. */
static void
pos_try_chain(const struct pos_ctx *ctx, int link, size_t t, size_t lim,
    size_t skip, long *bestend, int *best)
{
	const struct pos_phrase	*ph;
	long			 e;

	for (; link != -1; link = ctx->d->links[link].next) {
		ph = &ctx->d->ph[ctx->d->links[link].phrase];
		/* a Russian word is not the Ukrainian one it is spelt as
		   ("мир" is peace in Ukrainian, also the world in Russian) */
		if (ph->lang[0] != '\0' && ctx->sent_lang != NULL &&
		    ctx->sent_lang[0] != '\0' &&
		    strcmp(ph->lang, ctx->sent_lang) != 0)
			continue;
		/* "in the end", "a halt": after an article it is a noun */
		if (ph->type == POS_P_CUE && ph->form == POS_F_VERB &&
		    pos_after_article(ctx, t))
			continue;
		e = pos_match_next(ctx, ph, skip, t + skip, lim);
		if (e > *bestend || (e == *bestend && *best != -1 &&
		    ph->type < ctx->d->ph[*best].type)) {
			*bestend = e;
			*best = ctx->d->links[link].phrase;
		}
	}
}

/*
 * 1 when trigger [t0, ...) stands after a word against it (class contra):
 * "working against Russia's occupation", "protests against the new
 * sanctions", "проти нових санкцій"; 2 + that word's token after a word
 * of its loss (class loss: "lose the format", "втратити підтримку").  Determiners,
 * an actor with its "'s" and one other word (an adjective) may stand
 * between; anything more is what "against" governs ("застосувала проти
 * неї безпрецедентні санкції", "against everything that keeps the
 * peace").
 */
static int
pos_after_contra(const struct pos_ctx *ctx, size_t t0)
{
	long	t;
	int	other = 0;

	for (t = (long)t0 - 1; t >= (long)ctx->sent_t0 &&
	    ctx->toks[t].kind == POS_T_WORD; t--) {
		/* "are against": a cue that holds the word says it;
		   "firms against which sanctions apply": the relative's */
		if (ctx->toks[t].item != -1 || pos_tok_relative(ctx, t))
			return 0;
		if (pos_tok_has(ctx, t, POS_W_CONTRA))
			return 1;
		if (pos_tok_has(ctx, t, POS_W_LOSS))
			return 2 + (int)t;
		if (pos_tis(ctx, t, "'s") && t > (long)ctx->sent_t0 &&
		    ctx->toks[t - 1].mention != -1) {
			for (t--; t > (long)ctx->sent_t0 && ctx->toks[t -
			    1].mention == ctx->toks[t].mention; t--)
				;
			continue;
		}
		if (pos_tok_has(ctx, t, POS_W_DET))
			continue;
		if (ctx->toks[t].mention != -1 || pos_tok_preposition(ctx, t) ||
		    pos_tok_has(ctx, t, POS_W_SELF | POS_W_THIRD |
		    POS_W_PLURAL | POS_W_SECOND) || other++ > 0)
			return 0;
	}
	return 0;
}

/*
 * The negation item right before the loss word at token t, one bare word
 * ("to") between at most: "not to lose", "не втратити"; else -1.
 */
static int
pos_loss_denied(const struct pos_ctx *ctx, long t)
{
	long	u;
	int	i;

	for (u = t - 1; u >= (long)ctx->sent_t0 && u >= t - 2; u--) {
		if (ctx->toks[u].kind != POS_T_WORD)
			return -1;
		if ((i = ctx->toks[u].item) != -1)
			return ctx->items[i].type == POS_P_MARKER &&
			    ctx->items[i].cls == POS_M_NEGATION ? i : -1;
		if (ctx->toks[u].mention != -1)
			return -1;
	}
	return -1;
}

/*
 * A trigger after "against" turns; after a loss word it turns too and is
 * marked lost ("we may lose the format" holds nothing), unless the loss
 * is denied: "not to lose the format" keeps it, a plain "for", and the
 * negation, spent on the loss, negates nothing else.
 */
static void
pos_trigger_turn(struct pos_ctx *ctx, struct pos_item *it, size_t t0)
{
	int	at = pos_after_contra(ctx, t0), neg;

	if (at == 0)
		return;
	if (at >= 2 && (neg = pos_loss_denied(ctx, at - 2)) != -1) {
		ctx->items[neg].cls = POS_M_NOTNEG;
		return;
	}
	it->pol = -it->pol;
	it->lost = at >= 2;
}

static void
pos_add_item(struct pos_ctx *ctx, int ph, size_t t0, size_t t1)
{
	const struct pos_phrase	*p = &ctx->d->ph[ph];
	struct pos_item		*it;
	size_t			 t;

	ctx->items = xgrow(ctx->items, &ctx->ialloc, ctx->nitems + 1,
	    sizeof *ctx->items);
	it = &ctx->items[ctx->nitems];
	memset(it, 0, sizeof *it);
	it->ph = ph;
	it->type = p->type;
	it->cls = p->cls;
	it->pol = p->pol;
	if (p->type == POS_P_TRIGGER)
		pos_trigger_turn(ctx, it, t0);
	it->form = p->form;
	it->t0 = (int)t0;
	it->t1 = (int)t1;
	it->obj = -1;
	for (t = t0; t < t1; t++)
		ctx->toks[t].item = (int)ctx->nitems;
	ctx->nitems++;
}

/* 1 when a trigger or cue lies inside an actor's name: "the Agency for
   Strategic Initiatives" names a body, not an initiative. */
static int
pos_in_name(const struct pos_ctx *ctx, int ph, size_t t, size_t end)
{
	return ctx->d->ph[ph].type != POS_P_MARKER &&
	    ctx->toks[t].mention != -1 &&
	    ctx->toks[t].mention == ctx->toks[end - 1].mention;
}

/*
 * Phrases whose first word is a prefix ("переговор*" for every case of
 * the word): each prefix of the token from the shortest in the data on,
 * at character boundaries and the whole word included, looked up as
 * "prefix*".
 */
static void
pos_match_prefixes(const struct pos_ctx *ctx, const struct pos_tok *tk,
    size_t t, size_t t1, long *end, int *best)
{
	const struct pos_hslot	*sl;
	size_t			 k = 0;

	while ((sl = pos_dict_prefix(ctx->d, pos_tw(ctx, tk), tk->len, &k))
	    != NULL)
		pos_try_chain(ctx, sl->head, t, t1, 1, end, best);
}

/* The longest phrase at token t within [t, t1) into *best, its end into
   *end (-1 and -1 when none). */
static void
pos_match_at(const struct pos_ctx *ctx, size_t t, size_t t1, long *end,
    int *best)
{
	const struct pos_tok	*tk = &ctx->toks[t];
	const struct pos_hslot	*sl;

	*end = -1;
	*best = -1;
	if (tk->kind == POS_T_WORD) {
		sl = pos_dict_word(ctx->d, pos_tw(ctx, tk), tk->len);
		if (sl != NULL)
			pos_try_chain(ctx, sl->head, t, t1, 1, end, best);
		pos_match_prefixes(ctx, tk, t, t1, end, best);
	}
	if (tk->mention != -1)
		pos_try_chain(ctx, ctx->d->mention_head, t, t1, 0, end, best);
}

/*
 * "military and humanitarian aid" matched as "military aid" over the
 * coordinated word holds a second trigger, "humanitarian aid", of
 * another issue, ending where it ends: the conjunction's token, or -1.
 * The two are then items of their own, joined by the conjunction.
 */
static long
pos_match_split(const struct pos_ctx *ctx, int ph, size_t t, size_t end,
    int *other)
{
	long	e;
	size_t	c;

	if (ctx->d->ph[ph].type != POS_P_TRIGGER)
		return -1;
	for (c = t + 1; c + 2 < end; c++) {
		if (!pos_tok_conj(ctx, (long)c))
			continue;
		pos_match_at(ctx, c + 1, end, &e, other);
		if (*other != -1 && e == (long)end &&
		    ctx->d->ph[*other].type == POS_P_TRIGGER &&
		    ctx->d->ph[*other].pol != 0 &&
		    ctx->d->ph[*other].cls != ctx->d->ph[ph].cls)
			return (long)c;
	}
	return -1;
}

/* Find the items of tokens [t0, t1), longest match first, left to right. */
void
pos_match_items(struct pos_ctx *ctx, size_t t0, size_t t1)
{
	size_t	t = t0;
	long	end, c;
	int	best, other;

	while (t < t1) {
		pos_match_at(ctx, t, t1, &end, &best);
		if (best != -1 && end > (long)t && !pos_in_name(ctx, best, t,
		    (size_t)end)) {
			/* a phrase that only looks like the issue (polarity
			   0) takes its words, and names nothing */
			if (ctx->d->ph[best].type == POS_P_TRIGGER &&
			    ctx->d->ph[best].pol == 0)
				;
			else if ((c = pos_match_split(ctx, best, t,
			    (size_t)end, &other)) != -1) {
				pos_add_item(ctx, best, t, (size_t)c);
				pos_add_item(ctx, other, (size_t)c + 1,
				    (size_t)end);
			} else
				pos_add_item(ctx, best, t, (size_t)end);
			t = (size_t)end;
		} else
			t++;
	}
}

/* 1 when trigger it names a text: "the Minsk package", "grain deal". */
static int
pos_names_text(const struct pos_ctx *ctx, const struct pos_item *it)
{
	static const char *const text[] = {
		"agreement", "agreements", "accord", "accords", "deal",
		"deals", "package", "protocol", "memorandum", "treaty",
		"initiative", "framework", "formula", "plan", "arrangement",
		NULL
	};
	int	t, i;

	for (t = it->t0; t < it->t1; t++) {
		for (i = 0; text[i] != NULL; i++) {
			if (pos_tis(ctx, t, text[i]))
				return 1;
		}
	}
	return 0;
}

/* The issue whose texts were named most often and most lately, or -1:
   "the deal" is a text before it is a topic. */
static int
pos_salient_text(const struct pos_ctx *ctx)
{
	size_t	i, n = pos_dict_nissues(ctx->d);
	int	best = -1;

	for (i = 0; i < n; i++) {
		if (ctx->doc_w[i] >= 0.3f && (best == -1 ||
		    ctx->doc_w[i] > ctx->doc_w[best]))
			best = (int)i;
	}
	return best;
}

/* The issue "the deal" most likely names: the one named most often and
   most lately (talks, the usual setting, only when nothing else), or -1. */
static int
pos_salient_issue(const struct pos_ctx *ctx)
{
	size_t	i, n = pos_dict_nissues(ctx->d);
	int	best = -1;

	if ((best = pos_salient_text(ctx)) != -1)
		return best;

	for (i = 0; i < n; i++) {
		if ((int)i == ctx->talks_issue || ctx->issue_w[i] < 0.3f)
			continue;
		if (best == -1 || ctx->issue_w[i] > ctx->issue_w[best])
			best = (int)i;
	}
	if (best == -1 && ctx->talks_issue != -1 &&
	    ctx->issue_w[ctx->talks_issue] >= 0.3f)
		best = ctx->talks_issue;
	return best;
}

/*
 * "the deal", "this proposal": a trigger for the salient issue (above),
 * else a plan for "the plan", "the offer".  Then count this sentence's
 * triggers, with older ones fading.
 */
void
pos_match_anaphors(struct pos_ctx *ctx, const struct pos_sent *s)
{
	struct pos_item	*it;
	const char	*w;
	size_t		 i, n = pos_dict_nissues(ctx->d);
	int		 issue = pos_salient_issue(ctx), plan;

	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_MARKER || it->cls != POS_M_ANAPHOR)
			continue;
		/* "the idea of recognising Crimea": the rest names it */
		if (it->t1 < (int)s->t1 && (pos_tis(ctx, it->t1, "of") ||
		    pos_tis(ctx, it->t1, "to") || pos_tis(ctx, it->t1, "for") ||
		    pos_tis(ctx, it->t1, "on") || pos_tis(ctx, it->t1, "that") ||
		    pos_tis(ctx, it->t1, "between") ||
		    pos_tis(ctx, it->t1, "with")))
			continue;
		w = pos_tw(ctx, &ctx->toks[it->t1 - 1]);
		it->type = POS_P_TRIGGER;
		it->pol = 1;
		plan = strncmp(w, "plan", 4) == 0 || strncmp(w, "propos", 6) ==
		    0 || strncmp(w, "offer", 5) == 0 || strcmp(w, "idea") == 0 ||
		    strcmp(w, "terms") == 0 || strcmp(w, "initiative") == 0;
		/* "the plan" names an earlier issue only when it is fresh */
		if (issue != -1 && (!plan || ctx->issue_w[issue] >= 1.0f))
			it->cls = issue;
		else if (ctx->plan_issue != -1 && plan)
			it->cls = ctx->plan_issue;
		else
			it->type = POS_P_MARKER;
	}
	for (i = 0; i < n; i++) {
		ctx->issue_w[i] *= 0.85f;
		ctx->doc_w[i] *= 0.85f;
	}
	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_TRIGGER || it->pol <= 0 ||
		    it->cls < 0 || (size_t)it->cls >= n ||
		    ctx->toks[it->t0].kind != POS_T_WORD || it->ph < 0)
			continue;
		if (ctx->d->ph[it->ph].type == POS_P_TRIGGER)
			ctx->issue_w[it->cls] += 1.0f;
		/* "the deal" again keeps the text it named in mind */
		if (pos_names_text(ctx, it))
			ctx->doc_w[it->cls] += 1.0f;
	}
}
