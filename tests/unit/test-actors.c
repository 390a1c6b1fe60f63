/* Unit tests for actors: extraction rules over the shipped dictionaries. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"
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

	/* "who" after a comma names a person, of two words or more */
	actor_set_init(&set);
	a = extract(&set, "who.txt", "A visit\n\n"
	    "The minister met Tarn Velisko, who came from abroad. "
	    "The crowd cheered Rusty, who sat by the door.\n");
	ac = find(&set, "Tarn Velisko");
	ok(ac != NULL && ac->kind == ACTOR_PERSON, "Tarn Velisko, who: a "
	    "person");
	ok(find(&set, "Rusty") == NULL, "one word before \"who\": no one");
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
	    "announced nothing. So said adviser to the President of Ukraine "
	    "on economic issues Taras Vilchuk.\n");
	ac = find(&set, "Pavel Orlovsky");
	ok(ac != NULL && ac->kind == ACTOR_PERSON,
	    "a long title with a list of departments before a name");
	ac = find(&set, "Claire Dumontel");
	ok(ac != NULL && ac->side == SIDE_EUR,
	    "a title 'of the French Republic' far before the name gives EUR");
	ac = find(&set, "Taras Vilchuk");
	ok(ac != NULL && ac->kind == ACTOR_PERSON && ac->side == SIDE_UKR,
	    "a topic after the title's state ('on economic issues')");
	ok(find(&set, "Thutmose II") != NULL, "a Roman numeral ends a name");
	ok(find(&set, "Object Studies") == NULL &&
	    find(&set, "Earth Object Studies") == NULL,
	    "no name inside a hyphenated word");
	article_free(a);
	actor_set_release(&set);

	/* An office holder with no state serves the article's host, the
	   side of most of its known people, not the state most named. */
	actor_set_init(&set);
	a = extract(&set, "2022-02-21-host.txt", "Meeting with officials\n\n"
	    "Vladimir Putin met officials. Putin spoke of Ukraine, of Kyiv and "
	    "of Ukraine again. Deputy Minister Oleg Varnin said the plan was "
	    "ready. Putin thanked him.\n");
	ac = find(&set, "Oleg Varnin");
	ok(ac != NULL && ac->side == SIDE_RUS,
	    "a Kremlin text about Ukraine: its officials are the host's");
	article_free(a);
	actor_set_release(&set);
	/* a person the text gives no side, in a Russian or Ukrainian
	   host's text, is the host's */
	actor_set_init(&set);
	a = extract(&set, "2022-02-22-host.txt", "Meeting with officials\n\n"
	    "Vladimir Putin met officials. Putin spoke of Ukraine. Oleg "
	    "Varnin said the plan was ready. Putin thanked him.\n");
	ac = find(&set, "Oleg Varnin");
	ok(ac != NULL && ac->side == SIDE_RUS,
	    "an untitled person in a Kremlin text is the host's");
	article_free(a);
	actor_set_release(&set);
	actor_set_init(&set);
	a = extract(&set, "2022-02-21-digest.txt", "News of the day\n\n"
	    "Vladimir Putin spoke. Joe Biden answered. Deputy Minister Oleg "
	    "Varnin said the plan was ready.\n");
	ac = find(&set, "Oleg Varnin");
	ok(ac != NULL && ac->side == SIDE_OTH,
	    "no side holds a majority: no host, OTH");
	article_free(a);
	actor_set_release(&set);

	/* no majority among the body's people: the one side the title's
	   known people name is the host, before the states named most
	   (Russia, in an address about the war); an untitled person is
	   not taken for the host's then */
	actor_set_init(&set);
	a = extract(&set, "2022-04-30-address.txt", "We hold on - address by "
	    "President Volodymyr Zelenskyy\n\n"
	    "Russia shells our towns. Russia lies. Russia will lose. Joe "
	    "Biden called today. Antonio Guterres called too. Colonel Oleg "
	    "Varnin led the defence. Later Ivar Lomm wrote to us.\n");
	ac = find(&set, "Oleg Varnin");
	ok(ac != NULL && ac->side == SIDE_UKR,
	    "an address by the president: its colonel is Ukraine's");
	ac = find(&set, "Ivar Lomm");
	ok(ac != NULL && ac->side == SIDE_OTH,
	    "an untitled person there is not taken for the host's");
	article_free(a);
	actor_set_release(&set);

	/* in a Ukrainian sentence a Slavic name is a Ukrainian's, whoever
	   the text's known people make its host; a foreigner's given
	   name is no such name */
	actor_set_init(&set);
	a = extract(&set, "2022-04-29-awards.txt", "Звернення\n\n"
	    "Росія обстрілює наші міста. Джо Байден дзвонив. Джо Байден "
	    "обіцяв допомогу. Антоніу Гутерріш був у Києві. Нагороди "
	    "отримали Сергій Довбенко та Ігор Ракитюк. Посол Мелінда "
	    "Кроуфорд повернулася до Києва.\n");
	ac = find(&set, "Сергій Довбенко");
	ok(ac != NULL && ac->side == SIDE_UKR,
	    "a Slavic name in a Ukrainian sentence: Ukraine's");
	ac = find(&set, "Мелінда Кроуфорд");
	ok(ac != NULL && ac->side != SIDE_UKR,
	    "a foreigner's given name there: not Ukraine's");
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
	int			 named;

	for (i = 0; i < sizeof buf - 1; i++)
		buf[i] = (char)("A\xff.'\xe2\x80\x99 Putin-\xd0\x9a"[i % 17]);
	buf[sizeof buf - 1] = '\0';
	actor_set_init(&set);
	a = extract(&set, "junk.txt", buf);
	for (i = 0, named = 1; i < set.n; i++)
		named &= set.actors[i].name != NULL &&
		    set.actors[i].name[0] != '\0' &&
		    set.actors[i].side < SIDE_COUNT;
	ok(named, "junk text gives only named actors with a side (%zu)",
	    set.n);
	article_free(a);
	actor_set_release(&set);
	actor_set_init(&set);
	a = extract(&set, "tiny.txt", "x");
	ok(set.n == 0 && set.nmentions == 0, "a tiny text has no actor");
	article_free(a);
	actor_set_release(&set);
}

