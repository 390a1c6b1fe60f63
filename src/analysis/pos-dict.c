/*
 * The positions data files: issues, triggers, cues and markers, read from
 * the shipped directory and then the user's, one entry per line.  Phrases
 * live in one array; a hash table maps each first word to the chain of
 * phrases that start with it (pos_phrase.next) and to its word flags.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analysis/pos-dict.h"
#include "analysis/positions.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/notify.h"
#include "base/xmalloc.h"

static const char *pos_cue_names[POS_C_COUNT] = {
	"propose", "accept", "support", "demand", "urge", "insist", "agree",
	"try", "act", "reject", "refuse", "oppose", "criticise", "fear",
	"warn", "deny", "stop", "ruleout", "must", "speech"
};

static const char *pos_mark_names[POS_M_COUNT] = {
	"negation", "hedge", "conditional", "hypothetical", "historical",
	"aux", "group", "title", "boundary", "anaphor", "questioner", "label",
	"authored", "self", "third", "plural", "according", "war",
	"notneg", "relative", "term", "det", "hostile", "joint", "greeting", "home", "second", "light", "prep",
	"conj", "setting", "comp", "finite3", "oblique", "adverb", "nounpl", "passive", "copula",
	"purpose", "gerund", "thanks", "reason", "enemy", "foe", "mental", "chief", "outsider", "causative",
	"future", "contra", "toward", "loss", "paired", "reflexive", "agent",
	"impersonal", "infinitive", "past", "concession"
};

static const char *pos_file_types[] = {
	"issues", "triggers", "cues", "markers", NULL
};

/* 1 when slot sl heads a one-word verb cue of acting, or of stopping
   when stop is set. */
static int
pos_dict_slot_act(const struct pos_dict *d, const struct pos_hslot *sl,
    int stop)
{
	const struct pos_phrase	*ph;
	int			 k;

	for (k = sl == NULL ? -1 : sl->head; k != -1; k = d->links[k].next) {
		ph = &d->ph[d->links[k].phrase];
		if (ph->type == POS_P_CUE && (ph->cls == POS_C_ACT ||
		    (stop && ph->cls == POS_C_STOP)) &&
		    ph->form == POS_F_VERB && ph->nw == 1)
			return 1;
	}
	return 0;
}

const struct pos_hslot *
pos_dict_prefix(const struct pos_dict *d, const char *w, size_t len,
    size_t *k)
{
	const struct pos_hslot	*sl;
	char			 key[POS_DICT_PREFIX_MAX + 2];

	if (*k < d->prefix_min)
		*k = d->prefix_min;
	for (; *k > 0 && *k <= len && *k <= POS_DICT_PREFIX_MAX; (*k)++) {
		if (*k < len && ((unsigned char)w[*k] & 0xc0) == 0x80)
			continue;
		memcpy(key, w, *k);
		key[*k] = '*';
		if ((sl = pos_dict_word(d, key, *k + 1)) != NULL) {
			(*k)++;
			return sl;
		}
	}
	return NULL;
}

/* The word itself, then each prefix of it that the data lists as
   "stem*" ("забороня*" for "забороняє"). */
int
pos_dict_act_verb(const struct pos_dict *d, const char *w, size_t len,
    int stop)
{
	const struct pos_hslot	*sl;
	size_t			 k = 0;

	if (pos_dict_slot_act(d, pos_dict_word(d, w, len), stop))
		return 1;
	while ((sl = pos_dict_prefix(d, w, len, &k)) != NULL) {
		if (pos_dict_slot_act(d, sl, stop))
			return 1;
	}
	return 0;
}

int
pos_cue_sign(int cls)
{
	if (cls == POS_C_SPEECH)
		return 0;
	if (cls >= POS_C_REJECT && cls <= POS_C_RULEOUT)
		return -1;
	return 1;
}

const char *
pos_cue_name(int cls)
{
	if (cls < 0 || cls >= POS_C_COUNT)
		return "?";
	return pos_cue_names[cls];
}

const char *
pos_mark_name(int cls)
{
	if (cls < 0 || cls >= POS_M_COUNT)
		return "?";
	return pos_mark_names[cls];
}

