/*
 * actor-evidence: what the words around an item say about it.  For a
 * dictionary match, which entry it means and whether a capital stands
 * for its government or the city; for an unknown name, whether it is a
 * person (a title before it, an apposition, a person verb after it, a
 * speaker's label, ...) and which side the same words give it.  The
 * evidence reads the items of one sentence, within a few items of the
 * name.
 */
#include "config.h"

#include "analysis/actor-cyr.h"
#include "analysis/actor-evidence.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/actor-locals.h"
#include "base/strmap.h"
#include "analysis/dict.h"
#include "text/article.h"

/* Words after which a capital is the city, not its government ("to
   Kyiv" is left out: "aid to Kyiv" is the government). */
static const char *place_preps[] = {
	"in", "at", "near", "outside", "around", "across", "visit",
	"visited", "visiting", "visits", "inside", "throughout", "within",
	NULL
};

/* Words of a journey before "to", "from" or "into" ("travelled to
   Kyiv"): the capital after them is the city. */
static const char *motion_verbs[] = {
	"travelled", "traveled", "travel", "travels", "travelling",
	"traveling", "flew", "fly", "flies", "flying", "went", "go", "goes",
	"going", "came", "come", "comes", "coming", "arrived", "returned",
	"return", "returning", "headed", "heading", "moved", "drove", "trip",
	"visit", "journey", "way", "back", "flight", "flights", "evacuated",
	"fled", NULL
};

/* Words after which a capitalised word is not a person's name. */
static const char *nonname_preps[] = {
	"in", "to", "from", "at", "near", "outside", "into", "around",
	"across", "via", "toward", "towards", "through", "inside",
	"throughout", "within", "on", NULL
};

/* Words that may stand between a name and its person verb ("Putin has
   also said"). */
static const char *verb_fillers[] = {
	"has", "had", "have", "also", "later", "then", "earlier",
	"previously", "reportedly", "recently", "repeatedly", "once", "again",
	"further", "would", "will", "has also", "had also", "personally",
	"publicly", "himself", "herself", "today", "yesterday", "first",
	"on", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", NULL
};

/* The relative pronoun only a person takes. */
static const char *person_relatives[] = { "who", "whom", NULL };

/* Words after which a capitalised word is a thing's name, not a
   person's ("the Omsk Cadet Corps"). */
static const char *determiners[] = {
	"the", "a", "an", "of", "this", "that", "these", "those", "our",
	"their", "its", "his", "her", "my", "your", "for", "by", NULL
};

/* Words that may sit inside a title phrase or an apposition ("a senior
   Ukrainian negotiator"). */
static const char *apposition_words[] = {
	"a", "an", "the", "key", "senior", "top", "former", "then", "chief",
	"deputy", "first", "of", "and", "his", "her", "their", "current",
	"acting", "new", "longtime", "long-time", "veteran", "close",
	"special", "presidential", "foreign", "defence", "defense", "state",
	"security", "national", "policy", "who", "is", "was", "as",
	"appointed", "named", "elected", "sworn", "in", NULL
};

/* 1 when the capital or metonym at item k is used as a place. */
static int
place_use(struct ax *x, size_t k)
{
	struct item	*p;

	if (k == 0 || x->items[k - 1].sent != x->items[k].sent)
		return 0;
	/* "in Kiev's position" is the government's. */
	if (k + 1 < x->nitems && ITOK(x, &x->items[k + 1])->type == TOK_POSS)
		return 0;
	p = &x->items[k - 1];
	if (actor_items_word(x, p, "the") && k >= 2 &&
	    x->items[k - 2].sent == x->items[k].sent)
		p = &x->items[k - 2];
	if (actor_items_in(x, p, place_preps))
		return 1;
	/* "travelled to Kyiv", "flew from Moscow": a journey. */
	if ((actor_items_word(x, p, "to") || actor_items_word(x, p, "from") ||
	    actor_items_word(x, p, "into")) && p > x->items &&
	    p[-1].sent == x->items[k].sent &&
	    actor_items_in(x, p - 1, motion_verbs))
		return 1;
	return 0;
}

