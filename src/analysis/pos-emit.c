/*
 * pos-emit: the last step of extraction, positions appended to the set.
 *
 * Each cue that heads a chain ending in a trigger (pos-object.h) gives
 * one position per holder side, with the chain's stance (pos-modal.h),
 * unless the cue is another's object that a speaker, turn or title holds,
 * is taken back by its own holder ("dropped his objection") or is what
 * another cue asks for.  Triggers joined to it by "and", "or", commas or
 * a colon's list share the position.  A holder of a third side takes a
 * position only where the war is in view; talks and plans need the war's
 * frame nearby; another war's talks are no position; the issue may move
 * with the beneficiary and must not name the wrong target.  Without a
 * cue, a trigger a speaker states ("integrity is not up for discussion")
 * or an act its owner names ("the EU's new sanctions") is a position too.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-emit.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-modal.h"
#include "analysis/pos-object.h"
#include "analysis/pos-tok.h"
#include "analysis/positions.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* 1 when this sentence already gave that position. */
static int
pos_seen(const struct pos_ctx *ctx, const struct pos_sent *s, int issue,
    const struct pos_hold *h, int stance)
{
	const struct position	*p;
	size_t			 k;

	for (k = ctx->set->n; k > 0; k--) {
		p = &ctx->set->v[k - 1];
		if (p->article != ctx->a->index || p->sentence != s->index)
			break;
		if (p->issue == issue && p->side == h->side &&
		    p->stance == stance && strcmp(p->holder, h->name) == 0)
			return 1;
	}
	return 0;
}

/* 1 when cue it is taken back by its own holder: "Erdogan dropped his
   objection to ...", "Kyiv ended its refusal ...". */
static int
pos_dropped(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_item	*o;
	size_t			 i;
	int			 a, b;

	if (!it->inner)
		return 0;
	for (i = s->i0; i < s->i1; i++) {
		o = &ctx->items[i];
		if (o->type != POS_P_CUE || o->obj != (int)(it - ctx->items) ||
		    pos_cue_sign(o->cls) >= 0)
			continue;
		for (a = 0; a < o->nh; a++) {
			for (b = 0; b < it->nh; b++) {
				if (o->h[a].side == it->h[b].side)
					return 1;
			}
		}
	}
	return 0;
}

/*
 * The trigger joined to tr by "and", "or" or a comma, or NULL.  A few
 * words may follow tr first: "de-escalation, talks between the two
 * sides, the release of prisoners".  With infinitives set (tr is a
 * cue's object) a "to" may open the next item: "wants to restore the
 * truce, to return the land".
 */
static const struct pos_item *
pos_coord(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, int infinitives)
{
	long	t = tr->t1, u, e;
	int	joined = 0;

	for (e = t; e < (long)s->t1 && e < tr->t1 + 5 &&
	    ctx->toks[e].kind == POS_T_WORD && ctx->toks[e].item == -1 &&
	    !(ctx->toks[e].wflags & POS_W_BOUNDARY) &&
	    !pos_tok_conj(ctx, e) &&
	    !pos_tis(ctx, e, "that") && !pos_tis(ctx, e, "to"); e++)
		;
	if (e < (long)s->t1 && ctx->toks[e].kind == POS_T_COMMA)
		t = e;
	while (t < (long)s->t1 && (t < tr->t1 + 2 || t == e) &&
	    (ctx->toks[t].kind == POS_T_COMMA || pos_tok_conj(ctx, t))) {
		joined = 1;
		t++;
	}
	if (!joined)
		return NULL;
	if (infinitives && t + 1 < (long)s->t1 && pos_tis(ctx, t, "to") &&
	    ctx->toks[t + 1].item != -1)
		t++;
	for (u = t; u < (long)s->t1 && u < t + 3; u++) {
		/* "... and that sanctions would continue": a new clause */
		if (ctx->toks[u].kind != POS_T_WORD || pos_tis(ctx, u, "that") ||
		    pos_tis(ctx, u, "to") || pos_tis(ctx, u, "if") ||
		    (ctx->toks[u].wflags & POS_W_BOUNDARY))
			return NULL;
		if (ctx->toks[u].item == -1)
			continue;
		if (ctx->items[ctx->toks[u].item].type == POS_P_TRIGGER &&
		    ctx->items[ctx->toks[u].item].t0 == (int)u)
			return &ctx->items[ctx->toks[u].item];
		return NULL;
	}
	return NULL;
}

/* The trigger that opens a list after a colon that follows tr, or NULL. */
static const struct pos_item *
pos_colon_list(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = tr->t1 + 1;
	int	i;

	if (t >= (long)s->t1 || ctx->toks[tr->t1].kind != POS_T_COLON)
		return NULL;
	if (pos_tis(ctx, t, "the") || pos_tis(ctx, t, "a") ||
	    pos_tis(ctx, t, "an"))
		t++;
	if (t >= (long)s->t1 || (i = ctx->toks[t].item) == -1 ||
	    ctx->items[i].type != POS_P_TRIGGER || ctx->items[i].t0 != (int)t)
		return NULL;
	return &ctx->items[i];
}

/*
 * 1 when cue it is what another cue asks for: "demands Kyiv's refusal
 * to join NATO" states the demand, not a refusal by Kyiv.
 */
static int
pos_asked_for(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_item	*o;
	size_t			 i;
	int			 self = (int)(it - ctx->items);

	if (!it->inner)
		return 0;
	for (i = s->i0; i < s->i1; i++) {
		o = &ctx->items[i];
		if (o->type == POS_P_CUE && o->obj == self)
			return o->cls == POS_C_DEMAND || o->cls == POS_C_URGE ||
			    o->cls == POS_C_PROPOSE || o->cls == POS_C_MUST;
	}
	return 0;
}

/* Remember who put a plan forward, for "It calls for ..." after it. */
static void
pos_remember_plan(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	pos_hold_copy(ctx->plan, &ctx->nplan, it);
	ctx->plan_sent = s->index;
}

#define POS_TOPIC_SENTENCES	2	/* sentences that keep the war in view */

/*
 * The issues are those of the war between Russia and Ukraine: a holder
 * of another side takes a position only where one of the two is in view,
 * in the sentence or the one before it in the paragraph.  A news digest
 * speaks of other ceasefires and other sanctions (a truce in another war,
 * talks with a third state), and those are no positions here.  An
 * article about the war (pos_about_war) keeps it in view throughout.
 */
static int
pos_in_conflict(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_hold *h)
{
	size_t	k = (size_t)(s - ctx->sents), n;

	if (ctx->about_war || h->side == SIDE_RUS || h->side == SIDE_UKR)
		return 1;
	for (n = 0; n < POS_TOPIC_SENTENCES && n <= k; n++) {
		if (ctx->sents[k - n].party)
			return 1;
	}
	return 0;
}

/* 1 when sentence s is said by a speaker of side. */
static int
pos_said_by(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side side)
{
	const struct pos_hold	*spk = pos_hold_speaker_at(ctx, s, s->t0);

	return spk != NULL && spk->side == side;
}

