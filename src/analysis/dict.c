/*
 * dict: the actor dictionaries.
 *
 * Loading happens in two steps.  First every file is parsed into
 * d->entries (a later entry with the same canonical name replaces the
 * earlier one in place), then the lookup tables are built from the final
 * entries: d->names maps a folded name to the head of a chain of
 * struct dict_match in d->matches, d->stems the same for the stem keys of
 * Cyrillic names (every word cut to its base, stem_name_len()),
 * d->stem_first their first words, d->stem_words all their words,
 * d->first holds the first word of every phrase, d->titles, d->stops and
 * d->verbs are sets.  The words of names.dict (Russian and Ukrainian given
 * names, titles, ...) are indexed by their stems in d->nstems, a chain of
 * struct dict_nword each; its endings are lists and sets.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "analysis/dict.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/notify.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/stem.h"

enum dict_file_type {
	DICT_COUNTRIES,
	DICT_ACTORS,
	DICT_TITLES,
	DICT_STOP,
	DICT_VERBS,
	DICT_ENDINGS,
	DICT_NAMES,
	DICT_NTYPES
};

static const char *dict_file_names[DICT_NTYPES] = {
	"countries", "actors", "titles", "stop", "verbs", "endings", "names"
};

/* Classes of names.dict only the loader knows: endings. */
enum dict_name_ending {
	DICT_NAME_PATRONYMIC = 1 << 8,
	DICT_NAME_CASE = 1 << 9,
	DICT_NAME_SURNAME = 1 << 10,
};

static const struct {
	const char	*name;
	unsigned	 cls;
} dict_name_classes[] = {
	{ "male", DICT_NAME_MALE }, { "female", DICT_NAME_FEMALE },
	{ "title", DICT_NAME_TITLE }, { "place", DICT_NAME_PLACE },
	{ "verb", DICT_NAME_VERB }, { "patronymic", DICT_NAME_PATRONYMIC },
	{ "case", DICT_NAME_CASE }, { "surname", DICT_NAME_SURNAME },
	{ "foreign-male", DICT_NAME_MALE | DICT_NAME_FOREIGN },
	{ "foreign-female", DICT_NAME_FEMALE | DICT_NAME_FOREIGN },
	{ "namesake", DICT_NAME_NAMESAKE }, { "joiner", DICT_NAME_JOINER },
};

/* A word of names.dict found by its stem: a given name, title or place
   noun.  A word of the text is one of its case forms when it is the stem
   followed by the word's own tail or by a case ending. */
struct dict_nword {
	char		*canon;		/* the stem of the nominative */
	char		*tail;		/* the nominative less its stem; "" for
					   another stem (Павл) */
	unsigned	 cls;		/* enum dict_name_class */
	int		 next;		/* next word of the same stem, or -1 */
};

struct dict {
	struct dict_entry	*entries;
	size_t			 n, alloc;
	struct strmap	 byname;	/* folded canonical name -> entry */

	struct dict_match	*matches;
	size_t			 nmatches, matches_alloc;
	struct strmap	 names;		/* folded key -> first match */
	struct strmap	 stems;		/* stem key -> first match */
	struct strmap	 stem_first;	/* first words of stem keys */
	struct strmap	 stem_words;	/* every word of stem keys */
	char			**ends;		/* Ukrainian case endings */
	size_t			 nends;
	char			**folded;	/* the names stem matches
						   point at */
	size_t			 nfolded;
	struct strmap	 first;		/* folded first words */
	struct strmap	 titles;
	struct strmap	 stops;
	struct strmap	 verbs;
	size_t			 max_words;

	struct dict_nword	*nwords;	/* names.dict: stemmed words */
	size_t			 nnwords, nwords_alloc;
	struct strmap	 nstems;	/* stem -> first of its chain */
	struct strmap	 nverbs;	/* speech verbs, as written */
	struct strmap	 cases;		/* case endings */
	char			**patr;		/* patronymic endings */
	size_t			 npatr;
	char			**surs;		/* surname endings */
	size_t			 nsurs;

	char			**files;	/* file names, for entry->file */
	size_t			 nfiles;
	uint64_t		 version;
};

/* The longest line read, in bytes (without its newline); longer lines are
   reported and skipped.  The shipped files' longest line is ~400 bytes. */
#define DICT_LINE_MAX 4096

/* One line being parsed: where it is, for messages. */
struct dict_line {
	const char		*file;
	unsigned		 line;
	const struct notify	*notify;
	int			 problems;
};

static const char *side_names[SIDE_COUNT] = {
	"none", "USA", "RUS", "UKR", "EUR", "OTH"
};

static const char *kind_names[ACTOR_KIND_COUNT] = {
	"person", "state", "org", "place"
};

const char *
side_name(enum side s)
{
	if ((unsigned)s >= SIDE_COUNT)
		return "none";
	return side_names[s];
}

int
side_from_name(const char *s, enum side *out)
{
	int	i;

	if (strcmp(s, "-") == 0) {
		*out = SIDE_NONE;
		return 0;
	}
	for (i = 0; i < SIDE_COUNT; i++) {
		if (strcasecmp(s, side_names[i]) == 0) {
			*out = (enum side)i;
			return 0;
		}
	}
	return -1;
}

