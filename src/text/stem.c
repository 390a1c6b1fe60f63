/*
 * stem: Snowball for Russian, the longest listed ending for Ukrainian.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#ifdef STEMMER_SONAME
#include <pthread.h>
#endif

#include "base/dlib.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/stem.h"

#ifdef STEMMER_SONAME
/*
 * libstemmer is loaded on first use (configure.ac): linked, its 10,000
 * relocations were a twentieth of every search, which never stems.
 */
static struct {
	struct sb_stemmer	*(*make)(const char *, const char *);
	void			 (*del)(struct sb_stemmer *);
	const sb_symbol		*(*stem)(struct sb_stemmer *, const sb_symbol *,
				    int);
	int			 (*length)(struct sb_stemmer *);
} stem_sb;
static pthread_once_t	stem_sb_once = PTHREAD_ONCE_INIT;

/* One function of the library; its absence is fatal (dlib). */
static void *
stem_sb_sym(void *lib, const char *name)
{
	return dlib_sym(lib, STEMMER_SONAME, name);
}

static void
stem_sb_load(void)
{
	void	*lib = dlib_open(STEMMER_SONAME);

	stem_sb.make = (struct sb_stemmer *(*)(const char *,
	    const char *))stem_sb_sym(lib, "sb_stemmer_new");
	stem_sb.del = (void (*)(struct sb_stemmer *))stem_sb_sym(lib,
	    "sb_stemmer_delete");
	stem_sb.stem = (const sb_symbol *(*)(struct sb_stemmer *,
	    const sb_symbol *, int))stem_sb_sym(lib, "sb_stemmer_stem");
	stem_sb.length = (int (*)(struct sb_stemmer *))stem_sb_sym(lib,
	    "sb_stemmer_length");
}

#define sb_stemmer_new(a, e) \
	(pthread_once(&stem_sb_once, stem_sb_load), stem_sb.make((a), (e)))
#define sb_stemmer_delete(s)	stem_sb.del(s)
#define sb_stemmer_stem(s, w, n) stem_sb.stem((s), (w), (n))
#define sb_stemmer_length(s)	stem_sb.length(s)
#endif

/* A stem keeps at least this many letters; shorter words are whole. */
#define STEM_MIN_WORD	4
#define STEM_MIN_UK	3

struct stem {
	struct sb_stemmer	*ru;
	char			**ends;		/* longest first */
	size_t			*lens;
	size_t			 n;
};

static int
stem_by_length(const void *a, const void *b)
{
	size_t	la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);

	return la < lb ? 1 : la > lb ? -1 : 0;
}

struct stem *
stem_new(const char *const *ends, size_t n)
{
	struct stem	*st = xcalloc(1, sizeof *st);
	size_t		 i;

	st->ru = sb_stemmer_new("russian", "UTF_8");
	if (st->ru == NULL)
		abort();	/* only fails when out of memory */
	st->ends = xcalloc(n + 1, sizeof *st->ends);
	st->lens = xcalloc(n + 1, sizeof *st->lens);
	for (i = 0; i < n; i++)
		st->ends[i] = xstrdup(ends[i]);
	qsort(st->ends, n, sizeof *st->ends, stem_by_length);
	for (i = 0; i < n; i++)
		st->lens[i] = strlen(st->ends[i]);
	st->n = n;
	return st;
}

void
stem_free(struct stem *st)
{
	size_t	i;

	if (st == NULL)
		return;
	sb_stemmer_delete(st->ru);
	for (i = 0; i < st->n; i++)
		free(st->ends[i]);
	free(st->ends);
	free(st->lens);
	free(st);
}

/* 1 for the letters only Ukrainian has among the two: і ї є ґ. */
static int
stem_uk_letter(uint32_t cp)
{
	return cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491;
}

enum stem_lang
stem_lang_of(const char *w, size_t len)
{
	size_t		i = 0;
	uint32_t	cp;
	int		uk = 0, letters = 0;

	while (i < len) {
		i += utf8_decode(w + i, len - i, &cp, NULL);
		if (cp == '\'' && letters > 0 && i < len) {
			uk = 1;
			continue;
		}
		if (cp < 0x400 || cp > 0x4ff)
			return STEM_NONE;
		uk |= stem_uk_letter(cp);
		letters++;
	}
	if (letters == 0)
		return STEM_NONE;
	return uk ? STEM_UK : STEM_RU;
}