/*
 * A giant one-line article (thousands of sentences, as when a whole feed
 * is pasted on one line) is resolved window by window; it must still give
 * every mention, with the actors and sides that the same sentences give
 * when they are cut into articles of ordinary length.  Each sentence
 * names one dictionary actor, so a sentence lost or read twice at a window
 * boundary shows; every 250th introduces an unknown person with a demonym
 * and names them again by surname in the next sentence.
 */
#define GIANT_SENTS	7000
#define GIANT_CHUNK	100	/* sentences per ordinary article */

static const char *giant_places[] = {
	"Russia", "Ukraine", "NATO", "Poland", "the Kremlin", "Kyiv",
	"Moscow", "Washington", NULL
};
static const char *giant_given[] = {
	"Oksana", "Pavel", "Harold", "Mirela", "Tobias", NULL
};
static const char *giant_sur1[] = {
	"Kov", "Mel", "Dar", "Sol", "Ber", "Tam", NULL
};
static const char *giant_sur2[] = {
	"renko", "ishin", "ovets", "anuk", "elly", NULL
};
static const char *giant_side[] = {
	"Ukrainian negotiator", "Russian official", "American diplomat"
};

/* Append sentence i (and its trailing space) to b. */
static void
giant_sentence(struct buf *b, size_t i)
{
	const char	*p = giant_places[i % 8];
	size_t		 j = i / 250;
	char		 name[64];

	snprintf(name, sizeof name, "%s %s%s", giant_given[j % 5],
	    giant_sur1[j % 6], giant_sur2[(j / 6) % 5]);
	if (i % 250 == 50)
		buf_printf(b, "A senior %s, %s, said the talks would go on. ",
		    giant_side[j % 3], name);
	else if (i % 250 == 51)
		buf_printf(b, "%s added that the roads stayed open. ",
		    strchr(name, ' ') + 1);
	else if (i % 3 == 0)
		buf_printf(b, "Trade with %s grew slowly in quarter %zu. ", p,
		    i % 4 + 1);
	else if (i % 3 == 1)
		buf_printf(b, "Observers counted %zu lorries bound for %s "
		    "that week. ", i % 97 + 3, p);
	else
		buf_printf(b, "The yearly report on %s ran to %zu pages. ", p,
		    i % 400 + 20);
}

