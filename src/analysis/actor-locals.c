/*
 * actor-locals: the persons and organisations of one article that the
 * dictionary does not know (struct local), and the two name tables that
 * find them again: x->fullnames maps a folded full name, x->surnames a
 * folded surname, to a local's index or, for a dictionary person, to
 * -2 - entry.  A local keeps the rule and sentence that made it a person
 * and gave it a side; one the text gives no side gets a default here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actor-cyr.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/actor-locals.h"
#include "analysis/actor-tokens.h"
#include "base/strmap.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* The rule for a relative of a person in the article ("Grace Mugabe"). */
const char actor_locals_relative_rule[] =
    "the surname of a person in the article";

/* Register the surname (last word) of a person for later short forms. */
void
actor_locals_surname(struct ax *x, struct item *it, int value)
{
	struct tok	*t = &x->toks[it->t1 - 1];
	int		*slot, added;

	if (it->t1 - it->t0 < 2 || t->type != TOK_WORD)
		return;
	*strmap_put(&x->surnames, TOKF(x, t), t->flen, NULL) = value;
	/* A dictionary person's Cyrillic surname also finds a name of
	   unknown form with it, in any case ("Андрей Костин", then
	   "Костина Андрея Леонидовича"); the first person of a surname
	   keeps it. */
	if (value <= -2 && t->cyr && t->cap) {
		actor_cyr_surname_key(x, (uint32_t)(it->t1 - 1), &x->key);
		slot = strmap_put(&x->fullnames, x->key.data, x->key.len,
		    &added);
		if (added)
			*slot = value;
	}
}

/* Set b to the key of NAME item it in the name tables. */
static void
local_key(struct ax *x, struct item *it, struct buf *b)
{
	if (it->cyr)
		actor_cyr_key(x, it, b);
	else
		actor_items_key(x, it, b);
}

/*
 * When Cyrillic item it has the surname of a dictionary person whose
 * given name it cannot be ("Джилл Байден" beside Joe Biden), make x->key
 * its own: the surname's and the given name's ("Джилл").
 */
static void
other_of_surname(struct ax *x, struct item *it)
{
	int		*slot;
	struct tok	*g;
	uint32_t	 ini;

	if (!it->cyr || it->sur < 0 || (slot = strmap_get(&x->fullnames,
	    x->key.data, x->key.len)) == NULL)
		return;
	ini = actor_cyr_initial(x, it);
	/* "Е.Труфанова" beside "Александр Труфанов": another's initial */
	if (*slot >= 0 && ini != 0 && x->locals[*slot].initial != 0 &&
	    ini != x->locals[*slot].initial) {
		buf_addc(&x->key, '\001');
		buf_add(&x->key, (char[2]){ (char)(ini >> 8), (char)ini }, 2);
		return;
	}
	if (*slot > -2 || it->giv < 0 ||
	    actor_cyr_given_fits(x, (size_t)(-2 - *slot), (uint32_t)it->giv))
		return;
	g = &x->toks[it->giv];
	buf_addc(&x->key, '\001');
	buf_add(&x->key, TOKF(x, g), g->flen);
}

/* A Cyrillic name's given name and patronymic also find local l. */
static void
cyr_alt_add(struct ax *x, struct item *it, int l)
{
	int	*slot, added;

	if (!actor_cyr_alt_key(x, it, &x->fold2))
		return;
	slot = strmap_put(&x->fullnames, x->fold2.data, x->fold2.len,
	    &added);
	if (added)
		*slot = l;
}

/* The text of item it, as written, with a foreign given name before a
   Cyrillic surname. */
static char *
item_text(struct ax *x, const struct item *it)
{
	uint32_t	start = it->cyr ? actor_cyr_name_start(x, it) :
			    ITOK(x, it)->start;

	return xstrndup(x->a->text + start, x->toks[it->t1 - 1].end - start);
}

/* A new local person from NAME item k. */
int
actor_locals_add(struct ax *x, size_t k, enum actor_kind kind, const char *rule,
    enum side side, const char *side_rule)
{
	struct item	*it = &x->items[k];
	struct local	*l;
	int		*slot, added;

