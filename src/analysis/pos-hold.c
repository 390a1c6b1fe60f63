/*
 * pos-hold: the holders of a cue (struct pos_hold in its item's h[]), and
 * the rules that find them other than a verb's subject (pos-subject.c)
 * and a group (pos-group.c).
 *
 * A holder is an actor mention of the article, or a role ("his foreign
 * minister") that takes its side from the person it refers to and owns
 * its name.  An item keeps at most POS_MAX_HOLDERS, one per mention and
 * per actor; a place never holds a position.  The speaker of a sentence
 * (pos-speech.c) is a holder like any other, copied with its own name.
 *
 * The rules: a pronoun ("he", "they", "we"); the possessor of a noun cue
 * ("Russia's refusal", "the refusal of the Kiev authorities", "отказ
 * Москвы"); the agent of a passive ("proposed by the US"); whoever is
 * thanked "for supporting"; whoever put forward the plan that "calls
 * for"; and, for a cue with no holder of its own, the speaker.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-group.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-modal.h"
#include "analysis/pos-object.h"
#include "analysis/pos-subject.h"
#include "analysis/pos-tok.h"
#include "base/xmalloc.h"
#include "text/article.h"

struct pos_hold
pos_hold_mention(const struct pos_ctx *ctx, int mi)
{
	struct pos_hold	h;

	memset(&h, 0, sizeof h);
	h.mention = mi;
	h.side = ctx->m[mi].side;
	h.actor = ctx->m[mi].actor;
	h.name = ctx->m[mi].name != NULL ? ctx->m[mi].name : "";
	h.start = ctx->m[mi].start;
	h.end = ctx->m[mi].end;
	h.place = ctx->m[mi].kind == ACTOR_PLACE;
	return h;
}

void
pos_hold_add(struct pos_item *it, struct pos_hold h)
{
	int	i;

	/* "in Minsk", "parts of Donetsk": a place holds no position. */
	if (h.place) {
		free(h.own);
		return;
	}
	for (i = 0; i < it->nh; i++) {
		if (it->h[i].mention == h.mention && h.mention != -1)
			return;
		if (h.mention != -1 && it->h[i].mention != -1 &&
		    h.actor != -1 && it->h[i].actor == h.actor)
			return;
	}
	if (it->nh < POS_MAX_HOLDERS)
		it->h[it->nh++] = h;
	else
		free(h.own);
}

void
pos_hold_drop_side(struct pos_item *it, enum side side)
{
	int	k, n = 0;

	for (k = 0; k < it->nh; k++) {
		if (it->h[k].side == side)
			free(it->h[k].own);
		else
			it->h[n++] = it->h[k];
	}
	it->nh = n;
}

void
pos_hold_clear(struct pos_item *it)
{
	int	i;

	for (i = 0; i < it->nh; i++)
		free(it->h[i].own);
	it->nh = 0;
}

/* The last mention of a person that starts before byte off, or -1. */
int
pos_hold_last_person(const struct pos_ctx *ctx, uint32_t off)
{
	size_t	lo = 0, hi = ctx->nm, mid, n = 0;
	long	i;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->m[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = (long)lo - 1; i >= 0 && n < 400; i--, n++) {
		if (ctx->m[i].kind == ACTOR_PERSON && ctx->m[i].side != SIDE_NONE)
			return (int)i;
	}
	return -1;
}

/* The speaker covering token t of sentence s, or NULL. */
const struct pos_hold *
pos_hold_speaker_at(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	long	r = t - (long)s->t0;

	if (s->has_spk && r >= s->s0 && r < s->s1)
		return &s->spk;
	return NULL;
}

void
pos_hold_add_speaker(struct pos_item *it, const struct pos_hold *h)
{
	struct pos_hold	c = *h;

	if (c.own != NULL)
		c.own = xstrdup(c.own), c.name = c.own;
	pos_hold_add(it, c);
	it->how = POS_HOW_SPEAKER;
}

/* The text of a joint statement is each author's: when spk is the
   title's author speaking s, its coauthors hold it too. */
static void
pos_hold_add_coauthors(const struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, const struct pos_hold *spk)
{
	int	k;

	if (spk != &s->spk || s->spk_how != POS_HOW_TITLE ||
	    spk->mention != ctx->author.mention)
		return;
	for (k = 0; k < ctx->ncoauthors; k++)
		pos_hold_add_speaker(it, &ctx->coauthor[k]);
}

/* The speaker spk of sentence s, with the others of its group ("the U.S.
   and Ukraine announce ..."), as holders of it. */
void
pos_hold_add_speakers(const struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, const struct pos_hold *spk)
{
	const struct pos_item	*sp;
	size_t			 j;
	int			 k;

	for (j = s->i0; spk->mention != -1 && j < s->i1; j++) {
		sp = &ctx->items[j];
		if (sp->type != POS_P_CUE || sp->cls != POS_C_SPEECH ||
		    sp->nh == 0 || sp->h[0].mention != spk->mention)
			continue;
		for (k = 0; k < sp->nh; k++)
			pos_hold_add_speaker(it, &sp->h[k]);
		return;
	}
	pos_hold_add_speaker(it, spk);
	if (spk == &s->spk)
		it->how = s->spk_how;
	pos_hold_add_coauthors(ctx, s, it, spk);
}

/*
 * Copy the holders of it that are actor mentions into to (of
 * POS_MAX_HOLDERS), without the names they own; their number into *n.
 */
void
pos_hold_copy(struct pos_hold *to, int *n, const struct pos_item *it)
{
	int	i;

	*n = 0;
	for (i = 0; i < it->nh; i++) {
		if (it->h[i].mention == -1)
			continue;
		to[*n] = it->h[i];
		to[*n].own = NULL;
		(*n)++;
	}
}

/*
 * "Putin told Niinisto about his talks with Biden.  He stressed ...": a
 * "he" that opens its sentence is the subject of the sentence before,
 * taken as the first person named in it, not the last, when that is the
 * article's host (the person it names most often: readouts keep their
 * own leader the subject).  -1 when t does not open s or no such person.
 */
static int
pos_hold_prev_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	const struct sentence	*prev;
	size_t			 i;

	if (t != (long)s->t0 || s->index == 0)
		return -1;
	prev = &ctx->a->sents[s->index - 1];
	for (i = 0; i < ctx->nm && ctx->m[i].start < prev->end; i++) {
		if (ctx->m[i].start >= prev->start &&
		    ctx->m[i].kind == ACTOR_PERSON &&
		    ctx->m[i].side != SIDE_NONE)
			return ctx->m[i].actor == pos_host_actor(ctx) ?
			    (int)i : -1;
	}
	return -1;
}

