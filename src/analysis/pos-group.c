/*
 * pos-group: holders that are several actors at once.
 *
 * Mentions joined by "and" or commas ("Ukraine, France and Germany",
 * "European and Ukrainian officials") are collected leftwards from the
 * subject or rightwards after "by"; "both sides", "the four leaders"
 * stand for the latest list of so many actors, or the two warring
 * parties, or the last so many distinct actors named; "they" stands for
 * the latest "<mention> officials" or the last group remembered
 * (ctx->group).
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-group.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-subject.h"
#include "analysis/pos-tok.h"
#include "text/article.h"

/* A capitalised word, a role or group word that may stand before a name. */
static int
pos_is_modifier(const struct pos_ctx *ctx, long t)
{
	const struct pos_tok	*tk = &ctx->toks[t];
	const struct pos_item	*it;

	if (tk->kind != POS_T_WORD)
		return 0;
	if (tk->mention != -1)
		return 1;
	if (tk->item != -1) {
		it = &ctx->items[tk->item];
		return it->type == POS_P_MARKER && it->cls == POS_M_TITLE;
	}
	return tk->cap || (tk->wflags & POS_W_GROUP) ||
	    pos_tis(ctx, t, "the") || pos_tis(ctx, t, "'s");
}

/*
 * "and the other members of" before the mention that starts at token f:
 * the "and" (or comma), or -1.
 */
static long
pos_members_of(const struct pos_ctx *ctx, const struct pos_sent *s, long f)
{
	static const char *const part[] = {
		"members", "member", "leaders", "partners", "allies",
		"countries", "states", "nations", NULL
	};
	long	p = f - 1;
	int	i;

	if (p > (long)s->t0 && pos_tis(ctx, p, "the"))
		p--;
	if (p <= (long)s->t0 || !pos_tis(ctx, p, "of"))
		return -1;
	for (i = 0, p--; part[i] != NULL && !pos_tis(ctx, p, part[i]); i++)
		;
	if (part[i] == NULL)
		return -1;
	for (p--; p > (long)s->t0 && (pos_tis(ctx, p, "other") ||
	    pos_tis(ctx, p, "the") || pos_tis(ctx, p, "fellow") ||
	    pos_tis(ctx, p, "its") || pos_tis(ctx, p, "their")); p--)
		;
	if (p <= (long)s->t0 || !(pos_tok_conj(ctx, p) ||
	    ctx->toks[p].kind == POS_T_COMMA) ||
	    ctx->toks[p - 1].mention == -1)
		return -1;
	return p;
}

/*
 * Collect the mention at token t and those joined to it on the left by
 * "and" or a comma ("Ukraine, France and Germany", "European and
 * Ukrainian officials") into it.  Returns the first token of the group.
 */
long
pos_group_left(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	long	f, p, q;
	int	n, conj = 0;

	f = pos_tok_mention_first(ctx, s, t);
	/* "A, B and the other members of the G7": A and B, not the G7 */
	if ((p = pos_members_of(ctx, s, f)) != -1)
		f = p + 1;
	else
		pos_hold_add(it,
		    pos_hold_mention(ctx, ctx->toks[t].mention));
	for (;;) {
		/* Skip the rest of a name: "Russian President [Putin]",
		   "[Zelensky and] his European guests". */
		for (p = f - 1, n = 0; p >= (long)s->t0 && n < 4 &&
		    (pos_is_modifier(ctx, p) || pos_tis(ctx, p, "his") ||
		    pos_tis(ctx, p, "her") || pos_tis(ctx, p, "its") ||
		    pos_tis(ctx, p, "their")) &&
		    ctx->toks[p].mention == -1; p--, n++)
			;
		if (p < (long)s->t0 || !(pos_tok_conj(ctx, p) ||
		    ctx->toks[p].kind == POS_T_COMMA))
			break;
		for (q = p - 1, n = 0; q >= (long)s->t0 && n < 3 &&
		    ctx->toks[q].mention == -1 && pos_is_modifier(ctx, q);
		    q--, n++)
			;
		if (q < (long)s->t0 || ctx->toks[q].mention == -1)
			break;
		/* "After talks with Russia, Ukraine expects": a comma
		   after a preposition's actor ends a fronted phrase, not
		   an item of a list (one with "and" in it is a list) */
		conj |= pos_tok_conj(ctx, p);
		if (!conj && pos_tok_preposition(ctx,
		    pos_tok_mention_first(ctx, s, q) - 1))
			break;
		f = pos_tok_mention_first(ctx, s, q);
		pos_hold_add(it,
		    pos_hold_mention(ctx, ctx->toks[q].mention));
		if (it->nh > 1)
			it->how = POS_HOW_GROUP;
	}
	return f;
}

