/*
 * actor-items: the second step of extraction, a sentence's tokens turned
 * into items, and the questions the later steps ask of items.
 *
 * Left to right, the longest dictionary name, title or stop phrase that
 * starts at a token becomes one item (ACTOR, TITLE, STOP); where none
 * starts, a run of capitalised words becomes a NAME: an organisation
 * ("Hirtenberger Defence Group", "Church of England"), a given name
 * before a known surname, a demonym that is a given name ("German
 * Gref"), or up to ACTORS_MAX_NAME words of a name the dictionary does
 * not know.  Cyrillic words also match a name by their stems, when each
 * is a case form of the name's word ("Шарлем Мішелем" for "Шарль
 * Мішель"); anything else is one WORD or PUNCT item per token.
 */
#include "config.h"

#include <string.h>

#include "analysis/actor-cyr.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/stem.h"

#define ACTORS_MAX_NAME		5	/* words in an unknown name */

/* Small words inside a name ("Ursula von der Leyen"). */
static const char *name_particles[] = {
	"de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "le",
	"la", "du", "di", "del", "dos", "das", "el", NULL
};

/* 1 when s[0, len) is one of the words of list. */
static int
in_list(const char **list, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return 1;
	}
	return 0;
}

static struct item *
item_add(struct ax *x, enum item_type type, uint32_t t0, uint32_t t1,
    uint32_t sent)
{
	struct item	*it;

	x->items = xgrow(x->items, &x->items_alloc, x->nitems + 1,
	    sizeof *x->items);
	it = &x->items[x->nitems++];
	memset(it, 0, sizeof *it);
	it->type = type;
	it->t0 = t0;
	it->t1 = t1;
	it->sent = sent;
	it->entry = -1;
	it->person = -1;
	it->sur = it->giv = it->pat = -1;
	return it;
}

/* 1 when the raw text of tokens [t0, t1) is exactly s (white space
   normalised). */
int
actor_items_raw_equals(struct ax *x, uint32_t t0, uint32_t t1, const char *s)
{
	struct tok	*t;
	size_t		 len;
	uint32_t	 i;

	for (i = t0; i < t1; i++) {
		t = &x->toks[i];
		if (i > t0 && t->gap) {
			if (*s != ' ')
				return 0;
			s++;
		}
		len = t->end - t->start;
		if (strncmp(s, x->a->text + t->start, len) != 0)
			return 0;
		s += len;
	}
	return *s == '\0';
}

/* The first usable match in a chain for tokens [t0, t1), or NULL. */
static const struct dict_match *
match_usable(struct ax *x, const struct dict_match *m, uint32_t t0,
    uint32_t t1)
{
	for (; m != NULL; m = dict_match_next(x->d, m)) {
		if (m->exact != NULL) {
			if (actor_items_raw_equals(x, t0, t1, m->exact))
				return m;
			continue;
		}
		if (m->anycase || x->toks[t0].cap)
			return m;
	}
	return NULL;
}

/* The end of the word of folded name s at s[0..), as tokens cut it. */
static size_t
name_word_len(const char *s)
{
	return strcspn(s, " -.,&");
}

/*
 * 1 when tokens [t0, t1) are, word by word, case forms of the folded
 * name of stem match m (stem_inflects()), its other marks the same.
 */
static int
stem_fits(struct ax *x, const struct dict_match *m, uint32_t t0,
    uint32_t t1)
{
	const char	*n = m->folded;
	struct tok	*t;
	size_t		 w;
	uint32_t	 i;

	for (i = t0; i < t1; i++) {
		t = &x->toks[i];
		if (i > t0 && t->gap) {
			if (*n != ' ')
				return 0;
			n++;
		}
		if (t->type != TOK_WORD) {
			if (strncmp(n, TOKF(x, t), t->flen) != 0)
				return 0;
			n += t->flen;
			continue;
		}
		w = name_word_len(n);
		if (!stem_inflects(n, w, TOKF(x, t), t->flen) &&
		    !(i > t0 && stem_inflects_short(n, w, TOKF(x, t),
		    t->flen)))
			return 0;
		n += w;
	}
	return *n == '\0';
}

/* The first usable stem match in a chain for tokens [t0, t1), or NULL. */
static const struct dict_match *
stem_usable(struct ax *x, const struct dict_match *m, uint32_t t0,
    uint32_t t1)
{
	for (; m != NULL; m = dict_match_next(x->d, m)) {
		if ((m->anycase || x->toks[t0].cap) && stem_fits(x, m, t0, t1))
			return m;
	}
	return NULL;
}

