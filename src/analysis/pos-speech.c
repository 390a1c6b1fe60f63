/*
 * pos-speech: the third step of extraction, who speaks each sentence.
 *
 * A speech cue's holder speaks the part of its sentence it introduces
 * (after "X said", or before "..., X said"); "according to X" speaks for
 * the whole sentence; sentences inside one quote share the speaker found
 * in any of them; a paragraph that opens with a label ("Name:",
 * "Question:") is a transcript turn that runs on until the next label or
 * heading; "X said:" at the end of a paragraph speaks the quote that
 * follows; a title "Speech by X" makes X the speaker of every sentence
 * nobody else is said to speak.  A sentence's speaker is its struct
 * pos_sent's spk, with the token range it covers and where it came from.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-group.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-modal.h"
#include "analysis/pos-speech.h"
#include "analysis/pos-subject.h"
#include "analysis/pos-tok.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* Count word tokens of s in [a, b) that are not part of a mention. */
static int
pos_content_words(const struct pos_ctx *ctx, long a, long b)
{
	int	n = 0;

	for (; a < b; a++) {
		if (ctx->toks[a].kind == POS_T_WORD &&
		    ctx->toks[a].mention == -1)
			n++;
	}
	return n;
}

/* Give sentence s its speaker h over tokens [s0, s1) (relative to
   s->t0), unless it has one. */
static void
pos_set_speaker(struct pos_sent *s, const struct pos_hold *h, int s0, int s1)
{
	if (s->has_spk)
		return;
	s->spk = *h;
	s->spk.own = h->own != NULL ? xstrdup(h->own) : NULL;
	if (s->spk.own != NULL)
		s->spk.name = s->spk.own;
	s->has_spk = 1;
	s->s0 = s0;
	s->s1 = s1;
}