#define POS_SPEAKER_RECENT	4	/* sentences a quoted speaker stays
					   the "he" of "he said" */

/* A pronoun at token t: he/she/his/her, they/their, we/i/our/my. */
int
pos_hold_pronoun(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_hold	*spk;
	unsigned		 f = ctx->toks[t].wflags;
	int			 mi;

	if (ctx->toks[t].kind != POS_T_WORD)
		return 0;
	if (f & POS_W_THIRD) {
		/* "X says that he is ready": the person who speaks */
		spk = pos_hold_speaker_at(ctx, s, t);
		if (spk != NULL && spk->mention != -1 &&
		    ctx->m[spk->mention].kind == ACTOR_PERSON &&
		    !s->spk_turn && spk->start < ctx->toks[t].start) {
			pos_hold_add_speaker(it, spk);
			it->how = POS_HOW_PRONOUN;
		} else if (it->cls == POS_C_SPEECH && it->type == POS_P_CUE &&
		    ctx->last_speaker != -1 && s->index <
		    ctx->last_speaker_sent + POS_SPEAKER_RECENT &&
		    ((mi = pos_hold_last_person(ctx, ctx->toks[t].start)) ==
		    -1 || ctx->m[mi].start < ctx->last_speaker_end)) {
			/* "X noted that he and Y agree. '...,' he stressed":
			   whoever was last quoted, unless a person was named
			   since */
			pos_hold_add(it, pos_hold_mention(ctx,
			    ctx->last_speaker));
			it->how = POS_HOW_PRONOUN;
		} else if ((mi = pos_hold_prev_subject(ctx, s, t)) != -1 ||
		    (mi = pos_hold_last_person(ctx, ctx->toks[t].start)) !=
		    -1) {
			/* "он уклоняется от переговоров" in Putin's turn:
			   "he" is someone else than whose turn it is, and
			   the person named before him is a guess too far */
			if (spk != NULL && s->spk_turn &&
			    ctx->m[mi].actor == spk->actor)
				mi = -1;
			if (mi != -1) {
				pos_hold_add(it, pos_hold_mention(ctx, mi));
				it->how = POS_HOW_PRONOUN;
			}
		}
		return 1;
	}
	if (f & POS_W_PLURAL) {
		pos_group_they(ctx, s, it, t);
		return 1;
	}
	/* "you", "your" in a speech to a nation its title names */
	if (f & POS_W_SECOND) {
		if (ctx->has_addressee) {
			pos_hold_add(it, ctx->addressee);
			it->how = POS_HOW_PRONOUN;
		}
		return 1;
	}
	if (f & POS_W_SELF) {
		if ((spk = pos_hold_speaker_at(ctx, s, t)) != NULL) {
			pos_hold_add_speaker(it, spk);
			it->how = s->spk_how;
			pos_hold_add_coauthors(ctx, s, it, spk);
		}
		return 1;
	}
	return 0;
}

/* Words that are not adjectives before a noun cue: determiners,
   prepositions, conjunctions, auxiliaries, "that", "no", "not". */
static int
pos_is_function_word(const struct pos_ctx *ctx, long t)
{
	const char	*w = pos_tw(ctx, &ctx->toks[t]);
	int		 i = ctx->toks[t].item;

	if (ctx->toks[t].wflags & (POS_W_DET | POS_W_PREP | POS_W_CONJ |
	    POS_W_AUX))
		return 1;
	if (i != -1 && ctx->items[i].type == POS_P_MARKER &&
	    ctx->items[i].cls == POS_M_NEGATION)
		return 1;
	return strcmp(w, "that") == 0;
}

#define POS_OF_WINDOW	4	/* words from "of" to the holder it names */

/* The actor a few words after "of" that ends a noun cue, as its holder:
   "the refusal of the Kiev authorities" (1 when found).  A group there
   that no actor names ("the reluctance of the Western capitals")
   holds it too, though nobody can be named: it->others is set. */
static int
pos_of_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long of)
{
	long	t;

	for (t = of + 1; t < (long)s->t1 && t <= of + POS_OF_WINDOW; t++) {
		if (ctx->toks[t].kind != POS_T_WORD || ctx->toks[t].item != -1)
			return 0;
		if (ctx->toks[t].mention != -1)
			return pos_group_right(ctx, s, it, t);
		if (pos_tok_has(ctx, t, POS_W_GROUP | POS_W_OUTSIDER) &&
		    !pos_tok_has(ctx, t, POS_W_SELF)) {
			it->others = 1;
			return 0;
		}
		/* "the evacuation of civilians from Mariupol": the
		   actor of another preposition is no possessor */
		if (pos_tok_preposition(ctx, t))
			return 0;
	}
	return 0;
}

/* 1 when "for" follows the holder pos_of_holder found for it. */
static int
pos_of_for(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t;

	for (t = it->t1; t < (long)s->t1 && ctx->toks[t].mention == -1; t++)
		;
	t = pos_tok_mention_last(ctx, s, t) + 1;
	if (t < (long)s->t1 && pos_tis(ctx, t, "'s"))
		t++;
	return t < (long)s->t1 && pos_tis(ctx, t, "for");
}

#define POS_LIGHT_GAP	3	/* words between a light verb and its noun */

/* "the senators expressed unanimous support for ...": a noun cue after a
   verb that only carries it (class "light") is held by that verb's
   subject; so is one after a copula ("Scholz is a firm supporter of"). */
static void
pos_light_verb(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	long	t;

	for (t = it->t0 - 1; t >= (long)s->t0 && t >= it->t0 - 1 -
	    POS_LIGHT_GAP; t--) {
		if (ctx->toks[t].kind != POS_T_WORD ||
		    ctx->toks[t].mention != -1)
			return;
		if (pos_tok_has(ctx, t, POS_W_LIGHT | POS_W_COPULA)) {
			pos_subject_clause(ctx, s, it, t + 1);
			return;
		}
	}
}

/* 1 when token t is a word of a trigger's phrase: the "Минских" of
   "нарушений Минских соглашений" names the agreements, no one who
   breaks them.  A trigger that opens on any actor ("@ гарантий") keeps
   that actor a possessor: "нарушение США гарантий" is the US's. */
static int
pos_in_trigger(const struct pos_ctx *ctx, long t)
{
	const struct pos_item	*tr;
	int			 i = ctx->toks[t].item;

	if (i == -1 || ctx->items[i].type != POS_P_TRIGGER)
		return 0;
	tr = &ctx->items[i];
	return tr->ph < 0 || tr->t0 != t ||
	    ctx->d->ph[tr->ph].w[0].kind != POS_WK_MENTION;
}