/* 1 when sentence s has a word of the war's frame, or names the other
   warring party, or the United States as one party's counterpart
   (Russia named with a third state is its partner, "Minsk and Moscow",
   unless Ukraine speaks: "Bennett is looking for a way to negotiate
   with Russia" is mediation); tokens [x0, x1) do not count. */
static int
pos_war_frame(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side holder, long x0, long x1)
{
	size_t	t;
	int	mi;

	if (pos_tok_sent_has(ctx, s, POS_W_WAR))
		return 1;
	for (t = s->t0; t < s->t1; t++) {
		if ((mi = ctx->toks[t].mention) == -1 ||
		    ((long)t >= x0 && (long)t < x1))
			continue;
		if ((ctx->m[mi].side == SIDE_RUS && holder != SIDE_RUS &&
		    (holder != SIDE_OTH || pos_said_by(ctx, s, SIDE_UKR))) ||
		    (ctx->m[mi].side == SIDE_UKR && holder != SIDE_UKR) ||
		    (ctx->m[mi].side == SIDE_USA && (holder == SIDE_RUS ||
		    holder == SIDE_UKR)))
			return 1;
	}
	return 0;
}

/*
 * Talks and plans are those about the war: a summit of an alliance, a
 * visit about trade or business's initiatives are no stance on them.
 * They need, in the sentence, the two before it or the one after it, a
 * word of the war's frame (class "war"), the other warring party, or for
 * Russia and Ukraine the American counterpart.  A text too short to tell
 * what it is about is taken as it stands.
 */
/* 1 when sentence s names a state (or a place) of side: not a body such
   as NATO or the OSCE, whose talks may be about this war. */
static int
pos_names_state(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side side)
{
	const struct pos_mention	*m;
	size_t				 t;

	for (t = s->t0; t < s->t1; t++) {
		if (ctx->toks[t].mention == -1)
			continue;
		m = &ctx->m[ctx->toks[t].mention];
		if (m->side == side && (m->kind == ACTOR_STATE ||
		    m->kind == ACTOR_PLACE))
			return 1;
	}
	return 0;
}

#define POS_FRAME_BEFORE	2	/* sentences before talks that frame them */
#define POS_FRAME_AFTER		1	/* and after */

static int
pos_other_talks(const struct pos_ctx *ctx, const struct pos_sent *s,
    int issue, enum side holder, const struct pos_item *tr)
{
	size_t	k = (size_t)(s - ctx->sents);
	size_t	first = k >= POS_FRAME_BEFORE ? k - POS_FRAME_BEFORE : 0, i;
	size_t	last = k + POS_FRAME_AFTER;
	long	x0 = -1, x1 = -1;
	int	third;

	if (issue != ctx->talks_issue && issue != ctx->plan_issue)
		return 0;
	/* Russia's talks with a third state or a European one, and a
	   third state's own ("Brazil and Russia agreed on a dialogue
	   about their forests", "talks with the Prime Minister of
	   Greece"), are about their relations when their sentence names
	   nothing Ukrainian; in a short text, when its neighbours name
	   nothing of the war either */
	third = holder != SIDE_UKR && holder != SIDE_USA &&
	    (pos_names_state(ctx, s, SIDE_OTH) || (holder == SIDE_RUS &&
	    pos_names_state(ctx, s, SIDE_EUR))) &&
	    !pos_tok_names_side(ctx, s, SIDE_UKR, SIDE_UKR);
	if (ctx->short_text && !third)
		return 0;
	/* A plan named by a bare noun ("asked for proposals on awards")
	   or by whose it is ("Finland's initiative to hold a jubilee
	   summit") needs its frame in its own sentence. */
	if (tr->type != POS_P_TRIGGER ||
	    ctx->d->ph[tr->ph].w[0].kind == POS_WK_MENTION)
		first = last = k;
	/* Ukraine's talks with a European partner ("held talks with the
	   Chancellor of Austria") are about their relations unless their
	   own sentence names the war: Europe mediates none of it */
	if (holder == SIDE_UKR && pos_tok_names_side(ctx, s, SIDE_EUR,
	    SIDE_EUR) && !pos_tok_names_side(ctx, s, SIDE_RUS, SIDE_USA))
		first = last = k;
	/* and so are Russia's with a third state or a European one */
	if (third && !ctx->short_text)
		first = last = k;
	/* a third state's support for "российские инициативы" at a forum:
	   the plan's own owner puts no war in view (for Russia, "American
	   ideas" are the counterpart's) */
	if (holder != SIDE_RUS && holder != SIDE_UKR) {
		x0 = tr->t0;
		x1 = tr->t1;
	}
	for (i = first; i <= last && i < ctx->nsents; i++) {
		if (pos_war_frame(ctx, &ctx->sents[i], holder, x0, x1))
			return 0;
	}
	return 1;
}

/*
 * Another war: the sentence names third states or places (Armenia and
 * Azerbaijan, Israelis and Palestinians), it and the one before name
 * nothing Ukrainian, and the holder is Russian, American or European:
 * "talks on a peace treaty between the two countries" are then about
 * that war.  (Third states mediating this war are named as states.)  A
 * word for this war's foe ("the aggressor", class "enemy") keeps it in
 * this one: "thanks to Japan and Australia for arms against the
 * aggressor".
 */
static int
pos_other_war(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side holder)
{
	const struct pos_mention *m;
	const struct pos_sent	*u;
	size_t			 i, n, first;
	int			 third = 0;

	if (holder == SIDE_UKR || pos_tok_sent_has(ctx, s, POS_W_ENEMY))
		return 0;
	for (u = s; u >= ctx->sents && u > s - 2; u--) {
		n = pos_tok_sent_mentions(ctx, u, &first);
		for (i = first; i < first + n; i++) {
			m = &ctx->m[i];
			if (m->side == SIDE_UKR)
				return 0;
			if (u == s && m->side == SIDE_OTH &&
			    (m->kind == ACTOR_STATE || m->kind == ACTOR_PLACE))
				third++;
		}
	}
	return third >= 2;
}

/*
 * Security guarantees are Ukraine's: "CSTO peacekeepers have stabilised
 * Kazakhstan", "Russian peacekeepers in Nagorno-Karabakh" are another
 * country's, when the sentence or the one before names a third state or
 * place and neither names anything Ukrainian.  So is humanitarian aid,
 * unless Ukraine gives or asks it ("aid delivered to Kabul", "help with
 * evacuating migrants at the border"; Ukraine's "corridors agreed at the
 * talks in Belarus" are its own).
 */
static int
pos_other_country(const struct pos_ctx *ctx, const struct pos_sent *s,
    int issue, enum side holder)
{
	const struct pos_mention *m;
	size_t			 t;
	int			 third = 0;

	if ((issue != ctx->guarantees_issue &&
	    (issue != ctx->humanitarian_issue || holder == SIDE_UKR)) ||
	    pos_tok_names_side(ctx, s, SIDE_UKR, SIDE_UKR) ||
	    (s > ctx->sents && pos_tok_names_side(ctx, s - 1, SIDE_UKR,
	    SIDE_UKR)))
		return 0;
	for (t = s > ctx->sents ? (s - 1)->t0 : s->t0; t < s->t1 && !third;
	    t++) {
		if (ctx->toks[t].mention == -1)
			continue;
		m = &ctx->m[ctx->toks[t].mention];
		third = m->side == SIDE_OTH && (m->kind == ACTOR_STATE ||
		    m->kind == ACTOR_PLACE);
	}
	return third;
}