/* Choose the entry of an ACTOR item and its mention flags and kind. */
void
actor_evidence_entry(struct ax *x, size_t k)
{
	struct item		*it = &x->items[k];
	const struct dict_match	*m, *cap = NULL, *best = NULL;
	const struct dict_entry	*e;
	int			 place = -1;

	for (m = it->m; m != NULL; m = dict_match_next(x->d, m)) {
		e = dict_entry(x->d, (size_t)m->entry);
		if (m->exact != NULL &&
		    !actor_items_raw_equals(x, it->t0, it->t1, m->exact))
			continue;
		if (m->type == DICT_CAPITAL && cap == NULL)
			cap = m;
		else if (e->kind == ACTOR_PLACE && e->capital_of >= 0)
			place = m->entry;
		if (best == NULL || (x->seen[m->entry] && !x->seen[best->entry]))
			best = m;
		else if (!x->seen[best->entry] && x->a->date[0] != '\0' &&
		    dict_role_at(x->d, (size_t)m->entry, x->a->date) != NULL &&
		    dict_role_at(x->d, (size_t)best->entry, x->a->date) == NULL)
			best = m;
	}
	if (cap != NULL) {
		if (place_use(x, k) && place >= 0)
			it->entry = place;
		else {
			it->entry = cap->entry;
			it->flags |= MENTION_METONYM;
		}
	} else if (best != NULL) {
		it->entry = best->entry;
		if (best->type == DICT_DEMONYM)
			it->flags |= MENTION_DEMONYM;
	}
	if (it->entry >= 0)
		x->seen[it->entry] = 1;
}

/* The side of an ACTOR item that can lend its side to a person. */
static enum side
item_side(struct ax *x, struct item *it)
{
	const struct dict_entry	*e;

	if (it->type == IT_NAME && it->org)
		return (enum side)it->oside;
	if (it->type != IT_ACTOR)
		return SIDE_NONE;
	/* An item after the one being resolved has no entry chosen yet:
	   its first match stands in ("X, a Russian diplomat"). */
	if (it->entry >= 0)
		e = dict_entry(x->d, (size_t)it->entry);
	else if (it->m != NULL)
		e = dict_entry(x->d, (size_t)it->m->entry);
	else
		return SIDE_NONE;
	if (e->kind == ACTOR_PERSON)
		return SIDE_NONE;
	return e->side;
}

/* 1 when item it may sit inside a title phrase or apposition. */
static int
item_in_phrase(struct ax *x, struct item *it)
{
	if (it->type == IT_TITLE || it->type == IT_ACTOR ||
	    it->type == IT_STOP || it->type == IT_NAME)
		return 1;
	if (it->type == IT_PUNCT)
		return ITOK(x, it)->cp == '-';
	if (ITOK(x, it)->type == TOK_POSS)
		return 1;
	return actor_items_in(x, it, apposition_words);
}

/*
 * Scan items from k in direction dir (+1 or -1) within the sentence while
 * they form a title phrase; report whether a title was seen and the first
 * side lent by a state or organisation.
 */
static void
scan_phrase(struct ax *x, size_t k, int dir, int *title, enum side *side,
    int limit)
{
	struct item	*it;
	uint32_t	 sent = x->items[k].sent;
	long		 j;

	*title = 0;
	*side = SIDE_NONE;
	for (j = (long)k; j >= 0 && (size_t)j < x->nitems && limit-- > 0;
	    j += dir) {
		it = &x->items[j];
		if (it->sent != sent || !item_in_phrase(x, it))
			break;
		if (it->type == IT_TITLE)
			*title = 1;
		if (*side == SIDE_NONE)
			*side = item_side(x, it);
	}
}

/* A person verb after item k, allowing a few fillers in between. */
static int
verb_after(struct ax *x, size_t k)
{
	struct item	*it;
	size_t		 j;
	int		 fill = 0;

	for (j = k + 1; j < x->nitems && fill <= 2; j++) {
		it = &x->items[j];
		if (it->sent != x->items[k].sent)
			return 0;
		if (it->type == IT_WORD && it->t1 - it->t0 == 1 &&
		    dict_is_verb(x->d, TOKF(x, ITOK(x, it)), ITOK(x, it)->flen))
			return 1;
		if (!actor_items_in(x, it, verb_fillers))
			return 0;
		fill++;
	}
	return 0;
}