static int
pos_name_index(const char *const *names, size_t n, const char *s)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (strcmp(names[i], s) == 0)
			return (int)i;
	}
	/* Accept the American spelling of "criticise". */
	if (names == pos_cue_names && strcmp(s, "criticize") == 0)
		return POS_C_CRITICISE;
	return -1;
}

/* Find or add the slot of word w[0..len). */
static struct pos_hslot *
pos_dict_slot(struct pos_dict *d, const char *w, size_t len, int add)
{
	struct pos_hslot	*old, *s;
	size_t			 oldcap, i, mask;
	uint32_t		 h;

	if (add && (d->used + 1) * 2 > d->cap) {
		old = d->slots;
		oldcap = d->cap;
		d->cap = d->cap == 0 ? 256 : d->cap * 2;
		d->slots = xcalloc(d->cap, sizeof *d->slots);
		d->used = 0;
		for (i = 0; i < oldcap; i++) {
			if (old[i].key == NULL)
				continue;
			mask = d->cap - 1;
			h = old[i].hash;
			while (d->slots[h & mask].key != NULL)
				h++;
			d->slots[h & mask] = old[i];
			d->used++;
		}
		free(old);
	}
	if (d->cap == 0)
		return NULL;
	mask = d->cap - 1;
	h = (uint32_t)hash64(w, len, HASH_SEED);
	for (i = h;; i++) {
		s = &d->slots[i & mask];
		if (s->key == NULL)
			break;
		if (s->hash == h && strlen(s->key) == len &&
		    memcmp(s->key, w, len) == 0)
			return s;
	}
	if (!add)
		return NULL;
	s->key = xstrndup(w, len);
	s->hash = h;
	s->head = -1;
	s->flags = 0;
	d->used++;
	return s;
}

const struct pos_hslot *
pos_dict_word(const struct pos_dict *d, const char *w, size_t len)
{
	return pos_dict_slot((struct pos_dict *)d, w, len, 0);
}

struct pos_dict *
pos_dict_new(void)
{
	struct pos_dict	*d;

	d = xcalloc(1, sizeof *d);
	d->mention_head = -1;
	d->version = HASH_SEED;
	return d;
}

static void
pos_phrase_free(struct pos_phrase *p)
{
	size_t	i, j;

	for (i = 0; i < p->nw; i++) {
		for (j = 0; j < p->w[i].nalts; j++)
			free(p->w[i].alts[j]);
		free(p->w[i].alts);
	}
	free(p->w);
}

void
pos_dict_free(struct pos_dict *d)
{
	size_t	i, j;

	if (d == NULL)
		return;
	for (i = 0; i < d->nissues; i++) {
		free(d->issues[i].id);
		free(d->issues[i].label);
	}
	free(d->issues);
	for (i = 0; i < d->nph; i++)
		pos_phrase_free(&d->ph[i]);
	free(d->ph);
	for (i = 0; i < d->cap; i++)
		free(d->slots[i].key);
	free(d->slots);
	for (i = 0; i < d->nfiles; i++)
		free(d->files[i]);
	free(d->files);
	for (i = 0; i < d->nends; i++) {
		for (j = 0; j < d->ends[i].nends; j++)
			free(d->ends[i].ends[j]);
		free(d->ends[i].ends);
	}
	for (i = 0; i < d->nlangs; i++)
		free(d->langs[i]);
	free(d->langs);
	free(d->links);
	free(d);
}

/* A pattern word folded as the text is: dict_fold (lower case in any
   script, "ё" as "е", typographic apostrophes as "'"), "*" kept. */
static char *
pos_fold_word(const char *s, size_t len)
{
	struct buf	b;

	buf_init(&b);
	dict_fold(&b, s, len);
	buf_addc(&b, '\0');
	return buf_detach(&b, NULL);
}

/* Split one pattern word ("a|b|c*") into w; 0 or -1 with *why. */
static int
pos_parse_pword(struct pos_pword *w, const char *s, size_t len, int first,
    const char **why)
{
	const char	*p, *end = s + len, *bar;

	memset(w, 0, sizeof *w);
	if (len == 1 && *s == '@') {
		w->kind = POS_WK_MENTION;
		return 0;
	}
	if (len == 3 && memcmp(s, "...", 3) == 0) {
		if (first) {
			*why = "a phrase cannot begin with '...'";
			return -1;
		}
		w->kind = POS_WK_GAP;
		return 0;
	}
	for (p = s; p < end; p = bar + 1) {
		bar = memchr(p, '|', (size_t)(end - p));
		if (bar == NULL)
			bar = end;
		if (bar == p || (bar - p == 1 && *p == '*')) {
			*why = "empty alternative";
			return -1;
		}
		w->alts = xreallocarray(w->alts, w->nalts + 1,
		    sizeof *w->alts);
		w->alts[w->nalts++] = pos_fold_word(p, (size_t)(bar - p));
	}
	return 0;
}