#define POS_NOUN_ADJECTIVES	3	/* adjectives between a possessor and
					   its noun cue */

/* The holder of a noun cue: "Russia's refusal", "the US proposal", "a
   proposal by Kyiv", "the refusal of the Kiev authorities". */
static void
pos_noun_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	const struct pos_tok	*tk;
	long			 p = it->t0 - 1;
	int			 n = 0;

	/* "thanked him for his support for": whom one thanks */
	if (pos_hold_thanked(ctx, s, it))
		return;
	/* a noun cue whose phrase ends on its possessor, in a language
	   that puts it after the noun ("згод* @": "згоду російської
	   сторони"), is that actor's */
	if (ctx->genitive && it->t1 - 1 > it->t0 &&
	    ctx->toks[it->t1 - 1].mention != -1) {
		pos_group_right(ctx, s, it,
		    pos_tok_mention_first(ctx, s, it->t1 - 1));
		it->how = POS_HOW_POSSESSOR;
		return;
	}
	while (p >= (long)s->t0 && n < POS_NOUN_ADJECTIVES) {
		tk = &ctx->toks[p];
		/* "Estonia's firm and unwavering support": adjectives
		   joined by "and" or a comma */
		if (n > 0 && p > (long)s->t0 && (pos_tok_conj(ctx, p) ||
		    tk->kind == POS_T_COMMA) && ctx->toks[p - 1].kind ==
		    POS_T_WORD && ctx->toks[p - 1].item == -1 &&
		    ctx->toks[p - 1].mention == -1 && !ctx->toks[p - 1].cap &&
		    !pos_is_function_word(ctx, p - 1)) {
			p--;
			continue;
		}
		if (tk->kind != POS_T_WORD || tk->mention != -1 ||
		    tk->item != -1 || tk->cap || pos_is_function_word(ctx, p))
			break;
		p--;
		n++;
	}
	if (p >= (long)s->t0 && pos_tis(ctx, p, "'s"))
		p--;
	it->how = POS_HOW_POSSESSOR;
	if (p >= (long)s->t0 && ctx->toks[p].mention != -1) {
		pos_group_left(ctx, s, it, p);
		it->how = POS_HOW_POSSESSOR;
		return;
	}
	if (p >= (long)s->t0 && pos_hold_pronoun(ctx, s, it, p)) {
		/* "I see his willingness", said by Macron of Putin: a
		   third person's, whoever he is, never the speaker's
		   ("their" may be a joint statement's authors) */
		if (it->nh == 0 && pos_tok_has(ctx, p, POS_W_THIRD))
			it->others = 1;
		return;
	}
	if (it->t1 < (int)s->t1 && pos_tis(ctx, it->t1, "by") &&
	    pos_group_right(ctx, s, it, it->t1 + 1))
		it->how = POS_HOW_PASSIVE;
	/* "the reluctance of the Western powers to ...": of the holder,
	   when an actor follows within a few words */
	else if (it->nh == 0 && it->t1 < (int)s->t1 &&
	    pos_tis(ctx, it->t1, "of") && pos_of_holder(ctx, s, it, it->t1))
		it->how = POS_HOW_POSSESSOR;
	/* a cue that ends on "of" ("the support of") names what it is
	   for after it, even an actor ("in support of Ukraine"), unless
	   "for" follows: "the support of the UK for ..." */
	else if (it->nh == 0 && pos_tis(ctx, it->t1 - 1, "of") &&
	    pos_of_holder(ctx, s, it, it->t1 - 1)) {
		if (pos_of_for(ctx, s, it))
			it->how = POS_HOW_POSSESSOR;
		else {
			pos_hold_clear(it);
			it->others = 0;
		}
	}
	/* Russian and Ukrainian put the possessor after the noun, in the
	   genitive: "отказ Москвы", "пропозиція України" */
	else if (it->nh == 0 && ctx->genitive && it->t1 < (int)s->t1 &&
	    ctx->toks[it->t1].mention != -1 &&
	    !pos_in_trigger(ctx, it->t1)) {
		pos_group_right(ctx, s, it, it->t1);
		it->how = POS_HOW_POSSESSOR;
	}
	if (it->nh == 0 && !it->inner)
		pos_light_verb(ctx, s, it);
}

/*
 * 1 when verb cue it, a passive or reflexive verb of a language that has
 * cases, is followed at token t by its agent in the instrumental, an
 * actor or a word for the foe, with adjectives in the same case before
 * it: "перемирие было сорвано Киевом", "спроби зриваються російськими
 * окупантами".  An actor after a preposition is no agent ("с Россией"),
 * nor one in the dative, whose endings differ.
 */
static int
pos_instrumental_agent(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it, long t)
{
	int	n;

	if (!ctx->genitive || it->t1 != it->t0 + 1 ||
	    !(pos_tok_passive(ctx, it->t0) || pos_tok_reflexive(ctx, it->t0)))
		return 0;
	for (n = 0; n < 2 && t < (long)s->t1 && ctx->toks[t].mention == -1 &&
	    !pos_tok_has(ctx, t, POS_W_ENEMY) && pos_tok_agent(ctx, t); n++)
		t++;
	if (t >= (long)s->t1)
		return 0;
	if (ctx->toks[t].mention != -1)
		t = pos_tok_mention_last(ctx, s, t);
	else if (!pos_tok_has(ctx, t, POS_W_ENEMY))
		return 0;
	return pos_tok_agent(ctx, t);
}

/* 1 when the verb cue is a passive with an agent: "proposed by the US",
   "сорвано Киевом". */
int
pos_hold_passive(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	long	t = it->t1;

	while (t < (long)s->t1 && ctx->toks[t].kind == POS_T_WORD &&
	    pos_tok_adverb(ctx, &ctx->toks[t]))
		t++;
	if (t >= (long)s->t1)
		return 0;
	if (pos_tis(ctx, t, "by")) {
		if (!pos_group_right(ctx, s, it, t + 1))
			return 0;
	} else if (!pos_instrumental_agent(ctx, s, it, t) ||
	    !(pos_group_right(ctx, s, it, t) ||
	    pos_subject_enemy(ctx, s, it, t)))
		return 0;
	it->how = POS_HOW_PASSIVE;
	return 1;
}

/*
 * The actor the sentence before s names last, of a side that is neither
 * the speaker's nor its foe's: "З візитом у Києві побував Прем'єр-міністр
 * Румунії. Подякував за підтримку." thanks Romania, whose prime minister
 * is named by his office alone.  -1 when none, or s opens its paragraph.
 */
