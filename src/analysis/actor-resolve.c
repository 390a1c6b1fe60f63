/*
 * actor-resolve: the third step of extraction, items made into actors
 * and mentions of the set.
 *
 * Two passes over the items of a window.  The first chooses the entry of
 * every dictionary match and establishes the persons and organisations
 * the dictionary does not know, full names before short ones, so that a
 * surname seen before its full name still finds its person.  The second
 * adds, in text order, a mention for every match, every name of a person
 * found, and every title that names one office holder at the article's
 * date ("the President of Russia"), with the aliases, titles and
 * descriptive sentences seen on the way.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "analysis/actor-evidence.h"
#include "analysis/actor-internal.h"
#include "analysis/actor-items.h"
#include "analysis/actor-locals.h"
#include "base/strmap.h"
#include "analysis/actor-resolve.h"
#include "analysis/actor-set.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* The actor of dictionary entry e. */
static int
set_entry_actor(struct ax *x, int e)
{
	const struct dict_entry	*de = dict_entry(x->d, (size_t)e);
	const struct dict_role	*r;
	struct actor		*ac;
	char			 key[32];
	int			 id, n;

	n = snprintf(key, sizeof key, "\001%d", e);
	id = actor_set_add(x->set, key, (size_t)n, de->name, de->kind, de->side,
	    e);
	ac = &x->set->actors[id];
	if (ac->side_why.rule == NULL) {
		ac->side_why.rule = "dictionary";
		ac->side_why.file = de->file;
		ac->side_why.line = de->line;
		ac->kind_why = ac->side_why;
		r = dict_role_at(x->d, (size_t)e, x->a->date);
		if (r != NULL && r->side != SIDE_NONE) {
			ac->side = r->side;
			ac->side_why.rule = "dictionary role at the article's date";
		}
	}
	return id;
}

/* Set w to rule, decided by sentence sent of the article. */
static void
set_why(struct actor_why *w, const char *rule, struct ax *x, uint32_t sent)
{
	w->rule = rule;
	w->file = NULL;
	w->line = 0;
	w->article = (int32_t)x->a->index;
	w->start = x->a->sents[sent].start;
	w->end = x->a->sents[sent].end;
}

/* The set actor of local person l. */
static int
set_local_actor(struct ax *x, struct local *l)
{
	struct actor	*ac;

	if (l->id >= 0)
		return l->id;
	l->id = actor_set_add(x->set, l->key, strlen(l->key), l->name,
	    l->kind, l->side, -1);
	ac = &x->set->actors[l->id];
	if (ac->kind_why.rule == NULL)
		set_why(&ac->kind_why, l->kind_rule, x, l->kind_sent);
	if (ac->side == SIDE_NONE && l->side != SIDE_NONE)
		ac->side = l->side;
	if (ac->side_why.rule == NULL || (ac->side_why.file == NULL &&
	    l->side_rule != NULL && ac->side == l->side)) {
		if (l->side_rule != NULL)
			set_why(&ac->side_why, l->side_rule, x, l->side_sent);
		else if (ac->side_why.rule == NULL)
			ac->side_why.rule = "no side found in the text";
	}
	return l->id;
}

/*
 * An organisation from NAME item k; an acronym or other name in brackets
 * just after it ("HDT Védelmi Ipari Kft. (HDT Limited)") is the same one.
 */
static void
org_add(struct ax *x, size_t k)
{
	struct item	*it = &x->items[k], *in;
	int		 l, *slot, added;

	l = actor_locals_add(x, k, ACTOR_ORG, it->generic ? "a generic "
	    "institution's name" : "an organisation word ends the name",
	    (enum side)it->oside, "a demonym in the organisation's name");
	if (k + 1 < x->nitems && actor_items_punct(x, &x->items[k + 1], '.'))
		k++;
	if (k + 3 >= x->nitems ||
	    !actor_items_punct(x, &x->items[k + 1], '(') ||
	    !actor_items_punct(x, &x->items[k + 3], ')'))
		return;
	in = &x->items[k + 2];
	if (in->type != IT_NAME && !(in->type == IT_WORD &&
	    ITOK(x, in)->allcaps))
		return;
	in->type = IT_NAME;
	in->org = 0;
	actor_items_key(x, in, &x->key);
	slot = strmap_put(&x->fullnames, x->key.data, x->key.len, &added);
	*slot = l;
}