/* 1 when token t is a dash: "-", an en or an em dash. */
static int
pos_dash(const struct pos_ctx *ctx, long t)
{
	const char	*c = ctx->a->text + ctx->toks[t].start;

	return ctx->toks[t].kind == POS_T_OTHER && (*c == '-' ||
	    strncmp(c, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(c, "\xe2\x80\x94", 3) == 0);
}

/* The token before speech cue it, past auxiliaries and dashes («...», —
   сказав він: Russian and Ukrainian put a dash between the quote and its
   verb); below s->t0 when none. */
static long
pos_speech_before(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t = it->t0 - 1;

	while (t >= (long)s->t0 && (pos_tok_has(ctx, t, POS_W_AUX) ||
	    pos_dash(ctx, t)))
		t--;
	return t;
}

/* 1 when speech cue it may have its speaker after it: it opens the
   sentence or follows a quote or a comma ('"...," said Peskov',
   "..., according to ..., said Peskov"). */
static int
pos_speech_inverted(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t = pos_speech_before(ctx, s, it);

	return t < (long)s->t0 || ctx->toks[t].kind == POS_T_QCLOSE ||
	    ctx->toks[t].kind == POS_T_QUOTE ||
	    ctx->toks[t].kind == POS_T_COMMA;
}

#define POS_NAME_QUOTE	3	/* at most this many words in quotes
				   name a thing: «Интер», "Diplomacy 30" */

/* 1 when the quote that closes at token q holds words said, more than a
   name's few: "в интервью телеканалу «Интер» Порошенко рассказал" quotes
   a channel's name, and what Poroshenko told follows the verb. */
static int
pos_quote_said(const struct pos_ctx *ctx, const struct pos_sent *s, long q)
{
	long	t;
	int	n = 0;

	for (t = q - 1; t >= (long)s->t0; t--) {
		if (ctx->toks[t].kind == POS_T_QOPEN ||
		    ctx->toks[t].kind == POS_T_QUOTE)
			return n > POS_NAME_QUOTE;
		if (ctx->toks[t].kind == POS_T_WORD && ++n > POS_NAME_QUOTE)
			return 1;
	}
	return 1;	/* opened in a sentence before */
}

/* 1 when a closing quote ends the words before speech cue it and its
   subject ('"...," Zelensky said', «...», — сказав Зеленський). */
static int
pos_speech_closes(const struct pos_ctx *ctx, const struct pos_sent *s,
    const struct pos_item *it)
{
	long	t = pos_speech_before(ctx, s, it);

	if (t >= (long)s->t0 && ctx->toks[t].mention != -1)
		t = pos_tok_mention_first(ctx, s, t) - 1;
	while (t >= (long)s->t0 && pos_dash(ctx, t))
		t--;
	/* a comma after the quote («...», — ...), not one of an
	   apposition ("Erdogan, who hosted it, said") */
	if (t > (long)s->t0 && ctx->toks[t].kind == POS_T_COMMA)
		t--;
	return t >= (long)s->t0 && (ctx->toks[t].kind == POS_T_QCLOSE ||
	    ctx->toks[t].kind == POS_T_QUOTE) && pos_quote_said(ctx, s, t);
}

/* The speaker of a speech cue, and the part of the sentence it covers. */
void
pos_speech_cue(struct pos_ctx *ctx, struct pos_sent *s, struct pos_item *it)
{
	struct pos_scan	 sc;
	struct pos_hold	 nobody;
	long		 n = (long)(s->t1 - s->t0), rel0, rel1, t;
	int		 unknown;

	/* "despite the truce announced by Moscow, ...": a speech inside a
	   concessive phrase is granted background, and speaks for nothing
	   after it */
	if (pos_modal_concession(ctx, s, it) != -1)
		return;
	memset(&sc, 0, sizeof sc);
	t = pos_subject_verb(ctx, s, it, &sc);
	/* "they state that ..." with no one to be "they" */
	unknown = it->nh == 0 && t >= (long)s->t0 && pos_tok_has(ctx, t,
	    POS_W_THIRD | POS_W_PLURAL | POS_W_SECOND);
	/* '"...," said Peskov': the speaker after the verb, where a quote
	   or a comma ends what he said; not "to tell Russia that" */
	if (it->nh == 0 && !unknown && !pos_hold_passive(ctx, s, it) &&
	    pos_speech_inverted(ctx, s, it))
		pos_group_right(ctx, s, it, it->t1);
	if (it->nh == 0 && !unknown)
		pos_subject_clause(ctx, s, it, it->t0);
	if (sc.neg || (it->nh == 0 && !unknown))
		return;
	if (it->nh > 0 && it->h[0].mention != -1 &&
	    ctx->m[it->h[0].mention].kind == ACTOR_PERSON) {
		ctx->last_speaker = it->h[0].mention;
		ctx->last_speaker_sent = s->index;
		ctx->last_speaker_end = ctx->a->sents[s->index].end;
	}
	/* "they believe that ..., X reminded that ...": a speaker nobody
	   can name gives way to a named one */
	if (s->has_spk && s->spk.side == SIDE_NONE && it->nh > 0 &&
	    it->h[0].side != SIDE_NONE) {
		free(s->spk.own);
		s->spk.own = NULL;
		s->has_spk = 0;
	}
	rel0 = it->t0 - (long)s->t0;
	rel1 = it->t1 - (long)s->t0;
	/* whom nobody can name speaks for no side: the words are not the
	   text's speaker's */
	memset(&nobody, 0, sizeof nobody);
	nobody.mention = nobody.actor = -1;
	nobody.side = SIDE_NONE;
	nobody.name = "";
	/* what follows the verb is said, unless a quote or a comma before
	   it closed what was ('"...," Zelensky said at a news
	   conference in Kyiv') */
	if (pos_content_words(ctx, it->t1, (long)s->t1) >= 2 &&
	    !(rel0 > 0 && pos_speech_closes(ctx, s, it)))
		pos_set_speaker(s, it->nh > 0 ? &it->h[0] : &nobody,
		    (int)rel1, (int)n);
	else
		pos_set_speaker(s, it->nh > 0 ? &it->h[0] : &nobody, 0,
		    (int)rel0);
}

/* "according to X" (class "according") anywhere in the sentence speaks
   for all of it. */
void
pos_speech_according(struct pos_ctx *ctx, struct pos_sent *s)
{
	const struct pos_item	*it;
	struct pos_item		 tmp;
	size_t			 i;
	long			 t;

	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_MARKER || it->cls != POS_M_ACCORDING ||
		    it->t1 >= (int)s->t1)
			continue;
		memset(&tmp, 0, sizeof tmp);
		/* "according to him", "за його словами": the person the
		   pronoun names, as for "he said" */
		tmp.type = POS_P_CUE;
		tmp.cls = POS_C_SPEECH;
		for (t = it->t0; t < it->t1 && !pos_tok_has(ctx, t,
		    POS_W_THIRD); t++)
			;
		if (pos_group_right(ctx, s, &tmp, it->t1) ||
		    (pos_tok_has(ctx, t, POS_W_THIRD) &&
		    pos_hold_pronoun(ctx, s, &tmp, t) && tmp.nh > 0))
			pos_set_speaker(s, &tmp.h[0], 0, (int)(s->t1 - s->t0));
		pos_hold_clear(&tmp);
		return;
	}
}