static int
pos_hold_partner_before(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side speaker)
{
	const struct pos_mention	*m;
	const struct pos_sent		*u;
	long				 t;

	if (s == ctx->sents)
		return -1;
	u = s - 1;
	for (t = (long)u->t1 - 1; t >= (long)u->t0; t--) {
		if (ctx->toks[t].mention == -1)
			continue;
		m = &ctx->m[ctx->toks[t].mention];
		if (m->side == SIDE_NONE || m->side == speaker ||
		    m->kind == ACTOR_PLACE ||
		    (speaker == SIDE_UKR && m->side == SIDE_RUS) ||
		    (speaker == SIDE_RUS && m->side == SIDE_UKR))
			continue;
		return ctx->toks[t].mention;
	}
	return -1;
}

int
pos_hold_thankee(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	const struct pos_hold	*spk = pos_hold_speaker_at(ctx, s, s->t0);
	int			 mi;

	if (spk == NULL || spk->side == SIDE_NONE)
		return -1;
	/* the partner the sentence before names, else the nation the
	   speech is given to ("Промова ... в парламенті Ірландії"), else
	   the person named last */
	if ((mi = pos_hold_partner_before(ctx, s, spk->side)) == -1)
		mi = ctx->has_addressee ? ctx->addressee.mention :
		    pos_hold_last_person(ctx, ctx->toks[s->t0].start);
	if (mi == -1 || ctx->m[mi].side == spk->side)
		return -1;
	return mi;
}

/* The holder of a thanks with no one named (pos_hold_thankee).  1 when
   found. */
static int
pos_thanked_last(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	int	mi;

	if ((mi = pos_hold_thankee(ctx, s)) == -1)
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, mi));
	it->how = POS_HOW_PRONOUN;
	return 1;
}

/*
 * "Провів переговори з Трюдо. Я вдячний вам за допомогу": with no
 * addressee in the title, "you" thanked is the partner the sentence
 * before names, of another side than the speaker's.  1 when found.
 */
static int
pos_thanked_you(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	const struct pos_hold	*spk = pos_hold_speaker_at(ctx, s, s->t0);
	int			 mi;

	if (spk == NULL || spk->side == SIDE_NONE ||
	    (mi = pos_hold_partner_before(ctx, s, spk->side)) == -1)
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, mi));
	it->how = POS_HOW_PRONOUN;
	return 1;
}

/* 1 when a comma after token u is followed by a mention before token f,
   a title or the like between ("you, President Macron"). */
static int
pos_named_after(const struct pos_ctx *ctx, const struct pos_sent *s, long u,
    long f)
{
	long	t = u + 1;
	int	n;

	if (t >= f || ctx->toks[t].kind != POS_T_COMMA)
		return 0;
	for (t++, n = 0; t < f && n < 3 && ctx->toks[t].mention == -1 &&
	    ctx->toks[t].kind == POS_T_WORD; t++, n++)
		;
	return t < f && ctx->toks[t].mention != -1;
}

/* 1 when a partner of the speaker is named right after what a thanks
   opening the sentence is for: "Дякую за ці рішення Сполученим
   Штатам", but not "за підтримку України" (whom it is for). */
static int
pos_thanked_after(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	const struct pos_hold	*spk = pos_hold_speaker_at(ctx, s, s->t0);
	int			 mi;

	if (it->t1 >= (int)s->t1 || (mi = ctx->toks[it->t1].mention) == -1 ||
	    spk == NULL || spk->side == SIDE_NONE)
		return 0;
	return ctx->m[mi].side != spk->side && ctx->m[mi].side != SIDE_NONE;
}

/* 1 when token t is a mention of the side of the sentence's speaker. */
static int
pos_own_side_at(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	const struct pos_hold	*spk = pos_hold_speaker_at(ctx, s, s->t0);
	int			 mi = ctx->toks[t].mention;

	return mi != -1 && spk != NULL && spk->side != SIDE_NONE &&
	    ctx->m[mi].side == spk->side;
}

/* The reason that opens sentence s after linking words ("Зокрема за",
   "And for"), or -1. */
static long
pos_opening_reason(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	long	t;

	for (t = (long)s->t0; t < (long)s->t1; t++) {
		if (pos_tok_has(ctx, t, POS_W_REASON))
			return t;
		if (ctx->toks[t].kind != POS_T_COMMA &&
		    !pos_tok_has(ctx, t, POS_W_AUX | POS_W_CONJ))
			return -1;
	}
	return -1;
}

/* 1 when reason f opens sentence s and the thanks it goes on with come
   before it: in the sentence before, or before a run of such reasons
   ("Дякую вам. За зброю. За санкції."). */
static int
pos_thanks_goes_on(const struct pos_ctx *ctx, const struct pos_sent *s,
    long f)
{
	const struct pos_sent	*p;
	long			 t;

	if (pos_opening_reason(ctx, s) != f)
		return 0;
	for (p = s; p > ctx->sents; ) {
		p--;
		for (t = (long)p->t0; t < (long)p->t1; t++) {
			if (pos_tok_has(ctx, t, POS_W_THANKS))
				return 1;
		}
		if (pos_opening_reason(ctx, p) == -1)
			return 0;
	}
	return 0;
}

/*
 * "Zelensky thanked the partners for the weapons": no one named is
 * thanked, so the one who thanks holds an act of help or pressure, which
 * one thanks only for what one wants.  The mention just before the thanks
 * word at t (adverbs between) is the one; 1 when found.
 */
static int
pos_thanker_holds(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_item	*tr = it->obj >= 0 ? &ctx->items[it->obj] :
				    NULL;
	long			 u;

	if (tr == NULL || (tr->cls != ctx->pressure_issue &&
	    tr->cls != ctx->aid_issue && tr->cls != ctx->humanitarian_issue))
		return 0;
	for (u = t - 1; u >= (long)s->t0 && u > t - 4 &&
	    ctx->toks[u].kind == POS_T_WORD && ctx->toks[u].mention == -1 &&
	    (pos_tok_adverb(ctx, &ctx->toks[u]) ||
	    pos_tok_has(ctx, u, POS_W_AUX)); u--)
		;
	if (u < (long)s->t0 || ctx->toks[u].mention == -1 ||
	    pos_tok_oblique(ctx, s, u))
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, ctx->toks[u].mention));
	it->how = POS_HOW_SUBJECT;
	return 1;
}

#define POS_THANKS_GAP	24	/* words from a thanks to its "for": "grateful to
				   X and Y, to Z including W, for ..." */

/*
 * "thanked the Netherlands and Mark Rutte for supporting ...", "thanked
 * him for his steadfast support for ...": the holder of a verb cue in
 * -ing, or of a noun cue, after "for" is whoever is thanked ("him" the
 * last person named).  1 when found.
 */
