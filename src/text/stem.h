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
struct stem	*stem_new(const char *const *ends, size_t n);
void		 stem_free(struct stem *);

/* The language of the folded word w[0..len), by its letters. */
enum stem_lang	 stem_lang_of(const char *w, size_t len);

/* The length in bytes of the stem of the folded word w[0..len): a prefix
   of w, len itself when the word is not stemmed. */
size_t		 stem_len(struct stem *, const char *w, size_t len);

/*
 * The base of the folded name word w[0..len), in bytes: the word less up
 * to two final vowels, й or ь, keeping three letters ("Зеленський" ->
 * "Зеленськ", "Росія" -> "Рос", "Путин" -> "Путин"); len for a word of
 * fewer than four letters or one that is not Cyrillic.  A case form of
 * the name starts with its base.
 */
size_t		 stem_name_len(const char *w, size_t len);

/*
 * 1 when form[0..flen) is a case form of a short word of a longer name,
 * name[0..nlen) of three Cyrillic letters ending in a consonant, which
 * stem_inflects() leaves to itself: "суд" of "Международный уголовный
 * суд" in "суда", "Хан" of "Карім Хан" in "Ханом".  (Alone, "Ким" is no
 * "Кима".)
 */
int		 stem_inflects_short(const char *name, size_t nlen,
		    const char *form, size_t flen);

/*
 * 1 when the folded word form[0..flen) may be a case form of the folded
 * name word name[0..nlen) whose stem it shares: the same word, or, for a
 * name of four letters or more, the name less up to two final vowels, й
 * or ь, followed by at most three letters of a case ending that does not
 * change its gender ("Лаврова" for "Лавров", not "Лавра"; "Зеленського"
 * for "Зеленський", not "Зеленська").
 */
int		 stem_inflects(const char *name, size_t nlen, const char *form,
		    size_t flen);

#endif