const char *
actor_kind_name(enum actor_kind k)
{
	if ((unsigned)k >= ACTOR_KIND_COUNT)
		return "person";
	return kind_names[k];
}

int
actor_kind_from_name(const char *s, enum actor_kind *out)
{
	int	i;

	for (i = 0; i < ACTOR_KIND_COUNT; i++) {
		if (strcasecmp(s, kind_names[i]) == 0) {
			*out = (enum actor_kind)i;
			return 0;
		}
	}
	return -1;
}

/* Fold one code point: lower case (ASCII, Latin-1, Cyrillic), quotes. */
static uint32_t
dict_fold_cp(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp < 0x80)
		return cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		cp += 80;
	if (cp == 0x451)		/* ё */
		return 0x435;
	if (cp == 0x490)		/* Ґ */
		return 0x491;
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == 0x60)
		return '\'';
	if (cp == 0x2010 || cp == 0x2011)
		return '-';
	return cp;
}

void
dict_fold(struct buf *b, const char *s, size_t len)
{
	size_t		 i = 0, n;
	uint32_t	 cp;
	char		 enc[4];
	int		 space = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i];
			n = 1;
		} else
			n = utf8_decode(s + i, len - i, &cp, NULL);
		i += n;
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0xA0 || cp == 0x202F) {
			space = 1;
			continue;
		}
		if (space && b->len > 0)
			buf_addc(b, ' ');
		space = 0;
		cp = dict_fold_cp(cp);
		if (cp < 0x80)
			buf_addc(b, (char)cp);
		else
			buf_add(b, enc, utf8_encode(cp, enc));
	}
}

/* Report a problem with the current line. */
static void
dict_problem(struct dict_line *dl, const char *what, const char *arg)
{
	dl->problems++;
	if (arg != NULL)
		notify_warn(dl->notify, "%s:%u: %s '%s'", dl->file, dl->line,
		    what, arg);
	else
		notify_warn(dl->notify, "%s:%u: %s", dl->file, dl->line, what);
}

/* Trim white space from both ends of s in place; return s. */
static char *
dict_trim(char *s)
{
	char	*e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Split line at '|' into at most max fields; return how many. */
static size_t
dict_split(char *line, char **fields, size_t max)
{
	size_t	 n = 0;
	char	*p;

	for (;;) {
		p = strchr(line, '|');
		if (p != NULL)
			*p = '\0';
		if (n < max)
			fields[n] = dict_trim(line);
		n++;
		if (p == NULL)
			break;
		line = p + 1;
	}
	return n;
}

/* Split a ';' list into a new array of strings. */
static char **
dict_list(char *s, size_t *np)
{
	char	**v = NULL, *p, *item;
	size_t	  n = 0;

	for (;;) {
		p = strchr(s, ';');
		if (p != NULL)
			*p = '\0';
		item = dict_trim(s);
		if (*item != '\0') {
			v = xreallocarray(v, n + 1, sizeof *v);
			v[n++] = xstrdup(item);
		}
		if (p == NULL)
			break;
		s = p + 1;
	}
	*np = n;
	return v;
}

static void
dict_free_list(char **v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void
dict_entry_release(struct dict_entry *e)
{
	size_t	i;

	free(e->name);
	dict_free_list(e->aliases, e->naliases);
	dict_free_list(e->demonyms, e->ndemonyms);
	for (i = 0; i < e->nroles; i++)
		free(e->roles[i].title);
	free(e->roles);
	memset(e, 0, sizeof *e);
}

/* 1 when s is YYYY-MM-DD. */
static int
dict_valid_date(const char *s)
{
	int	i;

	if (strlen(s) != 10)
		return 0;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return 0;
		} else if (s[i] < '0' || s[i] > '9')
			return 0;
	}
	return 1;
}

/* Parse "Title FROM..TO" (either date may be empty or the range absent). */
static int
dict_parse_role(struct dict_line *dl, char *s, struct dict_role *r)
{
	char	*sp, *dots, *from, *to;

	memset(r, 0, sizeof *r);
	sp = strrchr(s, ' ');
	if (sp != NULL && sp[1] == '@') {
		if (side_from_name(sp + 2, &r->side) != 0) {
			dict_problem(dl, "unknown side in role", sp + 2);
			return -1;
		}
		*sp = '\0';
		s = dict_trim(s);
		sp = strrchr(s, ' ');
	}
	dots = strstr(sp != NULL ? sp : s, "..");
	if (sp != NULL && dots != NULL) {
		*sp = '\0';
		from = sp + 1;
		*dots = '\0';
		to = dots + 2;
		if ((*from != '\0' && !dict_valid_date(from)) ||
		    (*to != '\0' && !dict_valid_date(to))) {
			dict_problem(dl, "bad date range in role", s);
			return -1;
		}
		memcpy(r->from, from, strlen(from) + 1);
		memcpy(r->to, to, strlen(to) + 1);
	}
	s = dict_trim(s);
	if (*s == '\0') {
		dict_problem(dl, "empty role", NULL);
		return -1;
	}
	r->title = xstrdup(s);
	return 0;
}