/* Split text into whitespace-separated pattern words; -1 with *why. */
static int
pos_parse_pattern(struct pos_phrase *ph, const char *s, const char **why)
{
	const char	*p = s, *q;

	ph->w = NULL;
	ph->nw = 0;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		for (q = p; *q != '\0' && *q != ' ' && *q != '\t'; q++)
			;
		ph->w = xreallocarray(ph->w, ph->nw + 1, sizeof *ph->w);
		if (pos_parse_pword(&ph->w[ph->nw], p, (size_t)(q - p),
		    ph->nw == 0, why) != 0) {
			ph->nw++;	/* free the alternatives it kept */
			pos_phrase_free(ph);
			return -1;
		}
		ph->nw++;
		p = q;
	}
	if (ph->nw == 0) {
		*why = "no phrase";
		return -1;
	}
	if (ph->w[ph->nw - 1].kind == POS_WK_GAP) {
		pos_phrase_free(ph);
		*why = "a phrase cannot end with '...'";
		return -1;
	}
	return 0;
}

/* Link phrase i into the index under each alternative of its first word. */
static void
pos_dict_index(struct pos_dict *d, int i)
{
	struct pos_phrase	*ph = &d->ph[i];
	struct pos_hslot	*s;
	size_t			 k, len;
	int			*head;

	for (k = 0; k < (ph->w[0].kind == POS_WK_MENTION ? 1 :
	    ph->w[0].nalts); k++) {
		if (ph->w[0].kind == POS_WK_MENTION)
			head = &d->mention_head;
		else {
			len = strlen(ph->w[0].alts[k]);
			s = pos_dict_slot(d, ph->w[0].alts[k], len, 1);
			head = &s->head;
			/* "stem*" is found by the prefixes of each word */
			if (len > 1 && ph->w[0].alts[k][len - 1] == '*' &&
			    (d->prefix_min == 0 || len - 1 < d->prefix_min))
				d->prefix_min = len - 1;
		}
		d->links = xgrow(d->links, &d->lalloc, d->nlinks + 1,
		    sizeof *d->links);
		d->links[d->nlinks].phrase = i;
		d->links[d->nlinks].next = *head;
		*head = (int)d->nlinks++;
	}
}

/* Set word flags for each alternative of a one-word marker line. */
static int
pos_dict_flag_words(struct pos_dict *d, const struct pos_phrase *ph,
    unsigned flag, const char **why)
{
	struct pos_hslot	*s;
	size_t			 k;

	if (ph->nw != 1 || ph->w[0].kind != POS_WK_WORD) {
		*why = "this marker class takes single words";
		return -1;
	}
	for (k = 0; k < ph->w[0].nalts; k++) {
		s = pos_dict_slot(d, ph->w[0].alts[k],
		    strlen(ph->w[0].alts[k]), 1);
		s->flags |= flag;
	}
	return 0;
}

/* Cut the next whitespace-separated field off *sp into a new string. */
static char *
pos_field(const char **sp)
{
	const char	*p = *sp, *q;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0')
		return NULL;
	for (q = p; *q != '\0' && *q != ' ' && *q != '\t'; q++)
		;
	*sp = q;
	return xstrndup(p, (size_t)(q - p));
}

