/*
 * actor-internal: the extraction context shared by the files of the
 * actors extractor (private to src/analysis/actor*.c).
 *
 * One article goes through three steps, one window of sentences at a time
 * (actors.c):
 *
 *  1. tokens (actor-tokens.h): each sentence is cut into words, possessive
 *     "'s" and single punctuation marks, each with its folded form and,
 *     for a Cyrillic word, its stem (dict_stem_word());
 *  2. items (actor-items.h): a longest match of the folded words, or of
 *     the stems of Cyrillic words, against the dictionary turns the tokens into items: ACTOR, TITLE, STOP, NAME
 *     (capitalised words the dictionary does not know), WORD and PUNCT;
 *  3. resolve (actor-resolve.h): every item becomes a mention of an actor
 *     or nothing, with the evidence of actor-evidence.h and the persons of
 *     actor-locals.h.
 *
 * A struct ax lives on the driver's stack for one article; the driver
 * owns everything in it and frees the tokens, items, persons, buffers and
 * maps after each window (seen lasts the whole article).  Token spans are
 * bytes of a->text, half-open; items and tokens are in text order, items
 * index tokens [t0, t1).  x->key and x->fold2 are scratch buffers that
 * any function here may overwrite; x->fold holds the folded form of every
 * token and only grows.
 */
#ifndef DEMARCHE_ACTOR_INTERNAL_H
#define DEMARCHE_ACTOR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "base/strmap.h"
#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"

enum tok_type { TOK_WORD, TOK_POSS, TOK_PUNCT };

struct tok {
	uint32_t	 start, end;	/* bytes in the article */
	uint32_t	 fold, flen;	/* folded form in the fold buffer */
	uint32_t	 slen;		/* its stem: the first slen bytes */
	uint32_t	 cp;		/* first code point */
	uint8_t		 type;		/* enum tok_type */
	uint8_t		 gap;		/* white space before it */
	uint8_t		 cap;		/* starts with a capital */
	uint8_t		 allcaps;	/* two or more capitals, no lower case */
	uint8_t		 cyr;		/* Cyrillic */
};

enum item_type { IT_ACTOR, IT_TITLE, IT_STOP, IT_NAME, IT_WORD, IT_PUNCT };

struct item {
	uint8_t		 type;		/* enum item_type */
	uint32_t	 t0, t1;	/* tokens [t0, t1) */
	uint32_t	 sent;		/* sentence index */
	const struct dict_match *m;	/* IT_ACTOR: the chain */
	int		 entry;		/* IT_ACTOR: the chosen entry */
	int		 person;	/* IT_NAME: resolved person (local id) */
	unsigned	 flags;		/* enum mention_flags */
	uint8_t		 org;		/* IT_NAME: ends in an organisation word
					   ("... Defence Group") */
	uint8_t		 oside;		/* its side, from a demonym in it */
	uint8_t		 generic;	/* of common words only ("the Armed
					   Forces") */
	uint8_t		 relative;	/* a given name and a known surname */
	uint8_t		 cyr;		/* IT_NAME: enum cyr_name_form
					   (actor-cyr.h), 0 for others */
	uint8_t		 gender;	/* cyr: DICT_NAME_MALE, _FEMALE */
	int32_t		 sur, giv, pat;	/* cyr: tokens of the surname, given
					   name and patronymic, or -1 */
};

/* A person found in this article but unknown to the dictionary. */
struct local {
	char		*name;		/* as first written */
	char		*key;		/* folded */
	enum actor_kind	 kind;		/* person, or org for an organisation
					   name */
	enum side	 side;
	const char	*side_rule;
	const char	*kind_rule;
	uint32_t	 side_sent;	/* sentence that decided the side */
	uint32_t	 kind_sent;
	int		 id;		/* set id, once added */
	unsigned	 gender;	/* a Cyrillic name's DICT_NAME_MALE,
					   _FEMALE, 0 for others */
	uint32_t	 initial;	/* its given name's first letter
					   (actor_cyr_initial()), 0 if none */
	uint8_t		 nominative;	/* name is a Cyrillic form in the
					   nominative (actor_cyr_nominative()) */
};

/* Everything about the article being extracted. */
struct ax {
	struct actor_set	*set;
	const struct dict	*d;
	struct article		*a;
	struct tok		*toks;
	size_t			 ntoks, toks_alloc;
	struct item		*items;
	size_t			 nitems, items_alloc;
	struct buf		 fold;
	struct buf		 key;
	struct buf		 fold2;
	struct buf		 skey;		/* scratch: a stem key */
	struct local		*locals;
	size_t			 nlocals, locals_alloc;
	struct strmap	 surnames;	/* folded surname -> local, or
						   -2 - entry */
	struct strmap	 fullnames;	/* folded name -> local, or
						   -2 - entry */
	int			*seen;		/* per entry: mentioned earlier in
						   the article (kept across
						   windows) */
	struct item		*alias_it;	/* the alias to note instead */
	uint32_t		 s0, s1;	/* the window: sentences
						   [s0, s1) */
};

/* The folded form of token t. */
#define TOKF(x, t)	((x)->fold.data + (t)->fold)
/* The first token of item it. */
#define ITOK(x, it)	(&(x)->toks[(it)->t0])

#endif
