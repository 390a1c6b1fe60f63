/*
 * actor-cyr: Russian and Ukrainian names by their form.  Each token is
 * put in a class (initials, given name, patronymic, a word that may be a
 * surname, or none), and a few sequences of classes make a name; the
 * evidence and keys of such names for the resolver and the name tables.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "analysis/actor-cyr.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "text/article.h"
#include "text/stem.h"

/* The class of a token in a name. */
enum cyr_class {
	CK_NONE,		/* not part of a name */
	CK_INITIAL,		/* "А." (two tokens: a letter, a full
				   stop) */
	CK_GIVEN,		/* "Андреем" */
	CK_PATR,		/* "Ивановича" */
	CK_UNSURE,		/* a patronymic or a surname ("Ахматович",
				   "Арестович") */
	CK_WORD,		/* any other capitalised word: a surname? */
};

/* Items before a name that a title phrase may hold, at most. */
#define CYR_PHRASE_MAX	10
#define CYR_OFFICE_WORDS 5	/* lowercase words between an office and
				   a name ("министр научно-технологического
				   развития и высшего образования") */

/* 1 when token j (a capitalised Cyrillic word) is an initial: one letter
   and a full stop right after it ("А.Бочаров", "Д.В."). */
static int
cyr_initial(struct ax *x, uint32_t j, uint32_t end)
{
	struct tok	*t = &x->toks[j];

	return j + 1 < end && t->end - t->start == 2 &&
	    x->toks[j + 1].type == TOK_PUNCT && x->toks[j + 1].cp == '.' &&
	    !x->toks[j + 1].gap;
}

/* 1 when folded w[0..len) ends in the folded suffix s. */
static int
cyr_ends(const char *w, size_t len, const char *s)
{
	size_t	sl = strlen(s);

	return len > sl && memcmp(w + len - sl, s, sl) == 0;
}

/* 1 when token t ends like an adjective. */
static int
cyr_adjective(struct ax *x, struct tok *t)
{
	static const char *adj[] = { "ый", "ий", "ій", "ой", "ая", "яя", "ое",
	    "ее", "ые", "ие", "ого", "его", "ому", "ему", "ых", "их", "ую",
	    "юю", "ої", "ої", "ою", "ими", "ыми", "ими", "іми", NULL };
	const char	*w = TOKF(x, t);
	size_t		 i;

	for (i = 0; adj[i] != NULL; i++)
		if (cyr_ends(w, t->flen, adj[i]))
			return 1;
	return 0;
}

/*
 * 1 when token t may be a surname: not an adjective ("Уважаемый",
 * "Великої", "Первый") unless a surname's ending says so
 * ("Зеленский").
 */
static int
cyr_surname_ok(struct ax *x, struct tok *t)
{
	return !cyr_adjective(x, t) || dict_name_surname(x->d, TOKF(x, t),
	    t->flen);
}

/* 1 when a line ends between tokens j and j + 1. */
static int
cyr_line_break(struct ax *x, uint32_t j)
{
	return memchr(x->a->text + x->toks[j].end, '\n',
	    x->toks[j + 1].start - x->toks[j].end) != NULL;
}

/* The class of token j of a sentence ending at end; *gender for a given
   name or patronymic. */
static enum cyr_class
cyr_class(struct ax *x, uint32_t j, uint32_t end, unsigned *gender)
{
	struct tok	*t;
	const char	*w;
	unsigned	 cls;
	size_t		 stem;

	if (j >= end)
		return CK_NONE;
	t = &x->toks[j];
	w = TOKF(x, t);
	if (t->type != TOK_WORD || !t->cyr || !t->cap)
		return CK_NONE;
	if (cyr_initial(x, j, end))
		return CK_INITIAL;
	/* One letter with no full stop is a preposition or a conjunction
	   that opens a sentence ("С Андреем Ивановичем ..."), no name. */
	if (t->end - t->start <= 2 || t->allcaps ||
	    dict_is_stop(x->d, w, t->flen) || actor_items_phrase(x, j, end))
		return CK_NONE;
	cls = dict_name_word(x->d, w, t->flen, NULL);
	if (cls & (DICT_NAME_TITLE | DICT_NAME_PLACE | DICT_NAME_VERB))
		return CK_NONE;
	if (cls & DICT_NAME_GIVEN) {
		*gender = cls & DICT_NAME_GIVEN;
		return CK_GIVEN;
	}
	*gender = dict_name_patronymic(x->d, w, t->flen, &stem);
	if (*gender & DICT_NAME_UNSURE)
		return CK_UNSURE;
	if (*gender != 0)
		return CK_PATR;
	return cyr_surname_ok(x, t) ? CK_WORD : CK_NONE;
}

/* The class of token j, which goes on a name: none after a line break. */
static enum cyr_class
cyr_next(struct ax *x, uint32_t j, uint32_t end, unsigned *gender)
{
	if (j >= end || (x->toks[j - 1].type == TOK_WORD &&
	    cyr_line_break(x, j - 1)))
		return CK_NONE;
	return cyr_class(x, j, end, gender);
}

/*
 * The gender a surname's ending shows: a man's in "-ым", "-ом" or a final
 * consonant ("Бочаров"), a woman's in "-ою", "-ая", "-ую" or "-овой";
 * both when it does not tell ("Бочарова").
 */
static unsigned
cyr_surname_gender(struct ax *x, struct tok *t)
{
	static const char *men[] = { "ым", "им", "ом", "ем", NULL };
	static const char *women[] = { "ою", "ая", "ую", "овой", "евой",
	    "иной", "ыной", NULL };
	const char	*w = TOKF(x, t);
	size_t		 i, n = t->flen;

	for (i = 0; men[i] != NULL; i++)
		if (cyr_ends(w, n, men[i]))
			return DICT_NAME_MALE;
	for (i = 0; women[i] != NULL; i++)
		if (cyr_ends(w, n, women[i]))
			return DICT_NAME_FEMALE;
	/* A final Cyrillic consonant (two bytes, not a vowel, й or ь). */
	if (n >= 2 && ((unsigned char)w[n - 2] & 0xe0) == 0xc0 &&
	    strstr("аяоеьйиыіїуюєэ", (char[3]){ w[n - 2], w[n - 1], 0 }) ==
	    NULL)
		return DICT_NAME_MALE;
	return DICT_NAME_GIVEN;
}

int
actor_cyr_same_gender(unsigned a, unsigned b)
{
	return (a & b) != 0 || a == 0 || b == 0;
}

/* Fill in *n for a name of the given tokens and form. */
static void
cyr_fill(struct ax *x, struct cyr_name *n, int32_t sur, int32_t giv,
    int32_t pat, unsigned gender)
{
	n->form = CYR_FORM;
	n->sur = sur;
	n->giv = giv;
	n->pat = pat;
	if (sur >= 0 && actor_cyr_same_gender(gender,
	    cyr_surname_gender(x, &x->toks[sur])))
		gender &= cyr_surname_gender(x, &x->toks[sur]);
	n->gender = gender != 0 ? gender : DICT_NAME_GIVEN;
}

/* A name that starts with initials: "А.Бочаров", "И. Ф. Михальчук". */
static uint32_t
cyr_after_initials(struct ax *x, uint32_t i, uint32_t end,
    struct cyr_name *n)
{
	uint32_t	j = i + 2;
	unsigned	g;
	enum cyr_class	c;

	while (j < i + 6 && cyr_next(x, j, end, &g) == CK_INITIAL)
		j += 2;
	if ((c = cyr_next(x, j, end, &g)) != CK_WORD && c != CK_UNSURE)
		return i;
	cyr_fill(x, n, (int32_t)j, -1, -1, DICT_NAME_GIVEN);
	return j + 1;
}

/* 1 when a dictionary person's item ends just before token i. */
static int
cyr_person_before(struct ax *x, uint32_t i)
{
	struct item	*p = x->nitems > 0 ? &x->items[x->nitems - 1] : NULL;

	return p != NULL && p->type == IT_ACTOR && p->t1 == i &&
	    p->m != NULL && dict_entry(x->d, (size_t)p->m->entry)->kind ==
	    ACTOR_PERSON;
}

/* 1 when token g is a foreigner's given name ("Мелінда"), and no
   Russian's or Ukrainian's too ("Мария", which looks like a form of
   "Марио"). */
static int
cyr_foreign_name(struct ax *x, const struct tok *g)
{
	return (dict_name_word(x->d, TOKF(x, g), g->flen, NULL) &
	    DICT_NAME_FOREIGN) && !(dict_name_forms(x->d, TOKF(x, g),
	    g->flen, NULL, DICT_NAME_FOREIGN) & DICT_NAME_GIVEN);
}

/* 1 when token j, after a given name, is a surname shaped as a plural
   adjective, which no case changes ("Владимир Долгих", "Ольга Черных"). */
static int
cyr_plural_surname(struct ax *x, uint32_t j, uint32_t end)
{
	struct tok	*t;

	if (j >= end || cyr_line_break(x, j - 1))
		return 0;
	t = &x->toks[j];
	return t->type == TOK_WORD && t->cyr && t->cap && !t->allcaps &&
	    t->flen >= 10 && (cyr_ends(TOKF(x, t), t->flen, "их") ||
	    cyr_ends(TOKF(x, t), t->flen, "ых")) &&
	    !actor_items_phrase(x, j, end);
}

/* A name that starts with a given name: "Андреем Бочаровым", "Андрей
   Иванович", "Андрей Иванович Бочаров". */
static uint32_t
cyr_after_given(struct ax *x, uint32_t i, uint32_t end, unsigned g0,
    struct cyr_name *n)
{
	unsigned	g1 = 0, g2;
	enum cyr_class	c1;

	switch ((c1 = cyr_next(x, i + 1, end, &g1))) {
	case CK_GIVEN:
	case CK_WORD:
		/* A foreigner's middle name: "Нейл Патрик Харрис", "Джанет
		   Вуд Рено"; the surname is the last. */
		if (cyr_foreign_name(x, &x->toks[i]) && cyr_next(x, i + 2,
		    end, &g2) == CK_WORD) {
			cyr_fill(x, n, (int32_t)i + 2, (int32_t)i, -1, g0);
			return i + 3;
		}
		if (c1 == CK_GIVEN)
			return i;
		cyr_fill(x, n, (int32_t)i + 1, (int32_t)i, -1, g0);
		return i + 2;
	case CK_NONE:
		if (!cyr_plural_surname(x, i + 1, end))
			return i;
		cyr_fill(x, n, (int32_t)i + 1, (int32_t)i, -1, g0);
		return i + 2;
	case CK_PATR:
		g0 = actor_cyr_same_gender(g0, g1) ? g0 & g1 : g1;
		/* "Герасимов Валерий Васильевич": the surname came first. */
		if (!cyr_person_before(x, i) &&
		    cyr_next(x, i + 2, end, &g2) == CK_WORD) {
			cyr_fill(x, n, (int32_t)i + 2, (int32_t)i,
			    (int32_t)i + 1, g0);
			return i + 3;
		}
		cyr_fill(x, n, -1, (int32_t)i, (int32_t)i + 1, g0);
		return i + 2;
	default:
		return i;
	}
}

/* A name that starts with its surname: "Паслера Д.В.", "Солнцева Евгения
   Александровича". */
static uint32_t
cyr_after_surname(struct ax *x, uint32_t i, uint32_t end,
    struct cyr_name *n)
{
	uint32_t	j = i + 1;
	unsigned	g1 = 0, g2 = 0;

	switch (cyr_next(x, j, end, &g1)) {
	case CK_INITIAL:
		while (j < i + 6 && cyr_next(x, j, end, &g2) == CK_INITIAL)
			j += 2;
		cyr_fill(x, n, (int32_t)i, -1, -1, DICT_NAME_GIVEN);
		return j;
	case CK_GIVEN:
		if (cyr_next(x, i + 2, end, &g2) != CK_PATR)
			return i;
		cyr_fill(x, n, (int32_t)i, (int32_t)i + 1, (int32_t)i + 2,
		    actor_cyr_same_gender(g1, g2) ? g1 & g2 : g2);
		return i + 3;
	default:
		return i;
	}
}

/* 1 when a lowercase place noun follows token i ("Курской области"). */
static int
cyr_place_after(struct ax *x, uint32_t i, uint32_t end)
{
	struct tok	*t = &x->toks[i + 1];

	return i + 1 < end && t->type == TOK_WORD && !t->cap && t->cyr &&
	    (dict_name_word(x->d, TOKF(x, t), t->flen, NULL) &
	    DICT_NAME_PLACE);
}

/* 1 when a capitalised Cyrillic word follows token i on its line
   ("Хакан Фидан", "Китайской Народной"): a lone word is no surname. */
static int
cyr_cap_after(struct ax *x, uint32_t i, uint32_t end)
{
	struct tok	*t = &x->toks[i + 1];

	return i + 1 < end && t->type == TOK_WORD && t->cap && t->cyr &&
	    !cyr_line_break(x, i);
}

uint32_t
actor_cyr_name(struct ax *x, uint32_t i, uint32_t end, struct cyr_name *n)
{
	unsigned	g = 0;
	uint32_t	e;

	memset(n, 0, sizeof *n);
	n->sur = n->giv = n->pat = -1;
	switch (cyr_class(x, i, end, &g)) {
	case CK_INITIAL:
		return cyr_after_initials(x, i, end, n);
	case CK_GIVEN:
		return cyr_after_given(x, i, end, g, n);
	case CK_WORD:
	case CK_UNSURE:
		if ((e = cyr_after_surname(x, i, end, n)) > i)
			return e;
		if (cyr_place_after(x, i, end) || cyr_cap_after(x, i, end))
			return i;
		n->form = CYR_WORD;
		n->sur = (int32_t)i;
		n->gender = cyr_surname_gender(x, &x->toks[i]);
		return i + 1;
	default:
		return i;
	}
}

/* ---- evidence ----------------------------------------------------------- */

/* The dictionary entry of ACTOR item it, chosen or first matched; NULL
   when none. */
static const struct dict_entry *
cyr_item_entry(struct ax *x, struct item *it)
{
	int	entry = it->entry >= 0 ? it->entry :
		    it->m != NULL ? it->m->entry : -1;

	return entry < 0 ? NULL : dict_entry(x->d, (size_t)entry);
}

/* The side of ACTOR item it when it is not a person's, else SIDE_NONE;
   *person set for a person. */
static enum side
cyr_item_side(struct ax *x, struct item *it, int *person)
{
	const struct dict_entry	*e = cyr_item_entry(x, it);

	if (e == NULL)
		return SIDE_NONE;
	*person = e->kind == ACTOR_PERSON;
	return *person ? SIDE_NONE : e->side;
}

/* 1 when ACTOR item it names a state. */
static int
cyr_item_state(struct ax *x, struct item *it)
{
	const struct dict_entry	*e = cyr_item_entry(x, it);

	return e != NULL && e->kind == ACTOR_STATE;
}

/* 1 when item it is one Cyrillic word of names.dict class cls. */
static int
cyr_item_is(struct ax *x, struct item *it, unsigned cls)
{
	struct tok	*t = ITOK(x, it);

	return it->type == IT_WORD && t->type == TOK_WORD && t->cyr &&
	    (dict_name_word(x->d, TOKF(x, t), t->flen, NULL) & cls);
}

/* 1 when item p is a word that may stand between an office and a name:
   a lowercase Cyrillic word of three letters or more (a genitive:
   "области", "управления"), not a preposition or a number. */
static int
cyr_between(struct ax *x, struct item *p)
{
	struct tok	*t = ITOK(x, p);

	return p->type == IT_WORD && t->type == TOK_WORD && t->cyr &&
	    !t->cap && t->flen >= 6;
}

/* 1 when item j, before item k, joins two words of an office: "науки и
   высшего образования" (class joiner between two lowercase words). */
static int
cyr_joins_words(struct ax *x, size_t j, size_t k)
{
	return j > 0 && j + 1 < k && cyr_item_is(x, &x->items[j],
	    DICT_NAME_JOINER) && cyr_between(x, &x->items[j - 1]) &&
	    cyr_between(x, &x->items[j + 1]);
}

/* 1 when item p is a capitalised Cyrillic word no class claims, just
   before a surname: a foreign given name ("министр ... Швейцарии Дидье
   Буркхальтер"). */
static int
cyr_foreign_given(struct ax *x, struct item *p)
{
	struct tok	*t = ITOK(x, p);

	return p->type == IT_WORD && t->type == TOK_WORD && t->cyr &&
	    t->cap && p->t1 == p->t0 + 1 &&
	    dict_name_word(x->d, TOKF(x, t), t->flen, NULL) == 0;
}

uint32_t
actor_cyr_name_start(struct ax *x, const struct item *it)
{
	struct item	*p;
	size_t		 k = (size_t)(it - x->items);

	if (it->cyr != CYR_WORD || k == 0)
		return ITOK(x, it)->start;
	p = &x->items[k - 1];
	if (p->sent != it->sent || p->t1 != it->t0 || !cyr_foreign_given(x, p))
		return ITOK(x, it)->start;
	return ITOK(x, p)->start;
}

/* The side of a demonym item just before an office at item j
   ("российский журналист"), or SIDE_NONE. */
static enum side
cyr_demonym_before(struct ax *x, size_t j)
{
	struct item	*p = j > 0 ? &x->items[j - 1] : NULL;
	int		 person = 0;

	if (p == NULL || p->sent != x->items[j].sent || p->type != IT_ACTOR ||
	    p->m == NULL || p->m->type != DICT_DEMONYM)
		return SIDE_NONE;
	return cyr_item_side(x, p, &person);
}

/* The side of the state an office names just before the office at item
   j, itself after an office: "представитель России омбудсмен X" (one
   title after another, the state between); SIDE_NONE when none. */
static enum side
cyr_office_chain(struct ax *x, size_t j)
{
	struct item	*p, *q;
	int		 person = 0;
	enum side	 s;

	if (j < 2)
		return SIDE_NONE;
	p = &x->items[j - 1];
	q = &x->items[j - 2];
	if (p->sent != x->items[j].sent || q->sent != p->sent ||
	    p->type != IT_ACTOR || !cyr_item_is(x, q, DICT_NAME_TITLE))
		return SIDE_NONE;
	s = cyr_item_side(x, p, &person);
	return person ? SIDE_NONE : s;
}

/*
 * An office before item k within its sentence ("губернатором Волгоградской
 * области", "Президентом Франції", "российский журналист"): 1 when there
 * is one, with *side the side of the first state between it and the
 * name (else of the first body: "представитель США при ООН" serves the
 * US), or of a demonym just before it, or of a state between it and an
 * office before it, and *state 1 when a state or body stands between.
 * Up to CYR_OFFICE_WORDS lowercase words (cyr_between()), joined or not
 * by a joiner (cyr_joins_words()), unknown names, a foreign given name
 * just before the name, hyphens and quotation marks may stand between
 * too.
 * Returns 0 with *side SIDE_NONE otherwise.
 */
static int
cyr_office_before(struct ax *x, size_t k, enum side *side, int *state)
{
	struct item	*p;
	size_t		 j;
	int		 person = 0, words = 0, by_state = 0, st;
	enum side	 s;

	*side = SIDE_NONE;
	*state = 0;
	for (j = k; j-- > 0 && k - j <= CYR_PHRASE_MAX;) {
		p = &x->items[j];
		if (p->sent != x->items[k].sent)
			break;
		if (cyr_item_is(x, p, DICT_NAME_TITLE)) {
			if (*side == SIDE_NONE)
				*side = cyr_demonym_before(x, j);
			if (*side == SIDE_NONE)
				*side = cyr_office_chain(x, j);
			return 1;
		}
		if (p->type == IT_ACTOR) {
			s = cyr_item_side(x, p, &person);
			if (person)
				break;
			/* "представитель США при ООН": the state the office
			   serves, not the body it sits in */
			st = cyr_item_state(x, p);
			if (*side == SIDE_NONE || (!by_state && st)) {
				*side = s;
				by_state = st;
			}
			*state = 1;
		} else if (!((cyr_between(x, p) && ++words <= CYR_OFFICE_WORDS) ||
		    cyr_joins_words(x, j, k) ||
		    (p->type == IT_NAME && p->cyr == CYR_WORD) ||
		    (j + 1 == k && cyr_foreign_given(x, p)) ||
		    actor_items_punct(x, p, '-') ||
		    actor_items_punct(x, p, 0xab) ||
		    actor_items_punct(x, p, 0xbb)))
			break;
	}
	*side = SIDE_NONE;
	*state = 0;
	return 0;
}

/* 1 when a speech verb stands just before or after item k. */
static int
cyr_verb_beside(struct ax *x, size_t k)
{
	struct item	*it = &x->items[k];

	if (k + 1 < x->nitems && x->items[k + 1].sent == it->sent &&
	    cyr_item_is(x, &x->items[k + 1], DICT_NAME_VERB))
		return 1;
	return k > 0 && x->items[k - 1].sent == it->sent &&
	    cyr_item_is(x, &x->items[k - 1], DICT_NAME_VERB);
}

/* The evidence for one capitalised word: an office before it, or a speech
   verb beside it, when it looks like a surname. */
static const char *
cyr_word_evidence(struct ax *x, size_t k, enum side *side)
{
	struct tok	*t = ITOK(x, &x->items[k]);
	int		 shaped, state, foreign;

	/* An adjective ("Чорноморського флоту") is no new person. */
	if (cyr_adjective(x, t))
		return NULL;
	shaped = dict_name_surname(x->d, TOKF(x, t), t->flen);
	/* a foreigner's given name before it names a person as well as a
	   surname's shape ("Вице-президент Спиро Агню", "Абид Насир
	   заявил") */
	foreign = k > 0 && x->items[k - 1].sent == x->items[k].sent &&
	    x->items[k - 1].t1 == x->items[k].t0 &&
	    !actor_items_initial(x, k - 1) &&
	    cyr_foreign_given(x, &x->items[k - 1]) &&
	    !ITOK(x, &x->items[k - 1])->allcaps &&
	    !cyr_adjective(x, ITOK(x, &x->items[k - 1]));
	if (cyr_office_before(x, k, side, &state) && (state || shaped ||
	    foreign))
		return "an office before a Russian or Ukrainian surname";
	*side = SIDE_NONE;
	if ((shaped || foreign) && cyr_verb_beside(x, k))
		return "a speech verb beside a Russian or Ukrainian surname";
	return NULL;
}

static const char cyr_rule_patronymic[] =
    "a Russian or Ukrainian full name with a patronymic";
static const char cyr_rule_given[] =
    "a Russian or Ukrainian given name and surname";
static const char cyr_rule_initials[] =
    "initials and a Russian or Ukrainian surname";
static const char cyr_rule_foreign[] =
    "a foreigner's given name and a surname in Cyrillic";

/* 1 when the given name of NAME item it is a foreigner's. */
static int
cyr_given_foreign(struct ax *x, const struct item *it)
{
	return cyr_foreign_name(x, &x->toks[it->giv]);
}

int
actor_cyr_shaped_rule(const char *rule)
{
	return rule == cyr_rule_patronymic || rule == cyr_rule_given ||
	    rule == cyr_rule_initials;
}

int
actor_cyr_foreign_rule(const char *rule)
{
	return rule == cyr_rule_foreign;
}

/* Lowercase words, at most, between a demonym and the name it qualifies
   ("украинский боксёр", "российский летчик-испытатель"). */
#define CYR_DEMONYM_WORDS 2

/*
 * 1 when demonym item dem is an adjective in the nominative, as names
 * open a sentence: the words after it describe the person named
 * ("российский боксёр Иван Петров"), where an oblique case qualifies an
 * event ("после российского удара Иван Петров ...").
 */
static int
cyr_nominative_demonym(struct ax *x, struct item *dem)
{
	static const char *nom[] = { "ий", "ый", "ій", "ая", "ька", NULL };
	struct tok	*d = ITOK(x, dem);
	size_t		 i;

	for (i = 0; nom[i] != NULL; i++)
		if (cyr_ends(TOKF(x, d), d->flen, nom[i]))
			return 1;
	return 0;
}

/*
 * The side of a demonym just before NAME item k ("украинец Иван Петров",
 * "россиянина Ивана Петрова"), or of a demonym adjective in the
 * nominative with up to CYR_DEMONYM_WORDS lowercase words between
 * ("итальянский фотограф Марко Бьянки"); SIDE_NONE when none.
 */
static enum side
cyr_demonym_near(struct ax *x, size_t k)
{
	struct item	*p;
	size_t		 j;
	int		 person = 0;

	for (j = k; j-- > 0 && k - j <= CYR_DEMONYM_WORDS + 1;) {
		p = &x->items[j];
		if (p->sent != x->items[k].sent)
			break;
		if (p->type == IT_ACTOR && p->m != NULL &&
		    actor_items_demonym_only(x, p->m))
			return j + 1 == k || cyr_nominative_demonym(x, p) ?
			    cyr_item_side(x, p, &person) : SIDE_NONE;
		if (!cyr_between(x, p))
			break;
	}
	return SIDE_NONE;
}

const char *
actor_cyr_evidence(struct ax *x, size_t k, enum side *side)
{
	struct item	*it = &x->items[k];
	int		 state;

	*side = SIDE_NONE;
	if (it->cyr == CYR_WORD)
		return cyr_word_evidence(x, k, side);
	/* "Андрей Иванович": only someone already named. */
	if (it->sur < 0)
		return NULL;
	if (actor_items_initial(x, k) && k + 1 < x->nitems &&
	    actor_items_punct(x, &x->items[k + 1], ':'))
		return "speaker label";
	if (!cyr_office_before(x, k, side, &state))
		*side = SIDE_NONE;
	if (*side == SIDE_NONE)
		*side = cyr_demonym_near(x, k);
	if (it->giv >= 0 && it->pat >= 0)
		return cyr_rule_patronymic;
	if (it->giv >= 0)
		return cyr_given_foreign(x, it) ? cyr_rule_foreign :
		    cyr_rule_given;
	return cyr_rule_initials;
}

/* 1 when token t is a capitalised Cyrillic word that may be a surname. */
static int
cyr_surname_beside(struct ax *x, struct tok *t)
{
	return t->type == TOK_WORD && t->cap && t->cyr && cyr_surname_ok(x, t);
}

int
actor_cyr_another_patronymic(struct ax *x, uint32_t i, uint32_t k,
    uint32_t end)
{
	struct tok	*t = &x->toks[i];
	size_t		 stem;

	if (k != 2 || !t[0].cyr || !t[1].cyr || t[1].type != TOK_WORD ||
	    dict_name_patronymic(x->d, TOKF(x, &t[1]), t[1].flen, &stem) == 0)
		return 0;
	return (i > 0 && cyr_surname_beside(x, &t[-1])) ||
	    (i + 2 < end && cyr_surname_beside(x, &t[2]));
}

/*
 * The first letter of a given name's folded stem, with the letters that
 * differ between a name's Russian and Ukrainian forms made one
 * (Олександр/Александр, Ігор/Игорь, Євген/Евгений, Микола/Николай).
 */
static uint32_t
cyr_given_initial(const char *w, size_t len)
{
	uint32_t	c = ((unsigned char)w[0] << 8) | (unsigned char)w[1];

	/* "Дж" is one sound, J: "Джим" for Jim */
	if (c == 0xd0b4 && len >= 4 && (unsigned char)w[2] == 0xd0 &&
	    (unsigned char)w[3] == 0xb6)
		return 0xd0b6;
	switch (c) {
	case 0xd0be:			/* о */
		return 0xd0b0;		/* а */
	case 0xd196: case 0xd197:	/* і ї */
		return 0xd0b8;		/* и */
	case 0xd194: case 0xd18d:	/* є э */
		return 0xd0b5;		/* е */
	case 0xd0bc:			/* м */
		return 0xd0bd;		/* н */
	default:
		return c;
	}
}

/*
 * 1 when the Latin name's first letter may be written by the Cyrillic
 * letter c (cyr_given_initial()): a vowel by a vowel, a consonant by its
 * usual transcriptions ("Dmitry" by д, "Heorhiy" by г, "Mykola" by н).
 */
static int
cyr_latin_initial(uint32_t c, char l)
{
	static const struct {
		uint32_t	 c;
		const char	*latin;
	} map[] = {
		{ 0xd0b1, "B" }, { 0xd0b2, "VW" }, { 0xd0b3, "GH" },
		{ 0xd291, "G" }, { 0xd0b4, "D" }, { 0xd0b6, "ZJ" },
		{ 0xd0b7, "Z" }, { 0xd0ba, "KCQ" }, { 0xd0bb, "L" },
		{ 0xd0bd, "NM" }, { 0xd0bf, "P" }, { 0xd180, "R" },
		{ 0xd181, "S" }, { 0xd182, "T" }, { 0xd184, "FP" },
		{ 0xd185, "KH" }, { 0xd186, "TC" }, { 0xd187, "CT" },
		{ 0xd188, "S" }, { 0xd189, "S" },
	};
	size_t	i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].c == c)
			return strchr(map[i].latin, l) != NULL;
	return strchr("AEIOUY", l) != NULL;	/* a vowel, й, ю, я */
}

