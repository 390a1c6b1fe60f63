/*
 * pos-emit: the positions of a sentence, appended to ctx->set.
 *
 * Positions are appended in the order their cues (then bare triggers,
 * then owned acts) appear; each holds a malloc'd copy of its holder's
 * name, owned by the set.  A sentence gives one position per issue,
 * side, stance and holder at most.  Spans are bytes of ctx->a->text.
 * Call these for a sentence whose cues have their objects, holders,
 * negation and modality.  Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_EMIT_H
#define DEMARCHE_POS_EMIT_H

#include "analysis/positions.h"

struct pos_ctx;
struct pos_item;
struct pos_sent;

/*
 * The positions of cue it of sentence s, one per holder side, and of the
 * triggers coordinated with the one its chain ends in.  A cue whose
 * chain states a plan remembers its holders for "It calls for ...".
 */
void	pos_emit_cue(struct pos_ctx *ctx, const struct pos_sent *s,
	    const struct pos_item *it);

/*
 * The triggers of s that no cue took, in reported speech: the speaker's
 * own claim, its stance from the trigger and a negation near it (cue
 * "stated"); smod is the sentence's modality.
 */
void	pos_emit_bare(struct pos_ctx *ctx, struct pos_sent *s,
	    enum pos_modality smod);

/* The acts (pressure, military and humanitarian aid) a trigger of s names
   with their owner ("the EU's new sanctions") and no cue took. */
void	pos_emit_owned(struct pos_ctx *ctx, struct pos_sent *s,
	    enum pos_modality smod);

#endif
