/*
 * pos-modal: negation and modality.
 *
 * What stands between a cue and its subject (auxiliaries, adverbs,
 * negations, hedges, "would") is gathered in a struct pos_scan; a
 * sentence's markers, a question mark and "in 2014" before the article's
 * own time give its modality; a condition ("if", "on condition that")
 * before a cue makes it conditional, unless it opens the sentence and the
 * cue is past it, or it is a condition a party sets ("only if"), whose
 * content is that party's demand.  The stance of a chain of cues is the
 * product of their signs and the trigger's polarity, with negation as
 * positions.h describes.
 */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/pos-dict.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-modal.h"
#include "analysis/pos-tok.h"
#include "analysis/positions.h"
#include "text/article.h"

/* 1 when token t is an auxiliary or a negation ("be", "able",
   "unable"). */
static int
pos_aux_or_not(const struct pos_ctx *ctx, long t)
{
	int	i = ctx->toks[t].item;

	if (ctx->toks[t].wflags & POS_W_AUX)
		return 1;
	return i != -1 && ctx->items[i].type == POS_P_MARKER &&
	    ctx->items[i].cls == POS_M_NEGATION;
}

/* Walk left from t over auxiliaries, adverbs, negations and hedges. */
long
pos_modal_skip_aux(struct pos_ctx *ctx, const struct pos_sent *s, long t,
    struct pos_scan *sc)
{
	const struct pos_tok	*tk;
	const struct pos_item	*it;

	while (t >= (long)s->t0) {
		tk = &ctx->toks[t];
		if (tk->kind == POS_T_QOPEN || tk->kind == POS_T_QCLOSE ||
		    tk->kind == POS_T_QUOTE) {
			t--;
			continue;
		}
		if (tk->item != -1) {
			it = &ctx->items[tk->item];
			if (it->type != POS_P_MARKER)
				break;
			if (it->cls == POS_M_NEGATION)
				sc->neg = 1;
			else if (it->cls == POS_M_HEDGE)
				sc->hedge = 1;
			else if (it->cls == POS_M_HYPOTHETICAL)
				sc->hyp = 1;
			else if (it->cls == POS_M_CONDITIONAL &&
			    pos_tis(ctx, it->t0, "would"))
				sc->would = 1;
			else if (it->cls != POS_M_NOTNEG &&
			    it->cls != POS_M_PAIRED)
				break;
			t = it->t0 - 1;
			continue;
		}
		if (tk->kind != POS_T_WORD || tk->mention != -1)
			break;
		/* "will not be able to fulfil", "is unable to": "to" after
		   two auxiliaries or negations, not "could to help" */
		if (pos_tis(ctx, t, "to") && t > (long)s->t0 + 1 &&
		    pos_aux_or_not(ctx, t - 1) && pos_aux_or_not(ctx, t - 2)) {
			t--;
			continue;
		}
		/* "deliberately and unilaterally withdrew" */
		if (pos_tok_conj(ctx, t) && t > (long)s->t0 &&
		    pos_tok_adverb(ctx, &ctx->toks[t - 1]) &&
		    pos_tok_adverb(ctx, &ctx->toks[t + 1])) {
			t--;
			continue;
		}
		if (!(tk->wflags & POS_W_AUX) && !pos_tok_adverb(ctx, tk))
			break;
		t--;
	}
	return t;
}

/* Sentence-wide modality: conditional/hypothetical/historical markers
   and "in YEAR" before the article's own time. */
enum pos_modality
pos_modal_sentence(struct pos_ctx *ctx, const struct pos_sent *s)
{
	const struct pos_item	*it;
	const struct pos_tok	*tk;
	enum pos_modality	 m = POS_STATED;
	size_t			 i, t;
	int			 y;

	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_MARKER)
			continue;
		if (it->cls == POS_M_HISTORICAL)
			return POS_HISTORICAL;
		if (it->cls == POS_M_HYPOTHETICAL)
			m = POS_HYPOTHETICAL;
		if (it->cls == POS_M_CONDITIONAL &&
		    !pos_tis(ctx, it->t0, "would") && ctx->cond_tok == -1)
			ctx->cond_tok = it->t0;
	}
	/* a question asks, it claims nothing ("Where are the guarantors
	   who signed it?"), quoted or not */
	for (t = s->t1; t > s->t0 && (ctx->toks[t - 1].kind == POS_T_QCLOSE ||
	    ctx->toks[t - 1].kind == POS_T_QUOTE); t--)
		;
	if (t > s->t0 && ctx->toks[t - 1].kind == POS_T_STOP &&
	    ctx->a->text[ctx->toks[t - 1].start] == '?')
		return POS_HYPOTHETICAL;
	/* "'... without ending the war?' he said": a quoted question with
	   its speech verb after it */
	for (t = s->t0; t + 1 < s->t1; t++) {
		if (ctx->toks[t].kind == POS_T_STOP &&
		    ctx->a->text[ctx->toks[t].start] == '?' &&
		    (ctx->toks[t + 1].kind == POS_T_QCLOSE ||
		    ctx->toks[t + 1].kind == POS_T_QUOTE))
			return POS_HYPOTHETICAL;
	}
	for (t = s->t0 + 1; t < s->t1; t++) {
		tk = &ctx->toks[t];
		if (tk->kind != POS_T_WORD || tk->len != 4 ||
		    !isdigit((unsigned char)pos_tw(ctx, tk)[0]))
			continue;
		y = atoi(pos_tw(ctx, tk));
		if (y < 1900 || y > 2100 || ctx->now_year == 0 ||
		    y >= ctx->now_year - 1)
			continue;
		if (pos_tis(ctx, t - 1, "in") || (t >= s->t0 + 2 &&
		    ctx->toks[t - 1].cap && pos_tis(ctx, t - 2, "in")))
			return POS_HISTORICAL;
	}
	return m;
}

