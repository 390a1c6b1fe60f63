/*
 * pos-subject: the subject of a verb cue as its holder.
 *
 * The scan goes left from the cue over auxiliaries and negations
 * (pos-modal.h) and a group word ("officials"); then the subject is a
 * mention with its group (pos-group.h), unless the mention is inside a
 * relative clause ("the separatists who hold parts of Donetsk signed");
 * "both sides" and the like; a role with "his"; a pronoun (pos-hold.h);
 * the mention before "who" or "which"; or, for a cue after "and" or in
 * -ing, the holders of the cue before it.  A subject after "which" or in
 * apposition to a clause ("..., an idea Merkel has opposed") also gives
 * the cue its object.  A cue with no subject of its own may take the
 * subject of its clause ("Russia would do what it could to help").
 */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

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

/* Remember a group of holders for a later "they". */
static void
pos_remember_group(struct pos_ctx *ctx, const struct pos_item *it)
{
	if (it->nh > 0)
		pos_hold_copy(ctx->group, &ctx->ngroup, it);
}

/* 1 when the bytes [q, q + len) are a whole word equal to word w. */
static int
pos_word_at(const char *text, const char *q, const char *w, size_t len)
{
	return strncasecmp(q, w, len) == 0 && !isalpha((unsigned char)q[len]) &&
	    (q == text || !isalpha((unsigned char)q[-1]));
}

#define POS_TITLE_BEFORE	4	/* words from a title to the name */

/* 1 when one of the few words before byte p (in its sentence) is the
   title word w[0..len): "President of Ukraine Volodymyr Zelensky". */
static int
pos_title_before(const char *text, const char *p, const char *w,
    size_t len)
{
	int	n;

	for (n = 0; n < POS_TITLE_BEFORE && p > text; n++) {
		while (p > text && p[-1] == ' ')
			p--;
		if (p == text || strchr(".!?:;\n", p[-1]) != NULL)
			return 0;
		while (p > text && p[-1] != ' ' && p[-1] != '\n')
			p--;
		if (pos_word_at(text, p, w, len))
			return 1;
		/* only names and "of" stand between: "President of
		   Ukraine Volodymyr", not "President Putin met Macron" */
		if (islower((unsigned char)*p) && strncmp(p, "of ", 3) != 0)
			return 0;
	}
	return 0;
}