/*
 * A transcript turn opens sentence s when it starts with a label: "Name:",
 * "President of France Name (retranslated):", "Question:".  Every word
 * before the colon is capitalised, part of an actor's name or a small
 * label word, a bracketed remark may follow, and something must follow
 * the colon ("X said:" before a quote is not a turn).
 *
 * The person named in the label speaks; scraped labels that repeat the
 * name ("Minister X Y Y XMinister of Z:") name one person all the same.
 * A questioner's label ("Question:", "Moderator:") or a name nobody knows
 * ("Anna Petrova:", a journalist) opens a silent turn: it states no
 * position.  A label that names only a state or a body is no turn.
 */
enum pos_turn {
	POS_TURN_NONE = 0,
	POS_TURN_SPEAKER,
	POS_TURN_SILENT,
};

#define POS_LABEL_TOKENS	24	/* the longest speaker label */

/* 1 when token t opens (or, with close, closes) a bracket. */
static int
pos_bracket(const struct pos_ctx *ctx, long t, int close)
{
	char	c = ctx->a->text[ctx->toks[t].start];

	return ctx->toks[t].kind == POS_T_OTHER &&
	    (close ? c == ')' || c == ']' : c == '(' || c == '[');
}

/* 1 when token t may stand in a speaker's label. */
static int
pos_label_word(const struct pos_ctx *ctx, long t)
{
	const struct pos_tok	*tk = &ctx->toks[t];

	return tk->kind == POS_T_WORD && (tk->cap || tk->mention != -1 ||
	    (tk->wflags & POS_W_LABEL));
}

/*
 * The colon ending the label in s, or -1; *from is where the label
 * starts.  The label is the run of label words (and bracketed remarks)
 * just before the first colon, which must come early and have text after
 * it.  A label that does not open the sentence follows a heading the
 * scraper glued to it ("Speech at the meeting President of X Name:"),
 * and then must name a person, follow no preposition and go on with a
 * capital.
 */