int
pos_hold_thanked(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	long			 t, u, f = it->t0 - 1;
	int			 mi;

	/* "for the", "for his steadfast": a few words before a noun, the
	   speaker's state among them as whom it was for ("за надану
	   Україні гуманітарну підтримку") */
	while (it->form == POS_F_NOUN && f > (long)s->t0 && f > it->t0 - 6 &&
	    ctx->toks[f].kind == POS_T_WORD && ctx->toks[f].item == -1 &&
	    (ctx->toks[f].mention == -1 || pos_own_side_at(ctx, s, f)) &&
	    !pos_tok_has(ctx, f, POS_W_REASON))
		f--;
	if (f < (long)s->t0 || !pos_tok_has(ctx, f, POS_W_REASON) ||
	    (it->form != POS_F_NOUN && !pos_tok_gerund(ctx, it->t0)))
		return 0;
	/* "Я вдячний вашому уряду за підтримку. Зокрема за допомогу
	   зброєю.": a reason that opens its sentence goes on with the
	   thanks before it */
	if (pos_thanks_goes_on(ctx, s, f))
		return pos_thanked_last(ctx, s, it);
	for (t = f - 1; t >= (long)s->t0 && t > f - POS_THANKS_GAP; t--) {
		if (ctx->toks[t].kind == POS_T_STOP)
			return 0;
		/* "grateful to X for A, for B and for C": each reason is
		   thanked for, and the thanked stand before the first */
		if (pos_tok_has(ctx, t, POS_W_REASON) && t > (long)s->t0 &&
		    (ctx->toks[t - 1].kind == POS_T_COMMA ||
		    pos_tok_has(ctx, t - 1, POS_W_CONJ))) {
			f = t;
			continue;
		}
		if (!pos_tok_has(ctx, t, POS_W_THANKS))
			continue;
		/* "Провів переговори з X. Подякував за підтримку": a thanks
		   that opens its sentence with no one named thanks the
		   person named last, one of another side than the
		   speaker's */
		if (t == (long)s->t0 && t + 1 == f) {
			/* "Дякую за ці рішення Сполученим Штатам": the
			   thanked named after what they are thanked for */
			if (pos_thanked_after(ctx, s, it) &&
			    pos_group_right(ctx, s, it, it->t1)) {
				it->how = POS_HOW_SUBJECT;
				return 1;
			}
			return pos_thanked_last(ctx, s, it);
		}
		for (u = t + 1; u < f; u++) {
			if (ctx->toks[u].mention != -1 &&
			    pos_group_right(ctx, s, it, u))
				break;
			/* "thanked him for": the last person named before
			   this sentence (not the one who thanks); "thank
			   you for", "thanked them for" */
			if (pos_tok_has(ctx, u, POS_W_THIRD) && (mi =
			    pos_hold_last_person(ctx, ctx->toks[s->t0].start))
			    != -1) {
				pos_hold_add(it, pos_hold_mention(ctx, mi));
				it->how = POS_HOW_PRONOUN;
				return 1;
			}
			/* "thank you, France and President Macron, for":
			   the names that follow say who "you" are */
			if (pos_tok_has(ctx, u, POS_W_PLURAL | POS_W_SECOND) &&
			    !pos_named_after(ctx, s, u, f))
				return (pos_hold_pronoun(ctx, s, it, u) &&
				    it->nh > 0) || (pos_tok_has(ctx, u,
				    POS_W_SECOND) && pos_thanked_you(ctx, s,
				    it));
		}
		/* "to the Netherlands and personally to Mark Rutte", up
		   to the first reason ("thanked X for its support for
		   Ukraine, as well as for ...": not Ukraine) */
		for (; u < f && !pos_tok_has(ctx, u, POS_W_REASON); u++) {
			if (ctx->toks[u].mention != -1 &&
			    (u == 0 || ctx->toks[u - 1].mention !=
			    ctx->toks[u].mention))
				pos_hold_add(it, pos_hold_mention(ctx,
				    ctx->toks[u].mention));
		}
		it->how = POS_HOW_SUBJECT;
		return it->nh > 0 || pos_thanker_holds(ctx, s, it, t);
	}
	return 0;
}

/*
 * "It calls for ...", "The US plan envisages ...": a plan (or "it" just
 * after one was put forward) as the subject of a proposing cue speaks for
 * whoever put it forward: the actor named in it, else the holders of the
 * plan in the sentence or two before.  1 when found.
 */
static int
pos_plan_subject(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_item	*tr;
	int			 i;

	if (t < (long)s->t0 || (it->cls != POS_C_PROPOSE &&
	    it->cls != POS_C_DEMAND && it->cls != POS_C_SUPPORT &&
	    it->cls != POS_C_URGE))
		return 0;
	if (ctx->toks[t].item != -1) {
		tr = &ctx->items[ctx->toks[t].item];
		if (tr->type != POS_P_TRIGGER || tr->cls != ctx->plan_issue ||
		    tr->t1 - 1 != t)
			return 0;
		for (i = tr->t0; i < tr->t1; i++) {
			if (ctx->toks[i].mention != -1) {
				pos_hold_add(it, pos_hold_mention(ctx,
				    ctx->toks[i].mention));
				it->how = POS_HOW_POSSESSOR;
				return it->nh > 0;
			}
		}
	} else if (!pos_tis(ctx, t, "it"))
		return 0;
	if (ctx->nplan == 0 || s->index > ctx->plan_sent + 2)
		return 0;
	for (i = 0; i < ctx->nplan; i++)
		pos_hold_add(it, ctx->plan[i]);
	it->how = POS_HOW_PRONOUN;
	return it->nh > 0;
}

/* 1 for a noun cue after "with a|an|the" and at most one adjective. */
static int
pos_with_noun(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t = it->t0 - 1;

	if (t > (long)s->t0 && !pos_tis(ctx, t, "a") &&
	    !pos_tis(ctx, t, "an") && !pos_tis(ctx, t, "the") &&
	    ctx->toks[t].item == -1 && ctx->toks[t].mention == -1)
		t--;
	return t > (long)s->t0 && (pos_tis(ctx, t, "a") ||
	    pos_tis(ctx, t, "an") || pos_tis(ctx, t, "the")) &&
	    pos_tis(ctx, t - 1, "with");
}

/* 1 when verb cue it is a gerund or an infinitive ("imposing", "to
   impose"): English shows the form, languages that drop their subject
   pronouns ("ввели санкции") do not need it. */
static int
pos_nonfinite(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	if (pos_tok_gerund(ctx, it->t0))
		return 1;
	return it->t0 > (int)s->t0 && pos_tis(ctx, it->t0 - 1, "to");
}

