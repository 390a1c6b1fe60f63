/*
 * positions: the driver of the extractor, and the names and set of
 * positions.h.  An article is read paragraph by paragraph (a giant one in
 * windows of POS_WINDOW sentences); the working memory (pos-internal.h)
 * follows the window.
 *
 * Each sentence of a window is cut into tokens (pos-tok.c), its phrases
 * found as items (pos-match.c) and its speech cues given their speakers
 * (pos-speech.c).  Then the window's quotes, its title's author and its
 * transcript turns give the sentences their default speakers, and each
 * sentence in turn has its cues given their objects (pos-object.c),
 * holders (pos-hold.c, pos-subject.c, pos-group.c), negation and modality
 * (pos-modal.c), and yields its positions (pos-emit.c).
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-cache.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-emit.h"
#include "analysis/pos-group.h"
#include "analysis/pos-hold.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-match.h"
#include "analysis/pos-modal.h"
#include "analysis/pos-object.h"
#include "analysis/pos-speech.h"
#include "analysis/pos-subject.h"
#include "analysis/pos-tok.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "src/analysis/rules-source.h"
#include "text/article.h"

#ifndef POS_WINDOW
#define POS_WINDOW		2000	/* sentences of a paragraph read
					   together (pos_paragraph) */
#endif

static const char *pos_stance_names[] = { "oppose", "", "support" };
static const char *pos_modality_names[POS_MODALITY_COUNT] = {
	"stated", "conditional", "hypothetical", "historical"
};
static const char *pos_how_names[] = {
	"subject", "group", "pronoun", "speaker", "passive", "relative",
	"possessor", "shared", "turn", "title", "address", "enemy", "parties"
};

/*
 * The text of the extractor's sources, hashed when built (rules-source.h):
 * a changed rule may decide otherwise, so the hash is part of the cache's
 * version; a rebuild of the same text keeps the caches.
 */
const char *
pos_rules_stamp(void)
{
	return PACKAGE_VERSION " " RULES_SOURCE;
}

const char *
pos_stance_name(int stance)
{
	return stance > 0 ? pos_stance_names[2] : pos_stance_names[0];
}

const char *
pos_modality_name(enum pos_modality m)
{
	return (unsigned)m < POS_MODALITY_COUNT ? pos_modality_names[m] : "?";
}

const char *
pos_how_name(enum pos_how h)
{
	return (unsigned)h < POS_HOW_COUNT ? pos_how_names[h] : "?";
}

void
pos_set_init(struct pos_set *s)
{
	memset(s, 0, sizeof *s);
}

void
pos_set_release(struct pos_set *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].holder);
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* Tokens, items and speech of sentence si. */
static void
pos_prepare(struct pos_ctx *ctx, uint32_t si, size_t *mi)
{
	const struct sentence	*se = &ctx->a->sents[si];
	struct pos_sent		*s;
	size_t			 i;

	ctx->sents = xgrow(ctx->sents, &ctx->salloc, ctx->nsents + 1,
	    sizeof *ctx->sents);
	s = &ctx->sents[ctx->nsents++];
	memset(s, 0, sizeof *s);
	s->index = si;
	s->spk.mention = -1;
	s->spk_how = POS_HOW_SPEAKER;

	s->t0 = ctx->ntoks;
	pos_tok_cut(ctx, se->start, se->end);
	s->t1 = ctx->ntoks;
	pos_tok_mark(ctx, s->t0, mi);
	s->party = pos_tok_names_side(ctx, s, SIDE_RUS, SIDE_UKR);
	s->i0 = ctx->nitems;
	ctx->sent_t0 = s->t0;
	ctx->sent_lang = article_cyrillic_language(ctx->a->text + se->start,
	    se->end - se->start);
	if (ctx->sent_lang == NULL)
		ctx->sent_lang = ctx->a->language;
	pos_match_items(ctx, s->t0, s->t1);
	s->i1 = ctx->nitems;
	pos_match_anaphors(ctx, s);
	for (i = s->i0; i < s->i1; i++) {
		if (ctx->items[i].type == POS_P_CUE &&
		    ctx->items[i].cls == POS_C_SPEECH)
			pos_speech_cue(ctx, s, &ctx->items[i]);
	}
	pos_speech_according(ctx, s);
}

#ifdef POS_DEBUG
static void	pos_dump(const struct pos_ctx *, const struct pos_sent *);
#endif