/*
 * A demonym just before a name, where the two together are a person found
 * elsewhere in the article ("of Sberbank German Gref" after "German Gref:
 * ..."): the demonym is the person's given name.
 */
static void
demonym_names(struct ax *x)
{
	struct item	*it, *nx;
	size_t		 k;
	int		*slot;

	for (k = 0; k + 1 < x->nitems; k++) {
		it = &x->items[k];
		nx = &x->items[k + 1];
		if (it->type != IT_ACTOR || it->t1 - it->t0 != 1 ||
		    it->m == NULL || !actor_items_demonym_only(x, it->m) ||
		    nx->type != IT_NAME || nx->org || nx->t0 != it->t1 ||
		    nx->sent != it->sent)
			continue;
		buf_reset(&x->key);
		buf_add(&x->key, TOKF(x, ITOK(x, it)), ITOK(x, it)->flen);
		buf_addc(&x->key, ' ');
		actor_items_key(x, nx, &x->fold2);
		buf_add(&x->key, x->fold2.data, x->fold2.len);
		slot = strmap_get(&x->fullnames, x->key.data, x->key.len);
		if (slot == NULL || *slot < 0 ||
		    x->locals[*slot].kind != ACTOR_PERSON)
			continue;
		it->type = IT_NAME;
		it->t1 = nx->t1;
		it->entry = -1;
		it->m = NULL;
		nx->type = IT_WORD;
		nx->t1 = nx->t0 + 1;
	}
}

/* First pass over the items: entries, and persons the rules establish. */
void
actor_resolve_first(struct ax *x)
{
	struct item		*it;
	const struct dict_entry	*e;
	const char		*rule;
	enum side		 side;
	size_t			 k;
	unsigned		 flags = 0;

	/* Dictionary persons first, so that a full name written before the
	   dictionary's form of it ("Костин Андрей Леонидович ... Андрей
	   Костин") finds its person by the surname. */
	for (k = 0; k < x->nitems; k++) {
		it = &x->items[k];
		if (it->type != IT_ACTOR)
			continue;
		actor_evidence_entry(x, k);
		e = dict_entry(x->d, (size_t)it->entry);
		if (e != NULL && e->kind == ACTOR_PERSON)
			actor_locals_surname(x, it, -2 - it->entry);
	}
	/* Then full names, so that a surname seen before its full name
	   ("Mr Chikhanchin ... Yury Chikhanchin:") finds its person. */
	for (k = 0; k < x->nitems; k++) {
		it = &x->items[k];
		if (it->type != IT_NAME)
			continue;
		if (it->org) {
			org_add(x, k);
			continue;
		}
		if (it->t1 - it->t0 == 1)
			continue;
		if (it->entry < 0 && actor_locals_variant(x, it))
			continue;
		if ((rule = actor_evidence_person(x, k, &side)) != NULL)
			actor_locals_add(x, k, ACTOR_PERSON, rule, side, rule);
	}
	demonym_names(x);
	for (k = 0; k < x->nitems; k++) {
		it = &x->items[k];
		if (it->type != IT_NAME || it->org || it->t1 - it->t0 != 1)
			continue;
		if ((rule = actor_evidence_person(x, k, &side)) == NULL)
			continue;
		if (actor_locals_find(x, it, &flags) != -1)
			continue;
		actor_locals_add(x, k, ACTOR_PERSON, rule, side, rule);
	}
}