static void
dict_parse_roles(struct dict_line *dl, char *s, struct dict_entry *e)
{
	char	**v;
	size_t	  n, i;

	v = dict_list(s, &n);
	e->roles = xcalloc(n + 1, sizeof *e->roles);
	for (i = 0; i < n; i++) {
		if (dict_parse_role(dl, v[i], &e->roles[e->nroles]) == 0)
			e->nroles++;
	}
	dict_free_list(v, n);
}

/* Add (or replace by name) an entry; returns its index. */
static size_t
dict_add_entry(struct dict *d, struct dict_entry *e)
{
	struct buf	 key;
	int		*slot, added;

	buf_init(&key);
	dict_fold(&key, e->name, strlen(e->name));
	slot = strmap_put(&d->byname, key.data, key.len, &added);
	buf_release(&key);
	if (!added) {
		dict_entry_release(&d->entries[*slot]);
		d->entries[*slot] = *e;
		return (size_t)*slot;
	}
	d->entries = xgrow(d->entries, &d->alloc, d->n + 1, sizeof *d->entries);
	d->entries[d->n] = *e;
	*slot = (int)d->n;
	return d->n++;
}

static void
dict_new_entry(struct dict_entry *e, struct dict_line *dl, const char *name,
    enum actor_kind kind, enum side side)
{
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->kind = kind;
	e->side = side;
	e->capital_of = -1;
	e->file = dl->file;
	e->line = dl->line;
}

/* A side field; reports and returns -1 when bad. */
static int
dict_parse_side(struct dict_line *dl, const char *s, enum side *side)
{
	if (side_from_name(s, side) != 0) {
		dict_problem(dl, "unknown side", s);
		return -1;
	}
	return 0;
}

/* Places named in a ';' list that stand for state si (metonyms). */
static void
dict_add_places(struct dict *d, struct dict_line *dl, char *list, size_t si)
{
	struct dict_entry	 e;
	char			**v;
	size_t			 n, i;

	v = dict_list(list, &n);
	for (i = 0; i < n; i++) {
		dict_new_entry(&e, dl, v[i], ACTOR_PLACE, d->entries[si].side);
		e.capital_of = (int)si;
		dict_add_entry(d, &e);
	}
	dict_free_list(v, n);
}

/* countries: SIDE | Name | aliases | demonyms | capital names | metonyms */
static void
dict_parse_country(struct dict *d, struct dict_line *dl, char *line)
{
	struct dict_entry	 e;
	struct dict_entry	 cap;
	char			*f[6], **v;
	size_t			 nf, n, si;
	enum side		 side;

	nf = dict_split(line, f, 6);
	if (nf < 2 || nf > 6) {
		dict_problem(dl, "expected 2 to 6 fields", NULL);
		return;
	}
	while (nf < 6)
		f[nf++] = (char *)"";
	if (dict_parse_side(dl, f[0], &side) != 0)
		return;
	if (*f[1] == '\0') {
		dict_problem(dl, "empty name", NULL);
		return;
	}
	dict_new_entry(&e, dl, f[1], ACTOR_STATE, side);
	e.aliases = dict_list(f[2], &e.naliases);
	e.demonyms = dict_list(f[3], &e.ndemonyms);
	si = dict_add_entry(d, &e);
	v = dict_list(f[4], &n);
	if (n > 0) {
		dict_new_entry(&cap, dl, v[0], ACTOR_PLACE, side);
		cap.capital_of = (int)si;
		cap.aliases = xcalloc(n, sizeof *cap.aliases);
		memcpy(cap.aliases, v + 1, (n - 1) * sizeof *v);
		cap.naliases = n - 1;
		free(v[0]);
		free(v);
		dict_add_entry(d, &cap);
	} else
		free(v);
	dict_add_places(d, dl, f[5], si);
}

/* actors: KIND | SIDE | Name | aliases | roles */
static void
dict_parse_actor(struct dict *d, struct dict_line *dl, char *line)
{
	struct dict_entry	 e;
	char			*f[5];
	size_t			 nf;
	enum side		 side;
	enum actor_kind		 kind;

	nf = dict_split(line, f, 5);
	if (nf < 3 || nf > 5) {
		dict_problem(dl, "expected 3 to 5 fields", NULL);
		return;
	}
	while (nf < 5)
		f[nf++] = (char *)"";
	if (actor_kind_from_name(f[0], &kind) != 0) {
		dict_problem(dl, "unknown kind", f[0]);
		return;
	}
	if (dict_parse_side(dl, f[1], &side) != 0)
		return;
	if (*f[2] == '\0') {
		dict_problem(dl, "empty name", NULL);
		return;
	}
	dict_new_entry(&e, dl, f[2], kind, side);
	e.aliases = dict_list(f[3], &e.naliases);
	dict_parse_roles(dl, f[4], &e);
	dict_add_entry(d, &e);
}

/* Note a folded phrase's first word and its number of words. */
static void
dict_note_words(struct dict *d, const char *k, size_t len)
{
	size_t	words = 1, j;

	for (j = 0; j < len; j++)
		words += k[j] == ' ';
	if (words > d->max_words)
		d->max_words = words;
	/* The extractor's first token ends at white space or at one of
	   these marks (a period stays inside initials: "u.s."). */
	for (j = 0; j < len && strchr(" -',&", k[j]) == NULL; j++)
		;
	*strmap_put(&d->first, k, j, NULL) = 1;
}

