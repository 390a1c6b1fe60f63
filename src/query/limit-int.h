/*
 * limit-int: the parsed tree of a limit, shared by the parser (limit.c)
 * and the evaluator (limit-eval.c) only.
 */
#ifndef DEMARCHE_LIMIT_INT_H
#define DEMARCHE_LIMIT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "query/limit.h"

enum limit_kind {
	LIMIT_AND,
	LIMIT_OR,
	LIMIT_NOT,
	LIMIT_DATE,
	LIMIT_SOURCE,
	LIMIT_LANG,
	LIMIT_UNREAD,
	LIMIT_STARRED,
	LIMIT_ACTOR,
	LIMIT_ISSUE,
	LIMIT_SIDE,
	LIMIT_REGEX,
};

struct limit_node {
	enum limit_kind		 kind;
	size_t			 off;	/* byte offset where it begins */
	size_t			 argoff; /* ... and its argument */
	struct limit_node	*a, *b;	/* operands (b for AND and OR) */
	char			*arg;	/* the argument or word, unquoted */
	void			*re;	/* pcre2_code of ~s and words */
	int32_t			 from, to; /* ~d: first and last day */
};

struct limit {
	char			*text;
	struct limit_node	*root;	/* NULL: every article */
};

/* The 1-based column in characters of byte offset off of text. */
int	limit_column(const char *text, size_t off);

#endif