/*
 * 1 when the sentence's condition is one a party sets: "only if",
 * "on condition that", "provided that".  What it asks for is a demand.
 */
int
pos_modal_demand(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	long	c = ctx->cond_tok;

	if (c == -1)
		return 0;
	if (pos_tis(ctx, c, "if"))
		return c > (long)s->t0 && pos_tis(ctx, c - 1, "only");
	return pos_tis(ctx, c, "on") || pos_tis(ctx, c, "provided");
}

/*
 * "Russia would order a ceasefire only if Ukraine ... dropped its plan to
 * join NATO": a cue inside such a condition states what the main clause's
 * holder (or the speaker) demands.  Its holders become theirs; 1 when
 * found.
 */
static int
pos_condition_holders(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	const struct pos_item	*o;
	const struct pos_hold	*spk;
	long			 i;
	int			 k;

	if (!pos_modal_demand(ctx, s))
		return 0;
	for (i = (it - ctx->items) - 1; i >= (long)s->i0; i--) {
		o = &ctx->items[i];
		if (o->type != POS_P_CUE || o->t0 >= ctx->cond_tok ||
		    o->nh == 0)
			continue;
		pos_hold_clear(it);
		for (k = 0; k < o->nh; k++)
			pos_hold_add_speaker(it, &o->h[k]);
		it->how = POS_HOW_SHARED;
		return it->nh > 0;
	}
	if ((spk = pos_hold_speaker_at(ctx, s, ctx->cond_tok)) == NULL)
		return 0;
	pos_hold_clear(it);
	pos_hold_add_speakers(ctx, s, it, spk);
	return it->nh > 0;
}

/*
 * 1 when cue it stands in the main clause after a condition that opens
 * the sentence ("If we want peace, we need to talk"): past the comma that
 * closes the "if" clause, the stance is stated.
 */
static int
pos_after_condition(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t, c = ctx->cond_tok;
	int	k;

	/* the condition opens the sentence, a quote or a speaker's turn */
	if (c > (long)s->t0) {
		k = ctx->toks[c - 1].kind;
		if (k != POS_T_COLON && k != POS_T_QOPEN && k != POS_T_QUOTE)
			return 0;
	}
	for (t = c + 1; t < it->t0; t++) {
		if (ctx->toks[t].kind == POS_T_COMMA)
			return 1;
	}
	return 0;
}

/*
 * The negation and modality of one non-speech cue: the sentence's
 * modality smod, else a condition before it, else what lay between it
 * and its subject (sc).
 */
/* 1 when the object before cue it (a passive's subject) opens on a
   negating determiner (class det and negation): "no ultimatums can be
   accepted", "жодні ультиматуми не приймуться"; "поки немає миру –
   потрібні санкції" has none (the "no" is a verb there). */
static int
pos_object_denied(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_item	*o;
	int			 i;

	if (it->obj == -1)
		return 0;
	o = &ctx->items[it->obj];
	if (o->t1 > it->t0 || o->t0 <= (int)s->t0 ||
	    (i = ctx->toks[o->t0 - 1].item) == -1 ||
	    !pos_tok_has(ctx, o->t0 - 1, POS_W_DET))
		return 0;
	return ctx->items[i].type == POS_P_MARKER &&
	    ctx->items[i].cls == POS_M_NEGATION;
}

void
pos_modal_cue(struct pos_ctx *ctx, struct pos_sent *s,
    struct pos_item *it, enum pos_modality smod, const struct pos_scan *sc)
{
	it->negated = sc->neg || pos_object_denied(ctx, s, it);
	if (smod != POS_STATED)
		it->modality = smod;
	else if (ctx->cond_tok != -1 && ctx->cond_tok < it->t0 &&
	    !pos_after_condition(ctx, s, it))
		it->modality = pos_condition_holders(ctx, s, it) ?
		    POS_STATED : POS_CONDITIONAL;
	else if (sc->hyp || sc->hedge)
		it->modality = POS_HYPOTHETICAL;
	else if (sc->would && !sc->neg &&
	    pos_hold_speaker_at(ctx, s, it->t0) == NULL)
		it->modality = POS_CONDITIONAL;
	else
		it->modality = POS_STATED;
}

