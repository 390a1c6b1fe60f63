/* Unit tests for stem: language by letters, Snowball Russian, listed
   Ukrainian endings, short and foreign words left whole. */
#include "config.h"

#include <string.h>

#include "text/stem.h"
#include "tap.h"

static const char *const uk_ends[] = { "а", "і", "и", "у", "ою", "ий", "ого", "ому",
	"им", "ім", "ої", "ій", "ь", "ем", "я", "ї", "єю", "ю" };

/* 1 when w stems to s. */
static int
stems_to(struct stem *st, const char *w, const char *s)
{
	size_t	n = stem_len(st, w, strlen(w));

	return (n == strlen(s) && memcmp(w, s, n) == 0);
}

/* 1 when words a and b have the same stem. */
static int
same(struct stem *st, const char *a, const char *b)
{
	size_t	na = stem_len(st, a, strlen(a)), nb = stem_len(st, b,
		    strlen(b));

	return (na == nb && memcmp(a, b, na) == 0);
}

/* 1 when form may be a case form of name. */
static int
inflects(const char *name, const char *form)
{
	return (stem_inflects(name, strlen(name), form, strlen(form)));
}

int
main(void)
{
	struct stem	*st = stem_new(uk_ends, sizeof uk_ends /
			    sizeof *uk_ends);

	ok(stem_lang_of("путин", strlen("путин")) == STEM_RU, "Russian");
	ok(stem_lang_of("путін", strlen("путін")) == STEM_UK, "Ukrainian by і");
	ok(stem_lang_of("пам'ять", strlen("пам'ять")) == STEM_UK,
	    "Ukrainian by its apostrophe");
	ok(stem_lang_of("putin", 5) == STEM_NONE, "Latin is not stemmed");
	ok(stem_lang_of("g7", 2) == STEM_NONE, "nor digits");
	ok(stem_lang_of("", 0) == STEM_NONE, "nor nothing");

	ok(same(st, "зеленский", "зеленского"), "Зеленский, Зеленского");
	ok(same(st, "зеленский", "зеленскому"), "Зеленскому");
	ok(same(st, "путин", "путиным"), "Путиным");
	ok(same(st, "россия", "россией"), "Россией");
	ok(same(st, "шарль", "шарлем"), "Шарлем");
	ok(stems_to(st, "путин", "путин"), "a bare stem stays whole");

	ok(same(st, "зеленський", "зеленського"), "Зеленського");
	ok(same(st, "зеленський", "зеленським"), "Зеленським");
	ok(same(st, "україна", "україною"), "Україною");
	ok(same(st, "росія", "росії"), "Росії");
	ok(same(st, "росія", "росією"), "Росією");
	ok(same(st, "мішель", "мішелем"), "Мішелем");
	ok(stems_to(st, "україною", "україн"), "the longest ending goes");
	ok(stems_to(st, "міді", "мід"), "three letters stay");
	ok(stems_to(st, "ніа", "ніа"), "a short word is whole");
	ok(stems_to(st, "сила", "сил"), "four letters are stemmed");
	ok(stems_to(st, "nato", "nato"), "Latin stays whole");
	ok(stems_to(st, "ес", "ес"), "two letters stay whole");

	ok(inflects("лавров", "лаврова"), "Лаврова is Лавров's");
	ok(inflects("лавров", "лавровым"), "Лавровым too");
	ok(!inflects("лавров", "лавра"), "Лавра is not");
	ok(!inflects("лавров", "лавровой"), "nor his wife, Лавровой");
	ok(inflects("зеленський", "зеленського"), "Зеленського");
	ok(!inflects("зеленський", "зеленська"), "Зеленська is not him");
	ok(!inflects("зеленська", "зеленського"), "nor he her");
	ok(inflects("зеленська", "зеленською"), "Зеленською is her");
	ok(inflects("захарова", "захаровой"), "Захаровой is Захарова");
	ok(!inflects("захарова", "захаровым"), "Захаровым is not");
	ok(inflects("россия", "россией"), "Россией");
	ok(inflects("украина", "украины"), "Украины, though -ина looks like "
	    "a surname's");
	ok(!inflects("россия", "россиянин"), "Россиянин is another word");
	ok(inflects("мішель", "мішелем"), "Мішелем");
	ok(inflects("си", "си"), "a short name is itself");
	ok(!inflects("ким", "кима"), "and nothing else");
	ok(stem_inflects_short("суд", strlen("суд"), "суда", strlen("суда")),
	    "inside a longer name, a short word takes its case ending");
	ok(stem_inflects_short("хан", strlen("хан"), "ханом",
	    strlen("ханом")), "Ханом");
	ok(!stem_inflects_short("хан", strlen("хан"), "ханство",
	    strlen("ханство")), "not a longer word");
	ok(!stem_inflects_short("сша", strlen("сша"), "сшау", strlen("сшау")),
	    "nor a word that ends in a vowel");
	ok(inflects("путин", "путина"), "Путина");
	ok(inflects("европейский", "европейских"), "plural of an adjective");
	ok(inflects("суми", "сумах"), "Сумах is Суми");
	ok(!inflects("суми", "сума"), "Сума is not");
	ok(inflects("сполучені", "сполученим"), "the dative plural of an "
	    "adjective: Сполученим (Штатам)");
	ok(!inflects("федоров", "федоровичу"), "Федоровичу is a patronymic, "
	    "not Федоров");
	ok(!inflects("росія", "роста"), "an ending starts with a vowel");
	/* a rest that is no case ending makes another word */
	ok(!inflects("газа", "газета") && !inflects("куба", "кубок") &&
	    !inflects("чехия", "чехова"), "Газета, Кубок, Чехова are other "
	    "words");
	ok(inflects("китай", "китаем") && inflects("китай", "китаю") &&
	    inflects("корея", "кореи"), "Китаем, Китаю, Кореи: the name's "
	    "own tail before the ending");

	stem_free(st);
	st = stem_new(NULL, 0);
	ok(stems_to(st, "україною", "україною"),
	    "no endings: Ukrainian is whole");
	ok(same(st, "макрон", "макроном"), "Russian still stems");
	stem_free(st);
	stem_free(NULL);
	return (tap_done());
}
