/* Unit tests for actor-cyr: Russian and Ukrainian names the dictionary
   does not know, over the shipped dictionaries (sentences written for
   these tests). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/xmalloc.h"
#include "tap.h"
#include "text/article.h"

static struct dict	*d;

/* Extract the actors of text into a fresh set. */
static void
extract(struct actor_set *set, const char *text)
{
	struct article	*a;
	char		*cause = NULL;

	actor_set_init(set);
	a = article_create("cyr.txt", "cyr.txt", "cyr.txt");
	if (article_parse(a, text, strlen(text), "cyr.txt", &cause) != 0) {
		tap_diag("parse: %s", cause);
		abort();
	}
	a->text = xstrdup(text);
	a->len = strlen(text);
	if (actors_extract_article(set, d, a, &cause) != 0) {
		tap_diag("extract: %s", cause);
		abort();
	}
	article_free(a);
}

static const struct actor *
find(struct actor_set *set, const char *name)
{
	int	i = actor_set_find(set, name);

	return (i < 0 ? NULL : &set->actors[i]);
}

/* The side of the actor named name in set, SIDE_NONE when absent. */
static enum side
side_of(struct actor_set *set, const char *name)
{
	const struct actor	*a = find(set, name);

	return (a == NULL ? SIDE_NONE : a->side);
}

/* The number of persons in set. */
static int
persons(struct actor_set *set)
{
	size_t	i;
	int	n = 0;

	for (i = 0; i < set->n; i++)
		n += set->actors[i].kind == ACTOR_PERSON;
	return (n);
}

static void
test_initials(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Встреча с губернатором\n\n"
	    "Глава региона Андрей Бочаров доложил о работе. А.Бочаров: "
	    "Спасибо. Бочарову задали вопрос, и Бочаров ответил. "
	    "Указ о Паслере Д.В. подписан, И. Ф. Михальчук ушёл.\n");
	ac = find(&set, "Андрей Бочаров");
	ok(ac != NULL && ac->kind == ACTOR_PERSON && ac->mentions == 4,
	    "given name and surname, initials, surname in two cases: one "
	    "person");
	ok(ac != NULL && ac->side == SIDE_OTH, "no state in the text: OTH");
	ok(find(&set, "Паслере Д.В.") != NULL, "surname and initials");
	ok(find(&set, "И. Ф. Михальчук") != NULL, "initials with spaces");
	ok(find(&set, "Встреча") == NULL && find(&set, "Спасибо") == NULL &&
	    find(&set, "Глава") == NULL, "sentence starts are no persons");
	actor_set_release(&set);
}

static void
test_patronymic(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Указ\n\nНазначить Соколова Игоря Петровича "
	    "временно исполняющим обязанности. Игорь Петрович, поздравляю! "
	    "Уважаемый Сергей Семёнович, спасибо.\n");
	ac = find(&set, "Соколова Игоря Петровича");
	ok(ac != NULL && ac->mentions == 2, "surname, given name, "
	    "patronymic; then the given name and patronymic alone");
	is_int(persons(&set), 1, "a given name and patronymic no one has "
	    "is no new person; nor an adjective before a name");
	actor_set_release(&set);
	extract(&set, "Церемония\n\nВ.Таранцов: Уважаемый Владимир "
	    "Владимирович! Спасибо.\n");
	ac = find(&set, "Vladimir Putin");
	ok(ac != NULL && ac->mentions == 1, "a dictionary person's given "
	    "name and patronymic");
	ok(find(&set, "В.Таранцов") != NULL, "a speaker's label");
	actor_set_release(&set);
}

static void
test_offices(void)
{
	struct actor_set	 set;

	extract(&set, "Переговори\n\nГоворив з Президентом Франції "
	    "Дюпоном. Пан Ковальчук теж був. Губернатор Курской области "
	    "приехал. Заступник командувача Чорноморського флоту втік.\n");
	ok(side_of(&set, "Дюпоном") == SIDE_EUR, "an office and a state "
	    "before a surname: the state's side");
	ok(side_of(&set, "Ковальчук") == SIDE_OTH,
	    "a form of address before "
	    "a surname-shaped word");
	ok(find(&set, "Курской") == NULL && find(&set, "Чорноморського") ==
	    NULL, "an adjective after an office is no person");
	actor_set_release(&set);
}

