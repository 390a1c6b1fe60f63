/*
 * pos-match: the items of a sentence, the trigger, cue and marker
 * phrases of the data files (pos-dict.h) found in its tokens.
 *
 * Items are appended to ctx->items in text order and never overlap; each
 * covers tokens [t0, t1), whose item field then names it.  Nothing here
 * fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_MATCH_H
#define DEMARCHE_POS_MATCH_H

#include <stddef.h>

struct pos_ctx;
struct pos_sent;

/*
 * Append the items of tokens [t0, t1), one sentence whose first token is
 * ctx->sent_t0 (marked by pos_tok_mark()), longest match first, left to
 * right.
 */
void	pos_match_items(struct pos_ctx *ctx, size_t t0, size_t t1);

/*
 * Give the anaphors of sentence s ("the deal", "the plan") the issue the
 * text has named most often and most lately (they become triggers of it,
 * or stay markers when none fits), then count the sentence's triggers
 * into ctx->issue_w and ctx->doc_w, older counts fading.  Call once per
 * sentence, in text order.
 */
void	pos_match_anaphors(struct pos_ctx *ctx, const struct pos_sent *s);

#endif