/* titles, stop, verbs: one phrase per line, into a set. */
static void
dict_parse_word(struct dict *d, struct dict_line *dl, char *line,
    enum dict_file_type t)
{
	struct strmap	*m;
	struct buf		 key;

	if (strchr(line, '|') != NULL) {
		dict_problem(dl, "unexpected '|' in a one-field line", NULL);
		return;
	}
	buf_init(&key);
	dict_fold(&key, line, strlen(line));
	if (t == DICT_ENDINGS) {
		if (stem_lang_of(key.data, key.len) == STEM_NONE ||
		    strchr(key.data, ' ') != NULL)
			dict_problem(dl, "not one Cyrillic ending", line);
		else {
			d->ends = xreallocarray(d->ends, d->nends + 1,
			    sizeof *d->ends);
			d->ends[d->nends++] = buf_detach(&key, NULL);
		}
		buf_release(&key);
		return;
	}
	m = t == DICT_TITLES ? &d->titles : t == DICT_STOP ? &d->stops :
	    &d->verbs;
	*strmap_put(m, key.data, key.len, NULL) = 1;
	dict_note_words(d, key.data, key.len);
	buf_release(&key);
}

/* Final letters a case ending replaces. */
static const char *dict_name_tails = "аяоеьйиыіїуюєэ";

/*
 * The stem of the folded word w[0..len) of names.dict: the word less up to
 * max final letters of dict_name_tails, keeping at least min letters
 * ("андрей" -> "андре", "иван" -> "иван").
 */
static size_t
dict_name_stem(const char *w, size_t len, int max, size_t min)
{
	size_t	letters = 0, i;

	for (i = 0; i < len; i++)
		letters += ((unsigned char)w[i] & 0xc0) != 0x80;
	while (max-- > 0 && letters-- > min && len >= 2 &&
	    ((unsigned char)w[len - 2] & 0xe0) == 0xc0 &&
	    strstr(dict_name_tails, (char[3]){ w[len - 2], w[len - 1], 0 }) !=
	    NULL)
		len -= 2;
	return len;
}

/* Index one stemmed word of names.dict: folded w, its stem key[0..klen). */
static void
dict_add_nword(struct dict *d, const char *key, size_t klen, const char *canon,
    size_t clen, const char *tail, unsigned cls)
{
	struct dict_nword	*nw;
	int			*slot, added;

	d->nwords = xgrow(d->nwords, &d->nwords_alloc, d->nnwords + 1,
	    sizeof *d->nwords);
	nw = &d->nwords[d->nnwords];
	nw->canon = xstrndup(canon, clen);
	nw->tail = xstrdup(tail);
	nw->cls = cls;
	slot = strmap_put(&d->nstems, key, klen, &added);
	nw->next = added ? -1 : *slot;
	*slot = (int)d->nnwords++;
}

/* One word w (folded) of class cls in names.dict. */
static void
dict_add_name_word(struct dict *d, char *w, unsigned cls)
{
	char	*alt = strchr(w, '/');
	size_t	 len;

	if (alt != NULL)
		*alt++ = '\0';
	len = strlen(w);
	switch (cls) {
	case DICT_NAME_VERB:
		*strmap_put(&d->nverbs, w, len, NULL) = 1;
		return;
	case DICT_NAME_CASE:
		*strmap_put(&d->cases, w, len, NULL) = 1;
		return;
	case DICT_NAME_PATRONYMIC:
		d->patr = xreallocarray(d->patr, d->npatr + 1, sizeof *d->patr);
		d->patr[d->npatr++] = xstrdup(w);
		return;
	case DICT_NAME_SURNAME:
		d->surs = xreallocarray(d->surs, d->nsurs + 1, sizeof *d->surs);
		d->surs[d->nsurs++] = xstrdup(w);
		return;
	}
	len = dict_name_stem(w, len, 1, 3);
	dict_add_nword(d, w, len, w, len, w + len, cls);
	if (alt != NULL)
		dict_add_nword(d, alt, strlen(alt), w, len, "", cls);
}

/* names: "CLASS | word; word; ...". */
static void
dict_parse_names(struct dict *d, struct dict_line *dl, char *line)
{
	char		*f[2], **words;
	struct buf	 key;
	size_t		 i, n, nw, c;

	n = dict_split(line, f, 2);
	for (c = 0; n == 2 && c < sizeof dict_name_classes /
	    sizeof dict_name_classes[0]; c++) {
		if (strcmp(f[0], dict_name_classes[c].name) == 0)
			break;
	}
	if (n != 2 || c == sizeof dict_name_classes /
	    sizeof dict_name_classes[0]) {
		dict_problem(dl, "expected CLASS | words", NULL);
		return;
	}
	words = dict_list(f[1], &nw);
	buf_init(&key);
	for (i = 0; i < nw; i++) {
		buf_reset(&key);
		dict_fold(&key, words[i], strlen(words[i]));
		if (stem_lang_of(key.data, strcspn(key.data, "/")) ==
		    STEM_NONE)
			dict_problem(dl, "not one Cyrillic word", words[i]);
		else
			dict_add_name_word(d, key.data,
			    dict_name_classes[c].cls);
	}
	buf_release(&key);
	dict_free_list(words, nw);
}