/*
 * The parties of a readout of two sides not at war with each other
 * ("Kyiv and Ottawa", "Moscow and Delhi") keep up their dialogue and
 * consultations on their relations, not on the war: their talks hold no
 * stance (named holders are judged by the frame of the talks instead),
 * unless the sentence puts the talks in the war's frame ("the parties
 * will keep working in the Normandy format", "for a peaceful
 * settlement").
 */
static int
pos_friendly_parties(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it, int issue)
{
	int	i, rus = 0, ukr = 0;

	if (issue != ctx->talks_issue || it->how != POS_HOW_PARTIES ||
	    pos_tok_sent_has(ctx, s, POS_W_WAR))
		return 0;
	for (i = 0; i < it->nh; i++) {
		rus |= it->h[i].side == SIDE_RUS;
		ukr |= it->h[i].side == SIDE_UKR;
	}
	return !(rus && ukr);
}

#define POS_PARTNER_GAP	6	/* words from talks to "with X" */

/*
 * Talks with a third party: "Putin will hold talks with the President of
 * Azerbaijan" are about their relations, not the war, when the sentence
 * names nothing Ukrainian.  Ukraine's talks with third states (Turkey
 * mediating) are not so judged.
 */
static int
pos_third_party_talks(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, int issue, enum side holder)
{
	long	t, end;
	int	mi;

	if (issue != ctx->talks_issue || tr->type != POS_P_TRIGGER ||
	    holder == SIDE_UKR || pos_tok_names_side(ctx, s, SIDE_UKR,
	    SIDE_UKR))
		return 0;
	end = tr->t1 + POS_PARTNER_GAP;
	for (t = tr->t1; t < (long)s->t1 && t < end; t++) {
		if (ctx->toks[t].kind != POS_T_WORD)
			return 0;
		if (!pos_tis(ctx, t, "with") && !pos_tis(ctx, t, "between"))
			continue;
		for (t++; t < (long)s->t1 && t < end + POS_PARTNER_GAP; t++) {
			if ((mi = ctx->toks[t].mention) != -1)
				return ctx->m[mi].side == SIDE_OTH;
			if (ctx->toks[t].kind != POS_T_WORD)
				return 0;
		}
		return 0;
	}
	return 0;
}

/* 1 when holder h of trigger tr is outside the concessive phrase that
   tr stands in: what the phrase grants is background for whoever speaks
   ("несмотря на достигнутую договорённость о перемирии"), but the
   efforts it names are still their agent's ("несмотря на попытки
   Венгрии заблокировать санкции"). */
static int
pos_conceded(const struct pos_ctx *ctx, const struct pos_item *tr,
    long c, const struct pos_hold *h)
{
	return c != -1 && !(h->start >= ctx->toks[c].start &&
	    h->start < ctx->toks[tr->t1 - 1].end);
}

/* Append the positions of cue it on trigger tr with stance v. */
static void
pos_emit_for(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it, const struct pos_item *tr, int v, int neg)
{
	const struct sentence	*se = &ctx->a->sents[s->index];
	struct position		*p;
	long			 c;
	int			 i, issue;

	issue = tr->type == POS_P_TRIGGER ? tr->cls : ctx->plan_issue;
	c = pos_modal_concession(ctx, s, tr);
	if (issue == ctx->plan_issue && v > 0 && it->nh > 0)
		pos_remember_plan(ctx, s, it);
	for (i = 0; i < it->nh; i++) {
		int	hv = v, hissue;

		hissue = pos_object_beneficiary(ctx, s, tr, issue,
		    it->h[i].side, &hv);
		if (it->h[i].side == SIDE_NONE ||
		    pos_other_country(ctx, s, issue, it->h[i].side) ||
		    pos_object_against_self(ctx, hissue, it->h[i].side, hv) ||
		    pos_seen(ctx, s, hissue, &it->h[i], hv) ||
		    !pos_in_conflict(ctx, s, &it->h[i]) ||
		    pos_object_wrong_target(ctx, s, tr, hissue) ||
		    pos_other_talks(ctx, s, hissue, it->h[i].side, tr) ||
		    pos_friendly_parties(ctx, s, it, hissue) ||
		    pos_third_party_talks(ctx, s, tr, hissue,
		    it->h[i].side) ||
		    (hissue != ctx->pressure_issue &&
		    pos_other_war(ctx, s, it->h[i].side)))
			continue;
		ctx->set->v = xgrow(ctx->set->v, &ctx->set->alloc,
		    ctx->set->n + 1, sizeof *ctx->set->v);
		p = &ctx->set->v[ctx->set->n++];
		memset(p, 0, sizeof *p);
		p->article = ctx->a->index;
		p->sentence = s->index;
		p->start = se->start;
		p->end = se->end;
		p->cue_start = ctx->toks[it->t0].start;
		p->cue_end = ctx->toks[it->t1 - 1].end;
		p->trigger_start = ctx->toks[tr->t0].start;
		p->trigger_end = ctx->toks[tr->t1 - 1].end;
		p->holder_start = it->h[i].start;
		p->holder_end = it->h[i].end;
		p->issue = hissue;
		p->side = it->h[i].side;
		p->stance = hv;
		p->modality = pos_conceded(ctx, tr, c, &it->h[i]) ?
		    POS_HISTORICAL : it->modality;
		p->how = it->how;
		p->actor = it->h[i].actor;
		p->holder = xstrdup(it->h[i].name);
		p->cue = pos_cue_name(it->cls);
		p->flags = (neg ? POS_NEGATED : 0) |
		    (it->obj != -1 && ctx->items[it->obj].type == POS_P_CUE ?
		    POS_CHAINED : 0);
	}
}

/* Append the positions of cue it, one per holder side. */
void
pos_emit_cue(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_item	*tr, *co;
	int			 v, weak = 0, neg = 0, n, own;

	if (it->nh == 0 || (it->inner && (it->how == POS_HOW_SPEAKER ||
	    it->how == POS_HOW_TURN || it->how == POS_HOW_TITLE ||
	    it->how == POS_HOW_ADDRESS || it->how == POS_HOW_SHARED)) || pos_dropped(ctx, s, it) ||
	    pos_asked_for(ctx, s, it))
		return;
	if ((v = pos_modal_eval(ctx, it, &weak, &neg, 0)) == POS_NONE)
		return;
	if ((tr = pos_object_chain(ctx, it)) == NULL)
		return;
	pos_emit_for(ctx, s, it, tr, v, neg);
	/* a cue of its own, not a trigger stated bare, takes a list of
	   infinitives */
	own = it->t0 != tr->t0;
	/* "for more weapons and tougher sanctions": each of a list;
	   "agreed on humanitarian steps: exchanges of prisoners, ..." */
	for (n = 0; n < 6 && tr->type == POS_P_TRIGGER; n++, tr = co) {
		co = pos_coord(ctx, s, tr, own);
		if (co == NULL && n == 0)
			co = pos_colon_list(ctx, s, tr);
		if (co == NULL)
			break;
		pos_emit_for(ctx, s, it, co, v * tr->pol * co->pol, neg);
	}
}