/* Record the title phrase just before item k for actor id. */
static void
note_title(struct ax *x, size_t k, int id)
{
	struct actor	*ac = &x->set->actors[id];
	struct item	*t;
	size_t		 start, end;

	if (k == 0 || x->items[k - 1].sent != x->items[k].sent ||
	    x->items[k - 1].type != IT_TITLE)
		return;
	t = &x->items[k - 1];
	start = ITOK(x, t)->start;
	end = x->toks[t->t1 - 1].end;
	actor_set_strlist_add(&ac->titles, &ac->ntitles, x->a->text + start,
	    end - start);
}

/* Note the text of a mention as an alias of its actor. */
static void
note_alias(struct ax *x, struct item *it, int id)
{
	struct actor	*ac = &x->set->actors[id];
	struct buf	*b = &x->key;
	uint32_t	 i;
	struct tok	*t;

	buf_reset(b);
	for (i = it->t0; i < it->t1; i++) {
		t = &x->toks[i];
		if (t->type == TOK_POSS && i + 1 == it->t1)
			break;
		if (i > it->t0 && t->gap)
			buf_addc(b, ' ');
		buf_add(b, x->a->text + t->start, t->end - t->start);
	}
	if (strlen(ac->name) == b->len && strncasecmp(ac->name, b->data,
	    b->len) == 0)
		return;
	actor_set_strlist_add(&ac->aliases, &ac->naliases, b->data, b->len);
}

/* A sentence "X is a ..." describes its first actor. */
static void
note_desc(struct ax *x, size_t k, int id)
{
	struct actor	*ac = &x->set->actors[id];
	struct sentence	*s;
	struct item	*it = &x->items[k];

	if (!actor_items_initial(x, k) || k + 2 >= x->nitems)
		return;
	if (!actor_items_word(x, &x->items[k + 1], "is") &&
	    !actor_items_word(x, &x->items[k + 1], "was"))
		return;
	if (!actor_items_word(x, &x->items[k + 2], "a") &&
	    !actor_items_word(x, &x->items[k + 2], "an") &&
	    !actor_items_word(x, &x->items[k + 2], "the"))
		return;
	if (ac->ndescs >= ACTORS_MAX_DESCS)
		return;
	s = &x->a->sents[it->sent];
	ac->descs = xreallocarray(ac->descs, ac->ndescs + 1,
	    sizeof *ac->descs);
	ac->descs[ac->ndescs].article = x->a->index;
	ac->descs[ac->ndescs].start = s->start;
	ac->descs[ac->ndescs].end = s->end;
	ac->ndescs++;
}

/* Words before a title that make it someone else's ("former"). */
static const char *office_before[] = { "former", "ex", "late", "then",
	"next", "future", "previous", "new", "incoming", "outgoing", NULL };

/* 1 when the folded role title b is the office in key ("president of
   russia", also as "president of the russia..." is not), where the
   title is key[0..tlen) and the rest " of STATE". */
static int
office_match(const struct buf *b, const struct buf *key, size_t tlen)
{
	size_t	rest = key->len - tlen;

	if (b->len == key->len && memcmp(b->data, key->data, key->len) == 0)
		return 1;
	/* "president of the united states" for "... of united states" */
	return b->len == key->len + 4 && memcmp(b->data, key->data,
	    tlen + 4) == 0 && memcmp(b->data + tlen + 4, "the ", 4) == 0 &&
	    memcmp(b->data + tlen + 8, key->data + tlen + 4, rest - 4) == 0;
}