/*
 * The stem keys of tokens [i, i + n) into x->skey, the end of each in
 * slens[]; 0 when the first word starts no stem key.
 */
static int
stem_keys(struct ax *x, uint32_t i, uint32_t n, size_t *slens)
{
	struct tok	*t = &x->toks[i];
	uint32_t	 j;

	if (!t->cyr || !dict_is_stem_first(x->d, TOKF(x, t), t->slen))
		return 0;
	buf_reset(&x->skey);
	for (j = 0; j < n; j++) {
		t = &x->toks[i + j];
		if (j > 0 && t->gap)
			buf_addc(&x->skey, ' ');
		buf_add(&x->skey, TOKF(x, t), t->slen);
		slens[j] = x->skey.len;
	}
	return 1;
}

/* 1 when token i is a capitalised Cyrillic given name. */
static int
tok_given_name(struct ax *x, uint32_t i)
{
	struct tok	*t = &x->toks[i];

	return t->type == TOK_WORD && t->cyr && t->cap &&
	    (dict_name_word(x->d, TOKF(x, t), t->flen, NULL) &
	    DICT_NAME_GIVEN);
}

/*
 * 1 when stem match m of the one word at token i (k == 1) would make a
 * place or a state of a given name that only looks like a case form of
 * it: "Даниил", "Данило" are no forms of "Дания", "Берни" none of "Берн";
 * or of the surname after a given name ("Владимир Литвин" is no form of
 * "Литва").
 */
static int
stem_given_name(struct ax *x, uint32_t i, uint32_t k,
    const struct dict_match *m)
{
	const struct dict_entry	*e = dict_entry(x->d, (size_t)m->entry);
	struct tok		*t = &x->toks[i];
	const char		*canon = NULL;

	if (k != 1 || e == NULL || (e->kind != ACTOR_STATE &&
	    e->kind != ACTOR_PLACE))
		return 0;
	if (i > 0 && t->gap && tok_given_name(x, i - 1))
		return 1;
	if (!(dict_name_word(x->d, TOKF(x, t), t->flen, &canon) &
	    DICT_NAME_GIVEN) || canon == NULL)
		return 0;
	/* The name's own stem goes on past the place's ("даниил" past
	   "дан-"); "Львові" is Lviv's, whose stem "льв" is "Лев"'s too. */
	return strlen(canon) > stem_name_len(m->folded,
	    name_word_len(m->folded));
}

/* A token that may continue a phrase. */
static int
tok_joins(struct tok *t)
{
	if (t->type != TOK_PUNCT)
		return 1;
	return t->cp == '-' || t->cp == '.' || t->cp == ',' || t->cp == '&' ||
	    t->cp == '\'';
}

/*
 * The longest dictionary, title or stop phrase starting at token i of a
 * sentence ending at token end: its type and end token.  Returns 0 when
 * none starts there.
 */
static int
longest_phrase(struct ax *x, uint32_t i, uint32_t end, enum item_type *type,
    uint32_t *t1, const struct dict_match **mp)
{
	size_t			 lens[24], slens[24];
	size_t			 maxw = dict_max_words(x->d);
	uint32_t		 j, words = 0, n = 0, k;
	const struct dict_match	*m;
	int			 exact, stems;

	exact = dict_is_first_word(x->d, TOKF(x, &x->toks[i]),
	    x->toks[i].flen);
	if (!exact && (!x->toks[i].cyr || !dict_is_stem_first(x->d,
	    TOKF(x, &x->toks[i]), x->toks[i].slen)))
		return 0;
	buf_reset(&x->key);
	for (j = i; j < end && n < 24; j++) {
		if (j > i && !tok_joins(&x->toks[j]))
			break;
		if (x->toks[j].type == TOK_WORD && ++words > maxw)
			break;
		if (j > i && x->toks[j].gap)
			buf_addc(&x->key, ' ');
		buf_add(&x->key, TOKF(x, &x->toks[j]), x->toks[j].flen);
		lens[n++] = x->key.len;
	}
	stems = stem_keys(x, i, n, slens);
	for (k = n; k > 0; k--) {
		if (x->toks[i + k - 1].type != TOK_WORD)
			continue;
		m = exact ? dict_match_first(x->d, x->key.data, lens[k - 1]) :
		    NULL;
		if (m != NULL)
			m = match_usable(x, m, i, i + k);
		if (m == NULL && stems && (m = dict_match_stem(x->d,
		    x->skey.data, slens[k - 1])) != NULL &&
		    (m = stem_usable(x, m, i, i + k)) != NULL &&
		    stem_given_name(x, i, k, m))
			m = NULL;
		if (m != NULL && actor_cyr_another_patronymic(x, i, k, end))
			continue;
		if (m != NULL) {
			*type = IT_ACTOR;
			*mp = m;
		} else if (!exact)
			continue;
		else if (dict_is_title(x->d, x->key.data, lens[k - 1]))
			*type = IT_TITLE;
		else if (dict_is_stop(x->d, x->key.data, lens[k - 1]) &&
		    (x->toks[i].cap || k > 1))
			*type = IT_STOP;
		else
			continue;
		*t1 = i + k;
		return 1;
	}
	return 0;
}