static void
dict_parse_line(struct dict *d, struct dict_line *dl, char *line,
    enum dict_file_type t)
{
	line = dict_trim(line);
	if (*line == '\0' || *line == '#')
		return;
	if (!utf8_valid(line, strlen(line))) {
		dict_problem(dl, "invalid UTF-8", NULL);
		return;
	}
	switch (t) {
	case DICT_COUNTRIES:
		dict_parse_country(d, dl, line);
		break;
	case DICT_ACTORS:
		dict_parse_actor(d, dl, line);
		break;
	case DICT_NAMES:
		dict_parse_names(d, dl, line);
		break;
	default:
		dict_parse_word(d, dl, line, t);
		break;
	}
}

/* Parse text[0..len) of a file of type t into d; returns problem count. */
static int
dict_parse_text(struct dict *d, char *text, size_t len, const char *file,
    enum dict_file_type t, const struct notify *n)
{
	struct dict_line	 dl;
	char			*p, *nl, *end = text + len;

	dl.file = file;
	dl.line = 0;
	dl.notify = n;
	dl.problems = 0;
	for (p = text; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		*nl = '\0';
		dl.line++;
		if ((size_t)(nl - p) > DICT_LINE_MAX) {
			dict_problem(&dl, "line too long", NULL);
			continue;
		}
		if (memchr(p, '\0', (size_t)(nl - p)) != NULL) {
			dict_problem(&dl, "NUL byte in line", NULL);
			continue;
		}
		dict_parse_line(d, &dl, p, t);
	}
	return dl.problems;
}

/* Keep a copy of a file name for entries to point at. */
static const char *
dict_intern_file(struct dict *d, const char *path)
{
	d->files = xreallocarray(d->files, d->nfiles + 1, sizeof *d->files);
	d->files[d->nfiles] = xstrdup(path);
	return d->files[d->nfiles++];
}

/* Read one file if it exists; -1 with *cause when it exists but fails. */
static int
dict_load_file(struct dict *d, const char *path, enum dict_file_type t,
    const struct notify *n, char **cause)
{
	char	*text, *why = NULL;
	size_t	 len;

	text = file_read(path, &len, &why);
	if (text == NULL) {
		if (errno == ENOENT) {
			free(why);
			return 0;
		}
		*cause = why;
		return -1;
	}
	d->version = hash64(text, len, d->version ^ (uint64_t)t);
	dict_parse_text(d, text, len, dict_intern_file(d, path), t, n);
	free(text);
	return 0;
}

/* Append a match for folded key k[0..len). */
static struct dict_match *
dict_add_key(struct dict *d, struct strmap *map, const char *k,
    size_t len, int entry, enum dict_match_type type, const char *exact,
    const char *folded, int anycase)
{
	struct dict_match	*m;
	int			*slot, i;

	if (len == 0)
		return NULL;
	slot = strmap_put(map, k, len, NULL);
	/* The same entry twice under one key adds nothing but a lowercase
	   spelling's leave to match in any case ("Госдеп", "госдеп"). */
	for (i = *slot; i != -1; i = d->matches[i].next) {
		if (d->matches[i].entry == entry && d->matches[i].exact ==
		    exact && (folded == NULL || strcmp(d->matches[i].folded,
		    folded) == 0)) {
			d->matches[i].anycase |= anycase;
			return NULL;
		}
	}
	d->matches = xgrow(d->matches, &d->matches_alloc, d->nmatches + 1,
	    sizeof *d->matches);
	m = &d->matches[d->nmatches];
	m->entry = entry;
	m->type = type;
	m->exact = exact;
	m->stem = folded != NULL;
	m->folded = folded;
	m->anycase = anycase;
	m->next = -1;
	/* Keep the chain in insertion order: append at the tail. */
	if (*slot == -1)
		*slot = (int)d->nmatches;
	else {
		for (i = *slot; d->matches[i].next != -1; i = d->matches[i].next)
			;
		d->matches[i].next = (int)d->nmatches;
	}
	d->nmatches++;
	if (folded == NULL)
		dict_note_words(d, k, len);
	return m;
}

/* 1 when s has at least two letters and no lower-case letter. */
static int
dict_all_caps(const char *s)
{
	size_t		 i = 0, len = strlen(s), n;
	uint32_t	 cp;
	int		 letters = 0;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp, NULL);
		i += n;
		if (utf8_is_lower(cp))
			return 0;
		if (utf8_is_upper(cp))
			letters++;
	}
	return letters >= 2;
}

/*
 * The stem key of the folded name k[0..len) into b: each Cyrillic word
 * (a run of letters and inner apostrophes, as the extractor cuts words)
 * replaced by its stem, anything else kept.  Returns 0 when the name has
 * no Cyrillic word.
 */
/*
 * The base of word w[0..len) of a name, as dict_stem_word() will find it
 * in the text: an adjective in an oblique case inside a name ("Червоного
 * Хреста", "з міжнародного розвитку") loses that ending first, so that
 * it is cut where its nominative is ("червоний": "червон"); else the
 * stem_name_len() base.
 */