static void
test_verbs_and_gender(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Новости\n\nМы готовы, — заявил Петренко. Источник "
	    "сообщил о встрече. Андрей Соколов приехал. Встреча с "
	    "Соколовой отменена. Соколовым довольны.\n");
	ok(find(&set, "Петренко") != NULL, "a speech verb beside a "
	    "surname-shaped word");
	ok(find(&set, "Источник") == NULL, "not beside a common noun");
	ac = find(&set, "Андрей Соколов");
	ok(ac != NULL && ac->mentions == 2, "a woman's case form is not "
	    "his; his instrumental is");
	actor_set_release(&set);
}

/* Plural demonyms name the state or bloc: "европейцы" is the EU. */
static void
test_demonyms(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Новости\n\n"
	    "Европейцы продлили санкции, американцы тоже. "
	    "Європейці та американці запровадили нові санкції.\n");
	ac = find(&set, "European Union");
	ok(ac != NULL && ac->side == SIDE_EUR && ac->mentions == 2,
	    "европейцы, європейці: the EU (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	ac = find(&set, "United States");
	ok(ac != NULL && ac->side == SIDE_USA && ac->mentions == 2,
	    "американцы, американці: the United States (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	actor_set_release(&set);
}

/* Foreign names as Ukrainian spells them, apart from Russian. */
static void
test_ukrainian_spellings(void)
{
	struct actor_set	 set;

	extract(&set, "Новини\n\n"
	    "Провів розмову з Гітанасом Наусєдою. Говорили з Камалою "
	    "Гарріс і з Крісталіною Георгієвою. Дякую Ісландії та "
	    "прем'єру Драґі. Були й місії Червоного Хреста та "
	    "Міжнародного валютного фонду. Звернулися до Організації "
	    "Об'єднаних Націй.\n");
	ok(find(&set, "Gitanas Nausėda") != NULL, "Наусєдою: Nausėda");
	ok(find(&set, "Kamala Harris") != NULL, "Гарріс: Harris");
	ok(find(&set, "Kristalina Georgieva") != NULL,
	    "Георгієвою: Georgieva");
	ok(find(&set, "Iceland") != NULL && find(&set, "Mario Draghi") !=
	    NULL, "Ісландії, Драґі: Iceland, Draghi");
	/* an adjective in the genitive inside a name the dictionary also
	   lists ("Міжнародний комітет Червоного Хреста") is cut where its
	   nominative is, so the genitive of the short name is found */
	ok(find(&set, "International Committee of the Red Cross") != NULL &&
	    find(&set, "International Monetary Fund") != NULL,
	    "Червоного Хреста, Міжнародного валютного фонду");
	/* a straight apostrophe inside a word, as typed on a keyboard */
	ok(find(&set, "United Nations") != NULL,
	    "Організації Об'єднаних Націй: genitive with a straight "
	    "apostrophe");
	actor_set_release(&set);
}

/* A given name and patronymic the dictionary knows for one person belong
   to another when a surname of their own stands beside them. */
static void
test_patronymic_of_another(void)
{
	struct actor_set	 set;

	extract(&set, "Совещание\n\n"
	    "В совещании участвовал Министр Колокольцев Владимир "
	    "Александрович. Уважаемый Владимир Владимирович, спасибо.\n");
	ok(find(&set, "Volodymyr Zelensky") == NULL,
	    "Колокольцев Владимир Александрович is not Zelensky");
	ok(find(&set, "Vladimir Putin") != NULL,
	    "Уважаемый Владимир Владимирович is Putin");
	actor_set_release(&set);
}

/* Bodies and states named in Cyrillic, in any case; a name that is also a
   common word is not there to be found ("Самое главное"). */
static void
test_institutions(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Новини\n\n"
	    "Командування Збройних Сил України доповіло. "
	    "Нова Зеландія запровадила санкції. "
	    "Самое главное: Совет Безопасности ООН не собрался, "
	    "а заседание Совета Безопасности прошло в Кремле. "
	    "Правительству поручено доложить. Росгвардии и ЮНЕСКО тоже. "
	    "Это Евгений Николаевич. Росатом достроил станцию, а Боинг "
	    "упал. Вам вручен орден Дмитрия Донского.\n");
	ac = find(&set, "Armed Forces of Ukraine");
	ok(ac != NULL && ac->side == SIDE_UKR && ac->kind == ACTOR_ORG,
	    "Збройних Сил України: the Armed Forces of Ukraine");
	ok(side_of(&set, "New Zealand") == SIDE_OTH,
	    "Нова Зеландія: New Zealand");
	ac = find(&set, "UN Security Council");
	ok(ac != NULL && ac->mentions == 1,
	    "Совет Безопасности ООН: the UN's (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	ac = find(&set, "Security Council of Russia");
	ok(ac != NULL && ac->side == SIDE_RUS && ac->mentions == 1,
	    "Совета Безопасности alone: Russia's (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	ok(find(&set, "Samoa") == NULL, "Самое is no Samoa");
	ok(find(&set, "Rosgvardia") != NULL && find(&set, "UNESCO") != NULL,
	    "Росгвардии, ЮНЕСКО");
	ok(side_of(&set, "Rosatom") == SIDE_RUS,
	    "Росатом: a state corporation, on Russia's side");
	ok(find(&set, "Boeing") == NULL, "Боинг in Cyrillic is a plane");
	ok(persons(&set) == 0, "no persons: a word that opens a sentence "
	    "before a given name and patronymic, \"Вам\", an order's "
	    "namesake (%d persons)", persons(&set));
	ok(side_of(&set, "Government of Russia") == SIDE_RUS,
	    "Правительству, capitalised in Russian: Russia's government");
	actor_set_release(&set);
}

/* Given names beyond the most common ones, as award lists write them:
   rank, surname, given name and patronymic, all in the dative; a pronoun
   that is also a given name opens no name. */
static void
test_award_lists(void)
{
	struct actor_set	 set;

	extract(&set, "Указ\n\nНагородити орденом:\n"
	    "* Майору Остапчуку Едуарду Назаровичу;\n"
	    "* Сержанту Гнатюк Мілані Олегівні.\n"
	    "Яким Важко було, знають усі.\n");
	ok(find(&set, "Остапчуку Едуарду Назаровичу") != NULL,
	    "Едуард: a man's name in the dative");
	ok(find(&set, "Гнатюк Мілані Олегівні") != NULL,
	    "Мілана: a woman's name in the dative");
	is_int(persons(&set), 2, "Яким opening a sentence is a pronoun");
	actor_set_release(&set);
}

/* An office that names a state, then another office, before a name:
   the state's side ("представитель России омбудсмен X"). */
static void
test_office_chain(void)
{
	struct actor_set	 set;

	extract(&set, "Новости\n\nУкраина и Киев подписали соглашение. "
	    "Представитель России омбудсмен Игорь Сорокин отказался "
	    "его подписывать.\n");
	ok(side_of(&set, "Игорь Сорокин") == SIDE_RUS,
	    "a representative of Russia, an ombudsman, is Russian");
	actor_set_release(&set);
}

/* A foreign name spelled in Cyrillic after an office and its state; an
   envoy to a world body serves the state that sends him; the genitive
   of a state's two-word name is that state. */
static void
test_foreign_offices(void)
{
	struct actor_set	 set;
	const struct actor	*a;

	extract(&set, "Новости\n\nУкраина ждёт. Министр иностранных дел "
	    "Швейцарии Дидье Буркхальтер выступил на сессии. Постоянный "
	    "представитель США при ООН Саманта Пауэр выступила тоже. "
	    "Позиция Соединённых Штатов известна.\n");
	ok(side_of(&set, "Буркхальтер") == SIDE_EUR,
	    "a foreign given name between the office and the surname");
	ok(side_of(&set, "Саманта Пауэр") == SIDE_USA,
	    "the state an envoy to the UN serves");
	/* a given name names.dict lacks */
	a = find(&set, "Буркхальтер");
	ok(a != NULL && strcmp(a->name, "Дидье Буркхальтер") == 0,
	    "the foreign given name is part of the name shown");
	a = find(&set, "United States");
	ok(a != NULL && a->mentions == 2 && find(&set, "Штатов") == NULL,
	    "the genitive of the United States");
	actor_set_release(&set);
	/* an office whose words "и" joins, before a foreign name */
	extract(&set, "Новости\n\nВстреча прошла в Кремле. Министр науки и "
	    "высшего образования Сербии Желько Будимир выступил.\n");
	ok(side_of(&set, "Желько Будимир") == SIDE_EUR,
	    "an office of several words joined by \"и\"");
	actor_set_release(&set);
	/* an American state names the office of a governor */
	extract(&set, "Новости\n\nВыборы прошли. Губернатор Техаса Рик "
	    "Перри выступил.\n");
	ok(side_of(&set, "Перри") == SIDE_USA,
	    "a governor of a state of the US");
	actor_set_release(&set);
	/* the media are companies (OTH), a state broadcaster too */
	extract(&set, "Новости\n\nПервый канал сообщил о переговорах. "
	    "Об этом рассказал Голос Америки.\n");
	ok(side_of(&set, "Channel One Russia") == SIDE_OTH &&
	    side_of(&set, "Voice of America") == SIDE_OTH,
	    "broadcasters are OTH");
	actor_set_release(&set);
}

/* A person named first in an oblique case is named by the nominative
   form the text gives later. */
static void
test_nominative_name(void)
{
	struct actor_set	 set;
	const struct actor	*a;

	extract(&set, "Встреча с губернатором Игорем Ильичом Сорокиным\n\n"
	    "Владимир Путин провёл встречу с Игорем Ильичом Сорокиным. "
	    "Сорокин Игорь Ильич доложил о работе области.\n");
	a = find(&set, "Игорем Ильичом Сорокиным");
	ok(a != NULL && strcmp(a->name, "Сорокин Игорь Ильич") == 0,
	    "the nominative form names the person");
	is_int(persons(&set), 2, "one governor, and Putin");
	actor_set_release(&set);
}

/* Speakers a transcript names only by their label are its host's people
   when the host is Russian or Ukrainian; with no host they are nobody's. */
static void
test_speaker_sides(void)
{
	struct actor_set	 set;

	extract(&set, "Встреча с работниками завода\n\n"
	    "В.Путин: Добрый день, друзья! Рад вас видеть.\n"
	    "А.Сорокина: Спасибо за встречу, у нас всё получается.\n"
	    "В.Путин: Спасибо вам.\n");
	ok(side_of(&set, "А.Сорокина") == SIDE_RUS,
	    "a speaker at the Russian host's meeting is Russian");
	actor_set_release(&set);
	extract(&set, "Обсуждение\n\n"
	    "А.Сорокина: Спасибо за встречу, у нас всё получается.\n"
	    "Б.Орлова: Согласна с коллегой.\n");
	ok(side_of(&set, "А.Сорокина") == SIDE_OTH,
	    "with no host, a speaker's side is nobody's");
	actor_set_release(&set);
}

/* A dictionary person's surname with a given name and patronymic beside
   it is one mention of the whole name; another given name makes another
   person of that surname. */
static void
test_dictionary_surname_with_names(void)
{
	struct actor_set	 set;
	const struct actor	*ac;
	size_t			 i;
	int			 whole = 0, other = 0;

	extract(&set, "Совещание\n\n"
	    "Слово предоставляется Лаврову Сергею Викторовичу. "
	    "Сергей Викторович Лавров доложил. "
	    "С Андреем Ивановичем Сомовым всё обсудили. "
	    "Указ подписал Путин Николай Петрович, однофамилец. "
	    "Джилл Байден и Джо Байден приехали.\n");
	ac = find(&set, "Sergei Lavrov");
	for (i = 0; ac != NULL && i < ac->naliases; i++) {
		whole += strcmp(ac->aliases[i], "Лаврову Сергею Викторовичу")
		    == 0 || strcmp(ac->aliases[i], "Сергей Викторович Лавров")
		    == 0;
	}
	ok(ac != NULL && ac->mentions == 2 && whole == 2,
	    "surname, given name and patronymic, either order: the whole "
	    "name is the mention (%d of 2)", whole);
	ok(find(&set, "С Андреем Ивановичем") == NULL &&
	    find(&set, "Андреем Ивановичем Сомовым") != NULL,
	    "one letter opening a sentence is no surname");
	ac = find(&set, "Vladimir Putin");
	ok(ac == NULL, "another given name and patronymic: not Putin");
	other = find(&set, "Путин Николай Петрович") != NULL;
	ok(other, "but a person of that surname");
	ac = find(&set, "Joe Biden");
	ok(ac != NULL && ac->mentions == 1 && find(&set, "Джилл Байден") !=
	    NULL, "a woman's given name before a man's surname: another "
	    "person");
	actor_set_release(&set);

	/* the dictionary knows the name only as "Алексей Миллер" */
	extract(&set, "Указ\n\nНаградить Миллера Алексея Борисовича. "
	    "Алексей Миллер поблагодарил. Миллер Ольга Ивановна тоже.\n");
	ac = find(&set, "Alexei Miller");
	ok(ac != NULL && ac->mentions == 2, "a full name before the "
	    "dictionary's form finds the dictionary person (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	is_int(persons(&set), 2, "a woman of that surname is another");
	actor_set_release(&set);

	/* another initial, another person */
	extract(&set, "Встреча\n\nГубернатор Олег Сомов доложил. "
	    "О.Сомов: Спасибо. Е.Сомова: Я директор школы.\n");
	ac = find(&set, "Олег Сомов");
	ok(ac != NULL && ac->mentions == 2 && find(&set, "Е.Сомова") != NULL,
	    "Е.Сомова is not Олег Сомов (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	actor_set_release(&set);
}

/* Foreigners' given names: a middle name, no host's side, a native name
   that only looks like a foreign one, no patronymic from a foreign name,
   "Дж" for J. */
static void
test_foreign_given_names(void)
{
	struct actor_set	 set;
	const struct actor	*ac;

	extract(&set, "Встреча\n\nВладимир Путин провёл совещание. "
	    "Министр обороны Норвегии Ханс Эрик Лунде прислал письмо. "
	    "Ларри Доусон поздравил всех. Мария Кузнецова доложила. "
	    "Дмитрий Николаевич Орлов ответил.\n");
	ok(side_of(&set, "Ханс Эрик Лунде") == SIDE_EUR,
	    "given, middle and surname after an office of Norway: one "
	    "person, the office's side");
	ok(side_of(&set, "Ларри Доусон") == SIDE_OTH,
	    "a foreign given name: not the Russian host's side");
	ok(side_of(&set, "Мария Кузнецова") == SIDE_RUS,
	    "Мария is a Russian name too: the host's side");
	ok(find(&set, "Дмитрий Николаевич Орлов") != NULL,
	    "Николаевич is a patronymic though Никола is a foreign name");
	actor_set_release(&set);

	/* a demonym before a name, or before a word or two that describe
	   the person, both in the nominative */
	extract(&set, "Спорт\n\nИтальянский тренер Марко Бьянки приехал. "
	    "Победил украинец Денис Коваль.\n");
	ok(side_of(&set, "Марко Бьянки") == SIDE_EUR,
	    "Итальянский тренер: Italy's");
	ok(side_of(&set, "Денис Коваль") == SIDE_UKR, "украинец: Ukraine's");
	actor_set_release(&set);

	extract(&set, "Новости\n\nВстреча с Джимом Мэттисом прошла. "
	    "Представитель госдепа ответил.\n");
	ac = find(&set, "Jim Mattis");
	ok(ac != NULL && ac->mentions == 1, "Джимом Мэттисом: Jim Mattis, "
	    "whom the dictionary names by surname only");
	ok(find(&set, "State Department") != NULL,
	    "госдепа: lowercase, as the dictionary also lists it");
	actor_set_release(&set);
}

/* A hyphenated name in an oblique case, and a Ukrainian government that
   names itself with a capital. */
static void
test_hyphens_and_government(void)
{
	struct actor_set	 set;
	const struct actor	*ac;
	size_t			 i;
	int			 whole = 0;

	extract(&set, "Новини\n\nДелегація прибула до Санкт-Петербурга. "
	    "Уряд виділив кошти.\n");
	ac = find(&set, "St. Petersburg");
	for (i = 0; ac != NULL && i < ac->naliases; i++)
		whole += strcmp(ac->aliases[i], "Санкт-Петербурга") == 0;
	ok(whole == 1, "Санкт-Петербурга: the whole hyphenated name");
	ok(side_of(&set, "Cabinet of Ministers of Ukraine") == SIDE_UKR,
	    "Уряд: Ukraine's government");
	actor_set_release(&set);

	/* a given name is no case form of a state that begins as it does */
	extract(&set, "Новини\n\nДанило Коваль поїхав до Данії, а потім "
	    "до Львова. У Львові тихо.\n");
	ac = find(&set, "Denmark");
	ok(ac != NULL && ac->mentions == 1, "Данило is not Denmark (%u)",
	    ac != NULL ? ac->mentions : 0);
	ac = find(&set, "Lviv");
	ok(ac != NULL && ac->mentions == 2, "Львові is Lviv, though Лев is a "
	    "given name (%u)", ac != NULL ? ac->mentions : 0);
	actor_set_release(&set);

	/* a surname after a given name is no case form of a state */
	extract(&set, "Новости\n\nСпикер Владимир Литвин и Любовь Полежай "
	    "приехали в Литву.\n");
	ac = find(&set, "Lithuania");
	ok(ac != NULL && ac->mentions == 1 && find(&set, "Владимир Литвин") !=
	    NULL, "Владимир Литвин is no form of Литва");
	ok(find(&set, "Любовь Полежай") != NULL, "Любовь, a given name");
	actor_set_release(&set);

	/* a surname shaped as a plural adjective, after a given name */
	extract(&set, "Новости\n\nВыступила депутат Ольга Черных.\n");
	ok(find(&set, "Ольга Черных") != NULL, "Ольга Черных: one person");
	actor_set_release(&set);

	/* a foreigner's given name no list has, before a surname after an
	   office or before a speech verb; not an office's vocative */
	extract(&set, "Новости\n\nВчера Тамуна Квиркели заявила о победе. "
	    "Министр Ардо Таммсаар ушёл. Пане Голово Палати!\n");
	ok(find(&set, "Тамуна Квиркели") != NULL &&
	    find(&set, "Ардо Таммсаар") != NULL, "given name and surname, "
	    "both unknown, with a speech verb or an office");
	is_int(persons(&set), 2, "Голово, an office's vocative, is none");
	actor_set_release(&set);

	/* a foreign leader addressed by given name, in the vocative, in a
	   Ukrainian text that names the leader's state */
	extract(&set, "Language: uk\n\nЗвернення\n\nДякую Угорщині. "
	    "Послухай, Вікторе, що відбувається. Віктор, наш сусід, "
	    "прийшов.\n");
	ac = find(&set, "Viktor Orbán");
	ok(ac != NULL && ac->mentions == 1, "Вікторе: Orbán, once (%u)",
	    ac != NULL ? ac->mentions : 0);
	actor_set_release(&set);

	/* a rank is an office, not a part of the name */
	extract(&set, "Новости\n\nПодполковник Сергей Владимирович "
	    "доложил.\n");
	ok(find(&set, "Подполковник Сергей Владимирович") == NULL,
	    "Подполковник is a rank");
	actor_set_release(&set);

	/* a hyphenated given name joins its surname */
	extract(&set, "Новости\n\nПутин поговорил с Касым-Жомартом "
	    "Токаевым.\n");
	ok(find(&set, "Kassym-Jomart Tokayev") != NULL && persons(&set) == 2,
	    "Касым-Жомартом Токаевым: one person, no \"Касым\"");
	actor_set_release(&set);
}

int
main(void)
{
	char	*cause = NULL;

	d = dict_load(SRCDIR "/data", NULL, NULL, &cause);
	if (d == NULL || dict_count(d) == 0)
		tap_skip_all("cannot load the shipped dictionaries");
	test_initials();
	test_patronymic();
	test_offices();
	test_verbs_and_gender();
	test_demonyms();
	test_institutions();
	test_patronymic_of_another();
	test_ukrainian_spellings();
	test_award_lists();
	test_speaker_sides();
	test_nominative_name();
	test_office_chain();
	test_foreign_offices();
	test_dictionary_surname_with_names();
	test_hyphens_and_government();
	test_foreign_given_names();
	dict_free(d);
	return (tap_done());
}
