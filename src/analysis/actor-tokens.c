/*
 * actor-tokens: a sentence cut into tokens for the extractor.  A word is
 * a run of letters, digits and marks, extended over initials ("U.S.") and
 * the abbreviations the article reader knows, and over apostrophes between
 * Cyrillic letters ("пам'ять", "Прем’єр"); "'s" after a word is a
 * possessive token; any other character that is not white space is a
 * punctuation token of its own.  Every token's folded form (dict_fold())
 * goes into x->fold.
 */
#include "config.h"

#include <string.h>

#include "analysis/actor-internal.h"
#include "analysis/actor-tokens.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/article.h"

static size_t	apostrophe(const char *, size_t);

/* 1 when s[0..len) starts with a Cyrillic letter. */
int
actor_tokens_cyrillic_at(const char *s, size_t len)
{
	uint32_t	cp;

	if (len == 0 || (unsigned char)s[0] < 0x80)
		return 0;
	utf8_decode(s, len, &cp, NULL);
	return cp >= 0x400 && cp <= 0x4ff;
}

/* Length of the word run at s[0..len): letters, digits, marks, and
   apostrophes between Cyrillic letters. */
static size_t
word_run(const char *s, size_t len)
{
	size_t		i = 0, n, ap, last = 0;
	uint32_t	cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80 && ((s[i] >= 'a' &&
		    s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9'))) {
			last = i++;
			continue;
		}
		/* The straight apostrophe of "Об'єднаних" is looked at
		   below with the curly ones. */
		n = utf8_decode(s + i, len - i, &cp, NULL);
		if (!utf8_is_alnum(cp)) {
			if (cp == 0x2BC)	/* ʼ: a letter that is an
						   apostrophe */
				ap = n;
			else
				ap = apostrophe(s + i, len - i);
			if (ap == 0 || i == 0 || !actor_tokens_cyrillic_at(s + last,
			    len - last) || !actor_tokens_cyrillic_at(s + i + ap,
			    len - i - ap))
				break;
			n = ap;
		}
		last = i;
		i += n;
	}
	return i;
}

/* 1 when s[0..len) is an apostrophe (straight or curly). */
static size_t
apostrophe(const char *s, size_t len)
{
	if (len >= 1 && (s[0] == '\'' || s[0] == '`'))
		return 1;
	if (len >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x99 || (unsigned char)s[2] == 0x98))
		return 3;
	return 0;
}

/* Extend the word at t[0..*n) over initials and known abbreviations. */
static void
word_extend(const char *t, size_t len, size_t *n)
{
	size_t	w = *n;

	if (*n < len && t[*n] == '.' && article_is_abbreviation(t, *n) &&
	    *n > 1) {
		(*n)++;
		return;
	}
	/* Initials: "U.S.", "D.C.", "J.D." */
	while (w == 1 && *n < len && t[*n] == '.') {
		(*n)++;
		w = word_run(t + *n, len - *n);
		if (w != 1 || *n + 1 >= len || t[*n + 1] != '.')
			return;
		*n += w;
	}
}

static void
tok_add(struct ax *x, uint32_t start, uint32_t end, enum tok_type type,
    int gap)
{
	struct tok	*t;
	const char	*s = x->a->text + start;
	size_t		 len = end - start, i, n;
	uint32_t	 cp;
	int		 upper = 0, lower = 0;

	x->toks = xgrow(x->toks, &x->toks_alloc, x->ntoks + 1,
	    sizeof *x->toks);
	t = &x->toks[x->ntoks++];
	memset(t, 0, sizeof *t);
	t->start = start;
	t->end = end;
	t->type = type;
	t->gap = gap;
	t->fold = (uint32_t)x->fold.len;
	dict_fold(&x->fold, s, len);
	t->flen = (uint32_t)(x->fold.len - t->fold);
	utf8_decode(s, len, &t->cp, NULL);
	/* A mark is its own stem: the hyphen of "Санкт-Петербурга" stays in
	   the stem key, as it is in the dictionary's. */
	t->slen = t->flen;
	if (type != TOK_WORD)
		return;
	t->cap = utf8_is_upper(t->cp);
	t->cyr = t->cp >= 0x400 && t->cp <= 0x4ff;
	if (t->cyr)
		t->slen = (uint32_t)dict_stem_word(x->d, TOKF(x, t), t->flen);
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp, NULL);
		upper += utf8_is_upper(cp);
		lower += utf8_is_lower(cp);
	}
	t->allcaps = upper >= 2 && lower == 0;
}

/* Cut sentence [start, end) into tokens. */
void
actor_tokens_add(struct ax *x, uint32_t start, uint32_t end)
{
	const char	*text = x->a->text;
	size_t		 i = start, n, ap;
	uint32_t	 cp;
	int		 gap = 1;

	while (i < end) {
		n = utf8_decode(text + i, end - i, &cp, NULL);
		if (utf8_is_space(cp) || cp == 0) {
			gap = 1;
			i += n;
			continue;
		}
		ap = apostrophe(text + i, end - i);
		if (ap > 0 && x->ntoks > 0 && !gap &&
		    x->toks[x->ntoks - 1].type == TOK_WORD &&
		    i + ap < end && (text[i + ap] == 's' || text[i + ap] == 'S') &&
		    word_run(text + i + ap, end - i - ap) == 1) {
			tok_add(x, (uint32_t)i, (uint32_t)(i + ap + 1), TOK_POSS,
			    0);
			i += ap + 1;
			gap = 0;
			continue;
		}
		if ((n = word_run(text + i, end - i)) > 0) {
			word_extend(text + i, end - i, &n);
			tok_add(x, (uint32_t)i, (uint32_t)(i + n), TOK_WORD, gap);
		} else {
			n = utf8_decode(text + i, end - i, &cp, NULL);
			tok_add(x, (uint32_t)i, (uint32_t)(i + n), TOK_PUNCT, gap);
		}
		i += n;
		gap = 0;
	}
}