static size_t
dict_name_base(const char *w, size_t len)
{
	static const char *ends[] = { "ього", "ьому", "ого", "ому", "его",
	    "ему", NULL };
	size_t	i, n;

	for (i = 0; ends[i] != NULL; i++) {
		n = strlen(ends[i]);
		if (len >= n + 8 && memcmp(w + len - n, ends[i], n) == 0)
			return len - n;
	}
	return stem_name_len(w, len);
}

static int
dict_stem_key(struct dict *d, const char *k, size_t len, struct buf *b)
{
	size_t	i = 0, j, sl;
	int	cyr = 0;

	buf_reset(b);
	while (i < len) {
		for (j = i; j < len && strchr(" -.,&", k[j]) == NULL; j++)
			;
		if (j > i && stem_lang_of(k + i, j - i) != STEM_NONE) {
			cyr = 1;
			sl = dict_name_base(k + i, j - i);
			buf_add(b, k + i, sl);
			*strmap_put(&d->stem_words, k + i, sl, NULL) = 1;
		} else
			buf_add(b, k + i, j - i);
		if (j < len)
			buf_addc(b, k[j++]);
		i = j;
	}
	return cyr;
}

/* Index the folded Cyrillic name k[0..len) of entry e by its stem key. */
static void
dict_index_stem(struct dict *d, int e, const char *k,
    size_t len, enum dict_match_type type, int anycase)
{
	struct buf	 key;
	size_t		 fw;
	char		*folded;

	buf_init(&key);
	if (dict_stem_key(d, k, len, &key)) {
		folded = xstrdup(k);
		if (dict_add_key(d, &d->stems, key.data, key.len, e, type,
		    NULL, folded, anycase) == NULL)
			free(folded);
		else {
			d->folded = xreallocarray(d->folded, d->nfolded + 1,
			    sizeof *d->folded);
			d->folded[d->nfolded++] = folded;
			for (fw = 0; fw < key.len && strchr(" -',&",
			    key.data[fw]) == NULL; fw++)
				;
			*strmap_put(&d->stem_first, key.data, fw, NULL) = 1;
		}
	}
	buf_release(&key);
}

/* Add one name of entry e under its folded key (and stem). */
static void
dict_index_name(struct dict *d, int e, const char *name,
    enum dict_match_type type)
{
	struct buf	 key;
	const char	*exact = dict_all_caps(name) ? name : NULL;
	uint32_t	 cp;
	int		 anycase;

	utf8_decode(name, strlen(name), &cp, NULL);
	anycase = utf8_is_lower(cp);
	buf_init(&key);
	dict_fold(&key, name, strlen(name));
	dict_add_key(d, &d->names, key.data, key.len, e, type, exact, NULL,
	    anycase);
	if (exact == NULL)
		dict_index_stem(d, e, key.data, key.len, type, anycase);
	buf_release(&key);
}

/* Build the lookup tables from the final entries. */
static void
dict_index(struct dict *d)
{
	struct dict_entry	*e;
	size_t			 i, j;

	for (i = 0; i < d->n; i++) {
		e = &d->entries[i];
		if (e->name == NULL)
			continue;
		dict_index_name(d, (int)i, e->name, DICT_NAME);
		for (j = 0; j < e->naliases; j++)
			dict_index_name(d, (int)i, e->aliases[j], DICT_ALIAS);
		for (j = 0; j < e->ndemonyms; j++)
			dict_index_name(d, (int)i, e->demonyms[j], DICT_DEMONYM);
	}
	for (i = 0; i < d->n; i++) {
		e = &d->entries[i];
		if (e->capital_of < 0)
			continue;
		/* A capital or metonym also stands for its state. */
		dict_index_name(d, e->capital_of, e->name, DICT_CAPITAL);
		for (j = 0; j < e->naliases; j++)
			dict_index_name(d, e->capital_of, e->aliases[j],
			    DICT_CAPITAL);
	}
}

static void
dict_load_dir(struct dict *d, const char *dir, const struct notify *n,
    char **cause, int *failed)
{
	char	*path;
	int	 t;

	for (t = 0; t < DICT_NTYPES && !*failed; t++) {
		path = xasprintf("%s/%s.dict", dir, dict_file_names[t]);
		if (dict_load_file(d, path, (enum dict_file_type)t, n,
		    cause) != 0)
			*failed = 1;
		free(path);
	}
}

struct dict *
dict_load(const char *datadir, const char *userdir, const struct notify *n,
    char **cause)
{
	struct dict	*d;
	char		*dir;
	int		 failed = 0;

	d = xcalloc(1, sizeof *d);
	d->version = HASH_SEED;
	if (datadir != NULL) {
		dir = xasprintf("%s/dict", datadir);
		dict_load_dir(d, dir, n, cause, &failed);
		free(dir);
	}
	if (userdir != NULL && !failed)
		dict_load_dir(d, userdir, n, cause, &failed);
	if (failed) {
		dict_free(d);
		return NULL;
	}
	dict_index(d);
	return d;
}

