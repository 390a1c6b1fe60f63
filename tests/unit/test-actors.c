/* Unit tests for actors: extraction rules over the shipped dictionaries. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/xmalloc.h"
#include "tap.h"
#include "text/article.h"

static struct dict	*d;

/* Extract the actors of text (an article named name) into set. */
static struct article *
extract(struct actor_set *set, const char *name, const char *text)
{
	struct article	*a;
	char		*cause = NULL;

	a = article_create(name, name, name);
	if (article_parse(a, text, strlen(text), name, &cause) != 0) {
		tap_diag("parse: %s", cause);
		abort();
	}
	a->text = xstrdup(text);
	a->len = strlen(text);
	if (actors_extract_article(set, d, a, &cause) != 0) {
		tap_diag("extract: %s", cause);
		abort();
	}
	return a;
}

static const struct actor *
find(struct actor_set *set, const char *name)
{
	int	i = actor_set_find(set, name);

	return i < 0 ? NULL : &set->actors[i];
}

static void
test_basic(void)
{
	struct actor_set	 set;
	struct article		*a;
	const struct actor	*ac;
	const struct actor_mention *m;
	size_t			 n, i;

	actor_set_init(&set);
	a = extract(&set, "basic.txt", "Talks resume\n\n"
	    "US envoy Steve Witkoff met Russian President Vladimir Putin "
	    "in Moscow on Tuesday. Putin said the Kremlin wanted peace. "
	    "A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv "
	    "would wait. Brightwater added that Europe stood with Ukraine.\n");
	ac = find(&set, "Vladimir Putin");
	ok(ac != NULL && ac->side == SIDE_RUS && ac->kind == ACTOR_PERSON &&
	    ac->mentions == 2, "Putin: person, RUS, two mentions");
	ok(ac != NULL && ac->ntitles == 1, "Putin's title noted");
	ac = find(&set, "Russia");
	ok(ac != NULL && ac->kind == ACTOR_STATE && ac->mentions == 2,
	    "Russia via the demonym and the Kremlin");
	ac = find(&set, "Moscow");
	ok(ac != NULL && ac->kind == ACTOR_PLACE && ac->side == SIDE_RUS,
	    "in Moscow is a place");
	ac = find(&set, "Oksana Brightwater");
	ok(ac != NULL && ac->entry == -1 && ac->side == SIDE_UKR &&
	    ac->mentions == 2, "unknown person from an apposition, surname "
	    "merged, side from the demonym");
	ac = find(&set, "Ukraine");
	ok(ac != NULL && ac->mentions == 3, "Ukraine: demonym, Kyiv, name");
	ok(find(&set, "Talks") == NULL && find(&set, "Tuesday") == NULL &&
	    find(&set, "A") == NULL, "no heading, weekday or article");
	ok(find(&set, "European Union") != NULL, "Europe is the EU");
	m = actor_set_article_mentions(&set, 0, &n);
	for (i = 1; i < n; i++)
		if (m[i].start < m[i - 1].start)
			break;
	ok(n == set.nmentions && i == n, "mentions in text order");
	m = actor_set_span_mentions(&set, 0, a->sents[1].start,
	    a->sents[1].end, &n);
	ok(n == 5, "five mentions in the first body sentence (%zu)", n);
	article_free(a);
	actor_set_release(&set);
}

static void
test_hard(void)
{
	struct actor_set	 set;
	struct article		*a;
	const struct actor	*ac;
	size_t			*order;

	actor_set_init(&set);
	a = extract(&set, "hard.txt", "Servant of the People returns\n\n"
	    "Zelenskyy starred in Servant of the People before politics. "
	    "Special Envoy and the Prime Minister spoke in October. "
	    "Washington urged restraint while the U.S. team waited. "
	    "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb0 "
	    "\xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x8b\xd0\xbb\xd0\xbe.\n");
	ac = find(&set, "Volodymyr Zelensky");
	ok(ac != NULL && ac->side == SIDE_UKR, "Zelenskyy spelling merged");
	ok(find(&set, "Servant of the People") == NULL &&
	    find(&set, "Special Envoy") == NULL &&
	    find(&set, "Prime Minister") == NULL &&
	    find(&set, "October") == NULL, "no work, title or month");
	ac = find(&set, "United States");
	ok(ac != NULL && ac->mentions == 2, "Washington and U.S. are the US");
	ac = find(&set, "Vladimir Putin");
	ok(ac != NULL && ac->mentions == 1, "inflected Cyrillic name");
	order = actor_set_rank(&set);
	ok(set.n == 0 || set.actors[order[0]].mentions >=
	    set.actors[order[set.n - 1]].mentions, "rank by mentions");
	free(order);
	article_free(a);
	actor_set_release(&set);
}