static int
pos_parse_issue(struct pos_dict *d, const char *line, const char **why)
{
	const char	*p = line, *c;
	char		*id;
	size_t		 i;

	id = pos_field(&p);
	for (c = id; *c != '\0'; c++) {
		if (!islower((unsigned char)*c) && !isdigit((unsigned char)*c)
		    && *c != '_') {
			free(id);
			*why = "an issue id is lowercase letters, digits and _";
			return -1;
		}
	}
	while (*p == ' ' || *p == '\t')
		p++;
	for (i = 0; i < d->nissues; i++) {
		if (strcmp(d->issues[i].id, id) == 0) {
			free(d->issues[i].label);
			d->issues[i].label = xstrdup(*p ? p : id);
			free(id);
			return 0;
		}
	}
	d->issues = xreallocarray(d->issues, d->nissues + 1,
	    sizeof *d->issues);
	d->issues[d->nissues].id = id;
	d->issues[d->nissues].label = xstrdup(*p ? p : id);
	d->nissues++;
	return 0;
}

/* One line of triggers, cues or markers into a phrase; -1 with *why. */
static int
pos_parse_phrase(struct pos_dict *d, int type, const char *line,
    struct pos_phrase *ph, const char **why)
{
	const char	*p = line;
	char		*a, *b = NULL;
	int		 rv = -1;

	memset(ph, 0, sizeof *ph);
	ph->type = type;
	a = pos_field(&p);
	if (type != POS_P_MARKER && (b = pos_field(&p)) == NULL) {
		*why = "missing fields";
		goto out;
	}
	if (type == POS_P_TRIGGER) {
		if ((ph->cls = pos_dict_issue_find(d, a)) == -1) {
			*why = "unknown issue";
			goto out;
		}
		if (strcmp(b, "+") != 0 && strcmp(b, "-") != 0 &&
		    strcmp(b, "0") != 0 && strcmp(b, "~") != 0) {
			*why = "polarity must be +, -, 0 or ~";
			goto out;
		}
		ph->pol = *b == '+' || *b == '~' ? 1 : *b == '-' ? -1 : 0;
		ph->weak = *b == '~';
	} else if (type == POS_P_CUE) {
		ph->cls = pos_name_index(pos_cue_names, POS_C_COUNT, a);
		if (ph->cls == -1) {
			*why = "unknown cue class";
			goto out;
		}
		if (strcmp(b, "verb") == 0)
			ph->form = POS_F_VERB;
		else if (strcmp(b, "noun") == 0)
			ph->form = POS_F_NOUN;
		else if (strcmp(b, "eval") == 0)
			ph->form = POS_F_EVAL;
		else {
			*why = "form must be verb, noun or eval";
			goto out;
		}
	} else {
		ph->cls = pos_name_index(pos_mark_names, POS_M_COUNT, a);
		if (ph->cls == -1) {
			*why = "unknown marker class";
			goto out;
		}
	}
	rv = pos_parse_pattern(ph, p, why);
out:
	free(a);
	free(b);
	return rv;
}

/*
 * "home ukr" in markers.uk: addresses in Ukrainian that greet a nation
 * without naming it greet Ukraine's.  The language is the file name's
 * suffix; a plain "markers" (English, spoken everywhere) has none.
 */
/* 1 when data file file has no language suffix ("markers"). */
static int
pos_file_plain(const char *file)
{
	const char	*base = strrchr(file, '/');

	return strchr(base != NULL ? base + 1 : file, '.') == NULL;
}

/* The language of a data file, its name's suffix ("uk" of
   "markers.uk"), into lang[size]; -1 with *why when it has none. */
static int
pos_file_lang(const char *file, char *lang, size_t size, const char **why)
{
	const char	*base = strrchr(file, '/'), *dot;

	base = base != NULL ? base + 1 : file;
	if ((dot = strchr(base, '.')) == NULL || strlen(dot + 1) >= size) {
		*why = "this class belongs in a language's file (markers.uk)";
		return -1;
	}
	strcpy(lang, dot + 1);
	return 0;
}

/*
 * "home ukr", "foe rus": one side for the file's language, into the table
 * v of *n entries.  plain_en: the plain file's language is English (it
 * is refused otherwise).
 */