/* Add one mention of actor id for item it. */
static void
add_mention(struct ax *x, size_t k, int id, enum actor_kind kind,
    unsigned flags)
{
	struct actor_set	*set = x->set;
	struct actor_mention	*mn;
	struct actor		*ac = &set->actors[id];
	struct item		*it = &x->items[k];
	struct tok		*last = &x->toks[it->t1 - 1];
	struct block		*b;

	if (last->type == TOK_POSS && it->t1 - it->t0 > 1)
		last--;
	b = &x->a->blocks[x->a->sents[it->sent].block];
	if (b->kind != BLOCK_PARAGRAPH)
		flags |= MENTION_HEADING;
	if (k > 0 && x->items[k - 1].type == IT_TITLE &&
	    x->items[k - 1].sent == it->sent)
		flags |= MENTION_TITLED;
	set->mentions = xgrow(set->mentions, &set->mentions_alloc,
	    set->nmentions + 1, sizeof *set->mentions);
	mn = &set->mentions[set->nmentions++];
	mn->article = x->a->index;
	mn->start = ITOK(x, it)->start;
	mn->end = last->end;
	mn->sentence = it->sent;
	mn->actor = (uint32_t)id;
	mn->kind = kind;
	mn->flags = flags;
	ac->mentions++;
	if (ac->narticles == 0 || ac->articles[ac->narticles - 1] !=
	    x->a->index) {
		ac->articles = xreallocarray(ac->articles, ac->narticles + 1,
		    sizeof *ac->articles);
		ac->articles[ac->narticles++] = x->a->index;
	}
	note_alias(x, x->alias_it != NULL ? x->alias_it : it, id);
	if (kind == ACTOR_PERSON)
		note_title(x, k, id);
	note_desc(x, k, id);
}

/* 1 when role r is held at date (YYYY-MM-DD). */
static int
role_held(const struct dict_role *r, const char *date)
{
	if (r->from[0] != '\0' && strcmp(date, r->from) < 0)
		return 0;
	return r->to[0] == '\0' || strcmp(date, r->to) < 0;
}

/*
 * The dictionary person who holds the office named by the title at item k
 * at the article's date, when the title names no one ("the Ukrainian
 * President", "the President of Russia said"): the state comes from a
 * demonym or state just before the title or "of (the) STATE" after it,
 * and the office must be a role of exactly one person then.  Returns the
 * entry, or -1; the phrase's tokens go to *t0, *t1.
 */
static int
office_holder(struct ax *x, size_t k, uint32_t *t0, uint32_t *t1)
{
	struct item		*it = &x->items[k], *st = NULL, *nx;
	const struct dict_entry	*e, *se;
	const struct dict_role	*r;
	struct buf		*b = &x->fold2;
	size_t			 i, j, tlen;
	int			 found = -1, side_only;

	if (x->a->date[0] == '\0')
		return -1;
	nx = k + 1 < x->nitems && x->items[k + 1].sent == it->sent ?
	    &x->items[k + 1] : NULL;
	*t0 = it->t0;
	*t1 = it->t1;
	if (k > 0 && x->items[k - 1].sent == it->sent &&
	    x->items[k - 1].type == IT_ACTOR && x->items[k - 1].t1 == it->t0) {
		st = &x->items[k - 1];
		*t0 = st->t0;
		if (k > 1 && x->items[k - 2].sent == it->sent &&
		    (actor_items_in(x, &x->items[k - 2], office_before)))
			return -1;
	} else if (nx != NULL && actor_items_word(x, nx, "of")) {
		j = k + 2;
		if (j < x->nitems && actor_items_word(x, &x->items[j], "the"))
			j++;
		if (j < x->nitems && x->items[j].sent == it->sent &&
		    x->items[j].type == IT_ACTOR && x->items[j].m != NULL &&
		    x->items[j].m->type != DICT_DEMONYM &&
		    !(j + 1 < x->nitems && x->items[j + 1].sent == it->sent &&
		    x->items[j + 1].t0 == x->items[j].t1 &&
		    ITOK(x, &x->items[j + 1])->cap)) {
			st = &x->items[j];
			*t1 = st->t1;
			nx = j + 1 < x->nitems && x->items[j + 1].sent ==
			    it->sent ? &x->items[j + 1] : NULL;
		}
	}
	if (st == NULL || st->entry < 0)
		return -1;
	if (k > 0 && x->items[k - 1].sent == it->sent &&
	    actor_items_in(x, &x->items[k - 1], office_before))
		return -1;
	/* A name follows: the title is that person's. */
	if (nx != NULL && (nx->type == IT_NAME || (nx->type == IT_ACTOR &&
	    nx->entry >= 0 && dict_entry(x->d, (size_t)nx->entry)->kind ==
	    ACTOR_PERSON)))
		return -1;
	se = dict_entry(x->d, (size_t)st->entry);
	if (se->kind == ACTOR_PERSON || se->kind == ACTOR_PLACE)
		return -1;
	side_only = se->kind == ACTOR_STATE && (se->side == SIDE_USA ||
	    se->side == SIDE_RUS || se->side == SIDE_UKR);
	actor_items_key(x, it, &x->key);
	tlen = x->key.len;
	buf_adds(&x->key, " of ");
	dict_fold(&x->key, se->name, strlen(se->name));
	for (i = 0; i < dict_count(x->d); i++) {
		e = dict_entry(x->d, i);
		if (e->kind != ACTOR_PERSON || e->nroles == 0)
			continue;
		for (j = 0; j < e->nroles; j++) {
			r = &e->roles[j];
			if (!role_held(r, x->a->date))
				continue;
			buf_reset(b);
			dict_fold(b, r->title, strlen(r->title));
			if (!office_match(b, &x->key, tlen) && !(side_only &&
			    b->len == tlen && memcmp(b->data, x->key.data,
			    tlen) == 0 && (r->side != SIDE_NONE ? r->side :
			    e->side) == se->side))
				continue;
			if (found >= 0 && found != (int)i)
				return -1;
			found = (int)i;
		}
	}
	return found;
}