static long
pos_label_colon(const struct pos_ctx *ctx, const struct pos_sent *s,
    long *from, int *words)
{
	long	t, colon = -1, end = (long)s->t0 + POS_LABEL_TOKENS;
	int	depth = 0;

	for (t = (long)s->t0; t < (long)s->t1 && t < end; t++) {
		if (ctx->toks[t].kind == POS_T_COLON) {
			colon = t;
			break;
		}
	}
	if (colon <= (long)s->t0 || colon + 1 >= (long)s->t1)
		return -1;
	*words = 0;
	for (t = colon - 1; t >= (long)s->t0; t--) {
		if (pos_bracket(ctx, t, 1))
			depth++;
		else if (pos_bracket(ctx, t, 0) && depth > 0)
			depth--;
		else if (depth == 0 && !pos_label_word(ctx, t))
			break;
		else if (depth == 0) {
			/* "П.Зарубин": an initial and a surname are two */
			(*words)++;
			if (memchr(pos_tw(ctx, &ctx->toks[t]), '.',
			    ctx->toks[t].len) != NULL)
				(*words)++;
		}
	}
	*from = t + 1;
	if (*from == (long)s->t0)
		return colon;
	if (*words == 0 || pos_tok_preposition(ctx, t) ||
	    !ctx->toks[colon + 1].cap)
		return -1;
	/* a heading names no one as "I", "we" or "he": "I persuaded Mr
	   X: anything but force!" is prose quoting what was said */
	for (t = (long)s->t0; t < *from; t++) {
		if (pos_tok_has(ctx, t, POS_W_SELF | POS_W_THIRD |
		    POS_W_PLURAL | POS_W_SECOND))
			return -1;
	}
	return colon;
}

static enum pos_turn
pos_label(struct pos_ctx *ctx, const struct pos_sent *s)
{
	const struct pos_tok	*tk;
	long			 t, colon, from;
	int			 words, person = -1, body = 0, asks = 0;

	if ((colon = pos_label_colon(ctx, s, &from, &words)) == -1)
		return POS_TURN_NONE;
	for (t = from; t < colon; t++) {
		tk = &ctx->toks[t];
		if (tk->mention != -1 && ctx->m[tk->mention].kind ==
		    ACTOR_PERSON)
			person = tk->mention;
		else if (tk->mention != -1)
			body = 1;
		if (tk->wflags & POS_W_QUESTIONER)
			asks = 1;
	}
	if (from > (long)s->t0 && person == -1)
		return POS_TURN_NONE;
	free(ctx->label.own);
	ctx->label.own = NULL;
	if (person != -1 && !(ctx->m[person].flags & MENTION_NOSIDE)) {
		ctx->label = pos_hold_mention(ctx, person);
		return POS_TURN_SPEAKER;
	}
	if (asks || person != -1 || (!body && words >= 2))
		return POS_TURN_SILENT;
	return POS_TURN_NONE;
}

/*
 * 1 when the turn the label of sentence i opens is a question from
 * someone the dictionary does not know: an interviewer named in the
 * transcript ("P.Zarubin: ... Do the Europeans understand this?"), whose
 * side the text may seem to give, states no position.  The turn ends at
 * the next label or with the window; its last sentence asks.
 */
static int
pos_turn_asks(const struct pos_ctx *ctx, size_t i)
{
	const struct pos_sent	*s;
	long			 from;
	size_t			 j;
	int			 words;

	if (ctx->label.mention == -1 ||
	    !(ctx->m[ctx->label.mention].flags & MENTION_UNLISTED))
		return 0;
	for (j = i + 1; j < ctx->nsents; j++) {
		if (pos_label_colon(ctx, &ctx->sents[j], &from, &words) != -1)
			break;
	}
	s = &ctx->sents[j - 1];
	return s->t1 > s->t0 && ctx->toks[s->t1 - 1].kind == POS_T_STOP &&
	    ctx->a->text[ctx->toks[s->t1 - 1].start] == '?';
}

/* Sentences inside one quote share the speaker found in any of them. */
void
pos_speech_quotes(struct pos_ctx *ctx)
{
	struct pos_sent	*s;
	size_t		 i, j, k;
	int		 depth = 0;

	for (i = 0; i < ctx->nsents; i++) {
		s = &ctx->sents[i];
		s->inquote = depth;
		depth = pos_tok_quote_depth(ctx, s->t0, s->t1, depth);
		s->opens = depth;
	}
	for (i = 0; i < ctx->nsents; i = j + 1) {
		for (j = i; j + 1 < ctx->nsents && ctx->sents[j].opens; j++)
			;
		if (j == i)
			continue;
		for (k = i; k <= j && !ctx->sents[k].has_spk; k++)
			;
		if (k > j)
			continue;
		s = &ctx->sents[k];
		for (k = i; k <= j; k++) {
			pos_set_speaker(&ctx->sents[k], &s->spk, 0,
			    (int)(ctx->sents[k].t1 - ctx->sents[k].t0));
		}
	}
}

