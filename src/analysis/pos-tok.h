/*
 * pos-tok: the tokens of a sentence (struct pos_tok, pos-internal.h) and
 * the word classes the clause rules ask of them.
 *
 * Spans are half-open byte ranges of ctx->a->text; a token's folded form
 * is pos_tw(ctx, t), NUL-terminated in ctx->fold.  Token arguments are
 * indices into ctx->toks and must be valid unless said otherwise.
 * Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_TOK_H
#define DEMARCHE_POS_TOK_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct pos_ctx;
struct pos_sent;
struct pos_tok;

/* Append the tokens of bytes [start, end) of the article, one sentence,
   to ctx->toks, with their folded forms; mention and item are -1. */
void	pos_tok_cut(struct pos_ctx *ctx, uint32_t start, uint32_t end);

/* Give tokens [t0, ctx->ntoks) their actor mention and word flags;
   *mi is the first mention that may still cover them, and moves on. */
void	pos_tok_mark(struct pos_ctx *ctx, size_t t0, size_t *mi);

/* 1 when token t opens a relative clause ("which", "who"). */
int	pos_tok_relative(const struct pos_ctx *ctx, long t);

/* Quote depth (1 inside a quotation) after tokens [t0, t1), given the
   depth before t0. */
int	pos_tok_quote_depth(const struct pos_ctx *ctx, size_t t0, size_t t1,
	    int depth);

/* 1 when token t has word flag f (enum pos_wflags: a marker class of
   single words, as "det" or "hostile"); 0 past either end of the tokens,
   as pos_tis(). */
int	pos_tok_has(const struct pos_ctx *ctx, long t, unsigned f);

/* 1 when tk, not capitalised, ends as an adverb of the article's
   language does ("deliberately", "рішуче"; class adverb). */
int	pos_tok_adverb(const struct pos_ctx *ctx, const struct pos_tok *tk);

/* As pos_tok_adverb, for token t opening sentence s, capitalised there
   ("Свідомо блокують ..."). */
int	pos_tok_opening_adverb(const struct pos_ctx *ctx,
	    const struct pos_sent *s, long t);

/* 1 when token t is a preposition (a mention after it is no subject). */
int	pos_tok_preposition(const struct pos_ctx *ctx, long t);

/* 1 when token t joins the items of a list ("and", "or": class conj). */
int	pos_tok_conj(const struct pos_ctx *ctx, long t);
/* 1 when token t is a verb in the third person of the article's language
   ("вводят", "зривають"): its subject is named, never a speaker who drops
   "we" (class "finite3"). */
int	pos_tok_finite3(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as a plural noun of the article's language does
   ("countries"; class nounpl). */
int	pos_tok_nounpl(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as a passive participle does ("lifted",
   "забезпечена"; class passive). */
int	pos_tok_passive(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as a reflexive verb does ("нарушается"; class
   reflexive), in the article's language only. */
int	pos_tok_reflexive(const struct pos_ctx *ctx, long t);
/* 1 when token t ends like a verb with no subject ("пропонувалося"). */
int	pos_tok_impersonal(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as an infinitive does ("закрити"). */
int	pos_tok_infinitive(const struct pos_ctx *ctx, long t);

/* 1 when token t ends as a verb in the past does ("запровадив"), or is
   the auxiliary of one ("did"). */
int	pos_tok_past(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as the instrumental does ("Киевом", "окупантами";
   class agent), in the article's language only. */
int	pos_tok_agent(const struct pos_ctx *ctx, long t);
/* 1 when token t ends as a gerund does ("imposing"; class gerund). */
int	pos_tok_gerund(const struct pos_ctx *ctx, long t);
/* 1 when the mention at token t of sentence s ends in an oblique case of
   the article's language ("с Макроном", "Зеленському"; class oblique):
   it names no subject. */
int	pos_tok_oblique(const struct pos_ctx *ctx, const struct pos_sent *s,
	    long t);

/* The first and the last token of the mention at token t, within
   sentence s. */
long	pos_tok_mention_first(const struct pos_ctx *ctx,
	    const struct pos_sent *s, long t);
long	pos_tok_mention_last(const struct pos_ctx *ctx,
	    const struct pos_sent *s, long t);

/*
 * The mentions of sentence s: *first is set to the index of its first
 * (into ctx->m) and the count is returned.  A word may hold two
 * ("Armenia-Azerbaijan"), where a token has only the first.
 */
size_t	pos_tok_sent_mentions(const struct pos_ctx *ctx,
	    const struct pos_sent *s, size_t *first);

/* 1 when sentence s has a word with a flag of f (enum pos_wflags). */
int	pos_tok_sent_has(const struct pos_ctx *ctx, const struct pos_sent *s,
	    unsigned f);

/* 1 when sentence s has a mention of an actor of side a or b. */
int	pos_tok_names_side(const struct pos_ctx *ctx,
	    const struct pos_sent *s, enum side a, enum side b);

#endif
