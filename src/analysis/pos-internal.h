/*
 * pos-internal: the extraction context shared by the files of the
 * positions extractor (private to src/analysis/positions.c and
 * src/analysis/pos-*.c; the public view is positions.h).
 *
 * An article is read one paragraph at a time, or for a giant paragraph
 * one window of its sentences (positions.c), in these steps:
 *
 *  1. tokens (pos-tok.h): each sentence is cut into words and punctuation,
 *     with their folded form, word flags and the actor mention they are
 *     part of;
 *  2. items (pos-match.h): the trigger, cue and marker phrases of the
 *     data files (pos-dict.h) found in the tokens, longest first, left to
 *     right; "the deal" is given the issue it most likely names;
 *  3. speakers (pos-speech.h): speech cues, "according to X", quotes,
 *     transcript turns ("Name:") and titles ("Speech by X") give each
 *     sentence a speaker and the tokens it covers;
 *  4. per sentence, each cue gets its object (pos-object.h), its holders
 *     (pos-hold.h, pos-subject.h, pos-group.h), its negation and modality
 *     (pos-modal.h); then each chain of cues that ends in a trigger, each
 *     trigger a speaker states bare and each act its owner names yield
 *     positions (pos-emit.h).
 *
 * A struct pos_ctx lives on the driver's stack for one article; the
 * driver owns everything in it.  Tokens, items and sentences last one
 * window (pos_reset() in positions.c drops them), as does ctx->fold, the
 * folded text every token points into; the speakers of turns, titles and
 * quotes carried across paragraphs (label, author, carry) and the issue
 * weights last the article.  Token spans are half-open byte ranges of
 * ctx->a->text; an item covers tokens [t0, t1) and a sentence tokens
 * [t0, t1) and items [i0, i1), all indices into the ctx arrays.  A
 * holder's own name (pos_hold.own) is owned by the item, sentence or
 * context that holds it.  Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_INTERNAL_H
#define DEMARCHE_POS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/positions.h"
#include "base/buf.h"

#define POS_MAX_HOLDERS		8	/* holders of one cue */
#define POS_NONE		0	/* no stance */

/* What a token is: a word or a punctuation mark. */
enum pos_tkind {
	POS_T_WORD = 0,
	POS_T_COMMA,
	POS_T_STOP,		/* ; : . ! ? */
	POS_T_COLON,
	POS_T_QOPEN,		/* “ « */
	POS_T_QCLOSE,		/* ” » */
	POS_T_QUOTE,		/* " */
	POS_T_OTHER,		/* brackets, dashes, single quotes */
};

/* A word or punctuation mark of a sentence. */
struct pos_tok {
	uint32_t	 start, end;	/* bytes in the file */
	uint32_t	 w;		/* folded text: offset in ctx->fold */
	uint16_t	 len;
	uint8_t		 kind;		/* enum pos_tkind */
	uint8_t		 cap;		/* begins with an upper-case letter */
	unsigned	 wflags;	/* enum pos_wflags */
	int		 mention;	/* index into the mentions, or -1 */
	int		 item;		/* item that covers it, or -1 */
};

/* A holder: a mention, or a role whose side comes from "his"/"her". */
struct pos_hold {
	int		 mention;	/* or -1 */
	enum side	 side;
	int		 actor;
	const char	*name;		/* borrowed */
	uint32_t	 start, end;
	char		*own;		/* owned name, for roles */
	int		 place;		/* a mention used as a place */
};

/* A phrase of the data files found in the tokens: a trigger, a cue or a
   marker (pos-dict.h). */
struct pos_item {
	int		 ph;		/* phrase index */
	enum pos_ptype	 type;
	int		 cls, pol;
	enum pos_form	 form;
	int		 t0, t1;	/* tokens [t0, t1) */
	/* Triggers only: after a loss word ("lose the format"), pol
	   turned; a stance only when the loss is denied. */
	int		 lost;
	/* Cues only. */
	int		 obj;		/* item index of its object, or -1 */
	int		 inner;		/* it is the object of another cue */
	int		 passive;
	int		 bare_passive;	/* "sanctions be lifted": no agent */
	int		 planobj;	/* its object is a plan no trigger names
					   ("put forward a framework") */
	int		 others;	/* a noun held by a group no actor names
					   ("the reluctance of the Western
					   powers"): nobody's, not the speaker's */
	int		 negated;
	enum pos_modality modality;
	enum pos_how	 how;
	struct pos_hold	 h[POS_MAX_HOLDERS];
	int		 nh;
};