/*
 * Default speakers: the transcript turn in force (a label may open any
 * sentence of a paragraph, and a turn runs on over the paragraphs after
 * it until the next label or heading), or "X said:" before a quote.  The
 * sentences are a paragraph or a window of a giant one.
 */
void
pos_speech_defaults(struct pos_ctx *ctx, int paragraph)
{
	struct pos_sent	*s;
	size_t		 i;
	int		 quoted;

	if (ctx->nsents == 0)
		return;
	if (!paragraph)
		ctx->turn = POS_TURN_NONE;
	s = &ctx->sents[0];
	quoted = s->t1 > s->t0 && (ctx->toks[s->t0].kind == POS_T_QOPEN ||
	    ctx->toks[s->t0].kind == POS_T_QUOTE);
	for (i = 0; i < ctx->nsents; i++) {
		s = &ctx->sents[i];
		if (paragraph) {
			enum pos_turn	turn = pos_label(ctx, s);

			if (turn == POS_TURN_SPEAKER && pos_turn_asks(ctx, i))
				turn = POS_TURN_SILENT;
			if (turn != POS_TURN_NONE)
				ctx->turn = turn;
		}
		s->silent = ctx->turn == POS_TURN_SILENT;
		s->spk_turn = !s->has_spk;
		if (ctx->turn == POS_TURN_SPEAKER) {
			pos_set_speaker(s, &ctx->label, 0,
			    (int)(s->t1 - s->t0));
			if (s->spk_turn)
				s->spk_how = POS_HOW_TURN;
		} else if (ctx->has_carry && quoted)
			pos_set_speaker(s, &ctx->carry, 0,
			    (int)(s->t1 - s->t0));
		else if (ctx->has_author && paragraph &&
		    ctx->turn == POS_TURN_NONE) {
			pos_set_speaker(s, &ctx->author, 0,
			    (int)(s->t1 - s->t0));
			if (s->spk_turn)
				s->spk_how = ctx->author_how;
		}
	}
	ctx->has_carry = 0;
	s = &ctx->sents[ctx->nsents - 1];
	if (s->has_spk && s->t1 > s->t0 &&
	    ctx->toks[s->t1 - 1].kind == POS_T_COLON) {
		free(ctx->carry.own);
		ctx->carry = s->spk;
		ctx->carry.own = s->spk.own != NULL ? xstrdup(s->spk.own) :
		    NULL;
		if (ctx->carry.own != NULL)
			ctx->carry.name = ctx->carry.own;
		ctx->has_carry = 1;
	}
}

/*
 * Add mention mi of a joint title to the coauthors of the first, once for
 * each actor; a state named in a person's title ("the President of A")
 * gives way to the person.
 */
static void
pos_speech_coauthor(struct pos_ctx *ctx, int first, int mi)
{
	const struct pos_mention	*m = &ctx->m[mi], *o;
	int				 k;

	if (mi == first || m->actor == ctx->m[first].actor)
		return;
	o = &ctx->m[first];
	if (o->side == m->side && o->kind == ACTOR_PERSON &&
	    m->kind != ACTOR_PERSON)
		return;
	for (k = 0; k < ctx->ncoauthors; k++) {
		o = &ctx->m[ctx->coauthor[k].mention];
		if (o->actor == m->actor || (o->side == m->side &&
		    o->kind == ACTOR_PERSON && m->kind != ACTOR_PERSON))
			return;
	}
	if (ctx->ncoauthors < POS_MAX_HOLDERS - 1)
		ctx->coauthor[ctx->ncoauthors++] = pos_hold_mention(ctx, mi);
}