uint32_t
actor_cyr_initial(struct ax *x, const struct item *it)
{
	const struct tok	*t;

	if (!it->cyr || it->sur < 0)
		return 0;
	if (it->giv >= 0)
		t = &x->toks[it->giv];
	else if ((int32_t)it->t0 < it->sur)
		t = &x->toks[it->t0];
	else if ((int32_t)it->t1 > it->sur + 1)
		t = &x->toks[it->sur + 1];
	else
		return 0;
	if (t->type != TOK_WORD || !t->cyr || t->flen < 2)
		return 0;
	return cyr_given_initial(TOKF(x, t), t->flen);
}

int
actor_cyr_nominative(struct ax *x, const struct item *it)
{
	const struct tok	*t;
	size_t			 stem = 0;
	unsigned		 g;

	if (!it->cyr || it->pat < 0)
		return 0;
	t = &x->toks[it->pat];
	g = dict_name_patronymic(x->d, TOKF(x, t), t->flen, &stem);
	if (g & DICT_NAME_UNSURE)
		return 0;
	/* a man's form ends on the patronymic itself, a woman's on its
	   "а" ("Ивановна") */
	if (g & DICT_NAME_MALE)
		return stem == t->flen;
	return (g & DICT_NAME_FEMALE) && t->flen - stem == 2 &&
	    memcmp(TOKF(x, t) + stem, "\xd0\xb0", 2) == 0;
}