	local_key(x, it, &x->key);
	other_of_surname(x, it);
	slot = strmap_put(&x->fullnames, x->key.data, x->key.len, &added);
	if (!added && *slot < 0)
		return *slot;		/* a dictionary person's long form */
	if (!added) {
		l = &x->locals[*slot];
		if (it->cyr) {
			if (!actor_cyr_same_gender(l->gender, it->gender))
				return *slot;	/* another of the name */
			l->gender &= it->gender;
			if (l->initial == 0)
				l->initial = actor_cyr_initial(x, it);
			/* named first in an oblique case ("встреча с
			   Игорем Кобзевым"), later in the nominative */
			if (!l->nominative && actor_cyr_nominative(x, it)) {
				free(l->name);
				l->name = item_text(x, it);
				l->nominative = 1;
			}
			cyr_alt_add(x, it, *slot);
		}
		if (l->side == SIDE_NONE && side != SIDE_NONE) {
			l->side = side;
			l->side_rule = side_rule;
			l->side_sent = it->sent;
		}
		return *slot;
	}
	x->locals = xgrow(x->locals, &x->locals_alloc, x->nlocals + 1,
	    sizeof *x->locals);
	l = &x->locals[x->nlocals];
	memset(l, 0, sizeof *l);
	l->name = item_text(x, it);
	l->nominative = (uint8_t)actor_cyr_nominative(x, it);
	l->key = xstrndup(x->key.data, x->key.len);
	l->side = side;
	l->side_rule = side != SIDE_NONE ? side_rule : NULL;
	l->side_sent = it->sent;
	l->kind = kind;
	l->kind_rule = rule;
	l->kind_sent = it->sent;
	l->id = -1;
	l->gender = it->gender;
	l->initial = actor_cyr_initial(x, it);
	*slot = (int)x->nlocals;
	if (it->cyr)
		cyr_alt_add(x, it, (int)x->nlocals);
	/* A relative does not take the surname from its first bearer. */
	else if (kind == ACTOR_PERSON && rule != actor_locals_relative_rule)
		actor_locals_surname(x, it, (int)x->nlocals);
	return (int)x->nlocals++;
}

/* Local l found for Cyrillic item it: l, or -1 when their genders
   differ; a surname alone or given name and patronymic is partial. */
static int
cyr_found(struct ax *x, struct item *it, int l, unsigned *flags)
{
	if (l >= 0 && !actor_cyr_same_gender(x->locals[l].gender, it->gender))
		return -1;
	if (it->cyr == CYR_WORD || it->sur < 0)
		*flags |= MENTION_PARTIAL;
	return l;
}

/* Look a NAME up among the persons already found: full name, surname. */
int
actor_locals_find(struct ax *x, struct item *it, unsigned *flags)
{
	int	*slot;

	local_key(x, it, &x->key);
	other_of_surname(x, it);
	if ((slot = strmap_get(&x->fullnames, x->key.data,
	    x->key.len)) != NULL && it->cyr)
		return cyr_found(x, it, *slot, flags);
	if (slot != NULL)
		return *slot;
	if (it->cyr)
		return -1;
	if (it->t1 - it->t0 == 1 && (slot = strmap_get(&x->surnames,
	    x->key.data, x->key.len)) != NULL) {
		*flags |= MENTION_PARTIAL;
		return *slot;
	}
	return -1;
}

/* The side with more than half of count[], or SIDE_NONE. */
static enum side
majority_side(const size_t *count)
{
	size_t	total = 0;
	int	s, best = SIDE_NONE;

	for (s = 1; s < SIDE_COUNT; s++) {
		total += count[s];
		if (count[s] > count[best])
			best = s;
	}
	return count[best] * 2 > total ? (enum side)best : SIDE_NONE;
}

/* 1 when item k lies in the article's title. */
static int
in_title(const struct ax *x, size_t k)
{
	const struct tok	*t = ITOK(x, &x->items[k]);

	return x->a->title_end > x->a->title_start &&
	    t->start >= x->a->title_start && t->end <= x->a->title_end;
}