/* 1 when a word of verb cue it is in the third person ("не пропускають",
   "виступає за"), or the verb just before it is ("пробує позбавити"). */
static int
pos_cue_finite3(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	int	t;

	for (t = it->t0; t < it->t1; t++) {
		if (pos_tok_finite3(ctx, t))
			return 1;
	}
	/* "хто пробує позбавити": an infinitive after a third-person
	   verb has that verb's subject */
	return it->t0 > (int)s->t0 && pos_tok_finite3(ctx, it->t0 - 1);
}

/* 1 when "our" stands in the three words before verb t: "наша команда
   готує" is the speaker's own team at work. */
static int
pos_self_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	long	u;

	for (u = t - 1; u >= (long)s->t0 && u >= t - 3; u--) {
		if (ctx->toks[u].kind != POS_T_WORD)
			return 0;
		if (pos_tok_has(ctx, u, POS_W_SELF))
			return 1;
	}
	return 0;
}

/*
 * 1 when a group of others (class outsider) stands in the few words
 * before verb t with no actor named: "Партнери запровадили санкції",
 * "Western states announced" are not the speaker's acts, even "our
 * partners".
 */
static int
pos_outsider_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	long	u, v;

	for (u = t - 1; u >= (long)s->t0 && u >= t - 4; u--) {
		if (ctx->toks[u].kind != POS_T_WORD ||
		    ctx->toks[u].mention != -1)
			return 0;
		if (pos_tok_has(ctx, u, POS_W_OUTSIDER))
			break;
		if (!pos_tok_has(ctx, u, POS_W_AUX | POS_W_GROUP |
		    POS_W_SELF | POS_W_DET) && !pos_tok_adverb(ctx,
		    &ctx->toks[u]))
			return 0;
	}
	if (u < (long)s->t0 || u < t - 4)
		return 0;
	/* "the EU and global partners": an actor in the same group */
	for (v = u - 1; v >= (long)s->t0 && v >= u - 3; v--) {
		if (ctx->toks[v].mention != -1)
			return 0;
		if (ctx->toks[v].kind != POS_T_WORD)
			break;
	}
	return 1;
}

/*
 * 1 when token t, just before a verb cue, is the verb's own subject though
 * no actor: a word that opens the sentence ("The world imposed ...",
 * "Світ застосував ...") or follows a determiner that does not follow a
 * preposition ("the Red Cross runs", not "in the end would").  "Our team
 * organised" is the speaker's side all the same.
 */
static int
pos_noun_subject(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	const struct pos_tok	*tk;
	long			 u = t - 1;

	if (t < (long)s->t0)
		return 0;
	tk = &ctx->toks[t];
	if (tk->kind != POS_T_WORD || tk->mention != -1 || tk->item != -1)
		return 0;
	/* "countries, which imposed sanctions on us": a relative pronoun
	   whose noun is no actor, nor a plan speaking for its owner */
	if (tk->wflags & POS_W_RELATIVE) {
		/* "Хто підтримав санкції": whoever did, not the speaker */
		if (t == (long)s->t0)
			return 1;
		if (u >= (long)s->t0 && ctx->toks[u].kind == POS_T_COMMA)
			u--;
		return u >= (long)s->t0 && ctx->toks[u].kind == POS_T_WORD &&
		    ctx->toks[u].mention == -1 && ctx->toks[u].item == -1 &&
		    !(ctx->toks[u].wflags & (POS_W_SELF | POS_W_THIRD |
		    POS_W_PLURAL));
	}
	if (tk->wflags & (POS_W_SELF | POS_W_THIRD | POS_W_PLURAL |
	    POS_W_BOUNDARY | POS_W_AUX))
		return 0;
	/* "Свідомо блокують": an adverb opening the sentence (capitalised
	   there) is no noun */
	if (ctx->genitive && pos_tok_opening_adverb(ctx, s, t))
		return 0;
	/* "Russia's political culture does not provide for": a noun an
	   actor's possessive opens, a word between at most */
	for (u = t - 1; u > (long)s->t0 && u >= t - 2; u--) {
		if (pos_tis(ctx, u, "'s") && ctx->toks[u - 1].mention != -1)
			return 1;
		if (ctx->toks[u].kind != POS_T_WORD ||
		    ctx->toks[u].item != -1 || ctx->toks[u].mention != -1)
			break;
	}
	u = t - 1;
	/* "Western countries impose", "many states back": a plural noun
	   with no determiner, unless the speaker's own ("our partners") */
	if (!tk->cap && (tk->wflags & ~POS_W_GROUP) == 0 &&
	    pos_tok_nounpl(ctx, t) && !pos_self_subject(ctx, s, t + 1))
		return 1;
	while (u >= (long)s->t0 && (ctx->toks[u].kind == POS_T_QOPEN ||
	    ctx->toks[u].kind == POS_T_QUOTE))
		u--;
	if (u < (long)s->t0 || ctx->toks[u].kind == POS_T_COLON)
		return tk->cap;
	if (!pos_tok_has(ctx, u, POS_W_DET) || pos_tok_has(ctx, u, POS_W_SELF))
		return 0;
	/* "the leaders of these states agreed": the noun before "of" */
	if (u - 2 >= (long)s->t0 && pos_tis(ctx, u - 1, "of"))
		return pos_noun_subject(ctx, s, u - 2);
	return u == (long)s->t0 || !pos_tok_preposition(ctx, u - 1);
}

/*
 * 1 when verb cue it is a participle that describes the plural noun just
 * before it: "the agreements reached in Minsk", "the weapons supplied
 * so far" name acts, with no agent to hold them.
 */
static int
pos_participle(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it, long t)
{
	const struct pos_tok	*v = &ctx->toks[it->t0], *n;

	if (t != it->t0 - 1 || t < (long)s->t0 || v->len < 4 ||
	    strcmp(pos_tw(ctx, v) + v->len - 2, "ed") != 0)
		return 0;
	n = &ctx->toks[t];
	return n->kind == POS_T_WORD && n->mention == -1 && n->item == -1 &&
	    !n->cap && n->wflags == 0 && n->len >= 4 &&
	    pos_tw(ctx, n)[n->len - 1] == 's';
}

/*
 * The holders of a verb cue, from its subject (pos_subject_verb).  1 when
 * it has no subject of its own, so that the clause's subject or the
 * speaker may hold it.
 */