int
actor_cyr_given_fits(struct ax *x, size_t entry, uint32_t g)
{
	const struct dict_entry	*de = dict_entry(x->d, entry);
	const char		*gc = NULL, *ac, *sp, *hy;
	size_t			 i;
	struct buf		 key;
	unsigned		 gcls, acls;
	int			 known = 0, fits = -1;

	gcls = dict_name_word(x->d, TOKF(x, &x->toks[g]), x->toks[g].flen,
	    &gc) & DICT_NAME_GIVEN;
	if (gcls == 0 || gc == NULL || strlen(gc) < 2)
		return 1;
	/* The person's Cyrillic given names, when the dictionary has any. */
	buf_init(&key);
	for (i = 0; i < de->naliases && fits < 0; i++) {
		if ((sp = strchr(de->aliases[i], ' ')) == NULL)
			continue;
		buf_reset(&key);
		dict_fold(&key, de->aliases[i], (size_t)(sp - de->aliases[i]));
		ac = NULL;
		acls = dict_name_word(x->d, key.data, key.len, &ac) &
		    DICT_NAME_GIVEN;
		if (acls == 0 || ac == NULL || strlen(ac) < 2)
			continue;
		/* "Джилл" is not "Джо": a woman's name for a man's */
		if (cyr_given_initial(ac, strlen(ac)) ==
		    cyr_given_initial(gc, strlen(gc)) &&
		    (acls & gcls) != 0)
			fits = 1;
		known = 1;
	}
	buf_release(&key);
	if (fits == 1 || known)
		return fits == 1;
	/* Else the first letter of the canonical name ("Ivan Bakanov"), or
	   of either half of a hyphenated one ("Frank-Walter"). */
	if ((sp = strchr(de->name, ' ')) == NULL ||
	    !isupper((unsigned char)de->name[0]))
		return 1;
	if (cyr_latin_initial(cyr_given_initial(gc, strlen(gc)),
	    de->name[0]))
		return 1;
	hy = memchr(de->name, '-', (size_t)(sp - de->name));
	return hy != NULL && cyr_latin_initial(cyr_given_initial(gc,
	    strlen(gc)), hy[1]);
}