/*
 * The article's host: the side of more than half the mentions of known
 * people (the president whose office publishes it, the host of a
 * transcript); else the side of the known people its title names, when
 * they are all of one side ("... - address by President Volodymyr
 * Zelenskyy", whose body names three people of three sides and Russia
 * more often than Ukraine); else of more than half the mentions of
 * states; SIDE_NONE when no side holds a majority (a digest of many
 * stories).  A Kremlin transcript about Ukraine is Russia's, however
 * often it names Ukraine.  *titled is set when the title decided.
 */
static enum side
main_side(struct ax *x, int *titled_host)
{
	const struct dict_entry	*e;
	size_t			 k, people[SIDE_COUNT] = { 0 },
				 states[SIDE_COUNT] = { 0 };
	enum side		 best, titled = SIDE_NONE;
	int			 mixed = 0;

	for (k = 0; k < x->nitems; k++) {
		if (x->items[k].type != IT_ACTOR || x->items[k].entry < 0)
			continue;
		e = dict_entry(x->d, (size_t)x->items[k].entry);
		if (e->side == SIDE_NONE)
			continue;
		if (e->kind == ACTOR_PERSON) {
			people[e->side]++;
			if (in_title(x, k)) {
				mixed |= titled != SIDE_NONE &&
				    titled != e->side;
				titled = e->side;
			}
		} else if (e->kind == ACTOR_STATE)
			states[e->side]++;
	}
	*titled_host = 0;
	if ((best = majority_side(people)) != SIDE_NONE)
		return best;
	if (titled != SIDE_NONE && !mixed) {
		*titled_host = 1;
		return titled;
	}
	return majority_side(states);
}

/* The person whose surname relative l shares, when found in the text. */
static struct local *
relative_owner(struct ax *x, struct local *l)
{
	const char	*sp = strrchr(l->key, ' ');
	int		*slot;

	if (sp == NULL)
		return NULL;
	sp++;
	slot = strmap_get(&x->surnames, sp, strlen(sp));
	if (slot == NULL || *slot < 0 || &x->locals[*slot] == l)
		return NULL;
	return &x->locals[*slot];
}

/* 1 when sentence i of the article is Ukrainian by its letters, in an
   article in Ukrainian. */
static int
ukrainian_sentence(const struct ax *x, uint32_t i)
{
	const struct sentence	*se;
	const char		*lang;

	if (x->a->language == NULL || strncmp(x->a->language, "uk", 2) != 0 ||
	    i >= x->a->nsents)
		return 0;
	se = &x->a->sents[i];
	lang = article_cyrillic_language(x->a->text + se->start,
	    se->end - se->start);
	return lang != NULL && strcmp(lang, "uk") == 0;
}

/* 1 when speaker label l, in Cyrillic, names one of the people of a
   Russian or Ukrainian host its text's title does not alone give: the
   governors and workers of a Kremlin meeting ("А.Сорокина:").  The
   foreign guests of a forum an English transcript labels are not, and
   journalists keep "Вопрос:". */
static int
host_speaker(const struct local *l, enum side host, int titled)
{
	return !titled && (host == SIDE_RUS || host == SIDE_UKR) &&
	    actor_tokens_cyrillic_at(l->name, strlen(l->name));
}

/*
 * Persons whose side the text does not give: an office holder (found
 * through a title) is taken to serve the state the article is mostly
 * about; anyone else is OTH, as CAMEO does.
 */
