/*
 * stem: Russian and Ukrainian words reduced to a stem, so that one
 * dictionary entry ("Зеленський") matches its inflected forms
 * ("Зеленського", "Зеленським").
 *
 * Words are given folded (dict_fold(): lower case, ё as е, apostrophes as
 * "'").  A word's language is read from its letters: a Cyrillic word with
 * і, ї, є, ґ or an apostrophe is Ukrainian, any other all-Cyrillic word
 * Russian; anything else is not stemmed.  Russian words go through the
 * Snowball Russian stemmer (libstemmer); Snowball has no Ukrainian, so a
 * Ukrainian word loses the longest ending from a list given by the caller
 * (the words of data/dict/endings.dict) that leaves at least three
 * letters.  A word of fewer than four letters is its own stem.  A stem is
 * always a prefix of the word, so it is returned as a length.
 *
 * A struct stem holds Snowball's working state: use one per thread.
 * Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_STEM_H
#define DEMARCHE_STEM_H

#include <stddef.h>

enum stem_lang {
	STEM_NONE = 0,		/* not an all-Cyrillic word */
	STEM_RU,
	STEM_UK,
};

struct stem;

/* A stemmer with the Ukrainian endings ends[0..n) (folded, copied). */
struct stem	*stem_new(char *const *ends, size_t n);
void		 stem_free(struct stem *);

/* The language of the folded word w[0..len), by its letters. */
enum stem_lang	 stem_lang_of(const char *w, size_t len);

/* The length in bytes of the stem of the folded word w[0..len): a prefix
   of w, len itself when the word is not stemmed. */
size_t		 stem_len(struct stem *, const char *w, size_t len);

#endif