static int
pos_dict_add_side(struct pos_dict *d, const struct pos_phrase *ph,
    const char *file, int plain_en, const char **why)
{
	enum side		 side;
	size_t			*n = ph->cls == POS_M_HOME ? &d->nhomes :
				    &d->nfoes;
	struct pos_lang_side	*v = ph->cls == POS_M_HOME ? d->homes :
				    d->foes;

	if (ph->nw != 1 || ph->w[0].nalts != 1 ||
	    side_from_name(ph->w[0].alts[0], &side) != 0 ||
	    side == SIDE_NONE) {
		*why = "this class takes one side: USA, RUS, UKR, EUR or OTH";
		return -1;
	}
	if (*n == POS_HOMES_MAX) {
		*why = "too many sides for this class";
		return -1;
	}
	if (plain_en && pos_file_plain(file))
		strcpy(v[*n].lang, "en");
	else if (pos_file_lang(file, v[*n].lang, sizeof v[*n].lang,
	    why) != 0)
		return -1;
	v[(*n)++].side = (int)side;
	return 0;
}

/*
 * "finite3 *ют|*ить" in markers.uk: endings of that language's words, of
 * class ph->cls.  Each alternative is '*' and an ending.
 */
static int
pos_dict_add_ends(struct pos_dict *d, const struct pos_phrase *ph,
    const char *file, const char **why)
{
	char		 lang[sizeof d->ends[0].lang];
	size_t		 i, k;
	const char	*a;

	for (k = 0; ph->nw == 1 && ph->w[0].kind == POS_WK_WORD &&
	    k < ph->w[0].nalts; k++) {
		a = ph->w[0].alts[k];
		if (a[0] != '*' || a[1] == '\0' || strchr(a + 1, '*'))
			break;
	}
	if (ph->nw != 1 || ph->w[0].kind != POS_WK_WORD ||
	    k < ph->w[0].nalts) {
		*why = "this class takes endings: *ет|*ют";
		return -1;
	}
	/* endings are a language's own; the plain file's is English */
	if (pos_file_plain(file))
		strcpy(lang, "en");
	else if (pos_file_lang(file, lang, sizeof lang, why) != 0)
		return -1;
	for (i = 0; i < d->nends; i++) {
		if (d->ends[i].cls == ph->cls &&
		    strcmp(d->ends[i].lang, lang) == 0)
			break;
	}
	if (i == d->nends) {
		if (i == sizeof d->ends / sizeof d->ends[0]) {
			*why = "too many languages with endings";
			return -1;
		}
		strcpy(d->ends[i].lang, lang);
		d->ends[i].cls = ph->cls;
		d->nends++;
	}
	for (k = 0; k < ph->w[0].nalts; k++) {
		d->ends[i].ends = xreallocarray(d->ends[i].ends,
		    d->ends[i].nends + 1, sizeof *d->ends[i].ends);
		d->ends[i].ends[d->ends[i].nends++] =
		    xstrdup(ph->w[0].alts[k] + 1);
	}
	return 0;
}

#define POS_STEM_MIN	2	/* letters before an ending */

/* The characters of UTF-8 w[0..len). */
static size_t
pos_chars(const char *w, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)w[i] & 0xc0) != 0x80;
	return n;
}

int
pos_dict_ending(const struct pos_dict *d, int cls, const char *lang,
    const char *w, size_t len)
{
	size_t	i, k, n = strcspn(lang, "-_"), e;

	for (i = 0; i < d->nends; i++) {
		if (d->ends[i].cls != cls || strlen(d->ends[i].lang) != n ||
		    strncasecmp(d->ends[i].lang, lang, n) != 0)
			continue;
		for (k = 0; k < d->ends[i].nends; k++) {
			e = strlen(d->ends[i].ends[k]);
			if (len > e && memcmp(w + len - e,
			    d->ends[i].ends[k], e) == 0 &&
			    pos_chars(w, len - e) >= POS_STEM_MIN)
				return 1;
		}
	}
	return 0;
}

/* The side of language lang ("uk", "uk-UA") in v[0..n), the last line
   winning, or -1. */
static int
pos_lang_side_find(const struct pos_lang_side *v, size_t n,
    const char *lang)
{
	size_t	i, len = strcspn(lang, "-_");

	for (i = n; i-- > 0;) {
		if (strlen(v[i].lang) == len &&
		    strncasecmp(v[i].lang, lang, len) == 0)
			return v[i].side;
	}
	return -1;
}

int
pos_dict_home(const struct pos_dict *d, const char *lang)
{
	return pos_lang_side_find(d->homes, d->nhomes, lang);
}

int
pos_dict_foe(const struct pos_dict *d, const char *lang)
{
	return pos_lang_side_find(d->foes, d->nfoes, lang);
}

