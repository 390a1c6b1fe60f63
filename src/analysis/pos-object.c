/*
 * pos-object: the objects of cues and the beneficiaries of triggers.
 *
 * A cue's object is an item of its sentence (it->obj): for most cues the
 * next trigger or cue to the right in the clause, over list commas,
 * judgements and markers; for a passive ("ideas criticised by") the
 * nearest trigger to the left; for a judgement ("unacceptable") the
 * trigger it qualifies, before it over insertions or just after it.  A
 * cue whose object is a cue makes a chain ("criticised the refusal to
 * agree to a ceasefire").  Beneficiaries: a trigger may name whom it is
 * for or against ("sanctions on Belarus", "aid for Kyiv"), and an issue
 * may require a side there; security guarantees Russia asks for itself
 * are a stance on NATO.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-object.h"
#include "analysis/pos-tok.h"

#define POS_OBJ_WINDOW		16	/* tokens a cue looks ahead */
#define POS_PASSIVE_WINDOW	24	/* tokens a passive looks back */

/* The trigger that ends just before token t (skipping a comma), or -1. */
int
pos_object_before(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	int	i;

	if (t >= (long)s->t0 && ctx->toks[t].kind == POS_T_COMMA)
		t--;
	if (t < (long)s->t0 || (i = ctx->toks[t].item) == -1)
		return -1;
	return ctx->items[i].type == POS_P_TRIGGER ? i : -1;
}

/* "sanctions (would) be lifted": the bare passive cue after trigger k,
   which then is the object, or k itself. */
static int
pos_passive_after(const struct pos_ctx *ctx, const struct pos_sent *s, int k)
{
	const struct pos_tok	*tk;
	long			 t = ctx->items[k].t1;
	int			 n;

	for (n = 0; t < (long)s->t1 && n < 4; t++, n++) {
		tk = &ctx->toks[t];
		if (tk->kind != POS_T_WORD || tk->mention != -1)
			break;
		if (tk->item != -1) {
			if (ctx->items[tk->item].type == POS_P_CUE &&
			    ctx->items[tk->item].bare_passive)
				return tk->item;
			if (ctx->items[tk->item].type != POS_P_MARKER)
				break;
			t = ctx->items[tk->item].t1 - 1;
			continue;
		}
		if (!(tk->wflags & POS_W_AUX) && !pos_tok_adverb(ctx, tk))
			break;
	}
	return k;
}

/* 1 for a verb cue after "be", "is", "were" ... with no agent. */
static int
pos_bare_passive(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	static const char *const irr[] = {
		"sent", "held", "made", "put", "given", "taken", "brought",
		"kept", "set", "shot", "struck", "begun", "done", "met", NULL
	};
	const struct pos_tok	*tk = &ctx->toks[it->t0];
	const char		*w = pos_tw(ctx, tk);
	long			 t = it->t0 - 1;
	int			 i, part = 0;

	/* "is opposed to", "was concerned", "is committed to": adjectives */
	if (it->form != POS_F_VERB || it->cls == POS_C_SPEECH ||
	    it->cls == POS_C_MUST || it->cls == POS_C_OPPOSE ||
	    it->cls == POS_C_FEAR || (it->t1 < (int)s->t1 &&
	    pos_tis(ctx, it->t1, "to")))
		return 0;
	part = pos_tok_passive(ctx, it->t0);
	for (i = 0; !part && irr[i] != NULL; i++)
		part = strcmp(w, irr[i]) == 0;
	/* "be backed by pressure": an agent that is no actor */
	if (!part || (it->t1 < (int)s->t1 && pos_tis(ctx, it->t1, "by")))
		return 0;
	while (t >= (long)s->t0 && ctx->toks[t].kind == POS_T_WORD &&
	    pos_tok_adverb(ctx, &ctx->toks[t]))
		t--;
	/* the copula may also close a must cue: "має бути забезпечена" */
	return t >= (long)s->t0 && pos_tok_has(ctx, t, POS_W_COPULA);
}

/*
 * The comma at token t closes an insertion ", which ... ," or ", who
 * ... ,": the token before its opening comma, or -1.
 */