static void
test_rules(void)
{
	struct actor_set	 set;
	struct article		*a;
	const struct actor	*ac;

	actor_set_init(&set);
	a = extract(&set, "orgs.txt", "A sale\n\n"
	    "On Monday the buyer paid Brightwater Defence Group for the plant. "
	    "The Hungarian Development Bank lent the money. "
	    "Velmar Holdings Kft. (Velmar Limited) confirmed the deal. "
	    "Norvale said its profits fell. "
	    "Dr Ilse Marten of Orvik University was not surprised.\n");
	ac = find(&set, "Brightwater Defence Group");
	ok(ac != NULL && ac->kind == ACTOR_ORG && ac->side == SIDE_OTH,
	    "a name ending in Group is an organisation, OTH");
	ac = find(&set, "Hungarian Development Bank");
	ok(ac != NULL && ac->kind == ACTOR_ORG && ac->side == SIDE_EUR,
	    "a demonym gives an organisation its side");
	ok(find(&set, "Hungary") == NULL, "and is not the state there");
	ac = find(&set, "Velmar Holdings Kft.");
	ok(ac != NULL && ac == find(&set, "Velmar Limited"),
	    "a name in brackets is the same organisation");
	ok(find(&set, "Norvale") == NULL, "'X said its' is no person");
	ok(find(&set, "Ilse Marten of Orvik University") == NULL &&
	    find(&set, "Orvik University") != NULL,
	    "a person and her employer are two names");
	article_free(a);
	actor_set_release(&set);

	actor_set_init(&set);
	a = extract(&set, "2021-10-26-gref.txt", "Meeting with Kestrel Bank "
	    "CEO German Grovsky\n\n"
	    "Vladimir Putin: How is the bank? German Grovsky: Well, Mr "
	    "President. Chairman of Kestrel Bank German Grovsky added more.\n");
	ac = find(&set, "German Grovsky");
	ok(ac != NULL && ac->kind == ACTOR_PERSON && ac->mentions == 3,
	    "a demonym that is a given name (%u mentions)",
	    ac != NULL ? ac->mentions : 0);
	ok(find(&set, "Germany") == NULL, "so Germany is not there");
	article_free(a);
	actor_set_release(&set);

	actor_set_init(&set);
	a = extract(&set, "2022-02-25-titles.txt", "Meeting\n\n"
	    "Taking part were Defence Minister Sergei Shoigu and Special "
	    "Presidential Representative for Forests, Rivers, and Transport "
	    "Pavel Orlovsky. Also there was Adviser to the President of the "
	    "French Republic on relations with Ukraine and Russia Claire "
	    "Dumontel. King Thutmose II was not. Near-Earth Object Studies "
	    "announced nothing.\n");
	ac = find(&set, "Pavel Orlovsky");
	ok(ac != NULL && ac->kind == ACTOR_PERSON,
	    "a long title with a list of departments before a name");
	ac = find(&set, "Claire Dumontel");
	ok(ac != NULL && ac->side == SIDE_EUR,
	    "a title 'of the French Republic' far before the name gives EUR");
	ok(find(&set, "Thutmose II") != NULL, "a Roman numeral ends a name");
	ok(find(&set, "Object Studies") == NULL &&
	    find(&set, "Earth Object Studies") == NULL,
	    "no name inside a hyphenated word");
	article_free(a);
	actor_set_release(&set);

	actor_set_init(&set);
	a = extract(&set, "2019-09-09-family.txt", "A death\n\n"
	    "Tomas Velkan, former president of Norlandia, has died. "
	    "Tomas Oskar Velkan was born in 1924. Velkan led the Movement "
	    "for Democratic Renewal (MDR) for years. Irena Velkan was "
	    "unpopular. Velkan said little.\n");
	ac = find(&set, "Tomas Velkan");
	ok(ac != NULL && ac->mentions == 4 && ac == find(&set,
	    "Tomas Oskar Velkan"), "a middle name is the same person, the "
	    "surname stays his (%u mentions)", ac != NULL ? ac->mentions : 0);
	ac = find(&set, "Irena Velkan");
	ok(ac != NULL && ac != find(&set, "Tomas Velkan") &&
	    ac->kind == ACTOR_PERSON, "another first name is a relative");
	ac = find(&set, "Movement for Democratic Renewal");
	ok(ac != NULL && ac->kind == ACTOR_ORG && ac == find(&set, "MDR"),
	    "an organisation word first, then 'for ...'");
	article_free(a);
	actor_set_release(&set);

	actor_set_init(&set);
	a = extract(&set, "2022-05-13-ladies.txt", "First ladies\n\n"
	    "The First Lady of Poland Agata Kornhauser-Duda met Brigitte "
	    "Macron. Jill Biden joined later. The council elected Arno "
	    "Veldkamp of Estonia. The Organization of American States met."
	    "\n");
	ac = find(&set, "Agata Kornhauser-Duda");
	ok(ac != NULL && find(&set, "Andrzej Duda") == NULL,
	    "a hyphenated surname with a known name in it is one name");
	ac = find(&set, "Brigitte Macron");
	ok(ac != NULL && ac->side == SIDE_EUR && ac != find(&set,
	    "Emmanuel Macron"), "another given name before a known "
	    "surname is a relative, with that person's side");
	ac = find(&set, "Jill Biden");
	ok(ac != NULL && ac->side == SIDE_USA && find(&set, "Joe Biden") ==
	    NULL, "Jill Biden is not Joe Biden");
	ac = find(&set, "Arno Veldkamp");
	ok(ac != NULL && ac->kind == ACTOR_PERSON && ac->side == SIDE_EUR,
	    "'X of STATE' after a verb is a person of that state");
	ac = find(&set, "Organization of American States");
	ok(ac != NULL && ac->kind == ACTOR_ORG,
	    "an organisation name goes on past a demonym");
	article_free(a);
	actor_set_release(&set);

	actor_set_init(&set);
	a = extract(&set, "2018-03-01-office.txt", "Talks\n\n"
	    "The Ukrainian President said the President of Russia must "
	    "stop.\n");
	ac = find(&set, "Petro Poroshenko");
	ok(ac != NULL && ac->mentions == 1 && ac->side == SIDE_UKR,
	    "'the Ukrainian President' in 2018 is Poroshenko");
	ok(find(&set, "Vladimir Putin") != NULL, "'the President of Russia' "
	    "is Putin");
	article_free(a);
	actor_set_release(&set);
	actor_set_init(&set);
	a = extract(&set, "2022-03-01-office.txt", "Talks\n\n"
	    "The Ukrainian President spoke. A former Ukrainian President "
	    "listened.\n");
	ac = find(&set, "Volodymyr Zelensky");
	ok(ac != NULL && ac->mentions == 1, "in 2022 it is Zelensky, and a "
	    "former president is not");
	ok(find(&set, "Petro Poroshenko") == NULL, "nor Poroshenko");
	article_free(a);
	actor_set_release(&set);
}

static void
test_hostile(void)
{
	struct actor_set	 set;
	struct article		*a;
	char			 buf[4096];
	size_t			 i;

	for (i = 0; i < sizeof buf - 1; i++)
		buf[i] = (char)("A\xff.'\xe2\x80\x99 Putin-\xd0\x9a"[i % 17]);
	buf[sizeof buf - 1] = '\0';
	actor_set_init(&set);
	a = extract(&set, "junk.txt", buf);
	ok(1, "junk text does not crash (%zu actors)", set.n);
	article_free(a);
	actor_set_release(&set);
	actor_set_init(&set);
	a = extract(&set, "tiny.txt", "x");
	ok(set.n == 0 && set.nmentions == 0, "a tiny text has no actor");
	article_free(a);
	actor_set_release(&set);
}

int
main(void)
{
	char	*cause = NULL;

	d = dict_load(SRCDIR "/data", NULL, NULL, &cause);
	if (d == NULL || dict_count(d) == 0)
		tap_skip_all("cannot load the shipped dictionaries");
	test_basic();
	test_hard();
	test_rules();
	test_hostile();
	dict_free(d);
	return tap_done();
}