#define POS_HOST_SCAN	64	/* distinct people counted for the host */
#define POS_OPENER_BYTES 40	/* how far into the first sentence its
				   subject may start ("The President of
				   Ukraine Volodymyr ...") */

/* The actor of the person who opens the first sentence after the title,
   or -1: a readout names its own leader first, whoever it names most. */
static int
pos_host_opener(const struct pos_ctx *ctx)
{
	const struct article	*a = ctx->a;
	const struct sentence	*se;
	size_t			 b, i;

	for (b = 0; b < a->nblocks && (a->blocks[b].kind == BLOCK_TITLE ||
	    a->blocks[b].count == 0); b++)
		;
	if (b == a->nblocks || a->blocks[b].first >= a->nsents)
		return -1;
	se = &a->sents[a->blocks[b].first];
	for (i = 0; i < ctx->nm && ctx->m[i].start < se->start; i++)
		;
	if (i == ctx->nm || ctx->m[i].start >= se->end ||
	    ctx->m[i].start > se->start + POS_OPENER_BYTES ||
	    ctx->m[i].kind != ACTOR_PERSON || ctx->m[i].side == SIDE_NONE)
		return -1;
	return ctx->m[i].actor;
}

int
pos_host_count(const struct pos_ctx *ctx)
{
	int	actor[POS_HOST_SCAN], count[POS_HOST_SCAN];
	size_t	n = 0, i, k, best = 0;
	int	tie = 0, opener;

	if ((opener = pos_host_opener(ctx)) != -1)
		return opener;
	for (i = 0; i < ctx->nm; i++) {
		if (ctx->m[i].kind != ACTOR_PERSON ||
		    ctx->m[i].side == SIDE_NONE || ctx->m[i].actor < 0)
			continue;
		for (k = 0; k < n && actor[k] != ctx->m[i].actor; k++)
			;
		if (k == n) {
			if (n == POS_HOST_SCAN)
				continue;
			actor[n] = ctx->m[i].actor;
			count[n++] = 0;
		}
		count[k]++;
	}
	for (k = 1; k < n; k++) {
		if (count[k] > count[best]) {
			best = k;
			tie = 0;
		} else if (count[k] == count[best])
			tie = 1;
	}
	return n == 0 || tie ? -1 : actor[best];
}

int
pos_host_actor(const struct pos_ctx *ctx)
{
	return ctx->host_actor;
}

/* The side of the host (pos_host_actor), or SIDE_NONE. */
static enum side
pos_host_side(const struct pos_ctx *ctx)
{
	int	host = pos_host_actor(ctx);
	size_t	i;

	for (i = 0; host != -1 && i < ctx->nm; i++) {
		if (ctx->m[i].actor == host)
			return ctx->m[i].side;
	}
	return SIDE_NONE;
}

/* The last person named before sentence s with the last word of the
   title role opening the name or a few words before it ("President
   Zelensky", "President of Ukraine Volodymyr Zelensky" for "the
   President"), or -1. */
static int
pos_titled_person(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *role)
{
	const struct pos_tok	*w = &ctx->toks[role->t1 - 1];
	const char		*text = ctx->a->text, *p, *title;
	size_t			 len = w->end - w->start;
	long			 i, last = -1;
	enum side		 host;

	title = text + w->start;
	host = pos_host_side(ctx);
	for (i = (long)ctx->nm - 1; i >= 0; i--) {
		if (ctx->m[i].start >= ctx->toks[s->t0].start ||
		    ctx->m[i].kind != ACTOR_PERSON)
			continue;
		p = text + ctx->m[i].start;
		if (!pos_word_at(text, p, title, len) &&
		    !pos_title_before(text, p, title, len))
			continue;
		/* "the President" of a release is its host's: the last
		   such person of the host's side, else the last one */
		if (host == SIDE_NONE || ctx->m[i].side == host)
			return (int)i;
		if (last == -1)
			last = i;
	}
	return (int)last;
}

/* Hold it by the person pos_titled_person() finds; 1 when found. */
static int
pos_titled_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, const struct pos_item *role)
{
	int	mi;

	if ((mi = pos_titled_person(ctx, s, role)) == -1)
		return 0;
	pos_hold_add(it, pos_hold_mention(ctx, mi));
	it->how = POS_HOW_PRONOUN;
	return 1;
}

/*
 * "the Head of State stressed": in a release, its host (pos_host_actor),
 * at its last mention before sentence s.  1 when found.
 */
static int
pos_chief_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	int	host = pos_host_actor(ctx);
	long	i;

	for (i = (long)ctx->nm - 1; host != -1 && i >= 0; i--) {
		if (ctx->m[i].start < ctx->toks[s->t0].start &&
		    ctx->m[i].actor == host &&
		    ctx->m[i].kind == ACTOR_PERSON) {
			pos_hold_add(it, pos_hold_mention(ctx, (int)i));
			it->how = POS_HOW_PRONOUN;
			return 1;
		}
	}
	return 0;
}

/*
 * "his foreign minister": a role item ending at t whose side comes from
 * the person "his" refers to, or from a mention just before it.
 */
static int
pos_role_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_item	*role;
	struct pos_hold		 h;
	long			 p;
	int			 mi, n;

	if (ctx->toks[t].item == -1)
		return 0;
	role = &ctx->items[ctx->toks[t].item];
	if (role->type == POS_P_MARKER && role->cls == POS_M_CHIEF &&
	    role->t1 == t + 1)
		return pos_chief_holder(ctx, s, it);
	if (role->type != POS_P_MARKER || role->cls != POS_M_TITLE)
		return 0;
	p = role->t0 - 1;
	/* "Президент наголосив": a title that opens the sentence, in a
	   language with no article */
	if (p < (long)s->t0)
		return role->t1 == t + 1 && pos_titled_holder(ctx, s, it, role);
	if (pos_tis(ctx, p, "'s") && p > (long)s->t0)
		p--;
	/* "the U.S. Army secretary": a capitalised word or two between. */
	for (n = 0; n < 2 && p > (long)s->t0 && ctx->toks[p].mention == -1 &&
	    ctx->toks[p].kind == POS_T_WORD && ctx->toks[p].cap &&
	    ctx->toks[p - 1].mention != -1; n++)
		p--;
	if (ctx->toks[p].mention != -1) {
		pos_group_left(ctx, s, it, p);
		it->how = POS_HOW_SUBJECT;
		return 1;
	}
	/* "The President said": the person the text last introduced with
	   that title ("President Volodymyr Zelensky"); not "the Head of
	   the Office of the President", someone else */
	if (pos_tis(ctx, p, "the") && role->t1 == t + 1 &&
	    !(p > (long)s->t0 && pos_tis(ctx, p - 1, "of")) &&
	    pos_titled_holder(ctx, s, it, role))
		return 1;
	if (!pos_tis(ctx, p, "his") && !pos_tis(ctx, p, "her"))
		return 0;
	if ((mi = pos_hold_last_person(ctx, ctx->toks[p].start)) == -1)
		return 1;
	memset(&h, 0, sizeof h);
	h.mention = -1;
	h.actor = -1;
	h.side = ctx->m[mi].side;
	h.start = ctx->toks[role->t0].start;
	h.end = ctx->toks[role->t1 - 1].end;
	h.own = xstrndup(ctx->a->text + h.start, h.end - h.start);
	h.name = h.own;
	pos_hold_add(it, h);
	it->how = POS_HOW_PRONOUN;
	return 1;
}