/* The side of the first state or organisation after title item j, up to
   item k. */
static enum side
side_after_title(struct ax *x, size_t j, size_t k)
{
	enum side	side;

	for (j++; j < k; j++) {
		if ((side = item_side(x, &x->items[j])) != SIDE_NONE)
			return side;
	}
	return SIDE_NONE;
}

/*
 * A long title phrase before the full name at item k: "Special
 * Presidential Representative for Environmental Protection, Ecology, and
 * Transport Sergei Ivanov" (only capitalised words, "of", "for", "and",
 * "the" and commas between the title and the name), or "Adviser to the
 * President of France on relations with Ukraine and Russia Isabelle
 * Dumont" (a state's name right before the name, a title earlier in the
 * sentence).  The side comes from the state after the title.
 */
#define TOPIC_WORDS	3	/* "on economic issues" */

/* The item "on" or "for" that opens a topic of a few lower-case words
   just before NAME item k, or 0. */
static size_t
topic_before(struct ax *x, size_t k)
{
	static const char *opens[] = { "on", "for", NULL };
	size_t	j = k, n = 0;

	while (j > 0 && n <= TOPIC_WORDS && x->items[j - 1].type == IT_WORD &&
	    x->items[j - 1].sent == x->items[k].sent) {
		if (actor_items_in(x, &x->items[j - 1], opens))
			return n > 0 ? j - 1 : 0;
		j--;
		n++;
	}
	return 0;
}

static int
long_title_before(struct ax *x, size_t k, enum side *side)
{
	static const char *joins[] = { "of", "for", "and", "the", "on",
	    NULL };
	struct item	*p;
	size_t		 j;
	int		 adjacent, tight = 1, title;

	/* "Occupied Territories of Ukraine": a name does not go on. */
	if (k + 1 < x->nitems && actor_items_word(x, &x->items[k + 1], "of"))
		return 0;

	adjacent = k > 0 && x->items[k - 1].type == IT_ACTOR &&
	    item_side(x, &x->items[k - 1]) != SIDE_NONE &&
	    !(x->items[k - 1].flags & MENTION_DEMONYM) &&
	    x->items[k - 1].t1 == x->items[k].t0;
	/* "Adviser to the President of Ukraine on economic issues X Y":
	   the state, then a topic of a few words after "on" or "for" */
	if (!adjacent && (j = topic_before(x, k)) > 0) {
		p = &x->items[j - 1];
		adjacent = p->type == IT_ACTOR && item_side(x, p) != SIDE_NONE &&
		    !(p->flags & MENTION_DEMONYM);
	}
	for (j = k; j-- > 0 && k - j <= 16;) {
		p = &x->items[j];
		if (p->sent != x->items[k].sent)
			return 0;
		if (p->type == IT_TITLE) {
			if (!tight && !adjacent)
				return 0;
			if ((*side = side_after_title(x, j, k)) == SIDE_NONE)
				scan_phrase(x, j, -1, &title, side, 6);
			return 1;
		}
		if (p->type == IT_ACTOR && p->entry >= 0 &&
		    dict_entry(x->d, (size_t)p->entry)->kind == ACTOR_PERSON)
			return 0;
		if ((p->type == IT_NAME && p->t1 - p->t0 > 1 && !p->org) ||
		    actor_items_punct(x, p, '.') ||
		    actor_items_punct(x, p, ';') ||
		    actor_items_punct(x, p, ':'))
			return 0;
		if (!(p->type == IT_STOP || p->type == IT_NAME ||
		    p->type == IT_ACTOR || actor_items_in(x, p, joins) ||
		    actor_items_punct(x, p, ',') ||
		    actor_items_punct(x, p, '-')))
			tight = 0;
	}
	return 0;
}

/* The side that a title after person item k gives ("X becomes acting
   President of Romania", "X, a Russian diplomat"), or SIDE_NONE. */
