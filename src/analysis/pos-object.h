/*
 * pos-object: the objects of cues (it->obj, an index into ctx->items, or
 * -1) and the beneficiaries and targets of triggers.
 *
 * Token arguments are indices into ctx->toks inside sentence s.  Nothing
 * here fails.
 */
#ifndef DEMARCHE_POS_OBJECT_H
#define DEMARCHE_POS_OBJECT_H

#include "analysis/actors.h"

struct pos_ctx;
struct pos_item;
struct pos_sent;

/* The trigger item that ends at token t (or just before a comma there),
   or -1. */
int	pos_object_before(const struct pos_ctx *ctx, const struct pos_sent *s,
	    long t);

/*
 * Mark the passive cues of sentence s (it->passive with an agent, whose
 * holders are then found, it->bare_passive without one), then give every
 * non-speech cue its object, a plan no trigger names (it->planobj), and
 * mark the cues that are another's object (inner).
 */
void	pos_object_find(struct pos_ctx *ctx, const struct pos_sent *s);

/* The item at the end of cue it's chain: a trigger, or when the data
   has a peace plan issue the last cue; NULL otherwise. */
const struct pos_item *pos_object_chain(const struct pos_ctx *ctx,
	    const struct pos_item *it);

/*
 * Whose benefit: security guarantees Russia asks for, trigger tr with no
 * Ukrainian named within a few words of it, are guarantees against
 * NATO's enlargement.  Returns the issue a holder of side holder takes
 * (issue, or the NATO issue with *v flipped).
 */
int	pos_object_beneficiary(const struct pos_ctx *ctx,
	    const struct pos_sent *s, const struct pos_item *tr, int issue,
	    enum side holder, int *v);

/*
 * 1 when trigger tr names a target that is not the issue's (pressure is
 * on Russia, military aid goes to Ukraine).
 */
int	pos_object_wrong_target(const struct pos_ctx *ctx,
	    const struct pos_sent *s, const struct pos_item *tr, int issue);
/* 1 when the holder's side cannot take stance v on the issue in this war
   (Ukraine against the pressure on Russia, Russia for NATO's growth ...):
   the reading is wrong. */
int	pos_object_against_self(const struct pos_ctx *ctx, int issue,
	    enum side holder, int v);

#endif