void
dict_free(struct dict *d)
{
	size_t	i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++)
		dict_entry_release(&d->entries[i]);
	free(d->entries);
	free(d->matches);
	strmap_release(&d->byname);
	strmap_release(&d->names);
	strmap_release(&d->stems);
	strmap_release(&d->stem_first);
	strmap_release(&d->stem_words);
	dict_free_list(d->ends, d->nends);
	dict_free_list(d->folded, d->nfolded);
	strmap_release(&d->first);
	strmap_release(&d->titles);
	strmap_release(&d->stops);
	strmap_release(&d->verbs);
	for (i = 0; i < d->nnwords; i++) {
		free(d->nwords[i].canon);
		free(d->nwords[i].tail);
	}
	free(d->nwords);
	strmap_release(&d->nstems);
	strmap_release(&d->nverbs);
	strmap_release(&d->cases);
	dict_free_list(d->patr, d->npatr);
	dict_free_list(d->surs, d->nsurs);
	for (i = 0; i < d->nfiles; i++)
		free(d->files[i]);
	free(d->files);
	free(d);
}

int
dict_check_file(const char *path, const struct notify *n, char **cause)
{
	struct dict	*d;
	const char	*base;
	char		*text;
	size_t		 len, bl;
	int		 t, problems;

	base = strrchr(path, '/');
	base = base == NULL ? path : base + 1;
	bl = strlen(base);
	if (bl > 5 && strcmp(base + bl - 5, ".dict") == 0)
		bl -= 5;
	for (t = 0; t < DICT_NTYPES; t++) {
		if (strlen(dict_file_names[t]) == bl &&
		    strncmp(base, dict_file_names[t], bl) == 0)
			break;
	}
	if (t == DICT_NTYPES) {
		*cause = xasprintf("unknown dictionary type '%s'", path);
		return -1;
	}
	if ((text = file_read(path, &len, cause)) == NULL)
		return -1;
	d = xcalloc(1, sizeof *d);
	problems = dict_parse_text(d, text, len, path, (enum dict_file_type)t,
	    n);
	free(text);
	dict_free(d);
	return problems;
}

uint64_t
dict_version(const struct dict *d)
{
	return d->version;
}

size_t
dict_count(const struct dict *d)
{
	return d->n;
}

const struct dict_entry *
dict_entry(const struct dict *d, size_t i)
{
	return i < d->n ? &d->entries[i] : NULL;
}

int
dict_lookup(const struct dict *d, const char *name)
{
	const struct dict_match	*m;
	struct buf		 key;
	int			*slot, r = -1;

	buf_init(&key);
	dict_fold(&key, name, strlen(name));
	slot = strmap_get(&d->byname, key.data, key.len);
	if (slot != NULL)
		r = *slot;
	else if ((m = dict_match_first(d, key.data, key.len)) != NULL)
		r = m->entry;
	buf_release(&key);
	return r;
}

/* 1 when date falls in [from, to]; "" dates are open ends. */
static int
dict_date_in(const char *date, const struct dict_role *r)
{
	if (*date == '\0')
		return r->to[0] == '\0';
	if (r->from[0] != '\0' && strcmp(date, r->from) < 0)
		return 0;
	if (r->to[0] != '\0' && strcmp(date, r->to) > 0)
		return 0;
	return 1;
}

const struct dict_role *
dict_role_at(const struct dict *d, size_t i, const char *date)
{
	const struct dict_entry	*e;
	size_t			 j;

	if (i >= d->n)
		return NULL;
	e = &d->entries[i];
	for (j = 0; j < e->nroles; j++) {
		if (dict_date_in(date, &e->roles[j]))
			return &e->roles[j];
	}
	return NULL;
}

const struct dict_match *
dict_match_first(const struct dict *d, const char *key, size_t len)
{
	int	*slot = strmap_get(&d->names, key, len);

	return slot == NULL || *slot < 0 ? NULL : &d->matches[*slot];
}

const struct dict_match *
dict_match_next(const struct dict *d, const struct dict_match *m)
{
	return m->next < 0 ? NULL : &d->matches[m->next];
}

const struct dict_match *
dict_match_stem(const struct dict *d, const char *key, size_t len)
{
	int	*slot = strmap_get(&d->stems, key, len);

	return slot == NULL || *slot < 0 ? NULL : &d->matches[*slot];
}

struct stem *
dict_stemmer(const struct dict *d)
{
	return stem_new((const char *const *)d->ends, d->nends);
}

size_t
dict_stem_word(const struct dict *d, const char *w, size_t len)
{
	size_t	 cut, l = len;

	for (cut = 0; cut <= 3 && l > 0; cut++) {
		if (strmap_get(&d->stem_words, w, l) != NULL)
			return l;
		/* One letter less. */
		do
			l--;
		while (l > 0 && ((unsigned char)w[l] & 0xc0) == 0x80);
	}
	return len;
}

int
dict_is_stem_first(const struct dict *d, const char *key, size_t len)
{
	return strmap_get(&d->stem_first, key, len) != NULL;
}

int
dict_is_first_word(const struct dict *d, const char *key, size_t len)
{
	return strmap_get(&d->first, key, len) != NULL;
}

size_t
dict_max_words(const struct dict *d)
{
	return d->max_words;
}

int
dict_is_verb(const struct dict *d, const char *s, size_t len)
{
	return strmap_get(&d->verbs, s, len) != NULL;
}

int
dict_is_stop(const struct dict *d, const char *s, size_t len)
{
	return strmap_get(&d->stops, s, len) != NULL;
}