static int
pos_verb_holders(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, struct pos_scan *sc)
{
	const struct pos_hold	*spk;
	long			 t;
	int			 subject;

	t = pos_subject_verb(ctx, s, it, sc);
	subject = it->nh == 0 && !it->inner && !sc->caused &&
	    !pos_noun_subject(ctx, s, t) && !pos_participle(ctx, s, it, t);
	if (subject && pos_plan_subject(ctx, s, it, t))
		subject = 0;
	if (subject && pos_outsider_subject(ctx, s, it->t0))
		subject = 0;
	/* "they refuse to negotiate" with nobody to be "they", "you
	   support peace" with nobody addressed: not the speaker's either */
	if (t >= (long)s->t0 && it->nh == 0 &&
	    (ctx->toks[t].wflags & (POS_W_PLURAL | POS_W_THIRD |
	    POS_W_SECOND)))
		subject = 0;
	/* "It undermines the talks", said in a quote: the subject is a
	   thing, not the speaker (but "Russia said it rejects" is
	   Russia's) */
	spk = pos_hold_speaker_at(ctx, s, it->t0);
	if (t >= (long)s->t0 && ((pos_tis(ctx, t, "it") &&
	    (spk == NULL || spk->mention == -1 ||
	    ctx->m[spk->mention].kind == ACTOR_PERSON ||
	    pos_tok_quote_depth(ctx, s->t0, (size_t)t, s->inquote))) ||
	    pos_tis(ctx, t, "this") || pos_tis(ctx, t, "these") ||
	    pos_tis(ctx, t, "those") || pos_tis(ctx, t, "what") ||
	    pos_tis(ctx, t, "nothing") || pos_tis(ctx, t, "everything")))
		subject = 0;
	return subject;
}

/* 1 when token t opens a clause: the sentence's start, or after a comma,
   a conjunction or a complementizer ("said that Kyiv must ..."), not
   after a preposition or a noun it would be the possessor of ("pressure
   on Russia would", "позицию Москвы"). */
static int
pos_clause_opens(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	if (t <= (long)s->t0)
		return 1;
	return ctx->toks[t - 1].kind == POS_T_COMMA ||
	    pos_tok_has(ctx, t - 1, POS_W_CONJ | POS_W_COMP);
}

/*
 * 1 when verb cue it is a passive whose subject is the one asked, with
 * no agent after it: "we are being urged to implement", "Kyiv was asked
 * to accept" say what others want of the subject, and name them not.
 */
static int
pos_asked_passive(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t = it->t0;

	if (it->form != POS_F_VERB || (it->cls != POS_C_URGE &&
	    it->cls != POS_C_DEMAND && it->cls != POS_C_PROPOSE) ||
	    t <= (long)s->t0 || !pos_tok_passive(ctx, t) ||
	    !pos_tok_has(ctx, t - 1, POS_W_COPULA))
		return 0;
	return !(it->t1 < (int)s->t1 && pos_tis(ctx, it->t1, "by"));
}

/*
 * "Говорив з X. Ще домовились про посилення санкцій": an agreement
 * whose subject is dropped and which opens its sentence (adverbs before
 * it at most), held by the speaker, naming no partner, is also the person's
 * named last before it, one of another side than the speaker's: an
 * agreement has two sides, and the other is the one just spoken with.
 */
static void
pos_agreed_with_last(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	enum pos_how	how = it->how;
	long		t;

	if (it->cls != POS_C_AGREE || it->form != POS_F_VERB ||
	    !ctx->genitive || it->nh != 1 || (how != POS_HOW_SPEAKER &&
	    how != POS_HOW_TURN && how != POS_HOW_TITLE &&
	    how != POS_HOW_ADDRESS))
		return;
	for (t = (long)s->t0; t < it->t0; t++)
		if (ctx->toks[t].kind != POS_T_WORD ||
		    ctx->toks[t].mention != -1 || (!pos_tok_has(ctx, t,
		    POS_W_AUX) && !pos_tok_adverb(ctx, &ctx->toks[t])))
			return;
	/* "Домовилися з Британією про ...": the partner is named right
	   after the verb ("проти Росії" further on is the target) */
	for (t = it->t1; t < (long)s->t1 && t <= it->t1 + 1; t++)
		if (ctx->toks[t].mention != -1)
			return;
	if (pos_thanked_last(ctx, s, it))
		it->how = how;
}

/*
 * 1 when the clause of token t opens with "he", "she" or "they" as its
 * subject (adverbs between): in Putin's turn, "Потом он сам себя связал
 * указом о запрете переговоров" - the ban is his, whoever he is, not the
 * speaker's.
 */
static int
pos_pronoun_clause(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	const struct pos_tok	*tk;

	for (t--; t >= (long)s->t0; t--) {
		tk = &ctx->toks[t];
		if (tk->kind == POS_T_COMMA || tk->kind == POS_T_COLON ||
		    tk->kind == POS_T_STOP || (tk->kind == POS_T_WORD &&
		    (tk->wflags & (POS_W_COMP | POS_W_BOUNDARY))))
			break;
	}
	for (t++; t < (long)s->t1 && ctx->toks[t].kind == POS_T_WORD &&
	    (pos_tok_has(ctx, t, POS_W_AUX) ||
	    pos_tok_adverb(ctx, &ctx->toks[t])); t++)
		;
	return t < (long)s->t1 && (pos_tis(ctx, t, "he") ||
	    pos_tis(ctx, t, "she") || pos_tis(ctx, t, "they") ||
	    pos_tis(ctx, t, "он") || pos_tis(ctx, t, "она") ||
	    pos_tis(ctx, t, "они") || pos_tis(ctx, t, "він") ||
	    pos_tis(ctx, t, "вона") || pos_tis(ctx, t, "вони"));
}

/* 1 when verb cue it follows a comma that ends a clause opening with
   "he" or "they" (pos_pronoun_clause). */
static int
pos_after_pronoun_clause(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	struct pos_scan	sc;
	long		t;

	memset(&sc, 0, sizeof sc);
	t = pos_modal_skip_aux(ctx, s, it->t0 - 1, &sc);
	return t > (long)s->t0 && ctx->toks[t].kind == POS_T_COMMA &&
	    pos_pronoun_clause(ctx, s, t);
}

/*
 * A verb cue that opens its clause with its object right after it and
 * then a name not in an oblique case before the clause ends: that name
 * is its subject ("Свернули торговлю с Москвой японцы, а ...").  1
 * when found, the holder added.
 */
static int
pos_subject_after(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	const struct pos_item	*o;
	long			 t;
	int			 mi;

	if (it->obj == -1 || (it->t0 > (long)s->t0 &&
	    !pos_clause_opens(ctx, s, it->t0)))
		return 0;
	o = &ctx->items[it->obj];
	t = o->t1;
	if (o->t0 != it->t1 || t >= (long)s->t1 ||
	    (mi = ctx->toks[t].mention) == -1 || pos_tok_oblique(ctx, s, t))
		return 0;
	t = pos_tok_mention_last(ctx, s, t) + 1;
	if (t < (long)s->t1 && ctx->toks[t].kind == POS_T_WORD &&
	    !pos_tok_conj(ctx, t))
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, mi));
	it->how = POS_HOW_SUBJECT;
	return 1;
}