/* Parse text as article index idx and extract it into set. */
static struct article *
extract_at(struct actor_set *set, const char *text, size_t len,
    uint32_t idx)
{
	struct article	*a;
	char		*cause = NULL;

	a = article_create("giant.txt", "giant.txt", "giant.txt");
	if (article_parse(a, text, len, "giant.txt", &cause) != 0) {
		tap_diag("parse: %s", cause);
		abort();
	}
	a->index = idx;
	article_set_text(a, text, len);
	if (actors_extract_article(set, d, a, &cause) != 0) {
		tap_diag("extract: %s", cause);
		abort();
	}
	return a;
}

/* 1 when every actor of want is in got with its kind, side and count. */
static int
same_actors(struct actor_set *got, struct actor_set *want)
{
	const struct actor	*w, *g;
	size_t			 i;

	if (got->n != want->n) {
		tap_diag("%zu actors, want %zu", got->n, want->n);
		return 0;
	}
	for (i = 0; i < want->n; i++) {
		w = &want->actors[i];
		if ((g = find(got, w->name)) == NULL || g->kind != w->kind ||
		    g->side != w->side || g->mentions != w->mentions) {
			tap_diag("actor %s differs", w->name);
			return 0;
		}
	}
	return 1;
}

/* 1 when the mentions of the split articles, moved by their offset in
   the giant text, are the giant article's. */
static int
same_mentions(struct actor_set *got, struct actor_set *want,
    const size_t *base)
{
	const struct actor_mention	*g, *w;
	size_t				 i;

	if (got->nmentions != want->nmentions) {
		tap_diag("%zu mentions, want %zu", got->nmentions,
		    want->nmentions);
		return 0;
	}
	for (i = 0; i < want->nmentions; i++) {
		g = &got->mentions[i];
		w = &want->mentions[i];
		if (g->start != base[w->article] + w->start ||
		    g->end != base[w->article] + w->end || g->kind != w->kind ||
		    strcmp(got->actors[g->actor].name,
		    want->actors[w->actor].name) != 0) {
			tap_diag("mention %zu at %u differs", i, g->start);
			return 0;
		}
	}
	return 1;
}

static void
test_giant(void)
{
	struct actor_set	 giant, split;
	struct article		*a, *c;
	struct buf		 b, chunk;
	const struct actor	*ac;
	size_t			 base[GIANT_SENTS / GIANT_CHUNK], i, k;
	int			 persons = 0, sided = 1;

	buf_init(&b);
	buf_init(&chunk);
	actor_set_init(&split);
	for (k = 0; k < GIANT_SENTS / GIANT_CHUNK; k++) {
		buf_reset(&chunk);
		for (i = k * GIANT_CHUNK; i < (k + 1) * GIANT_CHUNK; i++)
			giant_sentence(&chunk, i);
		chunk.data[chunk.len - 1] = '\n';
		base[k] = b.len;
		buf_add(&b, chunk.data, chunk.len);
		b.data[b.len - 1] = ' ';
		c = extract_at(&split, chunk.data, chunk.len, (uint32_t)k);
		article_free(c);
	}
	b.data[b.len - 1] = '\n';
	actor_set_init(&giant);
	a = extract_at(&giant, b.data, b.len, 0);
	ok(a->nsents == GIANT_SENTS && split.nmentions >= GIANT_SENTS,
	    "a giant article of %u sentences, %zu bytes", a->nsents, b.len);
	ok(same_actors(&giant, &split), "same actors, sides and counts as "
	    "in ordinary articles");
	ok(same_mentions(&giant, &split, base), "same %zu mentions",
	    giant.nmentions);
	for (i = 0; i < giant.n; i++) {
		ac = &giant.actors[i];
		if (ac->entry != -1 || ac->kind != ACTOR_PERSON)
			continue;
		persons++;
		if (ac->mentions != 2 || ac->side == SIDE_NONE ||
		    ac->side == SIDE_OTH)
			sided = 0;
	}
	ok(persons == (GIANT_SENTS + 199) / 250 && sided, "every unknown "
	    "person found (%d), named twice, with a side", persons);
	ok((ac = find(&giant, "Oksana Kovrenko")) != NULL &&
	    ac->side == SIDE_UKR && (ac = find(&giant, "Pavel Melrenko")) !=
	    NULL && ac->side == SIDE_RUS && (ac = find(&giant,
	    "Harold Darrenko")) != NULL && ac->side == SIDE_USA,
	    "their sides from the demonyms");
	article_free(a);
	actor_set_release(&giant);
	actor_set_release(&split);
	buf_release(&b);
	buf_release(&chunk);
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
	test_giant();
	dict_free(d);
	return tap_done();
}