static long
pos_insertion(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	long	c;

	for (c = t - 1; c > (long)s->t0 && c > t - 20; c--) {
		if (ctx->toks[c].kind == POS_T_STOP ||
		    ctx->toks[c].kind == POS_T_COLON)
			return -1;
		if (ctx->toks[c].kind != POS_T_COMMA)
			continue;
		if (pos_tok_relative(ctx, c + 1))
			return c;
		return -1;
	}
	return -1;
}

/* 1 when a boundary word ("after", "during") stands before token t,
   determiners between.  One that opens the sentence and is no
   preposition joins it to the last ("Але цих санкцій недостатньо", "But
   the sanctions are not enough"): the trigger is the sentence's own. */
static int
pos_after_boundary(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	for (t--; t >= (long)s->t0 && pos_tok_has(ctx, t, POS_W_DET); t--)
		;
	return t >= (long)s->t0 && ctx->toks[t].mention == -1 &&
	    pos_tok_has(ctx, t, POS_W_BOUNDARY) && (t > (long)s->t0 ||
	    pos_tok_preposition(ctx, t));
}

/* The trigger among the next n words from token t, or -1. */
static int
pos_object_next_trigger(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t, int n)
{
	const struct pos_tok	*tk;

	for (; t < (long)s->t1 && n > 0; t++, n--) {
		tk = &ctx->toks[t];
		if (tk->kind != POS_T_WORD)
			break;
		if (tk->item != -1 &&
		    ctx->items[tk->item].type == POS_P_TRIGGER)
			return tk->item;
	}
	return -1;
}

/*
 * The object of a judgement: the trigger it qualifies, to its left in
 * the clause ("NATO expansion remained unacceptable") or just after it
 * ("illegitimate sanctions").  -1 when none.
 */
static int
pos_object_eval(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_tok	*tk;
	long			 t, u;
	int			 n, i, right;

	/* "the necessary funds", "an important visit": after a determiner
	   the judgement describes the noun that follows it, nothing
	   before */
	if (it->t0 > (long)s->t0 && pos_tok_has(ctx, it->t0 - 1, POS_W_DET))
		return pos_object_next_trigger(ctx, s, it->t1, 2);
	/* "нарушений перемирия и провокаций": a judgement joined by "and"
	   to the trigger's noun is another noun of the list, no judgement
	   of it ("незаконны и опасны" is, joined to a judgement); what
	   follows it may be ("ready to talk and will keep the negotiation
	   process going") */
	t = it->t0 - 2;
	if (t >= (long)s->t0 && pos_tok_conj(ctx, t + 1) &&
	    ctx->toks[t].item != -1 &&
	    ctx->items[ctx->toks[t].item].type == POS_P_TRIGGER)
		return pos_object_next_trigger(ctx, s, it->t1, 4);
	right = pos_object_next_trigger(ctx, s, it->t1, 1);
	for (t = it->t0 - 1, n = 0; t >= (long)s->t0 && n < 12; t--, n++) {
		tk = &ctx->toks[t];
		/* "Поки немає миру – потрібні санкції": past a dash, the
		   judgement is of the noun right after it ("Переговори –
		   неприйнятні" has none: there the dash is a copula) */
		if (tk->kind == POS_T_OTHER && right != -1)
			return right;
		/* "the plan, which ..., remains": over the insertion */
		if (tk->kind == POS_T_COMMA && (u = pos_insertion(ctx, s, t))
		    != -1) {
			t = u;
			continue;
		}
		/* "talks while troops remain would only freeze the war":
		   the trigger is the subject before the subordinate clause */
		if ((pos_tis(ctx, t, "while") || pos_tis(ctx, t, "when")) &&
		    (i = pos_object_before(ctx, s, t - 1)) != -1)
			return i;
		if (tk->kind == POS_T_STOP || tk->kind == POS_T_COLON ||
		    tk->kind == POS_T_COMMA || (tk->kind == POS_T_WORD &&
		    (tk->wflags & POS_W_BOUNDARY)))
			break;
		if (tk->item == -1)
			continue;
		/* "make the return after deoccupation dangerous": a trigger
		   after a boundary word ("after", "during") is its clause's,
		   not the judgement's */
		if (ctx->items[tk->item].type == POS_P_TRIGGER &&
		    pos_after_boundary(ctx, s, ctx->items[tk->item].t0))
			break;
		if (ctx->items[tk->item].type == POS_P_TRIGGER)
			return tk->item;
		/* "the release of captives held in the east could start":
		   a participle right after the trigger describes it */
		if (ctx->items[tk->item].type == POS_P_CUE) {
			if ((i = pos_object_before(ctx, s,
			    ctx->items[tk->item].t0 - 1)) != -1)
				return i;
			break;
		}
	}
	return pos_object_next_trigger(ctx, s, it->t1, 4);
}