/* Add one non-empty, non-comment line; -1 with *why. */
static int
pos_dict_line(struct pos_dict *d, int type, const char *line,
    const char *file, unsigned lineno, const char **why)
{
	struct pos_phrase	 ph;
	static const unsigned	 flags[POS_M_COUNT] = {
		[POS_M_AUX] = POS_W_AUX, [POS_M_GROUP] = POS_W_GROUP,
		[POS_M_BOUNDARY] = POS_W_BOUNDARY,
		[POS_M_QUESTIONER] = POS_W_QUESTIONER,
		[POS_M_LABEL] = POS_W_LABEL,
		[POS_M_SELF] = POS_W_SELF,
		[POS_M_THIRD] = POS_W_THIRD,
		[POS_M_PLURAL] = POS_W_PLURAL,
		[POS_M_WAR] = POS_W_WAR,
		[POS_M_RELATIVE] = POS_W_RELATIVE,
		[POS_M_DET] = POS_W_DET,
		[POS_M_HOSTILE] = POS_W_HOSTILE,
		[POS_M_GREETING] = POS_W_GREETING,
		[POS_M_SECOND] = POS_W_SECOND,
		[POS_M_LIGHT] = POS_W_LIGHT,
		[POS_M_PREP] = POS_W_PREP,
		[POS_M_CONJ] = POS_W_CONJ,
		[POS_M_SETTING] = POS_W_SETTING,
		[POS_M_COMP] = POS_W_COMP,
		[POS_M_CAUSATIVE] = POS_W_CAUSATIVE,
		[POS_M_COPULA] = POS_W_COPULA,
		[POS_M_PURPOSE] = POS_W_PURPOSE,
		[POS_M_THANKS] = POS_W_THANKS,
		[POS_M_REASON] = POS_W_REASON,
		[POS_M_ENEMY] = POS_W_ENEMY,
		[POS_M_MENTAL] = POS_W_MENTAL,
		[POS_M_OUTSIDER] = POS_W_OUTSIDER,
		[POS_M_FUTURE] = POS_W_FUTURE,
		[POS_M_CONTRA] = POS_W_CONTRA,
		[POS_M_TOWARD] = POS_W_TOWARD,
		[POS_M_LOSS] = POS_W_LOSS,
	};
	int			 rv;

	if (type == 0)
		return pos_parse_issue(d, line, why);
	if (pos_parse_phrase(d, type - 1, line, &ph, why) != 0)
		return -1;
	ph.file = file;
	ph.line = lineno;
	if (pos_file_plain(file) || pos_file_lang(file, ph.lang,
	    sizeof ph.lang, why) != 0)
		ph.lang[0] = '\0';
	if (ph.type == POS_P_MARKER && (ph.cls == POS_M_HOME ||
	    ph.cls == POS_M_FOE)) {
		rv = pos_dict_add_side(d, &ph, file, ph.cls == POS_M_FOE, why);
		pos_phrase_free(&ph);
		return rv;
	}
	if (ph.type == POS_P_MARKER && (ph.cls == POS_M_FINITE3 ||
	    ph.cls == POS_M_OBLIQUE || ph.cls == POS_M_ADVERB ||
	    ph.cls == POS_M_NOUNPL || ph.cls == POS_M_PASSIVE ||
	    ph.cls == POS_M_GERUND || ph.cls == POS_M_REFLEXIVE ||
	    ph.cls == POS_M_AGENT || ph.cls == POS_M_IMPERSONAL ||
	    ph.cls == POS_M_INFINITIVE || ph.cls == POS_M_PAST)) {
		rv = pos_dict_add_ends(d, &ph, file, why);
		pos_phrase_free(&ph);
		return rv;
	}
	if (ph.type == POS_P_MARKER && flags[ph.cls] != 0) {
		rv = pos_dict_flag_words(d, &ph, flags[ph.cls], why);
		pos_phrase_free(&ph);
		return rv;
	}
	if (ph.w[0].kind == POS_WK_MENTION && ph.nw == 1) {
		pos_phrase_free(&ph);
		*why = "a phrase needs a word besides '@'";
		return -1;
	}
	d->ph = xgrow(d->ph, &d->phalloc, d->nph + 1, sizeof *d->ph);
	d->ph[d->nph] = ph;
	pos_dict_index(d, (int)d->nph++);
	return 0;
}