/* The number of letters (code points) in w[0..len). */
static size_t
stem_letters(const char *w, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)w[i] & 0xc0) != 0x80;
	return n;
}

static size_t
stem_uk(struct stem *st, const char *w, size_t len)
{
	size_t	i, l;

	for (i = 0; i < st->n; i++) {
		l = st->lens[i];
		if (l < len && memcmp(w + len - l, st->ends[i], l) == 0 &&
		    stem_letters(w, len - l) >= STEM_MIN_UK)
			return len - l;
	}
	return len;
}

static size_t
stem_ru(struct stem *st, const char *w, size_t len)
{
	const sb_symbol	*s;
	size_t		 sl;

	s = sb_stemmer_stem(st->ru, (const sb_symbol *)w, (int)len);
	if (s == NULL)
		abort();	/* only fails when out of memory */
	sl = (size_t)sb_stemmer_length(st->ru);
	/* Snowball only takes letters off the end; keep it so. */
	if (sl > len || memcmp(s, w, sl) != 0)
		return len;
	return sl;
}

size_t
stem_len(struct stem *st, const char *w, size_t len)
{
	if (stem_letters(w, len) < STEM_MIN_WORD)
		return len;
	switch (stem_lang_of(w, len)) {
	case STEM_RU:
		return stem_ru(st, w, len);
	case STEM_UK:
		return stem_uk(st, w, len);
	default:
		return len;
	}
}

/* ---- case forms of a name ------------------------------------------------ */

/* Final letters of a name that its case forms replace. */
static const char *stem_tails = "аяоеьйиыіїуюєэ";

/* Case endings that make a surname feminine, and masculine. */
static const char *stem_feminine[] = { "ая", "ой", "ую", "ою", "ої", "ей",
	"яя", "юю", NULL };
static const char *stem_masculine[] = { "ий", "ый", "ій", "ого", "его",
	"ього", "ому", "ему", "ьому", "им", "ым", "ім", "ом", "ем", NULL };
/* Plural case endings, and the plural tails of a name ("Суми"). */
static const char *stem_plural[] = { "ие", "ые", "их", "ых", "им", "ым",
	"ими", "ыми", "і", "и", "ы", "ах", "ях", "ам", "ям", "ами", "ями", "ов",
	"ев", "ів", "ей", NULL };
static const char *stem_plural_tails[] = { "и", "ы", "і", NULL };
/* The case endings of two and three letters a name may take; any other
   such rest makes another word ("Газета" is no form of "Газа"). */
static const char *stem_endings[] = { "ом", "ем", "єм", "ой", "ей", "ою",
	"ею", "єю", "ью", "ье", "ьи", "ья", "ым", "им", "ім", "ии", "ие",
	"ия", "ию", "ий", "ій", "ія", "ію", "ії", "ая", "яя", "ое", "ее",
	"ую", "юю", "ые", "ых", "их", "іх", "ам", "ям", "ах", "ях", "ов",
	"ев", "ів", "їв", "єв", "ого", "его", "ому", "ему", "ими", "ыми",
	"іми", "ами", "ями", "ією", "ієм", "ові", "еві", "єві", "ьей", "ьям",
	"ьях", "ьми", "ієї", "ої", "ьої", "ьом", "ьому", "ией", "ием", "иям",
	"иях", NULL };

/* 1 when s[0..len) is one of the words of list. */
static int
stem_in(const char **list, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return 1;
	}
	return 0;
}

/*
 * 1 when rest[0..rl), what a word has past a name's base, may be a case
 * ending: a letter, or one of stem_endings, after the first letter of the
 * name's own tail[0..tl) where it keeps it ("Китай", "Китаем": "а" and
 * "ем"; "Корея", "Кореи").
 */
static int
stem_case_ending(const char *tail, size_t tl, const char *rest, size_t rl)
{
	if (stem_letters(rest, rl) <= 1 || stem_in(stem_endings, rest, rl))
		return 1;
	if (tl < 2 || rl < 2 || memcmp(tail, rest, 2) != 0)
		return 0;
	return stem_letters(rest + 2, rl - 2) <= 1 ||
	    stem_in(stem_endings, rest + 2, rl - 2);
}