int
actor_items_phrase(struct ax *x, uint32_t i, uint32_t end)
{
	enum item_type		 type;
	uint32_t		 e;
	const struct dict_match	*m;

	return longest_phrase(x, i, end, &type, &e, &m);
}

/* 1 when a namesake word of names.dict ("орден", "имени") stands just
   before token i: the name there names an honour or a body ("орден
   Александра Невского", "университет имени Ломоносова"). */
static int
cyr_namesake_before(struct ax *x, uint32_t i)
{
	struct tok	*t;

	if (i == 0)
		return 0;
	t = &x->toks[i - 1];
	return t->type == TOK_WORD && t->cyr && (dict_name_word(x->d,
	    TOKF(x, t), t->flen, NULL) & DICT_NAME_NAMESAKE);
}

/* A Cyrillic name (actor-cyr.h) at token i: its end, or i. */
static uint32_t
cyr_item(struct ax *x, uint32_t si, uint32_t i, uint32_t end)
{
	struct cyr_name	 n;
	struct item	*it;
	uint32_t	 e;

	if (!x->toks[i].cyr || (e = actor_cyr_name(x, i, end, &n)) == i)
		return i;
	if (cyr_namesake_before(x, i))
		return e;	/* the words are taken, no name made */
	it = item_add(x, IT_NAME, i, e, si);
	it->cyr = (uint8_t)n.form;
	it->gender = (uint8_t)n.gender;
	it->sur = n.sur;
	it->giv = n.giv;
	it->pat = n.pat;
	return e;
}

/* DICT_NAME_MALE or _FEMALE when token i is a capitalised Cyrillic given
   name, 0 when not. */
static unsigned
given_word(struct ax *x, uint32_t i)
{
	struct tok	*t = &x->toks[i];

	if (t->type != TOK_WORD || !t->cyr || !t->cap || t->allcaps)
		return 0;
	return dict_name_word(x->d, TOKF(x, t), t->flen, NULL) &
	    DICT_NAME_GIVEN;
}

/*
 * A dictionary person named by a one-word Cyrillic surname, with a given
 * name and maybe a patronymic beside it ("Дмитрий Николаевич Чернышенко",
 * "Чернышенко Дмитрия Николаевича"): the whole name is the mention, so
 * that its alias is the name as written.  On CYR_EXTENT_PERSON, [*t0, *t1)
 * covers it (a given name before was the last item made, which goes).
 * When the given name is another's ("Іван" beside Mykhailo Fedorov's
 * surname), the words are an unknown person's name, made here or made
 * before and now taking the surname in: CYR_EXTENT_TAKEN, *t1 its end.
 */
enum cyr_extent { CYR_EXTENT_PERSON, CYR_EXTENT_TAKEN };