/* The previous cue of the sentence that has holders, or NULL. */
static struct pos_item *
pos_prev_holder(struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	i;

	for (i = (it - ctx->items) - 1; i >= (long)s->i0; i--) {
		if (ctx->items[i].type == POS_P_CUE && ctx->items[i].nh > 0)
			return &ctx->items[i];
	}
	return NULL;
}

/*
 * The "who"/"which" that opens a relative clause whose verb stands before
 * token t ("who hold parts of [Donetsk]"), or -1: then the mention at t is
 * inside the clause and not the subject of what follows it.
 */
static int
pos_in_relative(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	long	p;
	int	n;

	for (p = t - 1, n = 0; p >= (long)s->t0 && n < 6; p--, n++) {
		if (ctx->toks[p].kind != POS_T_WORD || ctx->toks[p].mention != -1)
			return -1;
		if (pos_tok_relative(ctx, p))
			return n > 0 ? (int)p : -1;
	}
	return -1;
}

/*
 * "send weapons to Kiev, an idea Merkel has opposed": the subject that
 * starts at token t follows "a step", "an idea" (that, which) in
 * apposition to a clause; the trigger of that clause, or -1.
 */
static int
pos_apposed(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	static const char *const noun[] = {
		"idea", "move", "step", "proposal", "suggestion", "demand",
		"option", "plan", "decision", NULL
	};
	long	p = t - 1, u;
	int	i;

	/* "an idea Mrs. Merkel has opposed": an abbreviated title */
	if (p > (long)s->t0 && ctx->toks[p].kind == POS_T_WORD &&
	    ctx->toks[p].len > 1 &&
	    pos_tw(ctx, &ctx->toks[p])[ctx->toks[p].len - 1] == '.')
		p--;
	if (p > (long)s->t0 && (pos_tis(ctx, p, "that") ||
	    pos_tis(ctx, p, "which")))
		p--;
	for (i = 0; noun[i] != NULL && !pos_tis(ctx, p, noun[i]); i++)
		;
	if (noun[i] == NULL || p < (long)s->t0 + 3 ||
	    !(pos_tis(ctx, p - 1, "a") || pos_tis(ctx, p - 1, "an")) ||
	    ctx->toks[p - 2].kind != POS_T_COMMA)
		return -1;
	for (u = p - 3; u >= (long)s->t0 && u > p - 12; u--) {
		if (ctx->toks[u].kind == POS_T_STOP ||
		    ctx->toks[u].kind == POS_T_COMMA)
			return -1;
		if ((i = ctx->toks[u].item) != -1 &&
		    ctx->items[i].type == POS_P_TRIGGER)
			return i;
	}
	return -1;
}

/*
 * Walk left from token u over the group word of a subject ("officials",
 * "leaders") and what may stand before it: a capitalised word or two, a
 * possessive, "his"/"her"/"their", an "and" after a mention.  *grouped
 * is set when there was a group word, *ug is the token before it.
 */