/* The length of name less up to two final letters of stem_tails,
   keeping three letters. */
static size_t
stem_base(const char *w, size_t len)
{
	size_t	k;

	for (k = 0; k < 2 && stem_letters(w, len) > STEM_MIN_UK; k++) {
		if (((unsigned char)w[len - 2] & 0xe0) != 0xc0 ||
		    strstr(stem_tails, (char[3]){ w[len - 2], w[len - 1], 0 })
		    == NULL)
			break;
		len -= 2;
	}
	return len;
}

/* 1 when the base (a name less its tail) is a surname or adjective
   stem: -ов, -ев, -ин, -ск, -цк, -ськ, -цьк. */
static int
stem_surname_base(const char *b, size_t len)
{
	static const char *sfx[] = { "ов", "ев", "ин", "ск", "цк", "ськ",
		"цьк", "ів", NULL };
	size_t	i, l;

	for (i = 0; sfx[i] != NULL; i++) {
		l = strlen(sfx[i]);
		if (len > l && memcmp(b + len - l, sfx[i], l) == 0)
			return 1;
	}
	return 0;
}

size_t
stem_name_len(const char *w, size_t len)
{
	if (stem_letters(w, len) < STEM_MIN_WORD ||
	    stem_lang_of(w, len) == STEM_NONE)
		return len;
	return stem_base(w, len);
}

int
stem_inflects_short(const char *name, size_t nlen, const char *form,
    size_t flen)
{
	const char	*rest = form + nlen;
	size_t		 rl = flen - nlen;

	if (stem_letters(name, nlen) != STEM_MIN_UK || flen <= nlen ||
	    memcmp(name, form, nlen) != 0 ||
	    ((unsigned char)name[nlen - 2] & 0xe0) != 0xc0 ||
	    stem_lang_of(name, nlen) == STEM_NONE ||
	    strstr(stem_tails, (char[3]){ name[nlen - 2], name[nlen - 1], 0 })
	    != NULL)
		return 0;
	/* the ending: a letter or three, from a vowel, й or ь */
	return stem_letters(rest, rl) <= 3 && rl >= 2 &&
	    strstr(stem_tails, (char[3]){ rest[0], rest[1], 0 }) != NULL;
}

int
stem_inflects(const char *name, size_t nlen, const char *form, size_t flen)
{
	size_t		 bl, tl, rl;
	const char	*tail, *rest;

	if (nlen == flen && memcmp(name, form, nlen) == 0)
		return 1;
	if (stem_letters(name, nlen) < STEM_MIN_WORD)
		return 0;
	bl = stem_base(name, nlen);
	if (flen < bl || memcmp(name, form, bl) != 0)
		return 0;
	tail = name + bl;
	tl = nlen - bl;
	rest = form + bl;
	rl = flen - bl;
	/* A case ending starts with a vowel, й or ь: "Роста" is not
	   "Росія". */
	if (stem_letters(rest, rl) > 3 || (rl >= 2 && strstr(stem_tails,
	    (char[3]){ rest[0], rest[1], 0 }) == NULL))
		return 0;
	if (!stem_case_ending(tail, tl, rest, rl))
		return 0;
	/* No case ending starts with "ич": "Федоровичу" is a patronymic,
	   no form of "Федоров". */
	if (rl >= 4 && memcmp(rest, "ич", 4) == 0)
		return 0;
	/* A masculine adjective surname: Зеленський, Зеленский. */
	if (stem_in(stem_masculine, tail, tl) && tl > 0)
		return rl == 0 || stem_in(stem_masculine, rest, rl) ||
		    stem_in(stem_plural, rest, rl);
	/* A plural name (Суми, Штаты) keeps plural endings. */
	if (stem_in(stem_plural_tails, tail, tl))
		return rl == 0 || stem_in(stem_plural, rest, rl);
	if (!stem_surname_base(name, bl))
		return 1;
	/* A feminine surname: Захарова, Зеленська. */
	if (tl == 2 && (memcmp(tail, "а", 2) == 0 ||
	    memcmp(tail, "я", 2) == 0))
		return rl > 0 && !stem_in(stem_masculine, rest, rl);
	if (tl > 0)
		return 1;
	/* A masculine surname ending in a consonant: Лавров, Путин. */
	return !stem_in(stem_feminine, rest, rl);
}