/* Collect the mentions after "by" at token t into it; 1 when found. */
int
pos_group_right(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	long	p;
	int	n, found = 0;

	for (;;) {
		for (p = t, n = 0; p < (long)s->t1 && n < 4 &&
		    ctx->toks[p].mention == -1 && pos_is_modifier(ctx, p);
		    p++, n++)
			;
		if (p >= (long)s->t1 || ctx->toks[p].mention == -1)
			break;
		pos_hold_add(it,
		    pos_hold_mention(ctx, ctx->toks[p].mention));
		found = 1;
		t = pos_tok_mention_last(ctx, s, p) + 1;
		if (t < (long)s->t1 && pos_tis(ctx, t, "'s"))
			t++;
		if (!(t < (long)s->t1 && (pos_tok_conj(ctx, t) ||
		    ctx->toks[t].kind == POS_T_COMMA)))
			break;
		t++;
	}
	return found;
}

/* The first mention (index into ctx->m) at or after sentence s. */
static size_t
pos_first_mention(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	size_t	lo = 0, hi = ctx->nm, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->m[mid].start < ctx->toks[s->t0].start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The last k distinct actors named before sentence s (persons only when
 * asked; distinct sides unless persons; OTH only when asked) into it.
 * 1 when at least two were found.
 */
static int
pos_recent_actors(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, int k, int persons, int oth)
{
	const struct pos_mention	*m;
	size_t				 lo = pos_first_mention(ctx, s);
	long				 i;
	int				 n, j;

	for (i = (long)lo - 1, n = 0; i >= 0 && n < 80 && it->nh < k; i--,
	    n++) {
		m = &ctx->m[i];
		if (m->side == SIDE_NONE || (m->side == SIDE_OTH && !oth) ||
		    m->kind == ACTOR_PLACE || m->kind == ACTOR_ORG ||
		    (m->flags & MENTION_DEMONYM) ||
		    (persons && m->kind != ACTOR_PERSON))
			continue;
		for (j = 0; !persons && j < it->nh; j++) {
			if (it->h[j].side == m->side)
				break;
		}
		if (persons || j == it->nh)
			pos_hold_add(it, pos_hold_mention(ctx, (int)i));
	}
	if (it->nh < 2) {
		pos_hold_clear(it);
		return 0;
	}
	it->how = POS_HOW_GROUP;
	return 1;
}

/* 1 when only a comma, "and" or both lie between bytes a and b. */
static int
pos_joined(const struct pos_ctx *ctx, uint32_t a, uint32_t b)
{
	const char	*p = ctx->a->text + a, *e = ctx->a->text + b;
	int		 comma = 0, and = 0;

	if (b < a || b - a > 12)
		return 0;
	for (; p < e; p++) {
		if (*p == ' ' || *p == '\n')
			continue;
		if (*p == ',' && !comma && !and)
			comma = 1;
		else if (e - p >= 4 && strncmp(p, "and ", 4) == 0 && !and)
			and = 1, p += 2;
		else if (e - p >= 4 && strncmp(p, "the ", 4) == 0 && p + 4 == e)
			p += 2;
		else
			return 0;
	}
	return comma || and;
}

/* 1 when mention m can stand in a list of k actors (persons only when
   asked). */
static int
pos_listable(const struct pos_mention *m, int persons)
{
	return m->side != SIDE_NONE && m->kind != ACTOR_PLACE &&
	    (!persons || m->kind == ACTOR_PERSON);
}

#define POS_TURN_RUNS_ON	1	/* enum pos_turn (pos-speech.c): a
					   speaker's turn is in force */

/*
 * The latest list of exactly k actors joined by commas and "and" before
 * sentence s ("Putin, Poroshenko, Hollande and Merkel", "Russian and
 * Ukrainian negotiators"), into it; distinct sides unless persons.
 * 1 when found.
 */
static int
pos_listed_group(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, int k, int persons)
{
	size_t	lo = pos_first_mention(ctx, s);
	long	i, j, n;
	int	ok, a, b;

	for (i = (long)lo - 1; i >= 0 && i >= (long)lo - 60; i = j - 1) {
		for (j = i; j > 0 && pos_joined(ctx, ctx->m[j - 1].end,
		    ctx->m[j].start); j--)
			;
		n = i - j + 1;
		if (n != k)
			continue;
		for (a = 0, ok = 1; a < k && ok; a++) {
			ok = pos_listable(&ctx->m[j + a], persons);
			for (b = 0; ok && !persons && b < a; b++)
				ok = ctx->m[j + a].side != ctx->m[j + b].side;
		}
		if (!ok)
			continue;
		for (a = 0; a < k; a++)
			pos_hold_add(it, pos_hold_mention(ctx,
			    (int)(j + a)));
		it->how = POS_HOW_GROUP;
		return 1;
	}
	return 0;
}

/*
 * "both sides", "the warring parties": Russia and Ukraine when both were
 * named lately.  1 when found.
 */
static int
pos_warring_sides(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	size_t	i;
	int	rus = -1, ukr = -1;

	for (i = 0; i < ctx->nm && ctx->m[i].start < ctx->toks[s->t0].start;
	    i++) {
		if (ctx->m[i].kind == ACTOR_PLACE)
			continue;
		if (ctx->m[i].side == SIDE_RUS)
			rus = (int)i;
		else if (ctx->m[i].side == SIDE_UKR)
			ukr = (int)i;
	}
	if (rus == -1 || ukr == -1)
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, ukr));
	pos_hold_add(it, pos_hold_mention(ctx, rus));
	it->how = POS_HOW_GROUP;
	return it->nh == 2;
}

