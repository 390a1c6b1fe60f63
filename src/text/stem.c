/*
 * stem: Snowball for Russian, the longest listed ending for Ukrainian.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/stem.h"

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

	return (la < lb ? 1 : la > lb ? -1 : 0);
}

struct stem *
stem_new(char *const *ends, size_t n)
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
	return (st);
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
	return (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491);
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
			return (STEM_NONE);
		uk |= stem_uk_letter(cp);
		letters++;
	}
	if (letters == 0)
		return (STEM_NONE);
	return (uk ? STEM_UK : STEM_RU);
}

/* The number of letters (code points) in w[0..len). */
static size_t
stem_letters(const char *w, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)w[i] & 0xc0) != 0x80;
	return (n);
}

static size_t
stem_uk(struct stem *st, const char *w, size_t len)
{
	size_t	i, l;

	for (i = 0; i < st->n; i++) {
		l = st->lens[i];
		if (l < len && memcmp(w + len - l, st->ends[i], l) == 0 &&
		    stem_letters(w, len - l) >= STEM_MIN_UK)
			return (len - l);
	}
	return (len);
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
		return (len);
	return (sl);
}

size_t
stem_len(struct stem *st, const char *w, size_t len)
{
	if (stem_letters(w, len) < STEM_MIN_WORD)
		return (len);
	switch (stem_lang_of(w, len)) {
	case STEM_RU:
		return (stem_ru(st, w, len));
	case STEM_UK:
		return (stem_uk(st, w, len));
	default:
		return (len);
	}
}