static enum cyr_extent
cyr_person_extent(struct ax *x, uint32_t si, uint32_t *t0, uint32_t *t1,
    uint32_t end, const struct dict_match *m)
{
	struct item	*p = x->nitems > 0 ? &x->items[x->nitems - 1] : NULL;
	struct cyr_name	 n;
	uint32_t	 e;
	int32_t		 g = -1;

	if (*t1 != *t0 + 1 || !x->toks[*t0].cyr ||
	    dict_entry(x->d, (size_t)m->entry)->kind != ACTOR_PERSON)
		return CYR_EXTENT_PERSON;
	/* The name made just before: a given name and patronymic, or a
	   given name alone ("Дмитрий Баканов"). */
	if (p != NULL && p->sent == si && p->t1 == *t0) {
		if (p->type == IT_NAME && p->cyr == CYR_FORM && p->sur < 0)
			g = p->giv;
		else if (p->type == IT_WORD && given_word(x, p->t0))
			g = (int32_t)p->t0;
	}
	if (g >= 0) {
		if (!actor_cyr_given_fits(x, (size_t)m->entry, (uint32_t)g)) {
			if (p->type == IT_WORD) {
				p->type = IT_NAME;
				p->cyr = CYR_FORM;
				p->gender = (uint8_t)given_word(x, p->t0);
				p->giv = g;
				p->pat = -1;
			}
			p->sur = (int32_t)*t0;
			p->t1 = *t1;
			return CYR_EXTENT_TAKEN;
		}
		*t0 = p->t0;
		x->nitems--;
		return CYR_EXTENT_PERSON;
	}
	if (*t1 < end && x->toks[*t1].cyr &&
	    (e = actor_cyr_name(x, *t1, end, &n)) > *t1 && n.sur < 0 &&
	    n.giv == (int32_t)*t1) {
		*t1 = e;
		if (actor_cyr_given_fits(x, (size_t)m->entry, (uint32_t)n.giv))
			return CYR_EXTENT_PERSON;
		p = item_add(x, IT_NAME, *t0, e, si);
		p->cyr = CYR_FORM;
		p->gender = (uint8_t)n.gender;
		p->sur = (int32_t)*t0;
		p->giv = n.giv;
		p->pat = n.pat;
		return CYR_EXTENT_TAKEN;
	}
	return CYR_EXTENT_PERSON;
}

/* A word that may be part of an unknown name. */
static int
name_word(struct ax *x, struct tok *t)
{
	if (t->type != TOK_WORD || !t->cap || t->cyr)
		return 0;
	if (t->allcaps && t->end - t->start > 1 &&
	    x->a->text[t->end - 1] != '.')
		return 0;
	if (dict_is_stop(x->d, TOKF(x, t), t->flen))
		return 0;
	return (t->cp >= 'A' && t->cp <= 'Z') || t->cp >= 0xC0;
}

/* Titles that are also parts of names ("Hassan Sheikh Mohamud"). */
static const char *name_honorifics[] = { "sheikh", "sultan", "emir",
	"khan", "bey", "pasha", NULL };

static const char *month_names[] = { "may", "june", "april", "august",
	NULL };

/* 1 when token i continues a hyphenated word ("Near-Earth"). */
static int
hyphen_before(struct ax *x, uint32_t i, uint32_t t0)
{
	struct tok	*t = &x->toks[i];

	return i > t0 && !t->gap && t[-1].type == TOK_PUNCT &&
	    t[-1].cp == '-';
}

/* Words after a title that continue the title, not a name ("Special
   Presidential Representative for ..."). */
static const char *title_joins[] = { "of", "for", "to", "on", NULL };

/* The end of the unknown name starting at token i, or i. */
static uint32_t
name_end(struct ax *x, uint32_t i, uint32_t end)
{
	uint32_t	j = i, words = 0, last = i, e;
	struct tok	*t;
	enum item_type	type;
	const struct dict_match *m;

	while (j < end && words < ACTORS_MAX_NAME) {
		t = &x->toks[j];
		if (name_word(x, t)) {
			/* A dictionary phrase starting here ends the name,
			   and so does a title before another name
			   ("Kentucky Governor Andy Beshear"). */
			if (j > i && !hyphen_before(x, j, i) &&
			    longest_phrase(x, j, end, &type, &e, &m) &&
			    (type == IT_ACTOR || (type == IT_TITLE && e < end &&
			    !(e == j + 1 && in_list(name_honorifics, TOKF(x, t),
			    t->flen)) && (name_word(x, &x->toks[e]) ||
			    in_list(title_joins, TOKF(x, &x->toks[e]),
			    x->toks[e].flen)))))
				break;
			words++;
			last = ++j;
			continue;
		}
		if (j > i && t->type == TOK_PUNCT && t->cp == '-' && !t->gap &&
		    j + 1 < end && !x->toks[j + 1].gap &&
		    name_word(x, &x->toks[j + 1])) {
			j++;
			continue;
		}
		/* A surname that is also a month ("Theresa May"), not a
		   date ("Theresa May 5"). */
		if (j > i && j == last && t->type == TOK_WORD && t->cap &&
		    in_list(month_names, TOKF(x, t), t->flen) &&
		    (j + 1 >= end || x->toks[j + 1].type != TOK_WORD ||
		    x->toks[j + 1].cp < '0' || x->toks[j + 1].cp > '9')) {
			words++;
			last = ++j;
			break;
		}
		if (j > i && t->type == TOK_WORD && !t->cap &&
		    in_list(name_particles, TOKF(x, t), t->flen) &&
		    j + 1 < end && name_word(x, &x->toks[j + 1])) {
			j++;
			continue;
		}
		break;
	}
	return last;
}