/* 1 when token t is a negation marker. */
static int
pos_is_negation(const struct pos_ctx *ctx, long t)
{
	int	i = ctx->toks[t].item;

	return i != -1 && ctx->items[i].type == POS_P_MARKER &&
	    ctx->items[i].cls == POS_M_NEGATION;
}

/* 1 when token t ends a clause for a bare trigger. */
static int
pos_clause_edge(const struct pos_ctx *ctx, long t)
{
	const struct pos_tok	*tk = &ctx->toks[t];
	int			 i = tk->item;

	/* a dash or a bracket ends the clause too: "the sanctions in
	   force - those that work and those that don't" */
	if (tk->kind == POS_T_COMMA || tk->kind == POS_T_STOP ||
	    tk->kind == POS_T_COLON || tk->kind == POS_T_OTHER)
		return 1;
	if (i != -1)
		return ctx->items[i].type != POS_P_MARKER;
	/* a boundary word inside a marker's phrase is the marker's: the
	   "які" of "ні про які переговори" opens no clause */
	return tk->kind == POS_T_WORD && tk->mention == -1 &&
	    (tk->wflags & POS_W_BOUNDARY);
}

/*
 * The mention of another side than speaker's that is the subject at token
 * u: an actor ("Moscow does not seek peace"), or the demonym of a group
 * ("Russian troops did not cease fire").  -1 when none.
 */
static int
pos_other_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long u, enum side speaker)
{
	int	mi;

	if (u < (long)s->t0)
		return -1;
	if ((mi = ctx->toks[u].mention) == -1 && u > (long)s->t0 &&
	    pos_tok_has(ctx, u, POS_W_GROUP))
		mi = ctx->toks[u - 1].mention;
	if (mi == -1 || ctx->m[mi].side == speaker ||
	    ctx->m[mi].side == SIDE_NONE)
		return -1;
	return mi;
}

/* 1 when sides a and b are the two at war. */
static int
pos_enemy_sides(enum side a, enum side b)
{
	return (a == SIDE_RUS && b == SIDE_UKR) ||
	    (a == SIDE_UKR && b == SIDE_RUS);
}

/*
 * 1 when the clause of trigger tr has a subject of the other warring side
 * than the speaker's before it: "Podolyak noted that the Russian
 * authorities are forced to enter negotiations", "eight years since
 * Russia annexed Crimea" say what the enemy does, no stance of the
 * speaker's and none that the bare trigger gives the enemy.  (A partner
 * as the subject often acts as the speaker wants: "he was confident the
 * EU would decide on an embargo".)  A place, a mention after a
 * preposition or in an oblique case, or a possessor ("Russia's"), is no
 * subject.
 */
static int
pos_clause_enemy_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, enum side speaker)
{
	long	t, f, l, p;
	int	mi;

	for (t = tr->t0 - 1; t >= (long)s->t0 && !pos_clause_edge(ctx, t);
	    t--) {
		if (pos_tok_has(ctx, t, POS_W_COMP))
			break;
		if ((mi = ctx->toks[t].mention) == -1)
			continue;
		f = pos_tok_mention_first(ctx, s, t);
		l = pos_tok_mention_last(ctx, s, t);
		for (p = f - 1; p >= (long)s->t0 && pos_tok_has(ctx, p,
		    POS_W_DET); p--)
			;
		if (pos_enemy_sides(ctx->m[mi].side, speaker) &&
		    ctx->m[mi].kind != ACTOR_PLACE &&
		    !pos_tok_oblique(ctx, s, t) && (p < (long)s->t0 ||
		    !pos_tok_has(ctx, p, POS_W_PREP)) &&
		    !(l + 1 < (long)s->t1 && pos_tis(ctx, l + 1, "'s")))
			return 1;
		t = f;
	}
	return 0;
}

/* 1 when trigger tr opens a capitalised name in quotation marks: the
   conference "Diplomacy 30", a forum "Peace for Ukraine", no stance. */
static int
pos_titled(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = tr->t0 - 1;

	return t > (long)s->t0 && ctx->toks[tr->t0].cap &&
	    (ctx->toks[t].kind == POS_T_QOPEN ||
	    ctx->toks[t].kind == POS_T_QUOTE);
}

/*
 * 1 when trigger tr stands in a relative clause that describes another
 * trigger: "the Minsk package, which is the road to a truce" says
 * what the agreements are, no stance on a ceasefire of its own.
 */
static int
pos_in_trigger_relative(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t;
	int	i;

	for (t = tr->t0 - 1; t > (long)s->t0 + 1; t--) {
		if (ctx->toks[t].kind != POS_T_WORD)
			return 0;
		if (!pos_tok_relative(ctx, t))
			continue;
		if (ctx->toks[t - 1].kind != POS_T_COMMA)
			return 0;
		i = ctx->toks[t - 2].item;
		return i != -1 && ctx->items[i].type == POS_P_TRIGGER;
	}
	return 0;
}

/*
 * The stance a speaker takes by a trigger alone ("Kyiv would not give up
 * territory", "territorial integrity could not be traded"): its polarity,
 * flipped by a negation before it in its clause; a negation after it
 * ("is not on the table") leaves only opposition.  POS_NONE after "at",
 * "after", "during" ... (the setting, not the claim).
 */