/* 1 for the comma of a list ("taxes, tariffs and sanctions"): a word or
   two, then "and"/"or" or another comma. */
static int
pos_list_comma(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	long	u;

	for (u = t + 1; u < (long)s->t1 && u <= t + 3; u++) {
		if (ctx->toks[u].kind == POS_T_COMMA || pos_tok_conj(ctx, u))
			return u > t + 1;
		if (ctx->toks[u].kind != POS_T_WORD ||
		    (ctx->toks[u].wflags & POS_W_BOUNDARY) ||
		    (ctx->toks[u].item != -1 &&
		    ctx->items[ctx->toks[u].item].type == POS_P_CUE))
			return 0;
	}
	return 0;
}

/*
 * 1 when a plan noun follows token t within a few words of its own
 * ("put forward a framework", "presented his own peace blueprint").
 */
static int
pos_plan_noun(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	static const char *const noun[] = {
		"plan", "plans", "framework", "proposal", "proposals",
		"roadmap", "blueprint", "formula", "initiative", NULL
	};
	const struct pos_tok	*tk;
	int			 n, i;

	for (n = 0; t < (long)s->t1 && n < 4; t++, n++) {
		tk = &ctx->toks[t];
		if (tk->kind != POS_T_WORD || tk->item != -1 ||
		    (tk->wflags & POS_W_BOUNDARY))
			return 0;
		for (i = 0; noun[i] != NULL; i++) {
			if (pos_tis(ctx, t, noun[i]))
				return 1;
		}
	}
	return 0;
}