/* 1 when token i is a generational suffix ("Jr.", "Sr.", "III"). */
static int
suffix_word(struct ax *x, uint32_t i)
{
	static const char *suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II",
	    "III", "IV", NULL };
	struct tok	*t = &x->toks[i];

	return t->type == TOK_WORD && in_list(suffixes, x->a->text + t->start,
	    t->end - t->start);
}

/* Last words of organisation names ("Hirtenberger Defence Group"). */
static const char *org_heads[] = {
	"group", "holding", "holdings", "bank", "company", "corporation",
	"corp", "inc", "ltd", "limited", "llc", "plc", "gmbh", "kft", "ag",
	"airlines", "airways", "motors", "industries", "partners", "studios",
	"pharmaceuticals", "army", "movement", "front", "brigade", "brigades",
	"militia", "party", "foundation", "association", "institute",
	"university", "college", "church", "network", "observatory",
	"investment", "investments", "bureau", "forces", "command",
	"hospital", "clinic", "agency", "academy", "school", "society",
	"organization", "organisation", "union", "federation", "regiment",
	"battalion", "division", "fleet", "squadron", "inc.", "ltd.",
	"corp.", "kft.", NULL
};

/* Words that never start an organisation's name. */
static const char *function_words[] = {
	"the", "a", "an", "this", "that", "these", "those", "in", "on", "at",
	"for", "from", "with", "by", "to", "of", "and", "or", "but", "as",
	"after", "before", "during", "since", "while", "when", "if", "he",
	"she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
	"our", "my", "your", "there", "here", "according", "following",
	"under", "over", "both", "all", "each", "every", "some", "many",
	"most", "no", "not", "new", "former", "other", "another", "such",
	"said", "says", "yesterday", "today", "then", "now", "also",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"last", "next", "first", NULL
};

static const char *org_joins[] = { "of", "for", "and", "&", NULL };

static const char *org_abbrevs[] = { "inc", "ltd", "corp", "kft", "co",
	"llc", "plc", NULL };

/* A capitalised word that may be part of an organisation's name. */
static int
org_word(struct ax *x, struct tok *t)
{
	if (t->type != TOK_WORD || !t->cap || t->cyr)
		return 0;
	return !in_list(function_words, TOKF(x, t), t->flen);
}

/*
 * An organisation name that starts with its organisation word and goes on
 * with "of" or "for" ("Movement for Democratic Change", "Church of
 * England"): its end, or i.
 */
static uint32_t
head_first(struct ax *x, uint32_t i, uint32_t end)
{
	struct tok		*t = &x->toks[i];
	uint32_t		 j, e, last = i;
	enum item_type		 type;
	const struct dict_match	*m;

	if (!in_list(org_heads, TOKF(x, t), t->flen) || i + 2 >= end)
		return i;
	/* Inside a longer name: "People's Party of Canada". */
	if (i > 0 && !t->gap && x->toks[i - 1].type == TOK_POSS)
		return i;
	if (i > 0 && (x->toks[i - 1].type == TOK_POSS || (x->toks[i -
	    1].type == TOK_WORD && x->toks[i - 1].cap && !in_list(
	    function_words, TOKF(x, &x->toks[i - 1]), x->toks[i - 1].flen))))
		return i;
	t = &x->toks[i + 1];
	if (!(t->flen == 2 && memcmp(TOKF(x, t), "of", 2) == 0) &&
	    !(t->flen == 3 && memcmp(TOKF(x, t), "for", 3) == 0))
		return i;
	for (j = i + 2; j < end && j < i + 8; j++) {
		t = &x->toks[j];
		if (longest_phrase(x, j, end, &type, &e, &m)) {
			if (type == IT_TITLE)
				break;
			if (type == IT_ACTOR) {
				/* A state or place ends it ("of England"),
				   unless more of the name follows ("of
				   American States"). */
				if (e < end && org_word(x, &x->toks[e]) &&
				    !x->toks[e].allcaps) {
					last = e;
					j = e - 1;
					continue;
				}
				if (j == i + 2)
					last = e;
				break;
			}
		}
		if (!org_word(x, t) || t->allcaps)
			break;
		last = j + 1;
	}
	return last > i + 2 ? last : i;
}