/* A sentence of the window: its tokens, its items and its speaker. */
struct pos_sent {
	uint32_t	 index;		/* sentence index in the article */
	size_t		 t0, t1;	/* tokens in ctx->toks */
	size_t		 i0, i1;	/* items in ctx->items */
	struct pos_hold	 spk;		/* speaker, mention -1 and side NONE
					   when none */
	int		 has_spk;
	int		 s0, s1;	/* token range the speaker covers,
					   relative to t0 */
	int		 opens;		/* ends inside an open quote */
	int		 inquote;	/* starts inside an open quote */
	int		 silent;	/* in a questioner's turn */
	enum pos_how	 spk_how;	/* where the speaker came from:
				   speaker, turn or title */
	int		 spk_turn;	/* the speaker is the turn's, the
				   title's or a quote's, not a speech
				   verb's in this sentence */
	int		 party;	/* names a Russian or Ukrainian actor */
};

/* Everything about the article being read. */
struct pos_ctx {
	const struct pos_dict	*d;
	struct article		*a;
	const struct pos_mention *m;
	size_t			 nm;
	struct pos_set		*set;
	int			 now_year;
	int			 plan_issue;	/* "peace_plan", or -1 */
	int			 talks_issue;	/* "talks", or -1 */
	int			 guarantees_issue; /* "security_guarantees" */
	int			 nato_issue;	/* "nato", or -1 */
	int			 pressure_issue; /* "pressure", or -1 */
	int			 territory_issue; /* "territory", or -1 */
	int			 aid_issue;	/* "military_aid", or -1 */
	int			 humanitarian_issue; /* or -1 */
	float			*issue_w;	/* for "the deal": how often and
					   how lately each issue was named */
	float			*doc_w;		/* the same for triggers that name
					   a text ("the Minsk package") */
	int			 cond_tok;	/* first "if" of the sentence */
	const char		*sent_lang;	/* the sentence's language:
						   its own letters', else
						   the article's */
	size_t			 sent_t0;	/* first token of the sentence
					   being matched */

	struct buf		 fold;
	struct pos_tok		*toks;
	size_t			 ntoks, talloc;
	struct pos_item		*items;
	size_t			 nitems, ialloc;
	struct pos_sent		*sents;
	size_t			 nsents, salloc;

	struct pos_hold		 label;		/* "Name:" transcript speaker */
	int			 turn;		/* enum pos_turn in force */
	int			 about_war;	/* pos_about_war */
	int			 short_text;	/* too short to judge its topic */
	int			 genitive;	/* the article's language puts a
					   possessor after its noun */
	struct pos_hold		 author;	/* "Speech by X" in the title */
	int			 has_author;
	enum pos_how		 author_how;	/* title or address */
	struct pos_hold		 addressee;	/* "Speech by X to Y": Y */
	int			 last_speaker;	/* the person a speech verb
						   last gave words to, or -1 */
	size_t			 last_speaker_sent;
	uint32_t		 last_speaker_end;	/* its sentence's end */
	int			 has_addressee;
	int			 paragraphs;	/* blocks after the title read
						   so far */
	struct pos_hold		 coauthor[POS_MAX_HOLDERS - 1];
	int			 ncoauthors;	/* a joint statement's others */
	struct pos_hold		 carry;		/* "X said:" before a quote */
	int			 has_carry;
	struct pos_hold		 group[POS_MAX_HOLDERS];  /* for "they" */
	int			 ngroup;
	int			 host_actor;	/* pos_host_count(), or -1 */
	int			 headline;	/* the person a headline's dash
					   gives its words to, or -1 */
	int			 greeted;	/* the body's opening greeting
					   was looked for */
	struct pos_hold		 plan[POS_MAX_HOLDERS];	/* who last put a plan
					   forward, for "It calls for" */
	int			 nplan;
	uint32_t		 plan_sent;	/* the sentence they did */
};

/* What lies between a subject and its verb (pos_modal_skip_aux). */
struct pos_scan {
	int	neg, hedge, would, hyp;
	int	caused;		/* the subject is made to act */
};

/* The folded text of token t. */
static inline const char *
pos_tw(const struct pos_ctx *ctx, const struct pos_tok *t)
{
	return ctx->fold.data + t->w;
}

/* 1 when token t (an index, which may be past the end) is the word w. */
static inline int
pos_tis(const struct pos_ctx *ctx, size_t t, const char *w)
{
	return t < ctx->ntoks && ctx->toks[t].kind == POS_T_WORD &&
	    strcmp(pos_tw(ctx, &ctx->toks[t]), w) == 0;
}

#endif