int
pos_dict_parse(struct pos_dict *d, const char *type, const char *file,
    const char *text, size_t len, const struct notify *n)
{
	const char	*p = text, *end = text + len, *nl, *why;
	char		*line, *q;
	unsigned	 lineno = 0;
	int		 t, bad = 0;

	for (t = 0; pos_file_types[t] != NULL; t++) {
		if (strcmp(pos_file_types[t], type) == 0)
			break;
	}
	if (pos_file_types[t] == NULL)
		return -1;
	d->files = xreallocarray(d->files, d->nfiles + 1, sizeof *d->files);
	d->files[d->nfiles] = xstrdup(file);
	file = d->files[d->nfiles++];
	d->version = hash64(text, len, d->version);
	for (; p < end; p = nl + 1) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		line = xstrndup(p, (size_t)(nl - p));
		for (q = line; *q != '\0'; q++) {
			if (*q == '\r' || (unsigned char)*q < 0x20)
				*q = *q == '\t' ? '\t' : ' ';
		}
		for (q = line; *q == ' ' || *q == '\t'; q++)
			;
		if (*q != '\0' && *q != '#' && strlen(q) > 4096) {
			why = "line too long";
			goto bad;
		}
		if (*q != '\0' && *q != '#' &&
		    pos_dict_line(d, t, q, file, lineno, &why) != 0)
			goto bad;
		free(line);
		continue;
	bad:
		notify_warn(n, "%s:%u: %s", file, lineno, why);
		bad++;
		free(line);
	}
	return bad;
}

/* Read DIR/NAME as a file of that type into d if it exists; -1 with
   *cause when unreadable. */
static int
pos_dict_read_as(struct pos_dict *d, const char *dir, const char *name,
    const char *type, const struct notify *n, char **cause)
{
	struct stat	 st;
	char		*path, *text;
	size_t		 len;

	path = xasprintf("%s/%s", dir, name);
	if (stat(path, &st) == -1 && (errno == ENOENT || errno == ENOTDIR)) {
		free(path);
		return 0;
	}
	if ((text = file_read(path, &len, cause)) == NULL) {
		free(path);
		return -1;
	}
	pos_dict_parse(d, type, path, text, len, n);
	free(text);
	free(path);
	return 0;
}

/* 1 when name is TYPE.LANG for a data file type: "cues.ru". */
static int
pos_dict_lang_file(const char *name, const char *type)
{
	size_t	n = strlen(type), k;

	if (strncmp(name, type, n) != 0 || name[n] != '.')
		return 0;
	for (k = n + 1; name[k] != '\0'; k++) {
		if (name[k] < 'a' || name[k] > 'z' || k > n + 3)
			return 0;
	}
	return k > n + 2;
}

static int
pos_cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Note that d holds words of language lang, once. */
static void
pos_dict_add_lang(struct pos_dict *d, const char *lang)
{
	size_t	i;

	for (i = 0; i < d->nlangs; i++) {
		if (strcmp(d->langs[i], lang) == 0)
			return;
	}
	d->langs = xreallocarray(d->langs, d->nlangs + 1, sizeof *d->langs);
	d->langs[d->nlangs++] = xstrdup(lang);
}