/* The object of a cue: the next trigger or cue in its clause, or -1. */
static int
pos_object_right(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_tok	*tk;
	const struct pos_item	*o;
	long			 t;
	int			 n, inlist = 0;

	for (t = it->t1, n = 0; t < (long)s->t1 && n < POS_OBJ_WINDOW;
	    t++, n++) {
		tk = &ctx->toks[t];
		/* "to the sovereignty, independence, and integrity": the
		   comma before the last item of a list (after another), or
		   before the noun its list of modifiers describes ("imposed
		   such, sectoral, sanctions") */
		if (tk->kind == POS_T_COMMA && (pos_list_comma(ctx, s, t) ||
		    (inlist && (pos_tok_conj(ctx, t + 1) ||
		    pos_object_next_trigger(ctx, s, t + 1, 1) != -1)))) {
			inlist = 1;
			continue;
		}
		/* "робимо все, щоб коридори працювали", "маємо робити
		   більше, щоб повернути мир": an effort's purpose, or an
		   obligation's, is its object */
		if (tk->kind == POS_T_COMMA && t + 1 < (long)s->t1 &&
		    it->form == POS_F_VERB && (it->cls == POS_C_TRY ||
		    it->cls == POS_C_ACT || it->cls == POS_C_MUST) &&
		    pos_tok_has(ctx, t + 1, POS_W_PURPOSE)) {
			t++;
			continue;
		}
		if (tk->kind == POS_T_COMMA || tk->kind == POS_T_STOP ||
		    tk->kind == POS_T_COLON)
			break;
		/* "no promise of autonomy and that ...": another clause;
		   "must not forget that ...": the clause of another verb */
		if (pos_tok_conj(ctx, t) && pos_tok_has(ctx, t + 1, POS_W_COMP))
			break;
		if (pos_tok_has(ctx, t, POS_W_MENTAL) && t + 1 < (long)s->t1 &&
		    pos_tok_has(ctx, t + 1, POS_W_COMP))
			break;
		/* "ви повинні пам'ятати евакуацію", "must remember the
		   evacuation": what one must keep in mind, not do */
		if (t == it->t1 && pos_tok_has(ctx, t, POS_W_MENTAL))
			break;
		/* "prevent aggression and force the aggressor to peace": a
		   verb that makes someone act, after "and", is the cue's
		   fellow, as a cue would be */
		if (t > it->t1 && pos_tok_conj(ctx, t - 1) &&
		    pos_tok_has(ctx, t, POS_W_CAUSATIVE))
			break;
		if (tk->item != -1) {
			o = &ctx->items[tk->item];
			if (o->type == POS_P_TRIGGER)
				return pos_passive_after(ctx, s, tk->item);
			if (o->type == POS_P_CUE && o->form == POS_F_EVAL) {
				t = o->t1 - 1;	/* "the illegitimate sanctions" */
				continue;
			}
			/* "could end the war and restore peace": a verb
			   after "and" is the cue's fellow, not its object */
			if (o->type == POS_P_CUE && o->form == POS_F_VERB &&
			    t > it->t1 && pos_tok_conj(ctx, t - 1))
				break;
			if (o->type == POS_P_CUE)
				return o->cls == POS_C_SPEECH ? -1 : tk->item;
			if (o->cls == POS_M_CONDITIONAL &&
			    !pos_tis(ctx, o->t0, "would"))
				break;
			t = o->t1 - 1;
			continue;
		}
		if (tk->kind == POS_T_WORD && (tk->wflags & POS_W_BOUNDARY))
			break;
		/* "the key to resisting aggression is the heroism of ...
		   and sanctions": a gerund in the subject ends before the
		   main verb, a copula and a determiner (not "are
		   threatening", an auxiliary) */
		if (pos_tok_has(ctx, t, POS_W_COPULA) && t + 1 < (long)s->t1 &&
		    pos_tok_has(ctx, t + 1, POS_W_DET) &&
		    pos_tok_gerund(ctx, it->t0))
			break;
	}
	return -1;
}

/* The nearest trigger before a passive cue ("ideas ... criticised by"). */
static int
pos_object_left(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t;
	int	n;

	for (t = it->t0 - 1, n = 0; t >= (long)s->t0 &&
	    n < POS_PASSIVE_WINDOW; t--, n++) {
		if (ctx->toks[t].kind == POS_T_STOP)
			break;
		if (ctx->toks[t].item != -1 &&
		    ctx->items[ctx->toks[t].item].type == POS_P_TRIGGER)
			return ctx->toks[t].item;
	}
	return -1;
}

#define POS_SUBJECT_TAIL	4	/* words after a trigger before its
					   verb ("against Russia") */

/* The trigger that is the subject of the verb after token t, a few words
   of its own ("sanctions against Russia should") between, or -1. */
static int
pos_object_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	long	n;
	int	i;

	if ((i = pos_object_before(ctx, s, t)) != -1)
		return i;
	/* "санкції ... обов'язково має": over an adverb */
	while (t >= (long)s->t0 && (pos_tok_adverb(ctx, &ctx->toks[t]) ||
	    pos_tok_has(ctx, t, POS_W_AUX)) && ctx->toks[t].item == -1)
		t--;
	for (n = 0; n < POS_SUBJECT_TAIL && t >= (long)s->t0; n++, t--) {
		if (ctx->toks[t].kind != POS_T_WORD ||
		    pos_tok_has(ctx, t, POS_W_BOUNDARY | POS_W_COMP |
		    POS_W_RELATIVE))
			return -1;
		if ((i = ctx->toks[t].item) != -1)
			return ctx->items[i].type == POS_P_TRIGGER ? i : -1;
	}
	return -1;
}