static enum side
side_after_name(struct ax *x, size_t k)
{
	static const char *links[] = { "is", "was", "becomes", "became",
	    "remains", ",", NULL };
	enum side	 side;
	int		 title;

	if (k + 2 >= x->nitems || x->items[k + 1].sent != x->items[k].sent)
		return SIDE_NONE;
	if (!actor_items_in(x, &x->items[k + 1], links) &&
	    !actor_items_punct(x, &x->items[k + 1], ','))
		return SIDE_NONE;
	scan_phrase(x, k + 2, 1, &title, &side, 10);
	return title ? side : SIDE_NONE;
}

/* 1 when a capitalised common word follows NAME item k directly ("State
   Intelligence Agency"): the name is a thing's, not a person's. */
static int
org_continues(struct ax *x, size_t k)
{
	struct item	*nx;

	if (k + 1 >= x->nitems)
		return 0;
	nx = &x->items[k + 1];
	return nx->sent == x->items[k].sent && nx->type == IT_STOP &&
	    nx->t0 == x->items[k].t1 && ITOK(x, nx)->cap;
}

/* 1 when "its" follows item k closely ("Tesco said its branch"): the
   name is an organisation's, not a person's. */
static int
its_after(struct ax *x, size_t k)
{
	size_t	j;

	for (j = k + 1; j < x->nitems && j <= k + 5; j++) {
		if (x->items[j].sent != x->items[k].sent)
			return 0;
		if (actor_items_word(x, &x->items[j], "its"))
			return 1;
		if (x->items[j].type == IT_NAME || x->items[j].type == IT_ACTOR)
			return 0;
	}
	return 0;
}

/*
 * Evidence just before NAME item k (k > 0) of words words: a title
 * phrase ends right there, or a state or organisation follows a title.
 * Returns the rule, or NULL with *none set when what comes before rules
 * out a person ("the Omsk Cadet Corps", "of Defense").
 */
static const char *
evidence_before(struct ax *x, size_t k, int words, enum side *side,
    int *none)
{
	struct item	*it = &x->items[k];
	int		 title;

	scan_phrase(x, k - 1, -1, &title, side, 8);
	if (title && x->items[k - 1].type == IT_TITLE) {
		if (*side == SIDE_NONE)
			*side = side_after_name(x, k);
		return "title before the name";
	}
	/* "Adviser to the Prime Minister of Estonia Liis Lipre". */
	if (title && words && k >= 2 && item_side(x,
	    &x->items[k - 1]) != SIDE_NONE &&
	    !(x->items[k - 1].flags & MENTION_DEMONYM) &&
	    !org_continues(x, k) &&
	    x->items[k - 1].sent == it->sent &&
	    (actor_items_word(x, &x->items[k - 2], "of") ||
	    actor_items_word(x, &x->items[k - 2], "the")))
		return "title before the name";
	/* "the Omsk Cadet Corps", "of Defense": not a person. */
	if (x->items[k - 1].sent == it->sent &&
	    (actor_items_in(x, &x->items[k - 1], determiners) ||
	    actor_items_in(x, &x->items[k - 1], nonname_preps)))
		*none = 1;
	return NULL;
}

/*
 * Evidence around NAME item k of two words or more: an apposition or a
 * description with a title, a long title before it, "X of STATE", or the
 * surname of a person in the article.  Returns the rule, or NULL; *side
 * may be changed either way.
 */