static long
pos_subject_group_words(const struct pos_ctx *ctx, const struct pos_sent *s,
    long u, int *grouped, long *ug)
{
	int	n;

	while (u >= (long)s->t0 && ctx->toks[u].kind == POS_T_WORD &&
	    ctx->toks[u].mention == -1 && ctx->toks[u].item == -1 &&
	    (ctx->toks[u].wflags & (POS_W_GROUP | POS_W_ENEMY))) {
		u--;
		*grouped = 1;
	}
	*ug = u;
	for (n = 0; *grouped && n < 2 && u >= (long)s->t0 &&
	    ctx->toks[u].kind == POS_T_WORD && ctx->toks[u].cap &&
	    ctx->toks[u].mention == -1 && ctx->toks[u].item == -1; n++)
		u--;
	if (*grouped && u >= (long)s->t0 && pos_tis(ctx, u, "'s"))
		u--;
	/* "McCain and other lawmakers", "Zelensky and his guests", "the
	   United States and its allies" */
	if (*grouped && u > (long)s->t0 && (pos_tis(ctx, u, "his") ||
	    pos_tis(ctx, u, "her") || pos_tis(ctx, u, "its") ||
	    pos_tis(ctx, u, "their")))
		u--;
	if (*grouped && u > (long)s->t0 && pos_tok_conj(ctx, u) &&
	    ctx->toks[u - 1].mention != -1)
		u--;
	return u;
}

/*
 * "..., which Russia has rejected": a subject that starts at token t
 * after "which" or "that" opens a relative clause whose object is the
 * trigger before it.  1 when so (the cue's object is then set).
 */
static int
pos_subject_relative(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	int	i;

	if (t > (long)s->t0 && (pos_tok_relative(ctx, t - 1) ||
	    pos_tis(ctx, t - 1, "that")) &&
	    (i = pos_object_before(ctx, s, t - 2)) != -1) {
		it->obj = i;
		it->how = POS_HOW_RELATIVE;
		return 1;
	}
	return 0;
}

/*
 * The subject is the mention at token u (with its group).  Returns the
 * token where the scan stopped.
 */
static long
pos_subject_mention(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long u, int grouped)
{
	long	t;
	int	i;

	it->how = POS_HOW_SUBJECT;
	t = pos_group_left(ctx, s, it, u);
	if ((i = pos_in_relative(ctx, s, t)) != -1) {
		/* "the separatists who hold parts of Donetsk signed" */
		pos_hold_clear(it);
		u = i - 1;
		if (u >= (long)s->t0 && ctx->toks[u].kind == POS_T_COMMA)
			u--;
		if (u < (long)s->t0 || ctx->toks[u].mention == -1)
			return i;
		t = pos_group_left(ctx, s, it, u);
	}
	if (grouped || it->nh > 1)
		pos_remember_group(ctx, it);
	if (!pos_subject_relative(ctx, s, it, t) &&
	    (i = pos_apposed(ctx, s, t)) != -1) {
		it->obj = i;
		it->how = POS_HOW_RELATIVE;
	}
	return t;
}

/* "Zelensky, who ...", "Russia, which does not want ...": the mention
   before the relative pronoun at t is the subject. */
static void
pos_subject_who(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	long	u = t - 1;

	if (ctx->toks[u].kind == POS_T_COMMA && u > (long)s->t0)
		u--;
	if (ctx->toks[u].mention == -1)
		return;
	/* "talks between Kyiv and Moscow, which could ...": the actors
	   after a noun's preposition are not what "which" stands for
	   (but "and for Russia, which wants ..." is Russia) */
	u = pos_group_left(ctx, s, it, u);
	if (u > (long)s->t0 + 1 && pos_tok_preposition(ctx, u - 1) &&
	    !pos_tis(ctx, u - 1, "of") &&
	    ctx->toks[u - 2].kind == POS_T_WORD &&
	    ctx->toks[u - 2].mention == -1 && !pos_tok_conj(ctx, u - 2) &&
	    !pos_tis(ctx, u - 2, "but")) {
		pos_hold_clear(it);
		return;
	}
	it->how = POS_HOW_SUBJECT;
}

static int	 pos_verbish(const struct pos_ctx *, const struct pos_sent *,
		    long);
static long	 pos_after_adverbs(const struct pos_ctx *,
		    const struct pos_sent *);

/* 1 when token t may be a verb in the past or present: a lowercase word
   no class claims ("met", "spoke", "visited"). */
static int
pos_lower_verb(const struct pos_ctx *ctx, long t)
{
	const struct pos_tok	*tk = &ctx->toks[t];

	return tk->kind == POS_T_WORD && !tk->cap && tk->mention == -1 &&
	    tk->item == -1 && tk->len > 2 && pos_tw(ctx, tk)[0] != '\'' &&
	    !pos_tok_has(ctx, t, POS_W_DET | POS_W_CONJ | POS_W_COMP |
	    POS_W_BOUNDARY | POS_W_SETTING);
}

