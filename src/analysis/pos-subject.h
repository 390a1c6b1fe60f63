/*
 * pos-subject: the subject of a verb cue, or of its clause, as its
 * holder.
 *
 * Holders are added to it (pos-hold.h) and it->how says how they were
 * found (subject, group, pronoun, relative, shared); a subject that opens
 * a relative clause or stands in apposition also sets it->obj.  Token
 * results are indices into ctx->toks.  Nothing here fails (out of memory
 * is fatal).
 */
#ifndef DEMARCHE_POS_SUBJECT_H
#define DEMARCHE_POS_SUBJECT_H

struct pos_ctx;
struct pos_item;
struct pos_scan;
struct pos_sent;

/*
 * The subject of verb cue it, scanning left from it; what lies between
 * goes into *sc (zeroed by the caller).  Returns the token where the scan
 * stopped: the first token of the subject when found, below s->t0 when
 * the sentence ran out.  A group subject is remembered for a later
 * "they" (ctx->group).
 */
long	pos_subject_verb(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, struct pos_scan *sc);

/*
 * The subject of the clause that holds token t, for a cue with no subject
 * of its own: the nearest mention to the left, after no preposition, that
 * something a verb phrase starts with follows.  1 when found.
 */
int	pos_subject_clause(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/*
 * "Окупанти відключають звʼязок.  Свідомо блокують підвезення їжі": a
 * third-person verb cue that opens its sentence (adverbs before it) and
 * drops its subject carries on the subject that opens the sentence
 * before: a word for the foe or an actor.  1 when found.
 */
int	pos_subject_carried(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it);

/*
 * "Окупанти зривають коридори", "the occupiers shell the convoys": a word
 * for the foe (class enemy) at token t, with no actor named just before
 * it, holds cue it for the side its language calls the foe (class foe).
 * 1 when so.
 */
int	pos_subject_enemy(struct pos_ctx *ctx, const struct pos_sent *s,
	    struct pos_item *it, long t);

/* The actor of a release's host: the person who opens its first
   sentence after the title ("Vladimir Putin had a telephone
   conversation with ..."), else the person it names most often, or -1
   when none or two tie.  pos_host_count() finds it, once per article,
   into ctx->host_actor, which pos_host_actor() returns. */
int	pos_host_count(const struct pos_ctx *ctx);
int	pos_host_actor(const struct pos_ctx *ctx);

#endif
