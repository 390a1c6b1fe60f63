/*
 * actor-tokens: the first step of extraction, a sentence cut into tokens
 * (struct tok, actor-internal.h).
 *
 * Spans are half-open byte ranges of x->a->text; a token's folded form is
 * x->fold.data[t->fold, t->fold + t->flen).  Tokens are appended to
 * x->toks, which the caller owns.  Nothing here fails (out of memory is
 * fatal).
 */
#ifndef DEMARCHE_ACTOR_TOKENS_H
#define DEMARCHE_ACTOR_TOKENS_H

#include <stddef.h>
#include <stdint.h>

struct ax;

/* 1 when s[0..len) opens on a Cyrillic letter (U+0400 to U+04FF), as
   the tokens' cyr flag says of a word. */
int	actor_tokens_cyrillic_at(const char *s, size_t len);

/* Append the tokens of bytes [start, end) of the article, one sentence,
   to x->toks; the first token of a sentence counts as after a gap. */
void	actor_tokens_add(struct ax *x, uint32_t start, uint32_t end);

#endif