/*
 * The subject of the sentence's first clause for a verb after "and" or
 * "but" that has none of its own: "Kyiv will defend itself, but is ready
 * to talk".  The mention opening the sentence, followed by a verb, holds;
 * returns the token where the scan stopped, or -1.
 */
static long
pos_subject_first_clause(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	long	f = pos_after_adverbs(ctx, s), l;
	int	m;

	if (f >= (long)s->t1 || (m = ctx->toks[f].mention) == -1 ||
	    ctx->m[m].side == SIDE_NONE || pos_tok_oblique(ctx, s, f))
		return -1;
	for (l = f; l + 1 < (long)s->t1 && ctx->toks[l + 1].mention == m; l++)
		;
	if (l + 1 >= it->t0 || !(pos_verbish(ctx, s, l + 1) ||
	    pos_lower_verb(ctx, l + 1)))
		return -1;
	return pos_subject_mention(ctx, s, it, l, 0);
}

/*
 * "X urged ..., warning ...", "... and rejected": a cue after "and", or
 * in -ing after a comma or "by", shares the holders of the previous cue
 * of the sentence; with no such cue, a cue right after "and", or after a
 * comma and "but" (a boundary), takes the subject of the sentence's first
 * clause (pos_subject_first_clause()).
 */
static void
pos_subject_shared(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_item	*prev;
	int			 i;

	if (pos_tok_conj(ctx, t) || ((ctx->toks[t].kind == POS_T_COMMA ||
	    pos_tis(ctx, t, "by")) && pos_tok_gerund(ctx, it->t0))) {
		if ((prev = pos_prev_holder(ctx, s, it)) != NULL) {
			for (i = 0; i < prev->nh; i++)
				pos_hold_add_speaker(it, &prev->h[i]);
			it->how = POS_HOW_SHARED;
		} else if (pos_tok_conj(ctx, t))
			pos_subject_first_clause(ctx, s, it);
	} else if (pos_tok_has(ctx, t, POS_W_BOUNDARY) && t > (long)s->t0 &&
	    ctx->toks[t - 1].kind == POS_T_COMMA)
		/* ", but is ready to": a clause with no subject of its own */
		pos_subject_first_clause(ctx, s, it);
}

/* 1 when a mention of tokens [f, l] of s, a list, is in an oblique
   case: "усилий, предпринимаемых Россией и США" (efforts made by Russia
   and the US), where one member's case is that of all of it. */
static int
pos_group_oblique(const struct pos_ctx *ctx, const struct pos_sent *s,
    long f, long l)
{
	long	t;

	for (t = f; t <= l; t++) {
		if (ctx->toks[t].mention != -1 && pos_tok_oblique(ctx, s, t))
			return 1;
	}
	return 0;
}

/*
 * "Окупанти зривають коридори", "the occupiers shell the convoys": a word
 * for the foe (class enemy), with no actor named before it, holds for the
 * side its language calls the foe (class foe).  1 when so.
 */
int
pos_subject_enemy(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_tok	*tk = &ctx->toks[t];
	struct pos_hold		 h;
	int			 side;

	if (!pos_tok_has(ctx, t, POS_W_ENEMY) || tk->mention != -1 ||
	    (t > (long)s->t0 && ctx->toks[t - 1].mention != -1) ||
	    (side = pos_dict_foe(ctx->d, ctx->a->language)) < 0)
		return 0;
	memset(&h, 0, sizeof h);
	h.mention = -1;
	h.actor = -1;
	h.side = (enum side)side;
	h.own = xstrndup(ctx->a->text + tk->start, tk->end - tk->start);
	h.name = h.own;
	h.start = tk->start;
	h.end = tk->end;
	pos_hold_add(it, h);
	it->how = POS_HOW_ENEMY;
	return 1;
}

/* The first token of s after adverbs and auxiliaries. */
static long
pos_after_adverbs(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	long	t;

	for (t = (long)s->t0; t < (long)s->t1 &&
	    ctx->toks[t].kind == POS_T_WORD && ctx->toks[t].item == -1 &&
	    ctx->toks[t].mention == -1 &&
	    (pos_tok_adverb(ctx, &ctx->toks[t]) ||
	    pos_tok_has(ctx, t, POS_W_AUX)); t++)
		;
	return t;
}