/* ---- keys --------------------------------------------------------------- */

/*
 * The base of the folded surname w[0..len) that its case forms share:
 * less an ending of the instrumental ("-ым", "-ом") or of an adjective's
 * oblique cases ("-ого", "-ому"), then stem_name_len() ("бочаровым",
 * "бочарова" -> "бочаров"; "зеленського" -> "зеленськ").
 */
static size_t
cyr_surname_base(const char *w, size_t len)
{
	static const char *ends[] = { "ього", "ьому", "ого", "ому", "его",
	    "ему", "ым", "им", "ом", "ем", "ім", "ою", "ею", NULL };
	size_t	i, n;

	for (i = 0; ends[i] != NULL; i++) {
		n = strlen(ends[i]);
		if (len > n + 6 && memcmp(w + len - n, ends[i], n) == 0) {
			len -= n;
			break;
		}
	}
	return stem_name_len(w, len);
}

void
actor_cyr_surname_key(struct ax *x, uint32_t sur, struct buf *b)
{
	struct tok	*t = &x->toks[sur];

	buf_reset(b);
	buf_addc(b, '\002');
	buf_add(b, TOKF(x, t), cyr_surname_base(TOKF(x, t), t->flen));
}

void
actor_cyr_key(struct ax *x, struct item *it, struct buf *b)
{
	if (it->sur >= 0) {
		actor_cyr_surname_key(x, (uint32_t)it->sur, b);
		return;
	}
	buf_reset(b);
	/* A given name and patronymic; or nothing anyone is found by. */
	if (!actor_cyr_alt_key(x, it, b))
		buf_addc(b, '\004');
}

int
actor_cyr_alt_key(struct ax *x, struct item *it, struct buf *b)
{
	struct tok	*g, *p;
	const char	*canon = NULL;
	size_t		 stem = 0;

	if (it->giv < 0 || it->pat < 0)
		return 0;
	g = &x->toks[it->giv];
	p = &x->toks[it->pat];
	dict_name_word(x->d, TOKF(x, g), g->flen, &canon);
	if (canon == NULL || dict_name_patronymic(x->d, TOKF(x, p), p->flen,
	    &stem) == 0)
		return 0;
	buf_reset(b);
	buf_addc(b, '\003');
	buf_adds(b, canon);
	buf_addc(b, ' ');
	buf_add(b, TOKF(x, p), stem);
	return 1;
}