/*
 * "The parties discussed ...", "Сторони обговорили ...", after "X had a
 * call with Y": the parties of a readout, with the article or, in a
 * language without one, opening the sentence, are the two people last
 * named when they speak for two sides, else the last two sides named (as
 * "they" are).  t is the token before the group word.  1 when found.
 */
static int
pos_group_parties(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	static const char *const parties[] = {
		"parties", "sides", "interlocutors", "сторони", "стороны",
		"співрозмовники", "собеседники", NULL
	};
	int	n;

	/* a joint statement's parties are its authors */
	if (ctx->ncoauthors > 0 || t + 1 >= (long)s->t1 ||
	    !(t < (long)s->t0 ? ctx->genitive : pos_tis(ctx, t, "the")))
		return 0;
	for (n = 0; parties[n] != NULL && !pos_tis(ctx, t + 1, parties[n]);
	    n++)
		;
	if (parties[n] == NULL)
		return 0;
	if (!pos_recent_actors(ctx, s, it, 2, 1, 1) ||
	    it->h[0].side == it->h[1].side) {
		pos_hold_clear(it);
		if (!pos_recent_actors(ctx, s, it, 2, 0, 1))
			return 0;
	}
	it->how = POS_HOW_PARTIES;
	return 1;
}

/*
 * "both sides", "the two presidents", "the four leaders" ending at token t
 * (the number word): the last so many distinct actors named before the
 * sentence (persons only for leaders and presidents).  1 when found.
 */