/* Objects, holders and positions of the cues of one sentence. */
static void
pos_sentence(struct pos_ctx *ctx, struct pos_sent *s)
{
	struct pos_item		*it;
	struct pos_scan		 sc;
	enum pos_modality	 smod;
	size_t			 i;

	ctx->cond_tok = -1;
	if (s->silent)
		return;
	smod = pos_modal_sentence(ctx, s);
	pos_object_find(ctx, s);
	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type != POS_P_CUE || it->cls == POS_C_SPEECH)
			continue;
		pos_hold_cue(ctx, s, it, &sc);
		pos_modal_cue(ctx, s, it, smod, &sc);
	}
	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		if (it->type == POS_P_CUE && it->cls != POS_C_SPEECH)
			pos_emit_cue(ctx, s, it);
	}
	pos_emit_bare(ctx, s, smod);
	pos_emit_owned(ctx, s, smod);
#ifdef POS_DEBUG
	pos_dump(ctx, s);
#endif
}

#ifdef POS_DEBUG
#include <stdio.h>
/* Developer aid (built with -DPOS_DEBUG): the items of a sentence. */
static void
pos_dump(const struct pos_ctx *ctx, const struct pos_sent *s)
{
	const struct pos_item	*it;
	size_t			 i, t;
	int			 k;

	fprintf(stderr, "sentence %u:", s->index);
	for (t = s->t0; t < s->t1; t++)
		fprintf(stderr, " %s%s", pos_tw(ctx, &ctx->toks[t]),
		    ctx->toks[t].mention != -1 ? "@" : "");
	fprintf(stderr, "\n  speaker %s [%d,%d)\n", s->has_spk ?
	    s->spk.name : "-", s->s0, s->s1);
	for (i = s->i0; i < s->i1; i++) {
		it = &ctx->items[i];
		fprintf(stderr, "  item %zu %s cls %d pol %d [%d,%d) obj %d "
		    "inner %d neg %d mod %d how %d holders", i,
		    it->type == POS_P_TRIGGER ? "trigger" : it->type ==
		    POS_P_CUE ? pos_cue_name(it->cls) : pos_mark_name(it->cls),
		    it->cls, it->pol, it->t0, it->t1, it->obj, it->inner,
		    it->negated, it->modality, it->how);
		for (k = 0; k < it->nh; k++)
			fprintf(stderr, " %s/%s", it->h[k].name,
			    side_name(it->h[k].side));
		fprintf(stderr, "\n");
	}
}
#endif

/* Drop the paragraph's tokens, items and sentences. */
static void
pos_reset(struct pos_ctx *ctx)
{
	size_t	i;

	for (i = 0; i < ctx->nitems; i++)
		pos_hold_clear(&ctx->items[i]);
	for (i = 0; i < ctx->nsents; i++)
		free(ctx->sents[i].spk.own);
	ctx->nitems = 0;
	ctx->ntoks = 0;
	ctx->nsents = 0;
	buf_reset(&ctx->fold);
}

/* Sentences [first, end) of block b: a whole paragraph, or a window of a
   giant one. */
static void
pos_window(struct pos_ctx *ctx, const struct block *b, uint32_t first,
    uint32_t end, size_t *mi)
{
	uint32_t	i;

	pos_reset(ctx);
	for (i = first; i < end; i++)
		pos_prepare(ctx, i, mi);
	pos_speech_quotes(ctx);
	if (b->kind == BLOCK_TITLE && ctx->nsents > 0)
		pos_speech_title(ctx, &ctx->sents[0]);
	if (b->kind != BLOCK_TITLE)
		pos_speech_greeting(ctx);
	pos_speech_defaults(ctx, b->kind == BLOCK_PARAGRAPH);
	for (i = 0; i < ctx->nsents; i++)
		pos_sentence(ctx, &ctx->sents[i]);
}

/*
 * A paragraph is read whole, so that its quotes and its "Name:" label
 * cover all its sentences.  Only a giant one (a text pasted on one line)
 * is read in windows of POS_WINDOW sentences, each dropped before the
 * next, so that memory follows the window and not the text; there a quote
 * that runs over a window boundary does not share its speaker across it.
 */
static void
pos_paragraph(struct pos_ctx *ctx, const struct block *b, size_t *mi)
{
	uint32_t	first = b->first, end, w;

	end = b->first + b->count;
	if (end > ctx->a->nsents)
		end = ctx->a->nsents;
	if (first >= end) {
		pos_window(ctx, b, first, first, mi);
		return;
	}
	for (; first < end; first = w) {
		w = end - first > POS_WINDOW ? first + POS_WINDOW : end;
		pos_window(ctx, b, first, w, mi);
	}
	if (b->kind != BLOCK_TITLE)
		ctx->paragraphs++;
}