/* "Speech by X in the parliament of Y": the first state after the
   author, from t on, of another side is whom "you" means, else the
   first actor of another side ("the House of Representatives of Cyprus"
   is Cyprus, not the American house). */
static void
pos_speech_addressee(struct pos_ctx *ctx, const struct pos_sent *s, long t0)
{
	long	t;
	int	mi, pass;

	for (pass = 0; pass < 2; pass++) {
		for (t = t0; t < (long)s->t1; t++) {
			mi = ctx->toks[t].mention;
			if (mi == -1 || ctx->m[mi].side == SIDE_NONE ||
			    ctx->m[mi].side == ctx->author.side ||
			    (pass == 0 && ctx->m[mi].kind != ACTOR_STATE))
				continue;
			ctx->addressee = pos_hold_mention(ctx, mi);
			ctx->has_addressee = 1;
			return;
		}
	}
}

/* 1 when token t is a word of a title ("President", "Prime Minister"). */
static int
pos_title_word(const struct pos_ctx *ctx, long t)
{
	int	i = ctx->toks[t].item;

	return ctx->toks[t].kind == POS_T_WORD && i != -1 &&
	    ctx->items[i].type == POS_P_MARKER &&
	    ctx->items[i].cls == POS_M_TITLE;
}

/* The first person with a side and a title named after byte off, or -1. */
static int
pos_first_titled(const struct pos_ctx *ctx, uint32_t off)
{
	size_t	i;

	for (i = 0; i < ctx->nm; i++) {
		if (ctx->m[i].start >= off && ctx->m[i].kind == ACTOR_PERSON &&
		    ctx->m[i].side != SIDE_NONE &&
		    (ctx->m[i].flags & MENTION_TITLED))
			return (int)i;
	}
	return -1;
}

/*
 * A headline that ends in whose words it gives: "Ukraine is ready for
 * talks in any format - Volodymyr Zelenskyy", "... - A and B".  After the
 * last dash come only persons, joined by "and" or commas, or an office
 * alone ("- President"), then held by the first titled person of the
 * text; the first is the speaker of the headline's claim, before the
 * dash, and of nothing else in the text (a news release goes on in its
 * own voice).
 */
static void
pos_speech_title_dash(struct pos_ctx *ctx, struct pos_sent *s)
{
	struct pos_hold	 h;
	long		 t, dash = -1;
	int		 first = -1, mi, titled = 0;

	for (t = (long)s->t1 - 1; t > (long)s->t0 && dash == -1; t--)
		if (pos_dash(ctx, t))
			dash = t;
	if (dash == -1)
		return;
	for (t = dash + 1; t < (long)s->t1; t++) {
		if ((mi = ctx->toks[t].mention) != -1) {
			if (ctx->m[mi].kind != ACTOR_PERSON ||
			    ctx->m[mi].side == SIDE_NONE)
				return;
			if (first == -1)
				first = mi;
			continue;
		}
		if (pos_title_word(ctx, t))
			titled = 1;
		else if (!pos_tok_conj(ctx, t) &&
		    ctx->toks[t].kind != POS_T_COMMA &&
		    ctx->toks[t].kind != POS_T_STOP)
			return;
	}
	/* "... - President": the office alone, held by the first titled
	   person the text names */
	if (first == -1 && titled)
		first = pos_first_titled(ctx, ctx->toks[s->t1 - 1].end);
	if (first == -1)
		return;
	h = pos_hold_mention(ctx, first);
	pos_set_speaker(s, &h, 0, (int)(dash - (long)s->t0));
	free(h.own);
	s->spk_how = POS_HOW_TITLE;
	ctx->headline = first;
}

/*
 * A title that gives the text to one speaker ("Speech by the President of
 * X at ...", "Interview with Y"): the first person named after the
 * phrase, else the first actor, speaks every sentence nobody else is said
 * to speak, so that "we" and "I" in an address are the author's side.  A
 * joint title ("Joint statement of the leaders of A, B and C") gives the
 * text to every actor it names.
 */