int
pos_subject_carried(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it)
{
	const struct pos_sent	*p;
	long			 t;

	/* the verb first, or after one word, an adverb the data may not
	   know ("свідомо"; a noun subject is ruled out by the caller) */
	if (!ctx->genitive || s == ctx->sents ||
	    (pos_after_adverbs(ctx, s) != it->t0 && it->t0 != (int)s->t0 + 1))
		return 0;
	p = s - 1;
	t = pos_after_adverbs(ctx, p);
	if (t >= (long)p->t1)
		return 0;
	if (pos_subject_enemy(ctx, p, it, t))
		return 1;
	if (ctx->toks[t].mention == -1 || pos_tok_oblique(ctx, p, t) ||
	    ctx->m[ctx->toks[t].mention].side == SIDE_NONE)
		return 0;
	pos_group_right(ctx, p, it, t);
	it->how = POS_HOW_PRONOUN;
	return it->nh > 0;
}

/* 1 when tokens [a, b] may be an apposition or an aside: words and
   actors only, no cue, trigger or relative pronoun, no clause of its
   own ("and together we will do more" has a subject and a verb). */
static int
pos_aside(const struct pos_ctx *ctx, long a, long b)
{
	int	i;

	for (; a <= b; a++) {
		if (ctx->toks[a].kind != POS_T_WORD || pos_tok_relative(ctx, a) ||
		    pos_tok_has(ctx, a, POS_W_CONJ | POS_W_COMP | POS_W_SELF |
		    POS_W_THIRD | POS_W_PLURAL | POS_W_SECOND | POS_W_COPULA))
			return 0;
		if ((i = ctx->toks[a].item) != -1 &&
		    (ctx->items[i].type == POS_P_CUE ||
		    ctx->items[i].type == POS_P_TRIGGER))
			return 0;
	}
	return 1;
}

/*
 * The last token of an actor set off by commas right before a verb whose
 * subject it is, or -1; t is the comma before the verb.  Two shapes:
 * a name after its title, "the Prime Minister of Israel, Naftali
 * Bennett, is trying" (a person between the commas); and an actor before
 * an aside of up to seven words, "Russia, however, rejected", "Bennett,
 * Israel's prime minister, backs", "Україна, зі свого боку, підтримує".
 */
static long
pos_subject_apposition(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	long	u, first;

	if (t <= (long)s->t0 + 1 || ctx->toks[t].kind != POS_T_COMMA)
		return -1;
	u = t - 1;
	if (ctx->toks[u].mention != -1) {
		first = pos_tok_mention_first(ctx, s, u);
		if (ctx->m[ctx->toks[u].mention].kind != ACTOR_PERSON ||
		    first < (long)s->t0 + 2 ||
		    ctx->toks[first - 1].kind != POS_T_COMMA ||
		    ctx->toks[first - 2].kind != POS_T_WORD)
			return -1;
		return u;
	}
	for (first = u; first > (long)s->t0 && first > u - 7 &&
	    ctx->toks[first - 1].kind != POS_T_COMMA; first--)
		;
	if (first <= (long)s->t0 + 1 || ctx->toks[first - 1].kind !=
	    POS_T_COMMA || !pos_aside(ctx, first, u))
		return -1;
	u = first - 2;
	if (ctx->toks[u].mention == -1 || pos_tok_oblique(ctx, s, u))
		return -1;
	return u;
}

/*
 * The "not only" (class paired) of a verb whose subject scan stopped at
 * token t, its "but" (a clause boundary, with a conjunction after it in
 * Ukrainian and Russian): "Hungary not only blocks fuel but also slows
 * every sanction step", "Угорщина не лише блокує пальне, а й гальмує
 * санкції".  Its item, or -1.  A bare "and" is no "but": "not only in
 * supporting us, but also in defending and promoting sanctions" shares
 * the subject of the verb before it.
 */
static int
pos_paired_before(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	long	u;
	int	i;

	if (!pos_tok_has(ctx, t, POS_W_BOUNDARY) && !(pos_tok_has(ctx, t,
	    POS_W_CONJ) && pos_tok_has(ctx, t - 1, POS_W_BOUNDARY)))
		return -1;
	for (u = t - 1; u > (long)s->t0; u--) {
		if ((i = ctx->toks[u].item) != -1 &&
		    ctx->items[i].type == POS_P_MARKER &&
		    ctx->items[i].cls == POS_M_PAIRED)
			return i;
		if (ctx->toks[u].kind == POS_T_STOP ||
		    ctx->toks[u].kind == POS_T_COLON)
			return -1;
	}
	return -1;
}

