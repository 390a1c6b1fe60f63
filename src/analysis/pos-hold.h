/*
 * pos-hold: the holders of a cue, the rules that find them that are not
 * a subject's (pos-subject.h) or a group's (pos-group.h), and the holders
 * a sentence's speaker gives.
 *
 * Holders are appended to it->h (at most POS_MAX_HOLDERS; a place, a
 * second holder of the same mention or actor, or one too many is dropped
 * and its own name freed).  it->how says which rule found them.  A
 * holder passed by value gives up its own name to the item; one passed by
 * pointer is copied.  Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_HOLD_H
#define DEMARCHE_POS_HOLD_H

#include <stdint.h>

#include "analysis/pos-internal.h"

/* Mention mi (an index into ctx->m) as a holder, owning nothing. */
struct pos_hold	pos_hold_mention(const struct pos_ctx *ctx, int mi);

/* Add h to it's holders (it takes h.own). */
void	pos_hold_add(struct pos_item *it, struct pos_hold h);

/* Drop it's holders and free the names they own. */
void	pos_hold_clear(struct pos_item *it);

/* Drop it's holders of side side, as pos_hold_clear does. */
void	pos_hold_drop_side(struct pos_item *it, enum side side);

/*
 * Copy the holders of it that are actor mentions into to (room for
 * POS_MAX_HOLDERS), owning nothing; their number into *n.
 */
void	pos_hold_copy(struct pos_hold *to, int *n, const struct pos_item *it);

/* The last mention of a person with a side that starts before byte off
   (looking back a few hundred mentions), or -1. */
int	pos_hold_last_person(const struct pos_ctx *ctx, uint32_t off);
/* Whom a thanks that opens sentence s with no one named thanks: the
   actor the sentence before names last, of another side than the
   speaker's and not its foe ("З візитом побував прем'єр Румунії.
   Подякував за підтримку."), else the last person named before s, of
   another side than the speaker's; -1 when none or no speaker. */
int	pos_hold_thankee(const struct pos_ctx *ctx, const struct pos_sent *s);

/* The speaker covering token t of sentence s, or NULL (borrowed). */
const struct pos_hold *pos_hold_speaker_at(const struct pos_ctx *ctx,
	    const struct pos_sent *s, long t);

/* Add a copy of h to it's holders, as its speaker. */
void	pos_hold_add_speaker(struct pos_item *it, const struct pos_hold *h);

/*
 * Add spk, a speaker of sentence s, to it's holders, with the others of
 * its group when a speech cue of s named them together ("the U.S. and
 * Ukraine announce ...").
 */
void	pos_hold_add_speakers(const struct pos_ctx *ctx,
	    const struct pos_sent *s, struct pos_item *it,
	    const struct pos_hold *spk);

/*
 * 1 when verb cue it is a passive with an agent ("proposed by the US",
 * an adverb or two between): the agents are then its holders and it->how
 * is POS_HOW_PASSIVE.
 */
int	pos_hold_passive(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it);

/*
 * A pronoun at token t as it's holder: "he", "she" (the speaker who is a
 * person, else the last person named), "they" (pos_group_they()), "we",
 * "I" (the speaker).  1 when t is such a pronoun, found or not.
 */
int	pos_hold_pronoun(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/*
 * The holders of non-speech cue it of sentence s, whose object and
 * passive flags are set (pos_object_find()): its subject, possessor,
 * agent or the speaker, by its form; *sc gets what lies between the cue
 * and its subject, for pos_modal_cue().
 */
/* "thanked Poland for supporting", "thanked him for his support": the
   holders of verb cue it in -ing, or of noun cue it, after "for" (class
   reason) are whoever a word of thanks (class thanks) names.  1 when
   found. */
int	pos_hold_thanked(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it);

void	pos_hold_cue(struct pos_ctx *ctx, struct pos_sent *s,
	    struct pos_item *it, struct pos_scan *sc);

#endif
