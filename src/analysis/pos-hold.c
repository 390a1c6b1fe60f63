/*
 * pos-hold: the holders of a cue (struct pos_hold in its item's h[]).
 *
 * A holder is an actor mention of the article, or a role ("his foreign
 * minister") that takes its side from the person it refers to and owns
 * its name.  An item keeps at most POS_MAX_HOLDERS, one per mention and
 * per actor; a place never holds a position.  The speaker of a sentence
 * (pos-speech.h) is a holder like any other, copied with its own name.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "base/xmalloc.h"

const char pos_hold_build[] = __DATE__ " " __TIME__;

struct pos_hold
pos_hold_mention(const struct pos_ctx *ctx, int mi)
{
	struct pos_hold	h;

	memset(&h, 0, sizeof h);
	h.mention = mi;
	h.side = ctx->m[mi].side;
	h.actor = ctx->m[mi].actor;
	h.name = ctx->m[mi].name != NULL ? ctx->m[mi].name : "";
	h.start = ctx->m[mi].start;
	h.end = ctx->m[mi].end;
	h.place = ctx->m[mi].kind == ACTOR_PLACE;
	return h;
}

void
pos_hold_add(struct pos_item *it, struct pos_hold h)
{
	int	i;

	/* "in Minsk", "parts of Donetsk": a place holds no position. */
	if (h.place) {
		free(h.own);
		return;
	}
	for (i = 0; i < it->nh; i++) {
		if (it->h[i].mention == h.mention && h.mention != -1)
			return;
		if (h.mention != -1 && it->h[i].mention != -1 &&
		    h.actor != -1 && it->h[i].actor == h.actor)
			return;
	}
	if (it->nh < POS_MAX_HOLDERS)
		it->h[it->nh++] = h;
	else
		free(h.own);
}

void
pos_hold_clear(struct pos_item *it)
{
	int	i;

	for (i = 0; i < it->nh; i++)
		free(it->h[i].own);
	it->nh = 0;
}

/* The last mention of a person that starts before byte off, or -1. */
int
pos_hold_last_person(const struct pos_ctx *ctx, uint32_t off)
{
	size_t	lo = 0, hi = ctx->nm, mid, n = 0;
	long	i;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->m[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = (long)lo - 1; i >= 0 && n < 400; i--, n++) {
		if (ctx->m[i].kind == ACTOR_PERSON && ctx->m[i].side != SIDE_NONE)
			return (int)i;
	}
	return -1;
}

/* The speaker covering token t of sentence s, or NULL. */
const struct pos_hold *
pos_hold_speaker_at(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	long	r = t - (long)s->t0;

	if (s->has_spk && r >= s->s0 && r < s->s1)
		return &s->spk;
	return NULL;
}

void
pos_hold_add_speaker(struct pos_item *it, const struct pos_hold *h)
{
	struct pos_hold	c = *h;

	if (c.own != NULL)
		c.own = xstrdup(c.own), c.name = c.own;
	pos_hold_add(it, c);
	it->how = POS_HOW_SPEAKER;
}

/* The speaker spk of sentence s, with the others of its group ("the U.S.
   and Ukraine announce ..."), as holders of it. */
void
pos_hold_add_speakers(const struct pos_ctx *ctx, const struct pos_sent *s,
    struct pos_item *it, const struct pos_hold *spk)
{
	const struct pos_item	*sp;
	size_t			 j;
	int			 k;

	for (j = s->i0; spk->mention != -1 && j < s->i1; j++) {
		sp = &ctx->items[j];
		if (sp->type != POS_P_CUE || sp->cls != POS_C_SPEECH ||
		    sp->nh == 0 || sp->h[0].mention != spk->mention)
			continue;
		for (k = 0; k < sp->nh; k++)
			pos_hold_add_speaker(it, &sp->h[k]);
		return;
	}
	pos_hold_add_speaker(it, spk);
	if (spk == &s->spk)
		it->how = s->spk_how;
}

/*
 * Copy the holders of it that are actor mentions into to (of
 * POS_MAX_HOLDERS), without the names they own; their number into *n.
 */
void
pos_hold_copy(struct pos_hold *to, int *n, const struct pos_item *it)
{
	int	i;

	*n = 0;
	for (i = 0; i < it->nh; i++) {
		if (it->h[i].mention == -1)
			continue;
		to[*n] = it->h[i];
		to[*n].own = NULL;
		(*n)++;
	}
}