int
dict_is_title(const struct dict *d, const char *s, size_t len)
{
	return strmap_get(&d->titles, s, len) != NULL;
}

/* ---- Russian and Ukrainian name words ------------------------------------ */

static size_t	dict_name_stem(const char *, size_t, int, size_t);

/* The length of w[0..len) less its last letter. */
static size_t
dict_less_letter(const char *w, size_t len)
{
	do
		len--;
	while (len > 0 && ((unsigned char)w[len] & 0xc0) == 0x80);
	return len;
}

/* 1 when r[0..len) may follow the stem of nw: nothing, its own tail or a
   case ending. */
static int
dict_name_rest(const struct dict *d, const struct dict_nword *nw,
    const char *r, size_t len)
{
	return len == 0 || (strlen(nw->tail) == len && memcmp(nw->tail, r,
	    len) == 0) || strmap_get(&d->cases, r, len) != NULL;
}

unsigned
dict_name_forms(const struct dict *d, const char *w, size_t len,
    const char **canon, unsigned skip)
{
	const struct dict_nword	*nw;
	unsigned		 cls = 0;
	size_t			 l = len;
	int			*slot, cut, i;

	for (cut = 0; cut <= 4 && l > 0; cut++, l = dict_less_letter(w, l)) {
		if ((slot = strmap_get(&d->nstems, w, l)) == NULL)
			continue;
		for (i = *slot; i >= 0; i = nw->next) {
			nw = &d->nwords[i];
			if ((nw->cls & skip) || !dict_name_rest(d, nw, w + l,
			    len - l))
				continue;
			if (canon != NULL && !(cls & DICT_NAME_GIVEN) &&
			    (nw->cls & DICT_NAME_GIVEN))
				*canon = nw->canon;
			cls |= nw->cls;
		}
	}
	return cls;
}

unsigned
dict_name_word(const struct dict *d, const char *w, size_t len,
    const char **canon)
{
	unsigned	cls = dict_name_forms(d, w, len, canon, 0);

	if (strmap_get(&d->nverbs, w, len) != NULL)
		cls |= DICT_NAME_VERB;
	return cls;
}

/* The length of ending e less a final "а" (a feminine patronymic). */
static size_t
dict_patr_base(const char *e)
{
	size_t	n = strlen(e);

	return n > 2 && memcmp(e + n - 2, "а", 2) == 0 ? n - 2 : n;
}

/* 1 when w[0..l) ends in e[0..el) after at least min bytes. */
static int
dict_ends(const char *w, size_t l, const char *e, size_t el, size_t min)
{
	return l >= el + min && memcmp(w + l - el, e, el) == 0;
}

/* 1 when w[0..len) is the root of a patronymic: a Russian or Ukrainian
   man's given name's stem ("иван", "серге"), its "и" written "ь"
   ("анатоль" for "анатоли").  A foreigner's makes none: "Милошевич" is a
   surname. */
static int
dict_patr_root(const struct dict *d, const char *w, size_t len)
{
	char	buf[64];

	if (dict_name_forms(d, w, len, NULL, DICT_NAME_FOREIGN) &
	    DICT_NAME_MALE)
		return 1;
	if (len < 2 || len > sizeof buf || memcmp(w + len - 2, "ь", 2) != 0)
		return 0;
	memcpy(buf, w, len - 2);
	memcpy(buf + len - 2, "и", 2);
	return (dict_name_forms(d, buf, len, NULL, DICT_NAME_FOREIGN) &
	    DICT_NAME_MALE) != 0;
}

unsigned
dict_name_patronymic(const struct dict *d, const char *w, size_t len,
    size_t *stem)
{
	size_t	 l = len, i, el;
	int	 cut, female;
	unsigned unsure = 0;

	for (cut = 0; cut <= 3 && l > 0; cut++, l = dict_less_letter(w, l)) {
		if (l < len && strmap_get(&d->cases, w + l, len - l) ==
		    NULL)
			continue;
		for (i = 0; i < d->npatr; i++) {
			el = dict_patr_base(d->patr[i]);
			if (!dict_ends(w, l, d->patr[i], el, 4))
				continue;
			female = el < strlen(d->patr[i]);
			/* The root is a given name's stem (Иван-, Сергe-);
			   only a woman's ending is sure without it. */
			if (!female && !dict_patr_root(d, w, l - el)) {
				unsure = DICT_NAME_MALE | DICT_NAME_UNSURE;
				continue;
			}
			*stem = l;
			return female ? DICT_NAME_FEMALE : DICT_NAME_MALE;
		}
	}
	return unsure;
}

int
dict_name_surname(const struct dict *d, const char *w, size_t len)
{
	size_t	 l = len, i, el;
	int	 cut;

	for (cut = 0; cut <= 3 && l > 0; cut++, l = dict_less_letter(w, l)) {
		if (l < len && strmap_get(&d->cases, w + l, len - l) ==
		    NULL)
			continue;
		for (i = 0; i < d->nsurs; i++) {
			/* "ский" is "ск" before a case ending. */
			el = l < len ? dict_name_stem(d->surs[i],
			    strlen(d->surs[i]), 2, 2) : strlen(d->surs[i]);
			if (dict_ends(w, l, d->surs[i], el, 4))
				return 1;
		}
	}
	return 0;
}