static int
pos_bare_stance(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, enum side speaker, int *other)
{
	struct pos_scan	 sc;
	long		 t, u;
	int		 v = tr->pol, n, denied = 0;

	*other = -1;
	memset(&sc, 0, sizeof sc);
	/* "peace" alone is too general to be a claim with no cue ("there
	   will be peace!") */
	if ((tr->ph >= 0 && ctx->d->ph[tr->ph].weak) ||
	    pos_in_trigger_relative(ctx, s, tr) || pos_titled(ctx, s, tr))
		return POS_NONE;
	/* "there is the Normandy format": a thing that exists, no claim
	   ("there is no alternative" is the judgement's) */
	for (t = tr->t0 - 1; t > (long)s->t0 && pos_tok_has(ctx, t,
	    POS_W_DET); t--)
		;
	if (t > (long)s->t0 && pos_tok_has(ctx, t, POS_W_COPULA)) {
		/* "there has always been": auxiliaries between; not a
		   future ("there will be peace" foretells it, a claim) */
		for (u = t - 1; u > (long)s->t0 && pos_tok_has(ctx, u,
		    POS_W_AUX | POS_W_COPULA) && !pos_tok_has(ctx, u,
		    POS_W_FUTURE); u--)
			;
		if (pos_tis(ctx, u, "there") && !pos_tok_has(ctx, t,
		    POS_W_FUTURE))
			return POS_NONE;
	}
	/* "the best way to end the war was ...": a purpose, no claim */
	t = tr->t0 - 2;
	if (t >= (long)s->t0 && pos_tis(ctx, t + 1, "to") &&
	    (pos_tis(ctx, t, "way") || pos_tis(ctx, t, "ways") ||
	    pos_tis(ctx, t, "means") || pos_tis(ctx, t, "how") ||
	    pos_tis(ctx, t, "path")))
		return POS_NONE;
	for (t = tr->t0 - 1, n = 0; t >= (long)s->t0 && n < 4; t--, n++) {
		if (ctx->toks[t].kind != POS_T_WORD || ctx->toks[t].item != -1)
			break;
		if (pos_tok_has(ctx, t, POS_W_SETTING))
			return POS_NONE;
		/* "after the high-level talks", "at the Paris summit" */
		if (!pos_tok_has(ctx, t, POS_W_DET) && !ctx->toks[t].cap &&
		    ctx->toks[t].mention == -1 &&
		    !pos_tok_adverb(ctx, &ctx->toks[t]) &&
		    strchr(pos_tw(ctx, &ctx->toks[t]), '-') == NULL)
			break;
	}
	for (t = tr->t0 - 1; t >= (long)s->t0 && !pos_clause_edge(ctx, t); t--) {
		/* "we do not see that the sanctions hurt": the negation
		   is the seeing's, outside the reported clause, and what
		   is not seen is claimed by no one */
		if (pos_tok_has(ctx, t, POS_W_COMP)) {
			for (u = t - 1; u >= (long)s->t0 &&
			    !pos_clause_edge(ctx, u); u--) {
				if (pos_is_negation(ctx, u))
					return POS_NONE;
			}
			break;
		}
		if (!pos_is_negation(ctx, t))
			continue;
		/* "Kyiv would not give up land", not "arms would not end
		   the war": the negation is an actor's */
		u = pos_modal_skip_aux(ctx, s, t - 1, &sc);
		/* "військові не пропускають вантажі": a third-person
		   verb's negation is its subject's, an actor's or not,
		   never the speaker's */
		if (t + 1 < (long)s->t1 && pos_tok_finite3(ctx, t + 1) &&
		    (u < (long)s->t0 || ctx->toks[u].mention == -1))
			return POS_NONE;
		/* "Moscow does not seek peace", said in Kyiv: Moscow's
		   stance, not the speaker's */
		if ((*other = pos_other_subject(ctx, s, u, speaker)) != -1)
			return -v;
		/* "we shall never hand over our land" is the speaker's no, and
		   so is "so that it could not join any bloc" (what the
		   speaker wants of a state); "they will not have peace",
		   "he is not afraid to negotiate" deny what another does
		   or gets, and claim nothing */
		/* "Ми не віддамо нашу землю": a word for the speaker
		   too, when the negation is the trigger's own verb's ("у
		   нас не було розрахунку взяти полонених" is not) */
		if (u < (long)s->t0 || (ctx->toks[u].mention == -1 &&
		    !pos_tis(ctx, u, "we") && !pos_tis(ctx, u, "i") &&
		    !pos_tis(ctx, u, "it") && !(pos_tok_has(ctx, u,
		    POS_W_SELF) && t + 1 == tr->t0) &&
		    !(ctx->toks[u].wflags & POS_W_GROUP)))
			return POS_NONE;
		v = -v;
		denied = 1;
		break;
	}
	/* "we could lose the format" fears a loss, it holds nothing;
	   denied further back, the loss is denied: "no one will ever lose
	   the format" */
	if (tr->lost && !denied)
		return POS_NONE;
	if (!denied && pos_clause_enemy_subject(ctx, s, tr, speaker))
		return POS_NONE;
	for (t = tr->t1; t < (long)s->t1 && !pos_clause_edge(ctx, t); t++) {
		if (pos_is_negation(ctx, t))
			return POS_OPPOSE;
	}
	return v;
}

/* 1 when trigger tr is what something is called: "which Moscow calls an
   evacuation" names a thing, it claims nothing. */
static int
pos_named_as(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = tr->t0 - 1;
	int	i;

	if (t > (long)s->t0 && pos_tok_has(ctx, t, POS_W_DET))
		t--;
	/* "what they were called - the Minsk agreements" */
	if (t > (long)s->t0 && (ctx->toks[t].kind == POS_T_OTHER ||
	    ctx->toks[t].kind == POS_T_COLON))
		t--;
	if (t < (long)s->t0 || (i = ctx->toks[t].item) == -1 ||
	    ctx->items[i].type != POS_P_CUE ||
	    ctx->items[i].cls != POS_C_SPEECH)
		return 0;
	return strncmp(pos_tw(ctx, &ctx->toks[t]), "call", 4) == 0;
}

#define POS_FUTURE_GAP	3	/* words between a future "be" and the
				   trigger it announces ("a new") */

/*
 * 1 when nothing before token t in its clause takes a future "be" at t
 * from the speaker: "when there will be peace", "коли буде мир" (the
 * clause's opening word, class boundary, makes it a time or a question)
 * and "російське керівництво буде шукати мир" (an actor, its subject,
 * acts; an actor after a preposition or in an oblique case is none).
 */
static int
pos_future_own(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	for (t--; t >= (long)s->t0; t--) {
		if (ctx->toks[t].kind == POS_T_WORD &&
		    ctx->toks[t].mention == -1 &&
		    pos_tok_has(ctx, t, POS_W_BOUNDARY))
			return 0;
		if (pos_clause_edge(ctx, t))
			return 1;
		if (ctx->toks[t].mention != -1 &&
		    !pos_tok_oblique(ctx, s, t) &&
		    !pos_tok_preposition(ctx, pos_tok_mention_first(ctx, s,
		    t) - 1))
			return 0;
	}
	return 1;
}

/*
 * 1 when a future "be" announces trigger tr: "there will definitely be a
 * new package of sanctions", "обов'язково буде й новий санкційний пакет".
 * The speaker foretells an act, a claim even in a turn or an address.
 * The copula is itself future (class future: "буде") or follows a future
 * word ("will"), adverbs between.
 */
static int
pos_future_be(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = tr->t0 - 1;
	int	n;

	for (n = 0; n < POS_FUTURE_GAP && t >= (long)s->t0 &&
	    ctx->toks[t].kind == POS_T_WORD && ctx->toks[t].item == -1 &&
	    ctx->toks[t].mention == -1 &&
	    !pos_tok_has(ctx, t, POS_W_COPULA); n++)
		t--;
	if (!pos_tok_has(ctx, t, POS_W_COPULA))
		return 0;
	if (pos_tok_has(ctx, t, POS_W_FUTURE))
		return pos_future_own(ctx, s, t);
	for (t--; t >= (long)s->t0 && ctx->toks[t].kind == POS_T_WORD &&
	    pos_tok_adverb(ctx, &ctx->toks[t]); t--)
		;
	return pos_tok_has(ctx, t, POS_W_FUTURE) && pos_future_own(ctx, s, t);
}

/*
 * The stance a side's speaker takes by naming an issue in a turn or an
 * address, bare: +1, -1, or 0 for none.  Ukraine asks for the
 * sanctions, humanitarian help, weapons and security guarantees it names
 * and holds the land it names against ceding ("Санкції проти Російської
 * Федерації", "Спрацювали десять гуманітарних коридорів", "Air defence
 * systems.", "Реальні гарантії безпеки", "We will liberate our land");
 * Russia objects to the sanctions and NATO's growth it names ("Западные
 * санкции", "the expansion of NATO to the east") and claims the land it
 * names as joined to it.  Neither takes another stance on them
 * (pos_object_against_self).  Weapons only for Ukraine and only by a
 * phrase of two words or more: a speaker names the enemy's or his own
 * planes and missiles as often as those asked for (Russia's speakers name
 * their own arms most).
 */