/* 1 when the phrase of cue it ends on an actor ("згод* @"). */
static int
pos_cue_ends_on_actor(const struct pos_ctx *ctx, const struct pos_item *it)
{
	const struct pos_phrase	*ph = &ctx->d->ph[it->ph];

	return ph->nw > 0 && ph->w[ph->nw - 1].kind == POS_WK_MENTION;
}

/*
 * "Санкции нужно усиливать", "санкції треба посилювати": a language with
 * cases may put the object of an obligation first, so a must cue whose
 * object is a verb cue with none of its own gives that verb the trigger
 * before the must ("sanctions ... must be tightened").
 */
static void
pos_object_fronted(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	struct pos_item	*verb;

	if (!ctx->genitive || it->type != POS_P_CUE ||
	    it->cls != POS_C_MUST || it->obj == -1)
		return;
	verb = &ctx->items[it->obj];
	if (verb->type != POS_P_CUE || verb->form != POS_F_VERB ||
	    verb->obj != -1 || verb->cls == POS_C_SPEECH ||
	    verb->cls == POS_C_MUST)
		return;
	verb->obj = pos_object_subject(ctx, s, it->t0 - 1);
}

/*
 * The passives and objects of the cues of sentence s: a passive or a
 * relative clause takes the trigger before it, a judgement the trigger it
 * qualifies, any other cue the next trigger or cue to its right.  A cue
 * that is another's object is marked inner.
 */
void
pos_object_find(struct pos_ctx *ctx, const struct pos_sent *s)
{
	struct pos_item	*it;
	size_t		 i;

	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_CUE || it->cls == POS_C_SPEECH)
			continue;
		it->passive = it->form == POS_F_VERB &&
		    pos_hold_passive(ctx, s, it);
		it->bare_passive = !it->passive && pos_bare_passive(ctx, s, it);
	}
	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_CUE || it->cls == POS_C_SPEECH)
			continue;
		if (it->form == POS_F_EVAL)
			it->obj = pos_object_eval(ctx, s, it);
		else if (it->passive || it->bare_passive)
			it->obj = pos_object_left(ctx, s, it);
		else
			it->obj = pos_object_right(ctx, s, it);
		/* "евакуація ... за посередництва ООН": a noun cue that
		   ends on its holder may close its clause, after what it
		   is about */
		if (it->obj == -1 && it->form == POS_F_NOUN &&
		    pos_cue_ends_on_actor(ctx, it))
			it->obj = pos_object_left(ctx, s, it);
		/* "the Minsk package had to be carried out", "sanctions
		   against Russia should contain oil" */
		if (it->obj == -1 && it->cls == POS_C_MUST)
			it->obj = pos_object_subject(ctx, s, it->t0 - 1);
		if (it->obj == -1 && it->cls == POS_C_PROPOSE &&
		    it->form == POS_F_VERB && !it->passive && !it->bare_passive)
			it->planobj = pos_plan_noun(ctx, s, it->t1);
		if (it->obj != -1 && ctx->items[it->obj].type == POS_P_CUE)
			ctx->items[it->obj].inner = 1;
	}
	for (i = s->i0; i < s->i1; i++)
		pos_object_fronted(ctx, s, &ctx->items[i]);
}

#define POS_PLAN_FOR	4	/* words after a plan that say what for */

/* 1 when the plan a chain ends in is one for a military act: "drew up
   plans for a new assault" is no peace plan. */
static int
pos_plan_hostile(const struct pos_ctx *ctx, const struct pos_item *it)
{
	long	t;

	for (t = it->t1; t < (long)ctx->ntoks && t < it->t1 + POS_PLAN_FOR;
	    t++) {
		if (ctx->toks[t].kind != POS_T_WORD)
			return 0;
		if (pos_tok_has(ctx, t, POS_W_HOSTILE))
			return 1;
	}
	return 0;
}

/* 1 when the plan a chain ends in has a name of its own: "the Crimea
   Platform initiative", "the Grain from Ukraine programme" are
   programmes, not peace plans. */
