/*
 * pos-group: holders that are several actors at once: mentions joined by
 * "and" and commas, "both sides", "the four leaders", "they".
 *
 * Each function adds holders to it (pos-hold.h: at most POS_MAX_HOLDERS)
 * and may set it->how (POS_HOW_GROUP, POS_HOW_PRONOUN).  Token arguments
 * are indices into ctx->toks inside sentence s.  Nothing here fails (out
 * of memory is fatal).
 */
#ifndef DEMARCHE_POS_GROUP_H
#define DEMARCHE_POS_GROUP_H

struct pos_ctx;
struct pos_item;
struct pos_sent;

/*
 * Add the mention at token t and those joined to it on the left by "and"
 * or a comma ("Ukraine, France and Germany") to it; "A and the other
 * members of B" gives A alone.  Returns the first token of the group.
 */
long	pos_group_left(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/* Add the mentions that start at token t (a modifier or two before the
   first) and are joined by "and" or commas; 1 when one was found. */
int	pos_group_right(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/*
 * "both sides", "the two presidents", "the four leaders" whose number
 * word is token t: the latest list of so many actors, the warring
 * parties, or the last so many distinct actors named before s (persons
 * only for leaders and presidents).  1 when found; it keeps no holder
 * otherwise.
 */
int	pos_group_count(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/*
 * "they" at token t: the latest "<mention> officials" before it in s,
 * else the group remembered in ctx->group, else the last two actors
 * named; none in a speaker's own turn.
 */
void	pos_group_they(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

#endif