/* 1 when an actor named name (the object of a role: "Netherlands",
   "European Council") has a mention in this article so far. */
static int
article_names(struct ax *x, const char *name, size_t len)
{
	const struct actor_set	*set = x->set;
	const char		*an;
	size_t			 i;

	for (i = set->nmentions; i-- > 0 &&
	    set->mentions[i].article == x->a->index;) {
		an = set->actors[set->mentions[i].actor].name;
		if (strlen(an) == len && strncasecmp(an, name, len) == 0)
			return 1;
	}
	return 0;
}

/* 1 when dictionary person e holds, at the article's date (at any time
   when it has none), a role "... of X" whose X this article names
   ("Prime Minister of the Netherlands": the Netherlands). */
static int
role_place_named(struct ax *x, const struct dict_entry *e)
{
	const char	*of;
	size_t		 j;

	for (j = 0; j < e->nroles; j++) {
		if (x->a->date[0] != '\0' && !role_held(&e->roles[j],
		    x->a->date))
			continue;
		if ((of = strstr(e->roles[j].title, " of ")) == NULL)
			continue;
		of += 4;
		if (strncmp(of, "the ", 4) == 0)
			of += 4;
		if (article_names(x, of, strlen(of)))
			return 1;
	}
	return 0;
}

/* 1 when dictionary person e has a Cyrillic name whose given name is
   the one of stem canon ("Джастін Трюдо" for "Джастіне"). */
static int
entry_given_is(struct ax *x, const struct dict_entry *e, const char *canon)
{
	const char	*sp, *ac;
	size_t		 i;

	for (i = 0; i < e->naliases; i++) {
		if ((sp = strchr(e->aliases[i], ' ')) == NULL)
			continue;
		buf_reset(&x->fold2);
		dict_fold(&x->fold2, e->aliases[i], (size_t)(sp -
		    e->aliases[i]));
		ac = NULL;
		if ((dict_name_word(x->d, x->fold2.data, x->fold2.len, &ac) &
		    DICT_NAME_GIVEN) && ac != NULL && strcmp(ac, canon) == 0)
			return 1;
	}
	return 0;
}

/* 1 when token t, a Ukrainian given name, is in the vocative: "Вікторе",
   "Марку", "Шарлю". */