void
actor_locals_default_sides(struct ax *x)
{
	struct local	*l, *owner;
	int		 titled;
	enum side	 side = main_side(x, &titled);
	size_t		 i;

	for (i = 0; i < x->nlocals; i++) {
		l = &x->locals[i];
		if (l->side != SIDE_NONE)
			continue;
		if (side != SIDE_NONE && strstr(l->kind_rule, "title") != NULL) {
			l->side = side;
			l->side_rule = "a title without a state: the article's "
			    "host (the side of most of its known people)";
		} else if (l->kind_rule == actor_locals_relative_rule &&
		    (owner = relative_owner(x, l)) != NULL &&
		    owner->side != SIDE_NONE) {
			l->side = owner->side;
			l->side_rule = "the side of a relative in the article";
		} else if (side != SIDE_NONE && l->kind == ACTOR_ORG &&
		    strstr(l->kind_rule, "generic") != NULL) {
			l->side = side;
			l->side_rule = "a generic institution: the article's "
			    "host (the side of most of its known people)";
		} else if (l->kind == ACTOR_PERSON &&
		    strcmp(l->kind_rule, "speaker label") == 0 &&
		    !host_speaker(l, side, titled)) {
			/* a journalist or a guest: nothing says whose */
			l->side = SIDE_OTH;
			l->side_rule = "a speaker without a state or title: no "
			    "side in the text (OTH)";
		} else if (strstr(l->kind_rule, "apposition") != NULL ||
		    strstr(l->kind_rule, "descriptive") != NULL) {
			l->side = side != SIDE_NONE ? side : SIDE_OTH;
			l->side_rule = "an apposition without a state: the "
			    "article's host (the side of most of its known "
			    "people)";
		} else if (l->kind == ACTOR_PERSON &&
		    actor_cyr_shaped_rule(l->kind_rule) &&
		    ukrainian_sentence(x, l->kind_sent)) {
			/* Ukrainian is the language of Ukrainians: whoever
			   bears a Slavic name in a Ukrainian sentence is
			   one (the soldiers an address decorates, whatever
			   the host the text's known people give) */
			l->side = SIDE_UKR;
			l->side_rule = "a Russian or Ukrainian name in a "
			    "Ukrainian sentence: Ukrainian";
		} else if (l->kind == ACTOR_PERSON && !titled &&
		    (side == SIDE_RUS || side == SIDE_UKR) &&
		    !actor_cyr_foreign_rule(l->kind_rule)) {
			/* the officials, soldiers and laureates a Kremlin
			   transcript or a Kyiv release names unannounced
			   are its own; not in an address whose host only
			   its title names: the foreign guests it thanks by
			   name are named so too; nor a foreigner's given
			   name ("Бриджит"), which says whose the person is
			   not */
			l->side = side;
			l->side_rule = "a person the text gives no side, in a "
			    "Russian or Ukrainian host's text: the host's";
		} else {
			l->side = SIDE_OTH;
			l->side_rule = "no side in the text: everyone else (OTH)";
		}
		l->side_sent = l->kind_sent;
	}
}

/*
 * A longer form of a person's name already known, with the same first
 * and last words ("Robert Gabriel Mugabe" after "Robert Mugabe"): noted
 * as that person's full name.  Returns 1 when it is one.
 */
int
actor_locals_variant(struct ax *x, struct item *it)
{
	struct tok	*first = &x->toks[it->t0], *last = &x->toks[it->t1 - 1];
	const char	*name;
	size_t		 n;
	int		*slot, v;

	if (it->t1 - it->t0 < 3 || last->type != TOK_WORD || it->cyr)
		return 0;
	slot = strmap_get(&x->surnames, TOKF(x, last), last->flen);
	if (slot == NULL)
		return 0;
	v = *slot;
	buf_reset(&x->fold2);
	if (v <= -2)
		name = dict_entry(x->d, (size_t)(-2 - v))->name;
	else
		name = x->locals[v].name;
	dict_fold(&x->fold2, name, strlen(name));
	n = strcspn(x->fold2.data, " ");
	if (n != first->flen || memcmp(x->fold2.data, TOKF(x, first), n) != 0)
		return 0;
	actor_items_key(x, it, &x->key);
	slot = strmap_put(&x->fullnames, x->key.data, x->key.len, NULL);
	*slot = v;
	return 1;
}

/* Free the locals and the name tables of the window. */
void
actor_locals_release(struct ax *x)
{
	size_t	i;

	for (i = 0; i < x->nlocals; i++) {
		free(x->locals[i].name);
		free(x->locals[i].key);
	}
	free(x->locals);
	x->locals = NULL;
	x->nlocals = x->locals_alloc = 0;
	strmap_release(&x->surnames);
	strmap_release(&x->fullnames);
}