#define POS_PAST_GAP	3	/* words from a past auxiliary to its
				   verb */

/*
 * 1 when act cue it is a past act not done: "Ізраїль не запровадив
 * санкції" states a fact, as "did not reject" does, and holds nothing;
 * "не буде постачати" is a refusal.  (English has no class "past" in its
 * markers: "did" is too short for an ending, and "did not impose" stays
 * a refusal there.)  So is an act or an agreement a noun names, denied:
 * "there is no deal on a truce", "не знает ни о каких договорённостях".
 */
static int
pos_act_not_done(const struct pos_ctx *ctx, const struct pos_item *it)
{
	long	t;
	int	n;

	if (it->form == POS_F_NOUN && (it->cls == POS_C_ACT ||
	    it->cls == POS_C_AGREE))
		return 1;
	if (it->cls != POS_C_ACT || it->form != POS_F_VERB)
		return 0;
	if (pos_tok_past(ctx, it->t0))
		return 1;
	for (t = it->t0 - 1, n = 0; t >= 0 && n < POS_PAST_GAP; t--, n++) {
		if (ctx->toks[t].kind != POS_T_WORD)
			break;
		if (pos_tok_past(ctx, t))
			return 1;
	}
	return 0;
}

/*
 * 1 when the negation of cue it is its object's too: "they should not
 * have imposed sanctions" has one "not", which the verb after it took
 * as well (the must cue takes the negation that follows it).
 */
static int
pos_negation_shared(const struct pos_item *it, const struct pos_item *o)
{
	return it->cls == POS_C_MUST && o->type == POS_P_CUE && o->negated &&
	    o->t0 > it->t1 && o->t0 <= it->t1 + 3;
}

/*
 * The stance of a cue's chain: +1, -1 or POS_NONE.  *weak is set when a
 * "rule out" sits in the chain; *neg when a negation does.
 */
int
pos_modal_eval(const struct pos_ctx *ctx, const struct pos_item *it, int *weak,
    int *neg, int depth)
{
	const struct pos_item	*o;
	int			 inner, sign, v;

	if (depth > 8)
		return POS_NONE;
	if (it->obj == -1) {
		/* "rejected the US proposal": a proposal is a plan. */
		if (((it->inner && it->form == POS_F_NOUN &&
		    it->cls == POS_C_PROPOSE) || it->planobj) &&
		    ctx->plan_issue != -1)
			return 1;
		return POS_NONE;
	}
	o = &ctx->items[it->obj];
	if (o->type == POS_P_TRIGGER)
		inner = o->pol;
	else if ((inner = pos_modal_eval(ctx, o, weak, neg, depth + 1)) ==
	    POS_NONE)
		return POS_NONE;
	sign = pos_cue_sign(it->cls);
	if (it->cls == POS_C_RULEOUT)
		*weak = 1;
	v = sign * inner;
	if (it->negated && !pos_negation_shared(it, o)) {
		*neg = 1;
		if (sign < 0 || pos_act_not_done(ctx, it))
			return POS_NONE;
		v = -v;
	}
	if (*weak && v > 0)
		return POS_NONE;
	return v;
}

#define POS_LIST_ITEM	3	/* words after a trigger in a list item */

/* 1 when trigger tr is an item of a list, between commas: ", sanctions
   pressure," (a few words may follow it, no actor). */
static int
pos_list_item(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t;

	if (tr->t0 <= (int)s->t0 || ctx->toks[tr->t0 - 1].kind != POS_T_COMMA)
		return 0;
	for (t = tr->t1; t < (long)s->t1 && t <= tr->t1 + POS_LIST_ITEM;
	    t++) {
		if (ctx->toks[t].kind == POS_T_COMMA)
			return 1;
		if (ctx->toks[t].kind != POS_T_WORD ||
		    ctx->toks[t].mention != -1)
			return 0;
	}
	return 0;
}

/*
 * The token that opens the concessive phrase item tr stands in, or -1:
 * "despite the truce agreed in May, the shelling went on", "заявила, что
 * санкции нужны, несмотря на объявленное перемирие".  The phrase runs to
 * the next comma, or over a list ("despite the hardships, the sanctions
 * pressure, it grows"); one that ends on its marker ("несмотря на то,
 * что ...") runs to the comma after the clause it opens.
 */
long
pos_modal_concession(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	const struct pos_item	*o;
	long			 t;
	int			 i, commas = 0;

	for (t = tr->t0 - 1; t >= (long)s->t0; t--) {
		if (ctx->toks[t].kind == POS_T_COMMA && ++commas > 1)
			return -1;
		if ((i = ctx->toks[t].item) == -1)
			continue;
		o = &ctx->items[i];
		if (o->type != POS_P_MARKER || o->cls != POS_M_CONCESSION)
			continue;
		return commas == 0 || (o->t1 < (int)s->t1 &&
		    ctx->toks[o->t1].kind == POS_T_COMMA) ||
		    pos_list_item(ctx, s, tr) ? o->t0 : -1;
	}
	return -1;
}