/*
 * The end of an organisation name starting at token i (two or more
 * capitalised words, the last an organisation word), or i.  A dictionary
 * name or a title inside ends the run.
 */
static uint32_t
org_end(struct ax *x, uint32_t i, uint32_t end)
{
	uint32_t		 j, last = i, words = 0, names = 0, e;
	struct tok		*t;
	enum item_type		 type;
	const struct dict_match	*m;

	if (!org_word(x, &x->toks[i]))
		return i;
	/* "Movement for Democratic Change", "Bank of America". */
	if ((e = head_first(x, i, end)) > i)
		return e;
	for (j = i; j < end && words < 6; j++) {
		t = &x->toks[j];
		if (!org_word(x, t)) {
			/* "Bread and Roses Party", not "Maxim Sokolov and
			   GAZ Group". */
			if ((t->cp == '&' || (t->flen == 3 &&
			    memcmp(TOKF(x, t), "and", 3) == 0)) && words > 1)
				break;
			/* "Carl Lipo of Binghamton University": a person's
			   name and where they work. */
			if (words > 1 && names == words && (t->flen == 2 ||
			    t->flen == 3) && in_list(org_joins, TOKF(x, t),
			    t->flen))
				break;
			if (j > i && (in_list(org_joins, TOKF(x, t), t->flen) ||
			    (t->type == TOK_PUNCT && t->cp == '-' && !t->gap)) &&
			    j + 1 < end && org_word(x, &x->toks[j + 1]))
				continue;
			/* "Co-operative Commonwealth Federation" */
			if (j > i && t->type == TOK_PUNCT && t->cp == '-' &&
			    !t->gap && j + 2 < end && x->toks[j + 1].type ==
			    TOK_WORD && !x->toks[j + 1].gap &&
			    org_word(x, &x->toks[j + 2])) {
				j++;
				continue;
			}
			break;
		}
		if (j > i && longest_phrase(x, j, end, &type, &e, &m) &&
		    (type == IT_ACTOR || type == IT_TITLE))
			break;
		words++;
		names += name_word(x, t);
		if (j > i && in_list(org_heads, TOKF(x, t), t->flen)) {
			last = j + 1;
			/* "Inc.", "Kft.": the full stop is part of it. */
			if (j + 1 < end && x->toks[j + 1].cp == '.' &&
			    !x->toks[j + 1].gap && in_list(org_abbrevs,
			    TOKF(x, t), t->flen))
				last = j + 2;
		}
	}
	return last;
}

/* 1 when the chain of m holds only demonyms ("German"). */
int
actor_items_demonym_only(struct ax *x, const struct dict_match *m)
{
	for (; m != NULL; m = dict_match_next(x->d, m)) {
		if (m->type != DICT_DEMONYM)
			return 0;
	}
	return 1;
}

/*
 * A demonym that is a given name ("Sberbank CEO German Gref"): a
 * capitalised demonym followed by an unknown name, after a title or
 * before a colon or a person verb.  Returns the end of the whole name, or
 * i.
 */
static uint32_t
demonym_name(struct ax *x, uint32_t si, uint32_t i, uint32_t e,
    uint32_t end, const struct dict_match *m)
{
	const struct dict_match	*m2;
	enum item_type		 type;
	uint32_t		 e2, ne;
	struct tok		*t;
	struct item		*prev;

	if (e != i + 1 || e >= end || !actor_items_demonym_only(x, m) ||
	    !x->toks[i].cap || !name_word(x, &x->toks[e]) ||
	    longest_phrase(x, e, end, &type, &e2, &m2))
		return i;
	ne = name_end(x, e, end);
	prev = x->nitems > 0 ? &x->items[x->nitems - 1] : NULL;
	if (prev != NULL && prev->type == IT_TITLE && prev->sent == si &&
	    prev->t1 == i)
		return ne;
	if (ne < end) {
		t = &x->toks[ne];
		if (t->type == TOK_PUNCT && t->cp == ':')
			return ne;
		if (t->type == TOK_WORD && dict_is_verb(x->d, TOKF(x, t),
		    t->flen))
			return ne;
	}
	return i;
}