static int
pos_plan_named(const struct pos_ctx *ctx, const struct pos_item *it)
{
	const struct pos_tok	*tk;

	if (it->t0 < 2)
		return 0;
	tk = &ctx->toks[it->t0 - 1];
	return tk->kind == POS_T_WORD && tk->cap && tk->mention == -1 &&
	    ctx->toks[it->t0 - 2].kind == POS_T_WORD;
}

const struct pos_item *
pos_object_chain(const struct pos_ctx *ctx, const struct pos_item *it)
{
	int	n = 0;

	while (it->type == POS_P_CUE && it->obj != -1 && n++ < 10)
		it = &ctx->items[it->obj];
	if (it->type == POS_P_TRIGGER)
		return it;
	if (ctx->plan_issue != -1 && !pos_plan_hostile(ctx, it) &&
	    !pos_plan_named(ctx, it))
		return it;
	return NULL;
}

/*
 * Whose benefit: security guarantees are Ukraine's.  When Russia asks for
 * them (opposing someone's guarantees is no such request) and names no
 * Ukrainian beneficiary near them (pos_ukraine_near()), they are the
 * guarantees Moscow wants for itself against NATO's enlargement ("we
 * proposed a treaty on security guarantees"): a stance against
 * enlargement, not for guarantees to Ukraine.  Returns the issue, and
 * flips *v for it.
 */
#define POS_BENEFICIARY_REACH	4	/* words around guarantees to
					   whom they are for */

/* 1 when Ukraine is named within a few words of trigger tr: "guarantees
   for Ukraine", "Ukraine's security guarantees". */
static int
pos_ukraine_near(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t, lo = tr->t0 - POS_BENEFICIARY_REACH,
		hi = tr->t1 + POS_BENEFICIARY_REACH;
	int	mi;

	for (t = lo < (long)s->t0 ? (long)s->t0 : lo; t < (long)s->t1 &&
	    t < hi; t++) {
		if ((mi = ctx->toks[t].mention) != -1 &&
		    ctx->m[mi].side == SIDE_UKR)
			return 1;
	}
	return 0;
}

int
pos_object_beneficiary(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, int issue, enum side holder, int *v)
{
	if (issue != ctx->guarantees_issue || ctx->nato_issue == -1 ||
	    holder != SIDE_RUS || *v < 0 || pos_ukraine_near(ctx, s, tr))
		return issue;
	*v = -*v;
	return ctx->nato_issue;
}

#define POS_TARGET_WINDOW	4	/* words from a trigger to its target */

/*
 * The side a trigger names as its target or beneficiary just after it:
 * "sanctions on Belarus", "weapons to the republics", "aid for Kyiv" (a
 * word of class toward, at most a few words, then an actor).  SIDE_NONE
 * when it names none.
 */
static enum side
pos_target(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	long	t, end = tr->t1 + POS_TARGET_WINDOW;
	int	mi;

	if (tr->t1 >= (int)s->t1 || !pos_tok_has(ctx, tr->t1, POS_W_TOWARD))
		return SIDE_NONE;
	for (t = tr->t1 + 1; t < (long)s->t1 && t < end; t++) {
		if (ctx->toks[t].kind != POS_T_WORD)
			break;
		if ((mi = ctx->toks[t].mention) != -1)
			return ctx->m[mi].side;
		/* "weapons to force Russian troops out": an infinitive,
		   so a purpose, no target ("to the republics" is one) */
		if (t == tr->t1 + 1 && pos_tis(ctx, tr->t1, "to") &&
		    !ctx->toks[t].cap && !pos_tok_has(ctx, t, POS_W_DET) &&
		    strchr(pos_tw(ctx, &ctx->toks[t]), '-') == NULL)
			break;
	}
	return SIDE_NONE;
}

/* 1 when the word at token t starts with one of stem[]. */
static int
pos_stem_among(const struct pos_ctx *ctx, long t, const char *const *stem)
{
	const char	*w;
	int		 i;

	if (ctx->toks[t].kind != POS_T_WORD)
		return 0;
	w = pos_tw(ctx, &ctx->toks[t]);
	for (i = 0; stem[i] != NULL; i++) {
		if (strncmp(w, stem[i], strlen(stem[i])) == 0)
			return 1;
	}
	return 0;
}