static int
pos_named_stance(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side speaker, const struct pos_item *tr)
{
	int	stance;

	if (tr->cls == ctx->aid_issue && ctx->d->ph[tr->ph].nw < 2)
		return 0;
	if (speaker == SIDE_UKR && tr->pol > 0 &&
	    (tr->cls == ctx->pressure_issue ||
	    tr->cls == ctx->humanitarian_issue || tr->cls == ctx->aid_issue ||
	    tr->cls == ctx->guarantees_issue))
		stance = 1;
	/* "the liberation of our land", "territorial integrity": what
	   Ukraine names against ceding land, it holds */
	else if (speaker == SIDE_UKR && tr->pol < 0 &&
	    tr->cls == ctx->territory_issue)
		stance = 1;
	else if (speaker == SIDE_RUS && tr->pol > 0 &&
	    (tr->cls == ctx->pressure_issue || tr->cls == ctx->nato_issue))
		stance = -1;
	/* "регионы, которые вошли в состав России":
	   the land Russia names as its own, it claims */
	else if (speaker == SIDE_RUS && tr->pol > 0 &&
	    tr->cls == ctx->territory_issue)
		stance = 1;
	else
		return 0;
	/* "nobody knows whether there will be sanctions", "Russia's
	   consent to a corridor": another's, or no claim (as for a
	   future "be") */
	if (!pos_future_own(ctx, s, tr->t0))
		return 0;
	/* "Сили протиповітряної оборони", "our air defence worked": a
	   unit named, or one's own arms ("our evacuation operation" is
	   help all the same) */
	if (tr->t0 > (int)s->t0 && pos_tok_has(ctx, tr->t0 - 1,
	    tr->cls == ctx->aid_issue ? POS_W_GROUP | POS_W_SELF :
	    POS_W_GROUP))
		return 0;
	/* "grateful to you for your humanitarian assistance": the
	   thanked one's */
	if (pos_tok_sent_has(ctx, s, POS_W_THANKS | POS_W_SECOND))
		return 0;
	return stance;
}

/*
 * 1 when a thanks that opens sentence s with no one named thanks someone
 * of another side than the speaker's ("Дзвонив X. Подякував за
 * допомогу"), as pos_hold_thanked takes it (pos_hold_thankee).
 */
static int
pos_thanks_the_last(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	return pos_hold_thankee(ctx, s) != -1;
}

/*
 * 1 when trigger tr is what a thanks is for: "ми вдячні за ті санкції",
 * "we thank you for the weapons".  The reason word ("за", "for") stands
 * a few words (determiners, adjectives) before it, a word of thanks at
 * most four words before that ("вдячний кожному з вас за").  Gratitude for a thing is a claim for
 * it, even in a turn or an address, when no one is thanked for it: "I
 * thank you for your aid", "подякував за допомогу" after a call name the
 * giver, who holds it (pos_hold_thanked), not the one who thanks.  Yet
 * an act of help or pressure the speaker thanks anyone for is one the
 * speaker's side is for as well ("вдячний вам за зброю").
 */
#define POS_THANKED_REACH	12	/* words from "for" back to the thanks
					   of an act, the thanked between */

static int
pos_thanked_for(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long		t, u;
	unsigned	who = POS_W_SECOND | POS_W_THIRD | POS_W_PLURAL;
	int		act = tr->cls == ctx->pressure_issue ||
			    tr->cls == ctx->aid_issue ||
			    tr->cls == ctx->humanitarian_issue;

	for (t = tr->t0 - 1; t > (long)s->t0 && t >= tr->t0 - 4; t--) {
		if (ctx->toks[t].kind != POS_T_WORD ||
		    ctx->toks[t].mention != -1 || ctx->toks[t].item != -1 ||
		    (!act && pos_tok_has(ctx, t, who)))
			return 0;
		if (!pos_tok_has(ctx, t, POS_W_REASON))
			continue;
		/* an act may be thanked for to whoever did it, named
		   ("вдячний Польщі, її уряду та народу за") or not
		   ("Подякував за ...") */
		for (u = t - 1; u >= (long)s->t0 &&
		    u >= t - (act ? POS_THANKED_REACH : 4); u--) {
			if (ctx->toks[u].kind == POS_T_STOP ||
			    (!act && (ctx->toks[u].mention != -1 ||
			    pos_tok_has(ctx, u, who))))
				return 0;
			if (pos_tok_has(ctx, u, POS_W_THANKS))
				return act || u > (long)s->t0 ||
				    !pos_thanks_the_last(ctx, s);
		}
		return 0;
	}
	return 0;
}

/*
 * 1 when a speech verb of the speaker's own ("я наголошую, що ...", "I
 * stress that ...") comes before trigger tr in s: what follows it is a
 * claim, even in a turn or an address.
 */
static int
pos_own_speech(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	const struct pos_item	*sp;
	size_t			 j;
	long			 t;

	for (j = s->i0; j < s->i1; j++) {
		sp = &ctx->items[j];
		if (sp->t0 >= tr->t0)
			break;
		if (sp->type != POS_P_CUE || sp->cls != POS_C_SPEECH)
			continue;
		for (t = sp->t0 - 1; t >= (long)s->t0 &&
		    pos_tok_has(ctx, t, POS_W_AUX); t--)
			;
		if (t < (long)s->t0 || !pos_tok_has(ctx, t, POS_W_SELF) ||
		    pos_tok_has(ctx, t, POS_W_DET))
			continue;
		/* "I believe that", "я впевнений, що": a claim follows;
		   not "as I was told, ..." nor "I told him that" */
		t = sp->t1;
		if (t < (long)s->t1 && ctx->toks[t].kind == POS_T_COMMA)
			t++;
		if (t < (long)s->t1 && pos_tok_has(ctx, t, POS_W_COMP))
			return 1;
	}
	return 0;
}

/* 1 when trigger tr is an anaphor ("the deal") given the issue it
   refers to, not a phrase of the issue's own. */
static int
pos_anaphor(const struct pos_ctx *ctx, const struct pos_item *tr)
{
	return tr->ph >= 0 && ctx->d->ph[tr->ph].type != POS_P_TRIGGER;
}

/*
 * Triggers that no cue took, inside reported speech: the speaker's own
 * claim ("X said Ukraine's territorial integrity was not up for
 * discussion").  Each speaker of the sentence's speech cue holds it; a
 * negation whose subject is another side's ("Moscow does not seek peace",
 * "Russian troops did not allow a corridor", said in Kyiv) is that
 * side's.
 */