void
pos_speech_title(struct pos_ctx *ctx, struct pos_sent *s)
{
	const struct pos_item	*it = NULL;
	size_t			 i;
	long			 t, after = -1;
	int			 first = -1, mi;

	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type == POS_P_MARKER && (it->cls == POS_M_AUTHORED ||
		    it->cls == POS_M_JOINT))
			break;
	}
	if (i == s->i1) {
		pos_speech_title_dash(ctx, s);
		return;
	}
	for (t = it->t1; t < (long)s->t1; t++) {
		/* "Joint statement of A and B on C's decision": the
		   authors end where the topic begins */
		if (it->cls == POS_M_JOINT && first != -1 &&
		    ctx->toks[t].mention == -1 &&
		    pos_tok_preposition(ctx, t) && !pos_tis(ctx, t, "of"))
			break;
		mi = ctx->toks[t].mention;
		if (mi == -1 || ctx->m[mi].side == SIDE_NONE)
			continue;
		if (first == -1) {
			first = mi;
			after = t + 1;
		}
		if (it->cls == POS_M_JOINT)
			pos_speech_coauthor(ctx, first, mi);
		else if (ctx->m[mi].kind == ACTOR_PERSON) {
			first = mi;
			break;
		}
	}
	if (first == -1)
		return;
	free(ctx->author.own);
	ctx->author = pos_hold_mention(ctx, first);
	ctx->has_author = 1;
	ctx->author_how = POS_HOW_TITLE;
	/* "Промова Президента України в парламенті Ірландії": with no
	   person named, whom the speech is to follows the state */
	pos_speech_addressee(ctx, s, t < (long)s->t1 ? t : after);
}

#define POS_GREETING_SENTS	3	/* the longest greeting, in sentences */
#define POS_GREETING_WORDS	12	/* and in words */

/*
 * The sentences of the greeting that opens the window, or 0: a few
 * short exclamations that state nothing ("Ukrainians! Ukrainian women!",
 * "Brave people of Ukraine!"), alone or at the head of a paragraph that
 * goes on (a text pasted on one line).
 */
static size_t
pos_greeting(const struct pos_ctx *ctx)
{
	const struct pos_sent	*s;
	size_t			 i, t, k, words = 0;

	for (k = 0; k < ctx->nsents && k < POS_GREETING_SENTS; k++) {
		s = &ctx->sents[k];
		if (s->t1 == s->t0 || ctx->toks[s->t1 - 1].kind != POS_T_STOP ||
		    ctx->a->text[ctx->toks[s->t1 - 1].start] != '!')
			break;
		for (t = s->t0; t < s->t1; t++)
			words += ctx->toks[t].kind == POS_T_WORD;
	}
	if (k == 0 || words > POS_GREETING_WORDS)
		return 0;
	for (i = ctx->sents[0].i0; i < ctx->sents[k - 1].i1; i++) {
		if (ctx->items[i].type != POS_P_MARKER)
			return 0;
	}
	return k;
}

/* The unnamed speaker of an address in the language's home nation. */
static void
pos_speech_home_author(struct pos_ctx *ctx, int home)
{
	free(ctx->author.own);
	memset(&ctx->author, 0, sizeof ctx->author);
	ctx->author.mention = -1;
	ctx->author.actor = -1;
	ctx->author.side = (enum side)home;
	ctx->author.own = xstrdup("the speaker of the address");
	ctx->author.name = ctx->author.own;
	ctx->has_author = 1;
	ctx->author_how = POS_HOW_ADDRESS;
}

/*
 * 1 when the window names itself as an address or a speech (a word of
 * class authored after a determiner): "Сьогодні це звернення буде без
 * привітання", "this address".
 */