/*
 * The subject of a verb cue, scanning left from the cue.  Returns the
 * token where the scan stopped (the start of the subject when found).
 */
long
pos_subject_verb(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, struct pos_scan *sc)
{
	long	t, u, ug;
	int	grouped = 0, i, t0;

	t = pos_modal_skip_aux(ctx, s, it->t0 - 1, sc);
	if (t < (long)s->t0 || pos_subject_enemy(ctx, s, it, t))
		return t;
	if ((u = pos_subject_apposition(ctx, s, t)) != -1)
		return pos_subject_mention(ctx, s, it, u, 0);
	/* the second verb of "not only ... but also": the first's subject,
	   found as for a verb where "not only" stands */
	if ((i = pos_paired_before(ctx, s, t)) != -1) {
		t0 = it->t0;
		it->t0 = ctx->items[i].t0;
		t = pos_subject_verb(ctx, s, it, sc);
		it->t0 = t0;
		return t;
	}
	/* "ми її потребуємо": of two pronouns before the verb, the
	   second is its object, the first its subject */
	if (t > (long)s->t0 && pos_tok_has(ctx, t, POS_W_THIRD |
	    POS_W_PLURAL | POS_W_SECOND) && pos_tok_has(ctx, t - 1,
	    POS_W_SELF | POS_W_THIRD | POS_W_PLURAL | POS_W_SECOND))
		t--;
	u = pos_subject_group_words(ctx, s, t, &grouped, &ug);
	/* "з Шольцом обговорили": an actor in the instrumental or
	   dative is no subject */
	if (u >= (long)s->t0 && ctx->toks[u].mention != -1 &&
	    pos_tok_oblique(ctx, s, u))
		return u;
	if (u >= (long)s->t0 && ctx->toks[u].mention != -1) {
		t = pos_subject_mention(ctx, s, it, u, grouped);
		/* "make Russia seek peace": who is made to act holds
		   nothing, nor does the speaker */
		if (t > (long)s->t0 && pos_tok_has(ctx, t - 1,
		    POS_W_CAUSATIVE)) {
			pos_hold_clear(it);
			sc->caused = 1;
		}
		return t;
	}
	if (grouped) {
		/* "both sides", "the four leaders" */
		if (pos_group_count(ctx, s, it, ug)) {
			pos_remember_group(ctx, it);
			/* "an exchange, which both sides had agreed" */
			pos_subject_relative(ctx, s, it, ug);
		}
		return u;
	}
	if (pos_role_holder(ctx, s, it, t) || pos_hold_pronoun(ctx, s, it, t))
		return t;
	if (pos_tok_relative(ctx, t) && t > (long)s->t0) {
		pos_subject_who(ctx, s, it, t);
		return t;
	}
	pos_subject_shared(ctx, s, it, t);
	return t;
}

/* 1 when token t can follow a subject: an auxiliary, an adverb, a cue or
   a clause marker ("Russia would", "Kyiv never", "Moscow rejects"). */
static int
pos_verbish(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	const struct pos_tok	*tk;
	const struct pos_item	*it;

	if (t >= (long)s->t1)
		return 0;
	tk = &ctx->toks[t];
	/* "Klitschko, who ..., appealed", "Klitschko, the mayor, said" */
	if (tk->kind == POS_T_COMMA && t + 1 < (long)s->t1 &&
	    (pos_tis(ctx, t + 1, "who") || pos_tis(ctx, t + 1, "the") ||
	    (ctx->toks[t + 1].item != -1 &&
	    ctx->items[ctx->toks[t + 1].item].type == POS_P_CUE &&
	    ctx->items[ctx->toks[t + 1].item].form == POS_F_VERB)))
		return 1;	/* "..., Merz and Starmer, said" */
	if (tk->kind != POS_T_WORD || tk->mention != -1)
		return 0;
	if (tk->item == -1 && !tk->cap && tk->len > 3 &&
	    strcmp(pos_tw(ctx, tk) + tk->len - 2, "ed") == 0)
		return 1;	/* "Brussels answered" */
	/* "Kyiv restates its readiness": a verb in -s before a
	   determiner or possessive */
	if (tk->item == -1 && !tk->cap && tk->len > 3 &&
	    pos_tw(ctx, tk)[tk->len - 1] == 's' &&
	    strchr("su", pos_tw(ctx, tk)[tk->len - 2]) == NULL &&
	    t + 1 < (long)s->t1 && pos_tok_has(ctx, t + 1, POS_W_DET))
		return 1;
	if (tk->item != -1) {
		it = &ctx->items[tk->item];
		return (it->type == POS_P_CUE && it->form == POS_F_VERB) ||
		    (it->type == POS_P_MARKER &&
		    it->cls <= POS_M_HYPOTHETICAL);
	}
	return (tk->wflags & POS_W_AUX) || pos_tok_adverb(ctx, tk);
}