void
pos_emit_bare(struct pos_ctx *ctx, struct pos_sent *s, enum pos_modality smod)
{
	struct pos_item		 fake;
	const struct pos_item	*tr, *sp;
	const struct pos_hold	*spk;
	size_t			 i, j, n0;
	int			 v, used, other, named, thanked, denied;

	for (i = s->i0; i < s->i1; i++) {
		tr = &ctx->items[i];
		if (tr->type != POS_P_TRIGGER ||
		    (spk = pos_hold_speaker_at(ctx, s, tr->t0)) == NULL ||
		    spk->side == SIDE_NONE)
			continue;
		thanked = pos_thanked_for(ctx, s, tr);
		for (j = s->i0, used = 0; j < s->i1 && !used; j++)
			used = ctx->items[j].type == POS_P_CUE &&
			    ctx->items[j].obj == (int)i;
		/* "negotiations ... would only freeze the war": the trigger
		   is the subject of another claim; not one thanked for
		   ("вдячний за ленд-ліз, який допоможе ...") */
		for (j = i + 1; j < s->i1 && !used && !thanked; j++) {
			sp = &ctx->items[j];
			if (sp->type == POS_P_TRIGGER)
				break;
			used = sp->type == POS_P_CUE && sp->form == POS_F_VERB &&
			    sp->cls != POS_C_SPEECH && (sp->cls != POS_C_MUST ||
			    sp->obj != -1);
		}
		/* "the arrangement" on its own says nothing of the
		   issue it stands for; thanks for it do */
		if (used || (pos_anaphor(ctx, tr) && !thanked) ||
		    pos_named_as(ctx, s, tr) ||
		    (v = pos_bare_stance(ctx, s, tr, spk->side, &other)) ==
		    POS_NONE)
			continue;
		denied = v != tr->pol;
		/* A speaker's turn or address names issues all the time
		   ("the Minsk agreements were signed then"): only a negated
		   one ("integrity is not up for discussion") is a claim
		   without a cue.  A speech verb's clause is one. */
		if (s->spk_turn && v == tr->pol && !pos_own_speech(ctx, s, tr) &&
		    !pos_future_be(ctx, s, tr) && !thanked) {
			if ((named = pos_named_stance(ctx, s, spk->side,
			    tr)) == 0)
				continue;
			v = named * tr->pol;
		}
		memset(&fake, 0, sizeof fake);
		fake.type = POS_P_CUE;
		fake.cls = v * tr->pol > 0 ? POS_C_SUPPORT : POS_C_OPPOSE;
		fake.obj = (int)i;
		fake.t0 = tr->t0;
		fake.t1 = tr->t1;
		fake.modality = smod;
		if (smod == POS_STATED && ctx->cond_tok != -1 &&
		    ctx->cond_tok < tr->t0 && !pos_modal_demand(ctx, s))
			fake.modality = POS_CONDITIONAL;
		if (other != -1) {
			pos_hold_add(&fake, pos_hold_mention(ctx, other));
			fake.how = POS_HOW_SUBJECT;
		} else
			pos_hold_add_speakers(ctx, s, &fake, spk);
		n0 = ctx->set->n;
		pos_emit_cue(ctx, s, &fake);
		/* a stance turned from the trigger's own by a negation
		   ("we will not cede an inch") says so in --explain */
		for (; n0 < ctx->set->n; n0++) {
			ctx->set->v[n0].cue = "stated";
			if (denied)
				ctx->set->v[n0].flags |= POS_NEGATED;
		}
		pos_hold_clear(&fake);
	}
}

/* 1 when trigger i is the object of a cue of the sentence that has a
   holder. */
static int
pos_taken(const struct pos_ctx *ctx, const struct pos_sent *s, size_t i)
{
	size_t	j;

	for (j = s->i0; j < s->i1; j++) {
		if (ctx->items[j].type == POS_P_CUE &&
		    ctx->items[j].obj == (int)i && ctx->items[j].nh > 0)
			return 1;
	}
	return 0;
}

/*
 * The token before trigger tr once a modifier or two ("new", "defence")
 * are passed over: where its owner may stand, as "your" or "X's".
 */
static long
pos_trigger_lead(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = tr->t0 - 1;
	int	n;

	for (n = 0; n < 2 && t > (long)s->t0 && ctx->toks[t].kind ==
	    POS_T_WORD && ctx->toks[t].mention == -1 &&
	    ctx->toks[t].item == -1 && !pos_tis(ctx, t, "'s") &&
	    !pos_tok_has(ctx, t, POS_W_SECOND); n++)
		t--;
	return t;
}

/*
 * The owner of an act a trigger names on its own: "the EU's new
 * sanctions", "a package of sanctions from the United States", "weapons
 * supplied by Poland" has no cue, yet says who acts.  The mention before
 * "'s" (a modifier or two between) or after "by" or "from"; -1 if none.
 */
#define POS_OWNER_GAP	3	/* words between a trigger and "by X" */

/* 1 when trigger tr opens on a verb that is alone a cue of acting, or of
   banning for pressure (pos_trigger_verb). */
static int
pos_trigger_opens_verb(const struct pos_ctx *ctx, const struct pos_item *tr)
{
	const struct pos_tok	*tk = &ctx->toks[tr->t0];

	return tr->t1 - tr->t0 >= 2 && tk->kind == POS_T_WORD &&
	    pos_dict_act_verb(ctx->d, pos_tw(ctx, tk), tk->len,
	    tr->cls == ctx->pressure_issue);
}

/*
 * The state or bloc named next to pressure trigger tr as its attribute:
 * just before it ("new EU sanctions"), or, in a language that puts the
 * possessor after the noun, just after it and in no oblique case
 * ("санкции Евросоюза").  Guarantees too, given by any state but the
 * one they protect ("British security guarantees"), and named before
 * them only.  Not aid: there the name says where the weapons were made
 * ("Soviet weapons") or, in the genitive, who gets the help ("підтримка
 * України"); and a world body's "sanction" is its consent.  -1 if none.
 */
static int
pos_trigger_attribute(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = ctx->genitive ? tr->t1 : tr->t0 - 1;
	int	mi;

	/* "закрити порти Євросоюзу": whose ports, not whose act */
	if ((tr->cls != ctx->pressure_issue &&
	    tr->cls != ctx->guarantees_issue) ||
	    pos_trigger_opens_verb(ctx, tr) || t < (long)s->t0 ||
	    t >= (long)s->t1 || (mi = ctx->toks[t].mention) == -1 ||
	    ctx->m[mi].kind == ACTOR_PERSON ||
	    (ctx->m[mi].kind == ACTOR_ORG && ctx->m[mi].side == SIDE_OTH))
		return -1;
	if (ctx->genitive && pos_tok_oblique(ctx, s, t))
		return -1;
	/* "гарантувати безпеку Європі": a name after guarantees may be
	   whom they protect, in a dative that looks like a genitive */
	if (tr->cls == ctx->guarantees_issue &&
	    (ctx->genitive || ctx->m[mi].side == SIDE_UKR))
		return -1;
	return mi;
}