int
pos_group_count(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	static const char *const num[] = {
		"both", "two", "three", "four", "five", NULL
	};
	const char	*g;
	int		 k = 0, n, persons;

	if (pos_group_parties(ctx, s, it, t))
		return 1;
	if (t < (long)s->t0 || ctx->toks[t].kind != POS_T_WORD)
		return 0;
	for (n = 0; num[n] != NULL; n++) {
		if (pos_tis(ctx, t, num[n]))
			k = n < 2 ? 2 : n + 1;
	}
	if (k == 0 || t + 1 >= (long)s->t1)
		return 0;
	g = pos_tw(ctx, &ctx->toks[t + 1]);
	persons = strncmp(g, "leader", 6) == 0 || strncmp(g, "president", 9) == 0;
	if (pos_listed_group(ctx, s, it, k, persons))
		return 1;
	pos_hold_clear(it);
	/* in this war, "both sides" are the two at war */
	if (k == 2 && (strcmp(g, "sides") == 0 || strcmp(g, "parties") == 0) &&
	    pos_warring_sides(ctx, s, it))
		return 1;
	pos_hold_clear(it);
	return pos_recent_actors(ctx, s, it, k, persons, persons);
}

/*
 * "The occupiers block the exits.  They do not let the buses through":
 * in a speaker's own words, "they" after a word for the foe (class
 * enemy) in its sentence or the one before is the foe.  1 when so.
 */
static int
pos_they_enemy(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_sent	*p = s;
	long			 u;

	for (u = t - 1; u >= 0; u--) {
		if (u < (long)p->t0) {
			if (p == s && p > ctx->sents)
				p--;
			else
				return 0;
		}
		if (pos_tok_has(ctx, u, POS_W_ENEMY))
			return pos_subject_enemy(ctx, p, it, u);
	}
	return 0;
}

/* "they": the latest "<mention> officials" group before t, or the last. */
void
pos_group_they(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_hold	*spk;
	struct pos_tok		*tk;
	long			 u;
	int			 i;

	for (u = t - 1; u > (long)s->t0; u--) {
		tk = &ctx->toks[u];
		if ((tk->wflags & POS_W_GROUP) && tk->len > 1 &&
		    pos_tw(ctx, tk)[tk->len - 1] == 's' &&
		    ctx->toks[u - 1].mention != -1) {
			pos_group_left(ctx, s, it, u - 1);
			it->how = POS_HOW_PRONOUN;
			return;
		}
	}
	/* In a speaker's own words "they" are others: "they imposed
	   sanctions on us" is not the speaker's act.  A turn that runs on
	   from an earlier paragraph counts before its speaker is set (the
	   speech cues of a sentence are read first). */
	if ((s->has_spk && s->spk_turn) || ctx->turn == POS_TURN_RUNS_ON) {
		pos_they_enemy(ctx, s, it, t);
		return;
	}
	for (i = 0; i < ctx->ngroup; i++)
		pos_hold_add(it, ctx->group[i]);
	/* "They noted ...", after "X had a conversation with Y": the two
	   people last named when they speak for two sides (a readout of
	   a call), else the last two sides named */
	it->how = POS_HOW_PRONOUN;
	if (ctx->ngroup > 0)
		return;
	if (pos_recent_actors(ctx, s, it, 2, 1, 1) &&
	    it->h[0].side == it->h[1].side)
		pos_hold_clear(it);
	if (it->nh == 0)
		pos_recent_actors(ctx, s, it, 2, 0, 1);
	/* nor, guessed so in a speech, the speaker's own side
	   ("З Москви кажуть, що вони хочуть ...", Ukraine
	   named before) */
	spk = pos_hold_speaker_at(ctx, s, t);
	if (spk != NULL && spk->side != SIDE_NONE)
		pos_hold_drop_side(it, spk->side);
}
