/*
 * pos-modal: negation and modality of cues and sentences, and the stance
 * of a chain of cues.
 *
 * Token arguments are indices into ctx->toks inside sentence s;
 * ctx->cond_tok is the first condition marker of the sentence being read
 * (-1 when none), set by pos_modal_sentence().  Nothing here fails.
 */
#ifndef DEMARCHE_POS_MODAL_H
#define DEMARCHE_POS_MODAL_H

#include "analysis/positions.h"

struct pos_ctx;
struct pos_item;
struct pos_scan;
struct pos_sent;

/*
 * Walk left from token t over auxiliaries, adverbs, quotes, negations,
 * hedges and "would", noting them in *sc (which the caller zeroes).
 * Returns the first token that is none of these (before s->t0 when the
 * walk ran out).
 */
long	pos_modal_skip_aux(struct pos_ctx *ctx, const struct pos_sent *s,
	    long t, struct pos_scan *sc);

/*
 * The modality of sentence s as a whole: historical, hypothetical (a
 * hypothetical marker or a question), or stated.  Sets ctx->cond_tok to
 * the first condition marker other than "would" (ctx->cond_tok must be -1
 * before).
 */
enum pos_modality pos_modal_sentence(struct pos_ctx *ctx,
	    const struct pos_sent *s);

/* 1 when the sentence's condition is one a party sets ("only if", "on
   condition that", "provided that"). */
int	pos_modal_demand(const struct pos_ctx *ctx, const struct pos_sent *s);

/*
 * Set it->negated and it->modality of a non-speech cue whose holders are
 * found (pos_hold_cue()), from the sentence's modality smod, a condition
 * before it and what lay between it and its subject (sc).  The cue in a
 * party's condition takes the holders of the main clause instead.
 */
void	pos_modal_cue(struct pos_ctx *ctx, struct pos_sent *s,
	    struct pos_item *it, enum pos_modality smod,
	    const struct pos_scan *sc);

/*
 * The stance of the chain of cues that starts at it: +1, -1 or POS_NONE
 * (no trigger at its end, a negated opposition, "rule out" with a
 * support).  *weak is set when a "rule out" is in the chain, *neg when a
 * negation is; depth is 0 (chains stop after 8 links).
 */
int	pos_modal_eval(const struct pos_ctx *ctx, const struct pos_item *it,
	    int *weak, int *neg, int depth);

/*
 * The token that opens the concessive phrase item tr stands in ("despite
 * the truce agreed in May", "несмотря на то, что ..."), or -1: what such
 * a phrase grants is background.
 */
long	pos_modal_concession(const struct pos_ctx *ctx,
	    const struct pos_sent *s, const struct pos_item *tr);

#endif