static int
pos_trigger_owner(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = pos_trigger_lead(ctx, s, tr);
	int	n, mi, from;

	/* "your defence support", in a speech to a nation; not "прошу вас
	   закрити порти", the one asked to act */
	if (t >= (long)s->t0 && pos_tok_has(ctx, t, POS_W_SECOND))
		return ctx->has_addressee && !pos_tok_infinitive(ctx,
		    tr->t0) ? ctx->addressee.mention : -1;
	if (t > (long)s->t0 && pos_tis(ctx, t, "'s") &&
	    ctx->toks[t - 1].mention != -1)
		return ctx->toks[t - 1].mention;
	/* a state or bloc named as the trigger's attribute */
	if ((mi = pos_trigger_attribute(ctx, s, tr)) != -1)
		return mi;
	/* a few words between: "sanctions imposed by", "sanctions on
	   Russia from"; guarantees "from the US" are asked of it, and
	   say nothing of its stance */
	for (t = tr->t1, n = 0; n < POS_OWNER_GAP && t < (long)s->t1 &&
	    !pos_tis(ctx, t, "by") && !pos_tis(ctx, t, "from") &&
	    ctx->toks[t].kind == POS_T_WORD && ctx->toks[t].item == -1; n++)
		t++;
	if (t + 1 >= (long)s->t1 || !(pos_tis(ctx, t, "by") ||
	    (pos_tis(ctx, t, "from") && tr->cls != ctx->guarantees_issue)))
		return -1;
	from = pos_tis(ctx, t, "from");
	t++;
	if (t + 1 < (long)s->t1 && pos_tis(ctx, t, "the"))
		t++;
	/* "the evacuation of foreigners from Ukraine", "corridors from
	   Mariupol": where people leave, no giver of the help */
	if (from && tr->cls == ctx->humanitarian_issue &&
	    (mi = ctx->toks[t].mention) != -1 &&
	    (ctx->m[mi].kind == ACTOR_PLACE || ctx->m[mi].side == SIDE_UKR))
		return -1;
	return ctx->toks[t].mention;
}

/*
 * 1 when trigger i opens on a verb that is alone a cue of acting, whose
 * subject the sentence names ("Germany provided Ukraine with weapons":
 * the phrase "provided Ukraine with" took the verb from the cues), or a
 * verb of banning that opens a trigger of pressure.  The
 * verb then acts as that cue: *fake gets its holders (a negated act, or
 * one only the speaker would hold, is left alone).  The holder rules walk
 * the sentence's items from the cue's own place, so the trigger's slot
 * stands for the verb while they run.
 */
static int
pos_trigger_verb(struct pos_ctx *ctx, struct pos_sent *s, size_t i,
    struct pos_item *fake)
{
	struct pos_item		*tr = &ctx->items[i], save = *tr;
	struct pos_scan		 sc;
	int			 k;

	/* a ban that is itself the pressure acts as well: "Britain bans
	   imports of Russian coal" (the trigger holds the ban) */
	if (!pos_trigger_opens_verb(ctx, tr))
		return 0;
	/* "the EU must ... provide Ukraine with", "stressed the importance
	   of providing": a cue before it makes the act what it asks for,
	   and that cue's holder its holder, if any */
	for (k = (int)s->i0; k < (int)i; k++) {
		if (ctx->items[k].type == POS_P_CUE &&
		    ctx->items[k].cls != POS_C_SPEECH)
			return 0;
	}
	memset(tr, 0, sizeof *tr);
	tr->ph = -1;
	tr->type = POS_P_CUE;
	tr->cls = POS_C_ACT;
	tr->form = POS_F_VERB;
	tr->t0 = save.t0;
	tr->t1 = save.t0 + 1;
	tr->obj = -1;
	pos_hold_cue(ctx, s, tr, &sc);
	for (k = 0; k < tr->nh; k++)
		pos_hold_add(fake, tr->h[k]);	/* the names move over */
	fake->how = tr->how;
	*tr = save;
	/* Ukraine gives itself no aid, Russia puts no pressure on itself
	   ("Ukraine is doing everything to strengthen its defense
	   capabilities": its own work) */
	if (fake->nh == 0 || sc.neg || fake->how == POS_HOW_SPEAKER ||
	    fake->how == POS_HOW_TURN || fake->how == POS_HOW_TITLE ||
	    fake->how == POS_HOW_ADDRESS ||
	    (save.cls == ctx->aid_issue && fake->h[0].side == SIDE_UKR) ||
	    (save.cls == ctx->pressure_issue && fake->h[0].side == SIDE_RUS)) {
		pos_hold_clear(fake);
		return 0;
	}
	return 1;
}

/* 1 when "your" stands before trigger tr (pos_trigger_lead) and the
   text addresses someone: "вашу оборонну підтримку". */
static int
pos_trigger_yours(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t = pos_trigger_lead(ctx, s, tr);

	return ctx->has_addressee && t >= (long)s->t0 &&
	    pos_tok_has(ctx, t, POS_W_SECOND) &&
	    !pos_tok_infinitive(ctx, tr->t0);
}

/* Acts named by a trigger and its owner alone (pos_trigger_owner), for
   the issues whose triggers are acts: pressure, military and
   humanitarian aid, security guarantees. */
void
pos_emit_owned(struct pos_ctx *ctx, struct pos_sent *s, enum pos_modality smod)
{
	struct pos_item		 fake;
	const struct pos_item	*tr;
	size_t			 i;
	int			 mi;

	for (i = s->i0; i < s->i1; i++) {
		tr = &ctx->items[i];
		/* "we appreciate your defence support": a cue of the
		   speaker's may take the act, which is the one addressed's
		   all the same */
		if (tr->type != POS_P_TRIGGER || tr->pol <= 0 ||
		    (tr->cls != ctx->pressure_issue && tr->cls !=
		    ctx->aid_issue && tr->cls != ctx->humanitarian_issue &&
		    tr->cls != ctx->guarantees_issue) ||
		    (pos_taken(ctx, s, i) && !pos_trigger_yours(ctx, s, tr)))
			continue;
		memset(&fake, 0, sizeof fake);
		fake.type = POS_P_CUE;
		fake.cls = POS_C_ACT;
		fake.form = POS_F_NOUN;
		fake.obj = (int)i;
		fake.t0 = tr->t0;
		fake.t1 = tr->t1;
		fake.modality = smod;
		/* "Germany provided Ukraine with ...", "delivered tanks":
		   a trigger that opens on a verb of acting is that verb's
		   subject's act */
		if (pos_trigger_verb(ctx, s, i, &fake)) {
			pos_emit_cue(ctx, s, &fake);
			pos_hold_clear(&fake);
			continue;
		}
		if ((mi = pos_trigger_owner(ctx, s, tr)) != -1) {
			/* "an embargo on gas imports from Russia": Russia
			   is what the pressure is on, no owner of it; and
			   weapons "from Ukraine" are none given to it */
			if ((tr->cls == ctx->pressure_issue &&
			    ctx->m[mi].side == SIDE_RUS) ||
			    (tr->cls == ctx->aid_issue &&
			    ctx->m[mi].side == SIDE_UKR))
				continue;
			pos_hold_add(&fake, pos_hold_mention(ctx, mi));
			fake.how = POS_HOW_POSSESSOR;
		} else if (!pos_hold_thanked(ctx, s, &fake))
			continue;	/* "thanked Poland for the aid" */
		pos_emit_cue(ctx, s, &fake);
		pos_hold_clear(&fake);
	}
}