#define POS_WAR_SHARE	5	/* one sentence in this many names a party */
#define POS_WAR_MIN	6	/* fewer sentences say too little to tell */

/*
 * 1 when the article is about the war: at least one sentence in
 * POS_WAR_SHARE names a Russian or Ukrainian actor, or it is too short
 * to tell.  Mentions and sentences are both in text order.
 */
static int
pos_about_war(const struct article *a, const struct pos_mention *m,
    size_t nm)
{
	size_t		i, k = 0, party = 0;

	for (i = 0; i < a->nsents; i++) {
		while (k < nm && m[k].start < a->sents[i].start)
			k++;
		for (; k < nm && m[k].start < a->sents[i].end; k++) {
			if (m[k].side == SIDE_RUS || m[k].side == SIDE_UKR) {
				party++;
				while (k < nm && m[k].start < a->sents[i].end)
					k++;
				break;
			}
		}
	}
	return a->nsents < POS_WAR_MIN || party * POS_WAR_SHARE >= a->nsents;
}

/* The article's year, else the latest year its text mentions. */
static int
pos_now_year(const struct article *a)
{
	size_t	i;
	int	y, best = 0;

	if (a->date != NULL && isdigit((unsigned char)a->date[0]) &&
	    strlen(a->date) >= 4)
		return atoi(a->date);
	for (i = 0; i + 4 <= a->len; i++) {
		if ((a->text[i] != '1' && a->text[i] != '2') ||
		    (i > 0 && isalnum((unsigned char)a->text[i - 1])) ||
		    !isdigit((unsigned char)a->text[i + 1]) ||
		    !isdigit((unsigned char)a->text[i + 2]) ||
		    !isdigit((unsigned char)a->text[i + 3]) ||
		    (i + 4 < a->len && isalnum((unsigned char)a->text[i + 4])))
			continue;
		y = (a->text[i] - '0') * 1000 + (a->text[i + 1] - '0') * 100 +
		    (a->text[i + 2] - '0') * 10 + (a->text[i + 3] - '0');
		if (y >= 1900 && y <= 2100 && y > best)
			best = y;
	}
	return best;
}

void
positions_article_mentions(struct pos_set *set, const struct pos_dict *d,
    struct article *a, const struct pos_mention *m, size_t nm)
{
	struct pos_ctx	ctx;
	size_t		mi = 0;
	uint32_t	b;

	if (a->text == NULL)
		return;
	memset(&ctx, 0, sizeof ctx);
	ctx.d = d;
	ctx.a = a;
	ctx.m = m;
	ctx.nm = nm;
	ctx.set = set;
	ctx.now_year = pos_now_year(a);
	ctx.about_war = pos_about_war(a, m, nm);
	ctx.short_text = a->nsents < POS_WAR_MIN;
	ctx.genitive = strcmp(a->language, "ru") == 0 ||
	    strcmp(a->language, "uk") == 0;
	ctx.host_actor = pos_host_count(&ctx);

	ctx.plan_issue = pos_dict_issue_find(d, "peace_plan");
	ctx.talks_issue = pos_dict_issue_find(d, "talks");
	ctx.guarantees_issue = pos_dict_issue_find(d, "security_guarantees");
	ctx.nato_issue = pos_dict_issue_find(d, "nato");
	ctx.pressure_issue = pos_dict_issue_find(d, "pressure");
	ctx.territory_issue = pos_dict_issue_find(d, "territory");
	ctx.aid_issue = pos_dict_issue_find(d, "military_aid");
	ctx.humanitarian_issue = pos_dict_issue_find(d, "humanitarian");
	ctx.issue_w = xcalloc(pos_dict_nissues(d) + 1, sizeof *ctx.issue_w);
	ctx.doc_w = xcalloc(pos_dict_nissues(d) + 1, sizeof *ctx.doc_w);
	ctx.label.mention = -1;
	ctx.carry.mention = -1;
	ctx.author.mention = -1;
	ctx.addressee.mention = -1;
	ctx.last_speaker = -1;
	ctx.headline = -1;
	for (b = 0; b < a->nblocks; b++)
		pos_paragraph(&ctx, &a->blocks[b], &mi);
	pos_reset(&ctx);
	free(ctx.label.own);
	free(ctx.carry.own);
	free(ctx.author.own);
	buf_release(&ctx.fold);
	free(ctx.toks);
	free(ctx.items);
	free(ctx.sents);
	free(ctx.issue_w);
	free(ctx.doc_w);
}
