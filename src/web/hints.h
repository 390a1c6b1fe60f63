/*
 * hints: the word lists that steer the main-text extractor, read from a
 * plain-text file (data/web/hints, extended by
 * $XDG_CONFIG_HOME/demarche/hints).  One entry per line, "CLASS WORD",
 * '#' starting a comment line:
 *
 *   positive  a class or id containing WORD marks likely article text
 *   negative  ... marks likely boilerplate (scored down, not removed)
 *   drop      ... marks boilerplate removed outright (share bars, comments)
 *   keep      ... protects an element from drop ("article-body")
 *   phrase    a whole paragraph equal to WORD... (case-folded ASCII) is
 *             boilerplate ("advertisement", "read more"); the rest of the
 *             line is the phrase
 *
 * Words are ASCII, matched as substrings of the lowercased class and id.
 * A malformed line is reported as "FILE:LINE: reason" and loading fails.
 */
#ifndef DEMARCHE_HINTS_H
#define DEMARCHE_HINTS_H

#include <stddef.h>

enum hint_class {
	HINT_POSITIVE,
	HINT_NEGATIVE,
	HINT_DROP,
	HINT_KEEP,
	HINT_PHRASE,
	HINT_NCLASSES
};

struct hints {
	char	**words[HINT_NCLASSES];	/* owned, lowercase */
	size_t	  n[HINT_NCLASSES];
	size_t	  alloc[HINT_NCLASSES];
};

void	hints_init(struct hints *);
void	hints_release(struct hints *);
/* Add the entries of text[0..len), named file in messages. */
int	hints_parse(struct hints *, const char *text, size_t len,
	    const char *file, char **cause);
/* Read path and add its entries. */
int	hints_load(struct hints *, const char *path, char **cause);
/* 1 when the lowercase s contains a word of class c. */
int	hints_match(const struct hints *, enum hint_class c, const char *s);
/* 1 when the paragraph s (any case) equals a phrase, spaces aside. */
int	hints_is_phrase(const struct hints *, const char *s, size_t len);

#endif
