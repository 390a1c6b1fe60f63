/*
 * actor-items: the second step of extraction, tokens turned into items
 * (struct item, actor-internal.h), and the questions later steps ask of
 * them.
 *
 * Items are appended to x->items, which the caller owns, in text order;
 * each covers tokens [t0, t1) of one sentence.  An item index k is an
 * index into x->items; "sentence" means the same it->sent.  Words are
 * compared in their folded form (dict_fold()).  Nothing here fails (out of
 * memory is fatal); the questions only read, except actor_items_key(),
 * which writes the buffer it is given.
 */
#ifndef DEMARCHE_ACTOR_ITEMS_H
#define DEMARCHE_ACTOR_ITEMS_H

#include <stddef.h>
#include <stdint.h>

struct ax;
struct buf;
struct dict_match;
struct item;

/* Append the items of sentence si, its tokens [t0, t1); in a heading
   (heading != 0) no unknown name or organisation is looked for. */
void	actor_items_sentence(struct ax *x, uint32_t si, uint32_t t0,
	    uint32_t t1, int heading);

/* 1 when a dictionary name, title or stop phrase starts at token i of a
   sentence whose tokens end at end. */
int	actor_items_phrase(struct ax *x, uint32_t i, uint32_t end);

/* 1 when the raw text of tokens [t0, t1) is exactly s, white space
   normalised to one space. */
int	actor_items_raw_equals(struct ax *x, uint32_t t0, uint32_t t1,
	    const char *s);
/* 1 when the dictionary chain of m holds only demonyms ("German"). */
int	actor_items_demonym_only(struct ax *x, const struct dict_match *m);

/* 1 when item it is the punctuation mark c (a code point). */
int	actor_items_punct(struct ax *x, struct item *it, uint32_t c);
/* 1 when item it is one WORD or STOP token from list (folded words,
   NULL-terminated). */
int	actor_items_in(struct ax *x, struct item *it, const char **list);
/* 1 when item it is the single folded word w. */
int	actor_items_word(struct ax *x, struct item *it, const char *w);
/* 1 when item k is the first item of its sentence. */
int	actor_items_initial(struct ax *x, size_t k);
/* Set b to the folded text of item it, words joined as written. */
void	actor_items_key(struct ax *x, struct item *it, struct buf *b);

#endif
