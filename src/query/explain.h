/*
 * explain: why a position reads as it does, in words, for `positions
 * --explain` and the interface's `x` alike: the cue and its class, the
 * trigger, the negation, how the holder was found and where its side
 * came from.
 */
#ifndef DEMARCHE_EXPLAIN_H
#define DEMARCHE_EXPLAIN_H

struct actor_set;
struct article;
struct buf;
struct position;

/*
 * Append two lines to b, each after indent and a tab:
 *	cue "CUE" (CLASS[, chained]), trigger "T", [not ]negated
 *	holder "H" found as HOW; side SIDE from SOURCE
 * Quoted text comes from a->text when it is loaded and the spans fit,
 * else it is left empty.  as may be NULL (the source is then "actors").
 */
void	explain_position(struct buf *b, const char *indent,
	    const struct article *a, const struct position *p,
	    const struct actor_set *as);

/* Where the holder's side came from: the actor's side rule, "the
   language of the address", "the person the pronoun refers to" or
   "actors". */
const char *explain_side_source(const struct position *p,
	    const struct actor_set *as);

#endif
