/*
 * rxplan: from a PCRE2 pattern to a trigram query, plus the facts about
 * the pattern that the search needs before compiling it.
 *
 * The query is an AND/OR tree over trigrams of case-folded (fold.h) code
 * points: an article whose folded NFC text holds no set of trigrams that
 * satisfies the query cannot contain a match, whatever the case flags.
 * The planner reads PCRE2 10.42 syntax (UTF and UCP) strictly: literals,
 * concatenation, alternation, classes, groups, quantifiers, \Q..\E, (?x)
 * with Unicode Pattern_White_Space and comments, inline flags, the option
 * verbs at the start.  Back references, recursion, lookaround bodies and
 * large classes stand for "any string"; anything it does not fully
 * understand (an unknown escape, group or verb, a brace that is not a
 * quantifier, a quantified assertion) makes the whole query ALL, never a
 * narrower one.  tests/unit/test-rxdiff and fuzz/fuzz-rxdiff check this
 * against the full scan.
 */
#ifndef DEMARCHE_RXPLAN_H
#define DEMARCHE_RXPLAN_H

#include <stddef.h>
#include <stdint.h>

#include "search/rxq.h"

struct rxplan {
	struct rxq	*query;		/* never NULL */
	int		 has_upper;	/* a literal upper-case character */
	int		 inline_case;	/* an inline (?i) or (?-i) flag */
	char		*nfc;		/* the pattern with its literal runs in
					   NFC; NULL when already NFC */
	size_t		 nfclen;
};

/*
 * Plan pattern[0..len).  Never fails: a pattern it cannot read (or that
 * PCRE2 will reject) plans to RXQ_ALL.  The pattern to plan is the NFC
 * rewrite when there is one (rxplan_parse does that itself).
 */
void		 rxplan_parse(struct rxplan *, const char *pattern,
		    size_t len);
void		 rxplan_release(struct rxplan *);

/*
 * 1 when every line that next matches, prev matches too, whatever the
 * case flags of either: both are plain literals (no PCRE2 metacharacter,
 * no '#', space or other character (?x) or a verb could give a meaning),
 * next is in NFC and begins with prev.  Typing a word one key at a time gives such
 * pairs, and a search for next need read only what prev matched.
 */
int		 rxplan_literal_extends(const char *prev, const char *next);

#endif