static const char *
evidence_around(struct ax *x, size_t k, enum side *side)
{
	struct item	*it = &x->items[k];
	int		 title;
	unsigned	 fl = 0;
	int		*rel;

	if (k + 2 < x->nitems && actor_items_punct(x, &x->items[k + 1], ',')) {
		scan_phrase(x, k + 2, 1, &title, side, 10);
		if (title)
			return "apposition after the name";
	}
	if (k >= 2 && actor_items_punct(x, &x->items[k - 1], ',')) {
		scan_phrase(x, k - 2, -1, &title, side, 10);
		if (title && x->items[k - 2].type == IT_TITLE)
			return "apposition before the name";
	}
	if (k + 2 < x->nitems && (actor_items_word(x, &x->items[k + 1], "is") ||
	    actor_items_word(x, &x->items[k + 1], "was"))) {
		scan_phrase(x, k + 2, 1, &title, side, 10);
		if (title)
			return "descriptive sentence";
	}
	if (!org_continues(x, k) && long_title_before(x, k, side))
		return "title before the name";
	/* "Albert Ramdin of Suriname" */
	/* (The entry of a later item is not chosen yet: use its match.) */
	if (k > 0 && x->items[k - 1].sent == it->sent &&
	    ((x->items[k - 1].type == IT_WORD &&
	    ITOK(x, &x->items[k - 1])->type == TOK_WORD &&
	    !ITOK(x, &x->items[k - 1])->cap) ||
	    actor_items_punct(x, &x->items[k - 1], ',')) &&
	    k + 2 < x->nitems && actor_items_word(x, &x->items[k + 1], "of") &&
	    x->items[k + 2].sent == it->sent &&
	    x->items[k + 2].type == IT_ACTOR && x->items[k + 2].m != NULL &&
	    x->items[k + 2].m->type == DICT_NAME &&
	    dict_entry(x->d, (size_t)x->items[k + 2].m->entry)->kind ==
	    ACTOR_STATE) {
		*side = dict_entry(x->d, (size_t)x->items[k + 2].m->entry)->side;
		return "a name of a state's citizen ('X of STATE')";
	}
	/* "Grace Mugabe" after "Robert Mugabe": a relative. */
	if (it->t1 - it->t0 == 2 && x->toks[it->t0].flen >= 4 &&
	    x->toks[it->t1 - 1].type == TOK_WORD && (rel = strmap_get(
	    &x->surnames, TOKF(x, &x->toks[it->t1 - 1]),
	    x->toks[it->t1 - 1].flen)) != NULL &&
	    actor_locals_find(x, it, &fl) == -1) {
		if (*rel <= -2)
			*side = dict_entry(x->d, (size_t)(-2 - *rel))->side;
		return actor_locals_relative_rule;
	}
	return NULL;
}

/* 1 when NAME item k of two words or more is followed by a comma and
   "who": "Tarn Velisko, who came from abroad" (a dog may be "who"
   too). */
static int
relative_after(struct ax *x, size_t k, int words)
{
	return words && k + 2 < x->nitems &&
	    x->items[k + 2].sent == x->items[k].sent &&
	    actor_items_punct(x, &x->items[k + 1], ',') &&
	    actor_items_in(x, &x->items[k + 2], person_relatives);
}

/* Evidence after NAME item k of words words: a speaker's label, or a
   person verb.  Returns the rule, or NULL. */
static const char *
evidence_after(struct ax *x, size_t k, int words, enum side *side)
{
	int		 title;
	enum side	 s2;

	if (words && actor_items_initial(x, k) && k + 1 < x->nitems &&
	    actor_items_punct(x, &x->items[k + 1], ':'))
		return "speaker label";
	if (verb_after(x, k) && (words || !actor_items_initial(x, k)) &&
	    !its_after(x, k)) {
		if (k > 0) {
			scan_phrase(x, k - 1, -1, &title, &s2, 6);
			*side = s2;
		}
		return "person verb after the name";
	}
	if (relative_after(x, k, words))
		return "\"who\" after the name";
	return NULL;
}

/* The evidence that NAME item k is a person: a rule name, or NULL; the
   side the same evidence gives. */
const char *
actor_evidence_person(struct ax *x, size_t k, enum side *side)
{
	struct item	*it = &x->items[k];
	const char	*rule;
	int		 words = it->t1 - it->t0 > 1, none = 0;

	*side = SIDE_NONE;
	if (it->cyr)
		return actor_cyr_evidence(x, k, side);
	if (it->entry >= 0) {
		*side = dict_entry(x->d, (size_t)it->entry)->side;
		return "a known name with a generational suffix";
	}
	if (it->relative) {
		*side = dict_entry(x->d, (size_t)it->m->entry)->side;
		return actor_locals_relative_rule;
	}
	if (k > 0 && ((rule = evidence_before(x, k, words, side, &none)) !=
	    NULL || none))
		return rule;
	if (words) {
		if ((rule = evidence_around(x, k, side)) != NULL)
			return rule;
		*side = SIDE_NONE;
	}
	return evidence_after(x, k, words, side);
}