/*
 * The side of the state whose integrity or sovereignty trigger tr names:
 * the state just after it, in the genitive or after "of" ("the
 * territorial integrity of Serbia", "целостность и суверенитет России"),
 * or before it with "'s" ("Georgia's sovereignty").  SIDE_NONE when none
 * is named or the trigger is of another kind.
 */
static enum side
pos_integrity_owner(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr)
{
	static const char *const stem[] = {
		"integr", "sovereign", "целостн", "цілісн", "суверен", NULL
	};
	long		 t = tr->t1;
	int		 n, mi;

	if (!pos_stem_among(ctx, tr->t1 - 1, stem))
		return SIDE_NONE;
	/* "целостность и суверенитет России" */
	for (n = 0; n < 2 && t < (long)s->t1 && (pos_tok_conj(ctx, t) ||
	    pos_stem_among(ctx, t, stem)); n++)
		t++;
	if (tr->t0 > (int)s->t0 + 1 && pos_tis(ctx, tr->t0 - 1, "'s") &&
	    (mi = ctx->toks[tr->t0 - 2].mention) != -1)
		return ctx->m[mi].kind == ACTOR_STATE ? ctx->m[mi].side :
		    SIDE_NONE;
	if (t < (long)s->t1 && pos_tis(ctx, t, "of"))
		t++;
	if (t < (long)s->t1 && pos_tis(ctx, t, "the"))
		t++;
	if (t >= (long)s->t1 || (mi = ctx->toks[t].mention) == -1 ||
	    ctx->m[mi].kind != ACTOR_STATE)
		return SIDE_NONE;
	return ctx->m[mi].side;
}

/*
 * 1 when the trigger's target is not the issue's: pressure is on Russia,
 * military and humanitarian aid go to Ukraine: "humanitarian aid to
 * Syria" is another story; the territory is Ukraine's.
 */
int
pos_object_wrong_target(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *tr, int issue)
{
	enum side	target;

	/* "защитить территориальную целостность России": another
	   state's land is not what the issue is about */
	if (tr->type == POS_P_TRIGGER && issue == ctx->territory_issue) {
		target = pos_integrity_owner(ctx, s, tr);
		return target != SIDE_NONE && target != SIDE_UKR;
	}
	if (tr->type != POS_P_TRIGGER || (issue != ctx->pressure_issue &&
	    issue != ctx->aid_issue && issue != ctx->humanitarian_issue))
		return 0;
	/* "weapons against the invaders": the enemy, no beneficiary */
	if (issue != ctx->pressure_issue && pos_tis(ctx, tr->t1, "against"))
		return 0;
	target = pos_target(ctx, s, tr);
	if (target == SIDE_NONE)
		return 0;
	return issue == ctx->pressure_issue ? target != SIDE_RUS :
	    target != SIDE_UKR && target != SIDE_NONE;
}

/*
 * 1 when a side cannot hold the stance in this war, so that the reading,
 * not the side, is wrong: Ukraine is not against the pressure on Russia
 * ("the world has applied destructive sanctions" praises them), nor
 * against the weapons and the help it asks for ("we are not given
 * fighter jets", "they do not let the aid in" are complaints), nor
 * against guarantees of its security ("the guarantees will never be a
 * mere formality" praises them), nor for Russia's hold on its land ("the
 * occupation of our territories" is a fact it names); Russia is not for the pressure on itself ("they
 * threaten us with sanctions"), for weapons for Ukraine, or for NATO's
 * growth.
 */
int
pos_object_against_self(const struct pos_ctx *ctx, int issue,
    enum side holder, int v)
{
	if (holder == SIDE_UKR)
		return (v < 0 && (issue == ctx->pressure_issue ||
		    issue == ctx->aid_issue ||
		    issue == ctx->humanitarian_issue ||
		    issue == ctx->guarantees_issue)) ||
		    (v > 0 && issue == ctx->territory_issue);
	if (holder == SIDE_RUS)
		return v > 0 && (issue == ctx->pressure_issue ||
		    issue == ctx->aid_issue || issue == ctx->nato_issue);
	return 0;
}