int
pos_dict_reads(const struct pos_dict *d, const char *lang)
{
	size_t	i, n = strcspn(lang, "-_");

	for (i = 0; i < d->nlangs; i++) {
		if (strlen(d->langs[i]) == n &&
		    strncasecmp(d->langs[i], lang, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Read the language files of one type in dir ("triggers.ru",
 * "triggers.uk"), in name order; a missing dir is no error.
 */
static int
pos_dict_read_langs(struct pos_dict *d, const char *dir, const char *type,
    const struct notify *n, char **cause)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL;
	size_t		 nn = 0, i;
	int		 rv = 0;

	if ((dp = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(dp)) != NULL) {
		if (!pos_dict_lang_file(de->d_name, type))
			continue;
		names = xreallocarray(names, nn + 1, sizeof *names);
		names[nn++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (nn > 1)	/* qsort takes no NULL, even for nothing */
		qsort(names, nn, sizeof *names, pos_cmp_names);
	for (i = 0; i < nn; i++) {
		pos_dict_add_lang(d, names[i] + strlen(type) + 1);
		if (rv == 0 && pos_dict_read_as(d, dir, names[i], type, n,
		    cause) != 0)
			rv = -1;
		free(names[i]);
	}
	free(names);
	return rv;
}

struct pos_dict *
pos_dict_load(const char *datadir, const char *userdir,
    const struct notify *n, char **cause)
{
	struct pos_dict	*d;
	char		*dirs[2];
	int		 i, t;

	d = pos_dict_new();
	pos_dict_add_lang(d, "en");
	dirs[0] = datadir != NULL ? xasprintf("%s/positions", datadir) : NULL;
	dirs[1] = userdir != NULL ? xstrdup(userdir) : NULL;
	/* Issues first everywhere, so user triggers may name user issues. */
	for (t = 0; pos_file_types[t] != NULL; t++) {
		for (i = 0; i < 2; i++) {
			if (dirs[i] == NULL)
				continue;
			if (pos_dict_read_as(d, dirs[i], pos_file_types[t],
			    pos_file_types[t], n, cause) != 0 ||
			    pos_dict_read_langs(d, dirs[i], pos_file_types[t],
			    n, cause) != 0)
				goto fail;
		}
	}
	if (d->nissues == 0) {
		*cause = xasprintf("no issues defined in '%s'",
		    dirs[0] != NULL ? dirs[0] : "(none)");
		goto fail;
	}
	free(dirs[0]);
	free(dirs[1]);
	return d;
fail:
	free(dirs[0]);
	free(dirs[1]);
	pos_dict_free(d);
	return NULL;
}

/* The type index of a data file's base name ("cues", "cues.ru"), or -1. */
static int
pos_dict_file_type(const char *path)
{
	const char	*base = strrchr(path, '/');
	int		 t;

	base = base != NULL ? base + 1 : path;
	for (t = 0; pos_file_types[t] != NULL; t++) {
		if (strcmp(pos_file_types[t], base) == 0 ||
		    pos_dict_lang_file(base, pos_file_types[t]))
			return t;
	}
	return -1;
}

int
pos_dict_is_file(const char *path)
{
	return pos_dict_file_type(path) != -1;
}

int
pos_dict_check_dirs(const char *datadir, const char *userdir,
    const struct notify *n, char **cause)
{
	struct pos_dict	*d;

	/* Loading reports each bad line and goes on: that is the lint. */
	if ((d = pos_dict_load(datadir, userdir, n, cause)) == NULL)
		return -1;
	pos_dict_free(d);
	return 0;
}

int
pos_dict_check_file(const char *path, const struct notify *n, char **cause)
{
	struct pos_dict	*d;
	const char	*base;
	char		*text, *dir;
	size_t		 len;
	int		 t, bad;

	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	if ((t = pos_dict_file_type(path)) == -1) {
		*cause = xasprintf("'%s': not a positions data file", path);
		return -1;
	}
	if ((text = file_read(path, &len, cause)) == NULL)
		return -1;
	d = pos_dict_new();
	/* Triggers need the issues beside them. */
	if (t == 1) {
		dir = xstrndup(path, (size_t)(base - path));
		if (*dir == '\0') {
			free(dir);
			dir = xstrdup(".");
		}
		if (pos_dict_read_as(d, dir, "issues", "issues", NULL,
		    cause) != 0) {
			free(*cause);
			*cause = NULL;
		}
		free(dir);
	}
	bad = pos_dict_parse(d, pos_file_types[t], path, text, len, n);
	free(text);
	pos_dict_free(d);
	return bad;
}

uint64_t
pos_dict_version(const struct pos_dict *d)
{
	return d->version;
}

size_t
pos_dict_nissues(const struct pos_dict *d)
{
	return d->nissues;
}

const char *
pos_dict_issue_id(const struct pos_dict *d, int issue)
{
	if (issue < 0 || (size_t)issue >= d->nissues)
		return "?";
	return d->issues[issue].id;
}

int
pos_dict_issue_find(const struct pos_dict *d, const char *id)
{
	size_t	i;

	for (i = 0; i < d->nissues; i++) {
		if (strcmp(d->issues[i].id, id) == 0)
			return (int)i;
	}
	return -1;
}