/*
 * "перемирие, которое предлагают европейцы": a relative clause of a
 * language of free word order may put its subject right after the verb
 * that opens it; the verb's object is then the trigger before the
 * relative pronoun.  1 when found, the holder added.
 */
static int
pos_relative_subject_after(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	long	r = it->t0 - 1, u = it->t1;
	int	mi, i;

	if (it->obj != -1 || r <= (long)s->t0 || !pos_tok_relative(ctx, r) ||
	    u >= (long)s->t1 || (mi = ctx->toks[u].mention) == -1 ||
	    pos_tok_oblique(ctx, s, u) ||
	    (i = pos_object_before(ctx, s, r - 1)) == -1)
		return 0;
	it->obj = i;
	pos_hold_add(it, pos_hold_mention(ctx, mi));
	it->how = POS_HOW_RELATIVE;
	return 1;
}

/* 1 when a passive cue with no agent is asked for or foretold: a must
   cue at token t, just before its auxiliaries ("must be rejected",
   "должно быть отвергнуто"), or a future among them ("will be lifted",
   "будет отменено"). */
static int
pos_bare_claimed(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it, long t)
{
	long	u;
	int	i;

	if (t >= (long)s->t0 && (i = ctx->toks[t].item) != -1 &&
	    ctx->items[i].type == POS_P_CUE && ctx->items[i].cls == POS_C_MUST)
		return 1;
	/* t is at least the token before the sentence, so u is in it */
	for (u = t + 1; u < it->t0; u++) {
		if (pos_tok_has(ctx, u, POS_W_FUTURE))
			return 1;
	}
	return 0;
}

/*
 * The holders of one non-speech cue; *sc gets what lies between it and
 * its subject (negation, hedges, "would").
 */
void
pos_hold_cue(struct pos_ctx *ctx, struct pos_sent *s,
    struct pos_item *it, struct pos_scan *sc)
{
	const struct pos_hold	*spk;
	long			 t;
	int			 covered, subject;

	memset(sc, 0, sizeof *sc);
	covered = subject = 0;
	if (it->passive) {
		pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
	} else if (it->bare_passive) {
		t = pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
		/* "sanctions must be lifted" is the speaker's demand, but
		   "sanctions would be imposed" is nobody's act, and "the
		   proposal was rejected" reports someone else's refusal
		   ("sanctions are needed", "was agreed" stay the
		   speaker's) */
		covered = !it->inner && it->cls != POS_C_ACT &&
		    (pos_cue_sign(it->cls) > 0 ||
		    pos_bare_claimed(ctx, s, it, t));
	} else if (it->form == POS_F_NOUN) {
		pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
		pos_noun_holder(ctx, s, it);
		/* "It calls for": a verb after all */
		if (it->nh == 0 && !it->inner)
			pos_plan_subject(ctx, s, it, it->t0 - 1);
		/* "emerged with a fresh plan to": the one who has it */
		if (it->nh == 0 && !it->inner && !it->others &&
		    pos_with_noun(ctx, s, it))
			pos_subject_clause(ctx, s, it, it->t0);
		covered = it->nh == 0 && !it->inner && !it->others &&
		    !(s->spk_turn && pos_pronoun_clause(ctx, s, it->t0));
	} else if (it->form == POS_F_EVAL) {
		/* "Ukraine must continue negotiations": an actor right
		   before the judgement is its subject */
		t = pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
		if (!it->inner && t >= (long)s->t0 &&
		    ctx->toks[t].mention != -1 && !pos_tok_oblique(ctx, s, t) &&
		    pos_clause_opens(ctx, s, pos_tok_mention_first(ctx, s, t)))
			pos_subject_verb(ctx, s, it, sc);
		covered = !it->inner && it->nh == 0;
	} else if (it->cls == POS_C_MUST) {
		pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
		/* "borders must not be changed" */
		if (it->t1 < (int)s->t1 && ctx->toks[it->t1].item != -1 &&
		    ctx->items[ctx->toks[it->t1].item].type == POS_P_MARKER &&
		    ctx->items[ctx->toks[it->t1].item].cls == POS_M_NEGATION)
			sc->neg = 1;
		covered = 1;
	} else if (pos_asked_passive(ctx, s, it)) {
		pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
	} else if (it->form == POS_F_VERB && ctx->genitive &&
	    pos_tok_impersonal(ctx, it->t0)) {
		/* "Росії пропонувалося": no subject, the name before it
		   is whom it was done to; the speaker's act */
		pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
		covered = 1;
	} else {
		covered = subject = pos_verb_holders(ctx, s, it, sc);
		/* "он сам себя связал указом ..., прекратил переговоры":
		   a verb after a comma shares the clause before it, and
		   that one's "he" is no speaker */
		if (covered && s->spk_turn && it->nh == 0 &&
		    pos_after_pronoun_clause(ctx, s, it))
			covered = subject = 0;
		/* "Западные страны вводят санкции" in a Russian turn: a
		   third-person verb's subject is in the sentence, no actor
		   maybe, but never the speaker */
		if (pos_cue_finite3(ctx, s, it) &&
		    !pos_self_subject(ctx, s, it->t0)) {
			covered = 0;
			if (subject && pos_subject_carried(ctx, s, it))
				subject = 0;
		}
	}
	/* No subject of its own: the clause's subject, else the speaker. */
	if (subject && it->nh == 0 && !pos_hold_thanked(ctx, s, it))
		pos_subject_clause(ctx, s, it, it->t0);
	/* "Свернули торговлю с Москвой японцы": in Russian and
	   Ukrainian the subject may follow the verb and its object */
	if (it->nh == 0 && it->form == POS_F_VERB && !it->passive &&
	    it->cls != POS_C_MUST && ctx->genitive &&
	    (pos_subject_after(ctx, s, it) ||
	    pos_relative_subject_after(ctx, s, it)))
		covered = 0;
	/* An act named without its agent ("the practice of imposing
	   sanctions", "to supply weapons") is nobody's, least of all the
	   speaker's. */
	if (covered && it->nh == 0 && !(it->cls == POS_C_ACT &&
	    pos_nonfinite(ctx, s, it))) {
		spk = pos_hold_speaker_at(ctx, s, it->t0);
		if (spk != NULL)
			pos_hold_add_speakers(ctx, s, it, spk);
		pos_agreed_with_last(ctx, s, it);
	}
}