/* First words of a state's own institutions ("Federal Road Agency"). */
static const char *state_firsts[] = { "federal", "national", "state",
	"central", "military", "city", "regional", "presidential",
	"municipal", "government", "armed", "joint", "operational",
	"defence", "defense", NULL };
/* Last words of military units. */
static const char *unit_heads[] = { "brigade", "regiment", "battalion",
	"division", "fleet", "squadron", NULL };

/* First words of international bodies, never a state's own. */
static const char *intl_firsts[] = { "international", "world", "global",
	"european", "united", "inter", NULL };

/*
 * 1 when tokens [i, e) name an institution of no state in particular, so
 * of the state the article is about: common words only ("the Defence
 * Forces") or a state's own first word ("Federal Road Agency"), unless an
 * international one ("International Energy Agency").
 */
static int
generic_name(struct ax *x, uint32_t i, uint32_t e)
{
	struct tok	*t = &x->toks[i];

	if (in_list(intl_firsts, TOKF(x, t), t->flen))
		return 0;
	if (in_list(state_firsts, TOKF(x, t), t->flen))
		return 1;
	/* A military unit ("Coastal Defence Brigade") is a state's. */
	t = &x->toks[e - 1];
	if (in_list(unit_heads, TOKF(x, t), t->flen))
		return 1;
	for (; i < e; i++) {
		t = &x->toks[i];
		if (t->type == TOK_WORD && !dict_is_stop(x->d, TOKF(x, t),
		    t->flen) && !in_list(org_heads, TOKF(x, t), t->flen) &&
		    !in_list(org_joins, TOKF(x, t), t->flen))
			return 0;
	}
	return 1;
}

/* Add an organisation NAME item [i, e), taking in a demonym just before
   it ("Hungarian Development Bank"). */
static void
org_item(struct ax *x, uint32_t i, uint32_t e, uint32_t si)
{
	struct item		*it, *prev;
	const struct dict_entry	*de;
	enum side		 side = SIDE_NONE;

	prev = x->nitems > 0 ? &x->items[x->nitems - 1] : NULL;
	if (prev != NULL && prev->sent == si && prev->type == IT_ACTOR &&
	    prev->t1 == i && prev->t1 - prev->t0 == 1 && prev->m != NULL &&
	    actor_items_demonym_only(x, prev->m) && x->toks[prev->t0].cap) {
		de = dict_entry(x->d, (size_t)prev->m->entry);
		side = de->side;
		i = prev->t0;
		x->nitems--;
	}
	it = item_add(x, IT_NAME, i, e, si);
	it->org = 1;
	it->oside = (uint8_t)side;
	it->generic = side == SIDE_NONE && generic_name(x, i, e);
}

/*
 * A given name before the surname of a dictionary person who has another
 * given name ("Brigitte Macron", "Jill Biden"): the end of the whole name,
 * or i.
 */
static uint32_t
relative_name(struct ax *x, uint32_t i, uint32_t end,
    const struct dict_match **mp)
{
	const struct dict_match	*m;
	const struct dict_entry	*de;
	struct tok		*t = &x->toks[i], *s;
	enum item_type		 type;
	uint32_t		 e;
	size_t			 n;

	if (!name_word(x, t) || i + 1 >= end || dict_is_verb(x->d,
	    TOKF(x, t), t->flen))
		return i;
	s = &x->toks[i + 1];
	if (!s->gap || !longest_phrase(x, i + 1, end, &type, &e, &m) ||
	    type != IT_ACTOR || e != i + 2 || m->type != DICT_ALIAS)
		return i;
	de = dict_entry(x->d, (size_t)m->entry);
	if (de->kind != ACTOR_PERSON)
		return i;
	n = strcspn(de->name, " ");
	if (n == t->end - t->start && strncmp(de->name, x->a->text +
	    t->start, n) == 0)
		return i;
	*mp = m;
	return e;
}