static int
pos_self_named(const struct pos_ctx *ctx)
{
	const struct pos_item	*it;
	size_t			 i;

	for (i = 0; i < ctx->nitems; i++) {
		it = &ctx->items[i];
		if (it->type == POS_P_MARKER && it->cls == POS_M_AUTHORED &&
		    it->t0 > 0 && pos_tok_has(ctx, it->t0 - 1, POS_W_DET))
			return 1;
	}
	return 0;
}

#define POS_ADDRESS_SELF	3	/* words for "we" outside quotes that
					   make a window an address */

/* The words for the speaker ("we", "our", class "self") of the window,
   outside quotes. */
static size_t
pos_self_words(const struct pos_ctx *ctx)
{
	const struct pos_sent	*s;
	size_t			 i, t, n = 0;
	int			 depth;

	for (i = 0; i < ctx->nsents; i++) {
		s = &ctx->sents[i];
		depth = s->inquote;
		for (t = s->t0; t < s->t1; t++) {
			depth = pos_tok_quote_depth(ctx, t, t + 1, depth);
			n += !depth && pos_tok_has(ctx, (long)t, POS_W_SELF);
		}
	}
	return n;
}

/* The author the greeting that opens the window gives (the nation
   greeted, the headline's person, or the home nation's unnamed
   speaker), or an address that names itself so. */
static void
pos_greeting_author(struct pos_ctx *ctx, int home)
{
	const struct pos_mention	*m;
	size_t				 t, k;
	int				 mi, greets = 0;

	/* an address with no greeting that says it is one */
	if ((k = pos_greeting(ctx)) == 0) {
		if (home >= 0 && pos_self_named(ctx))
			pos_speech_home_author(ctx, home);
		return;
	}
	for (t = ctx->sents[0].t0; t < ctx->sents[k - 1].t1; t++) {
		greets |= pos_tok_has(ctx, (long)t, POS_W_GREETING);
		if ((mi = ctx->toks[t].mention) == -1)
			continue;
		m = &ctx->m[mi];
		if (m->kind != ACTOR_STATE || m->side == SIDE_NONE ||
		    m->side == SIDE_OTH)
			continue;
		/* "Європейці! Українці!": a nation other than the
		   language's own is greeted as the one addressed */
		if (home >= 0 && m->side != (enum side)home) {
			if (!ctx->has_addressee) {
				ctx->addressee = pos_hold_mention(ctx, mi);
				ctx->has_addressee = 1;
			}
			greets = 1;
			continue;
		}
		ctx->author = pos_hold_mention(ctx, mi);
		ctx->has_author = 1;
		ctx->author_how = POS_HOW_ADDRESS;
		return;
	}
	/* "Strong people of our bravest country!" under a headline that
	   gives its words to a person ("... - Volodymyr Zelenskyy"): that
	   person gives the address */
	if (ctx->headline != -1) {
		free(ctx->author.own);
		ctx->author = pos_hold_mention(ctx, ctx->headline);
		ctx->has_author = 1;
		ctx->author_how = POS_HOW_ADDRESS;
		return;
	}
	/* "Brave people of an unbowed country!", "Європейці!": the nation
	   of the address's language (class "home"), its speaker unnamed */
	if (greets && home >= 0)
		pos_speech_home_author(ctx, home);
}

void
pos_speech_greeting(struct pos_ctx *ctx)
{
	int	home = pos_dict_home(ctx->d, ctx->a->language);

	if (!ctx->has_author && ctx->paragraphs == 0 && !ctx->greeted) {
		ctx->greeted = 1;
		pos_greeting_author(ctx, home);
	}
	/* "ми звикли говорити ...": a text in a language whose nation
	   has a home side (Ukrainian), that speaks as "we" outside any
	   quote and names no speaker, is an address of that nation's */
	if (!ctx->has_author && home >= 0 && ctx->turn == POS_TURN_NONE &&
	    pos_self_words(ctx) >= POS_ADDRESS_SELF)
		pos_speech_home_author(ctx, home);
}