/*
 * "Бельгія однією з перших надала допомогу": in a language of free word
 * order (ctx->genitive), an actor that opens the sentence is the subject
 * of a verb later in its clause, whatever stands between, unless a comma
 * or a clause boundary does.  f: the mention's first token, q: the token
 * after it, t: the cue.
 */
static int
pos_free_order_subject(const struct pos_ctx *ctx, const struct pos_sent *s,
    long f, long q, long t)
{
	long	u;

	if (!ctx->genitive || f != (long)s->t0)
		return 0;
	for (u = q; u < t; u++) {
		if (ctx->toks[u].kind != POS_T_WORD ||
		    ctx->toks[u].mention != -1 ||
		    pos_tok_has(ctx, u, POS_W_BOUNDARY | POS_W_COMP |
		    POS_W_RELATIVE))
			return 0;
	}
	return 1;
}

/*
 * The subject of the clause that holds token t, for a cue that has no
 * subject of its own ("Russia would do what it could to help ..."): the
 * nearest mention to the left that is not after a preposition and is
 * followed by something a verb phrase starts with.  1 when found.
 */
int
pos_subject_clause(struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, long t)
{
	const struct pos_tok	*tk;
	long			 p, q, f;

	for (p = t - 1; p >= (long)s->t0; p--) {
		tk = &ctx->toks[p];
		if (tk->kind == POS_T_STOP || tk->kind == POS_T_COLON ||
		    tk->kind == POS_T_QOPEN || tk->kind == POS_T_QCLOSE ||
		    tk->kind == POS_T_QUOTE || (tk->kind == POS_T_WORD &&
		    tk->mention == -1 && (tk->wflags & POS_W_BOUNDARY) &&
		    !pos_tok_relative(ctx, p)))
			return 0;
		if (tk->item != -1 && ctx->items[tk->item].type == POS_P_CUE &&
		    ctx->items[tk->item].cls == POS_C_SPEECH)
			return 0;
		if (tk->mention == -1)
			continue;
		q = pos_tok_mention_last(ctx, s, p) + 1;
		f = pos_tok_mention_first(ctx, s, p);
		p = f;
		if (q < (long)s->t1 && pos_tis(ctx, q, "'s"))
			q++;
		while (q < (long)s->t1 && ctx->toks[q].kind == POS_T_WORD &&
		    ctx->toks[q].mention == -1 && ctx->toks[q].item == -1 &&
		    (ctx->toks[q].wflags & POS_W_GROUP))
			q++;
		if ((!pos_verbish(ctx, s, q) && !pos_free_order_subject(ctx,
		    s, f, q, t)) || pos_tok_oblique(ctx, s, p) ||
		    (f > (long)s->t0 && pos_tok_preposition(ctx, f - 1)))
			continue;
		/* "along with Iran and North Korea, impose": a group after
		   a preposition is no subject either; but "the leaders of
		   A and B" are, and "after" or "as" may open a clause */
		f = pos_group_left(ctx, s, it, f);
		if ((f > (long)s->t0 && pos_tok_preposition(ctx, f - 1) &&
		    !pos_tis(ctx, f - 1, "of") && !pos_tis(ctx, f - 1, "after") &&
		    !pos_tis(ctx, f - 1, "before") && !pos_tis(ctx, f - 1, "as")) ||
		    pos_group_oblique(ctx, s, f, p)) {
			pos_hold_clear(it);
			p = f;
			continue;
		}
		it->how = it->nh > 1 ? POS_HOW_GROUP : POS_HOW_SUBJECT;
		return it->nh > 0;
	}
	return 0;
}