/* Turn the tokens of sentence si (tokens [t0, t1)) into items. */
void
actor_items_sentence(struct ax *x, uint32_t si, uint32_t t0, uint32_t t1,
    int heading)
{
	const struct dict_match	*m;
	enum item_type		 type;
	enum cyr_extent		 ext;
	uint32_t		 i = t0, e, e2;
	struct item		*it;

	while (i < t1) {
		m = NULL;
		if (longest_phrase(x, i, t1, &type, &e, &m)) {
			/* "Donald Trump Jr." is another person. */
			if (type == IT_ACTOR && e < t1 && suffix_word(x, e) &&
			    dict_entry(x->d, (size_t)m->entry)->kind ==
			    ACTOR_PERSON) {
				it = item_add(x, IT_NAME, i, e + 1, si);
				it->entry = m->entry;
				i = e + 1;
				continue;
			}
			if (type == IT_ACTOR &&
			    (e2 = demonym_name(x, si, i, e, t1, m)) > i) {
				item_add(x, IT_NAME, i, e2, si);
				i = e2;
				continue;
			}
			if (type != IT_ACTOR && type != IT_TITLE && !heading &&
			    (e2 = org_end(x, i, t1)) > i) {
				org_item(x, i, e2, si);
				i = e2;
				continue;
			}
			ext = type == IT_ACTOR ? cyr_person_extent(x, si, &i,
			    &e, t1, m) : CYR_EXTENT_PERSON;
			if (ext == CYR_EXTENT_TAKEN) {
				i = e;
				continue;
			}
			it = item_add(x, type, i, e, si);
			it->m = m;
			i = e;
			continue;
		}
		if (!heading && (e2 = org_end(x, i, t1)) > i) {
			org_item(x, i, e2, si);
			i = e2;
			continue;
		}
		/* Cyrillic names are known by their form, headings too. */
		if ((e = cyr_item(x, si, i, t1)) > i) {
			i = e;
			continue;
		}
		if (!heading && name_word(x, &x->toks[i]) &&
		    hyphen_before(x, i, t0) && (e = name_end(x, i, t1)) > i) {
			/* The rest of "Near-Earth Object Studies". */
			item_add(x, IT_STOP, i, e, si);
			i = e;
			continue;
		}
		if (!heading && (e = relative_name(x, i, t1, &m)) > i) {
			it = item_add(x, IT_NAME, i, e, si);
			it->relative = 1;
			it->m = m;
			i = e;
			continue;
		}
		if (!heading && name_word(x, &x->toks[i]) &&
		    (e = name_end(x, i, t1)) > i) {
			/* "Thutmose II", "Charles III" */
			if (e < t1 && suffix_word(x, e) &&
			    x->toks[e].cp == 'I')
				e++;
			item_add(x, IT_NAME, i, e, si);
			i = e;
			continue;
		}
		type = x->toks[i].type == TOK_PUNCT ? IT_PUNCT : IT_WORD;
		item_add(x, type, i, i + 1, si);
		i++;
	}
}

/* ---- questions about items ---------------------------------------------- */

/* 1 when item it is the punctuation mark c. */
int
actor_items_punct(struct ax *x, struct item *it, uint32_t c)
{
	return it->type == IT_PUNCT && ITOK(x, it)->cp == c;
}

/* 1 when item it is one word from the list. */
int
actor_items_in(struct ax *x, struct item *it, const char **list)
{
	struct tok	*t = ITOK(x, it);

	if (it->type != IT_WORD && it->type != IT_STOP)
		return 0;
	return it->t1 - it->t0 == 1 && in_list(list, TOKF(x, t), t->flen);
}

/* 1 when item it is the single folded word w. */
int
actor_items_word(struct ax *x, struct item *it, const char *w)
{
	struct tok	*t = ITOK(x, it);

	return it->t1 - it->t0 == 1 && t->type == TOK_WORD &&
	    t->flen == strlen(w) && memcmp(TOKF(x, t), w, t->flen) == 0;
}

/* Is item k (a NAME) at the start of its sentence? */
int
actor_items_initial(struct ax *x, size_t k)
{
	return k == 0 || x->items[k - 1].sent != x->items[k].sent;
}

/* Append the folded text of item it to b (words joined as written). */
void
actor_items_key(struct ax *x, struct item *it, struct buf *b)
{
	uint32_t	i;

	buf_reset(b);
	for (i = it->t0; i < it->t1; i++) {
		if (i > it->t0 && x->toks[i].gap)
			buf_addc(b, ' ');
		buf_add(b, TOKF(x, &x->toks[i]), x->toks[i].flen);
	}
}
