/*
 * actor-cyr: Russian and Ukrainian names of persons the dictionary does
 * not know, for the items (actor-items.h), the resolver and the name
 * tables (actor-locals.h).
 *
 * A Cyrillic sentence starts with a capital, so a capitalised word is no
 * evidence of a name: a name is found by its form, with the words of
 * names.dict (dict_name_word()): initials before or after a surname
 * ("А.Бочаров", "Паслера Д.В."), a given name and a surname ("Андреем
 * Бочаровым"), a given name, a patronymic and maybe a surname in either
 * order ("Бочаров Андрей Иванович", "Андрей Иванович").  Any other
 * capitalised Cyrillic word the dictionary does not know is a single-word
 * name (CYR_WORD) that names a person only when it is the surname of one
 * found in the article, or when an office ("пан Медведчук", "Президентом
 * Швейцарії Кассісом") or a speech verb stands beside a surname-shaped
 * word.
 *
 * Persons are keyed by the base of their surname, so that its case forms
 * meet ("Бочаров", "Бочарова", "Бочаровым"); a given name and patronymic
 * without a surname by both words' stems.  Gender (DICT_NAME_MALE,
 * DICT_NAME_FEMALE, or both when unknown) keeps "Бочаровой" from being
 * "Андрей Бочаров".  Token indices are x->toks indices; -1 is none.
 * These functions may overwrite the scratch buffers x->key and x->fold2
 * (not the buffer they are given).  Nothing here fails.
 */
#ifndef DEMARCHE_ACTOR_CYR_H
#define DEMARCHE_ACTOR_CYR_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct ax;
struct buf;
struct item;

enum cyr_name_form {
	CYR_NONE = 0,
	CYR_FORM,		/* a name by its form: initials, given name,
				   patronymic */
	CYR_WORD,		/* one capitalised word */
};

/* A Cyrillic name found at a token. */
struct cyr_name {
	enum cyr_name_form form;
	int32_t		 sur, giv, pat;	/* tokens of the surname, given name
					   and patronymic, or -1 */
	unsigned	 gender;	/* DICT_NAME_MALE and/or _FEMALE */
};

/*
 * The end of the Cyrillic name that starts at token i of a sentence whose
 * tokens end at end (i < end), with *n filled in; i when none starts
 * there.  No dictionary phrase starts at token i (the caller has looked);
 * one that starts at a later token ends the name before it.
 */
uint32_t	actor_cyr_name(struct ax *x, uint32_t i, uint32_t end,
		    struct cyr_name *n);

/*
 * The evidence that Cyrillic NAME item k is a new person: the rule, or
 * NULL; *side the side the same words give, or SIDE_NONE.
 */
const char	*actor_cyr_evidence(struct ax *x, size_t k, enum side *side);

/* 1 when tokens [i, i + k) of a sentence ending at token end are a given
   name and patronymic with a surname of their own beside them
   ("Колокольцев Владимир Александрович", "Владимир Александрович
   Колокольцев"): not the person the dictionary knows by those two words
   ("Уважаемый Владимир Владимирович" is: an adjective is no surname). */
int		 actor_cyr_another_patronymic(struct ax *x, uint32_t i,
		    uint32_t k, uint32_t end);

/*
 * 1 when the given name at token g may be dictionary person entry's: the
 * dictionary knows no Cyrillic given name of the person, or knows one
 * that is g's in either language ("Дмитрия" beside "Песков", whose alias
 * is "Дмитрий Песков"); 0 when it names another person of that surname
 * ("Іван" beside the surname of Mykhailo Fedorov).
 */
int		 actor_cyr_given_fits(struct ax *x, size_t entry, uint32_t g);

/* 1 when rule, from actor_cyr_evidence(), says a name is shaped as a
   Russian or Ukrainian person's: a given name, a patronymic or initials
   with a surname. */
int		 actor_cyr_shaped_rule(const char *rule);

/* 1 when rule, from actor_cyr_evidence(), says a name is a foreigner's
   in Cyrillic: a foreign given name with a surname. */
int		 actor_cyr_foreign_rule(const char *rule);

/*
 * The first letter of the given name of Cyrillic NAME item it, from its
 * given name or its first initial ("А.Труфанов", "Паслера Д.В."), the
 * letters that differ between Russian and Ukrainian forms made one; 0
 * when it has neither.
 */
uint32_t	 actor_cyr_initial(struct ax *x, const struct item *it);

/* 1 when Cyrillic NAME item it has a patronymic in the nominative
   ("Кобзев Игорь Иванович", not "Игорем Ивановичем"): a form fit to
   name the person by. */
int		 actor_cyr_nominative(struct ax *x, const struct item *it);

/* The first byte of the name that Cyrillic NAME item it shows: a foreign
   given name just before a one-word surname joins it ("Хайди
   Тальявини"); else the item's own first byte. */
uint32_t	 actor_cyr_name_start(struct ax *x, const struct item *it);

/* Set b to the key of Cyrillic NAME item it in the name tables. */
void		 actor_cyr_key(struct ax *x, struct item *it, struct buf *b);

/* Set b to the key in the name tables of a name whose surname is token
   sur (the base its case forms share). */
void		 actor_cyr_surname_key(struct ax *x, uint32_t sur,
		    struct buf *b);

/* Set b to the second key of item it, its given name and patronymic when
   it has a surname too; returns 0 (b unchanged) when it has none. */
int		 actor_cyr_alt_key(struct ax *x, struct item *it,
		    struct buf *b);

/* 1 when genders a and b (DICT_NAME_* sets) may be one person's. */
int		 actor_cyr_same_gender(unsigned a, unsigned b);

#endif