static int
ukrainian_vocative(struct ax *x, struct tok *t, const char *canon)
{
	static const char *ends[] = { "е", "є", "у", "ю", NULL };
	const char	*w = TOKF(x, t);
	size_t		 i, n;

	if (x->a->language == NULL || strncmp(x->a->language, "uk", 2) != 0 ||
	    (strlen(canon) == t->flen && memcmp(canon, w, t->flen) == 0))
		return 0;
	for (i = 0; ends[i] != NULL; i++) {
		n = strlen(ends[i]);
		if (t->flen > n && memcmp(w + t->flen - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * A given name alone, as a Ukrainian speech addresses a foreign leader
 * ("Дорогий Джастіне!", "Вікторе, ..."), in the vocative: the one
 * dictionary person of that given name, not Ukraine's, whose office's
 * state or body the article names.  Returns the entry, or -1.
 */
static int
lone_given_person(struct ax *x, size_t k)
{
	struct item		*it = &x->items[k];
	struct tok		*t = ITOK(x, it), *nt;
	const struct dict_entry	*e;
	const char		*canon = NULL;
	size_t			 i;
	int			 found = -1;

	if (it->type != IT_WORD || t->type != TOK_WORD || !t->cyr ||
	    !t->cap || t->allcaps || !(dict_name_word(x->d, TOKF(x, t),
	    t->flen, &canon) & DICT_NAME_GIVEN) || canon == NULL ||
	    !ukrainian_vocative(x, t, canon))
		return -1;
	nt = it->t0 + 1 < x->ntoks ? &x->toks[it->t0 + 1] : NULL;
	if (nt != NULL && nt->type == TOK_WORD && nt->cap)
		return -1;
	for (i = 0; i < dict_count(x->d); i++) {
		e = dict_entry(x->d, i);
		if (e->kind != ACTOR_PERSON || e->nroles == 0 ||
		    e->side == SIDE_UKR || !entry_given_is(x, e, canon) ||
		    !role_place_named(x, e))
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/* The person a NAME item refers to: a set id, or -1. */
static int
name_actor(struct ax *x, struct item *it, unsigned *flags)
{
	int	l;

	if ((l = actor_locals_find(x, it, flags)) == -1)
		return -1;
	if (l <= -2)
		return set_entry_actor(x, -2 - l);
	return set_local_actor(x, &x->locals[l]);
}

/* Second pass: every mention, in text order. */
void
actor_resolve_mentions(struct ax *x)
{
	struct item		*it, phrase;
	const struct dict_entry	*e;
	enum actor_kind		 kind;
	size_t			 k;
	unsigned		 flags;
	uint32_t		 p0, p1;
	int			 id, e2;

	for (k = 0; k < x->nitems; k++) {
		it = &x->items[k];
		flags = 0;
		if (it->type == IT_ACTOR && it->entry >= 0) {
			e = dict_entry(x->d, (size_t)it->entry);
			id = set_entry_actor(x, it->entry);
			kind = e->kind;
			if (x->items[k].flags & MENTION_METONYM)
				kind = ACTOR_STATE;
			add_mention(x, k, id, kind, it->flags);
		} else if (it->type == IT_NAME &&
		    (id = name_actor(x, it, &flags)) >= 0)
			add_mention(x, k, id, x->set->actors[id].kind, flags);
		else if (it->type == IT_TITLE &&
		    (e2 = office_holder(x, k, &p0, &p1)) >= 0) {
			/* The mention is the title; the alias the phrase. */
			phrase = *it;
			phrase.t0 = p0;
			phrase.t1 = p1;
			x->alias_it = &phrase;
			id = set_entry_actor(x, e2);
			add_mention(x, k, id, ACTOR_PERSON, MENTION_TITLED |
			    MENTION_PARTIAL);
			x->alias_it = NULL;
		}
	}
	/* then lone given names, once the article's states are known */
	for (k = 0; k < x->nitems; k++) {
		if ((e2 = lone_given_person(x, k)) >= 0)
			add_mention(x, k, set_entry_actor(x, e2), ACTOR_PERSON,
			    MENTION_PARTIAL);
	}
}
