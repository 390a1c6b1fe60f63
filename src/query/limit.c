/*
 * The limit language's parser: text into a tree of nodes.
 *
 *	or	:= and ("|" and)*
 *	and	:= unary unary*		(juxtaposition)
 *	unary	:= "!" unary | primary
 *	primary	:= "(" or ")" | "~" LETTER [ARG] | WORD
 *
 * A node keeps the column (in characters) where it began, for errors
 * found while evaluating.  Regular expressions are compiled here once,
 * so that a bad one is reported with its column at parse time.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/xmalloc.h"
#include "query/limit-int.h"

/* Bounds that keep parsing and evaluation (both recursive) shallow. */
#define LIMIT_MAX_DEPTH	 64	/* nested "(" and "!" */
#define LIMIT_MAX_NODES	 512	/* patterns and operators */

struct limit_parser {
	const char	*text;
	size_t		 pos;		/* byte offset */
	char		*cause;
	int		 depth;		/* "(" and "!" open now */
	int		 nodes;		/* made so far */
};

/* The 1-based column in characters of byte offset off. */
int
limit_column(const char *text, size_t off)
{
	size_t	i;
	int	col = 1;

	for (i = 0; i < off && text[i] != '\0'; i++) {
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			col++;
	}
	return col;
}

static void
limit_fail(struct limit_parser *lp, size_t off, const char *what)
{
	if (lp->cause == NULL)
		lp->cause = xasprintf("%s at column %d", what,
		    limit_column(lp->text, off));
}

static void
limit_skip(struct limit_parser *lp)
{
	while (lp->text[lp->pos] == ' ' || lp->text[lp->pos] == '\t' ||
	    lp->text[lp->pos] == '\n' || lp->text[lp->pos] == '\r')
		lp->pos++;
}

static struct limit_node *
limit_node_new(struct limit_parser *lp, enum limit_kind kind, size_t off)
{
	struct limit_node	*n = xcalloc(1, sizeof *n);

	if (++lp->nodes > LIMIT_MAX_NODES)
		limit_fail(lp, off, "the limit is too long");

	n->kind = kind;
	n->off = off;
	return n;
}

static void
limit_node_free(struct limit_node *n)
{
	if (n == NULL)
		return;
	limit_node_free(n->a);
	limit_node_free(n->b);
	free(n->arg);
	if (n->re != NULL)
		pcre2_code_free(n->re);
	free(n);
}

static int
limit_word_char(char c)
{
	return c != '\0' && c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
	    c != '(' && c != ')' && c != '|';
}

/* A quoted string at lp->pos (on the quote); malloc'd, or NULL. */
static char *
limit_quoted(struct limit_parser *lp)
{
	struct buf	 b = { 0 };
	char		 q = lp->text[lp->pos];
	size_t		 start = lp->pos++;
	char		 c;

	buf_adds(&b, "");
	while ((c = lp->text[lp->pos]) != q) {
		if (c == '\0') {
			limit_fail(lp, start, "unterminated string");
			buf_release(&b);
			return NULL;
		}
		if (c == '\\' && (lp->text[lp->pos + 1] == q ||
		    lp->text[lp->pos + 1] == '\\'))
			c = lp->text[++lp->pos];
		buf_addc(&b, c);
		lp->pos++;
	}
	lp->pos++;
	return buf_detach(&b, NULL);
}

/* A word or a quoted string; NULL (with a cause when malformed) when
   there is none. */
static char *
limit_word(struct limit_parser *lp)
{
	size_t	start;

	limit_skip(lp);
	if (lp->text[lp->pos] == '"' || lp->text[lp->pos] == '\'')
		return limit_quoted(lp);
	start = lp->pos;
	while (limit_word_char(lp->text[lp->pos]))
		lp->pos++;
	if (lp->pos == start)
		return NULL;
	return xstrndup(lp->text + start, lp->pos - start);
}

/* Compile a regular expression of the node; 0 or -1 with the column. */
static int
limit_regex(struct limit_parser *lp, struct limit_node *n, size_t argoff,
    uint32_t flags)
{
	PCRE2_UCHAR	msg[256];
	PCRE2_SIZE	erroff;
	int		err;
	char		*why;

	n->re = pcre2_compile((PCRE2_SPTR)n->arg, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | flags, &err,
	    &erroff, NULL);
	if (n->re != NULL)
		return 0;
	pcre2_get_error_message(err, msg, sizeof msg);
	why = xasprintf("bad regular expression '%s': %s", n->arg,
	    (char *)msg);
	/* The quote, when there was one, is not part of the pattern. */
	if (lp->text[argoff] == '"' || lp->text[argoff] == '\'')
		argoff++;
	limit_fail(lp, argoff + erroff, why);
	free(why);
	return -1;
}

/* The argument of "~d": one of the forms in limit.h. */
static int
limit_dates(struct limit_parser *lp, struct limit_node *n, size_t argoff)
{
	const char	*s = n->arg, *dots;
	size_t		 len = strlen(s);
	int32_t		 f, l, f2, l2;
	char		*cause = NULL;
	int		 rv;

	n->from = 0;
	n->to = 99991231;
	if ((dots = strstr(s, "..")) != NULL) {
		rv = 0;
		if (dots > s)
			rv = date_parse(s, (size_t)(dots - s), &n->from, &l,
			    &cause);
		if (rv == 0 && dots[2] != '\0')
			rv = date_parse(dots + 2, strlen(dots + 2), &f,
			    &n->to, &cause);
		if (rv == 0 && dots == s && dots[2] == '\0') {
			rv = -1;
			cause = xstrdup("'..' needs a date on one side");
		}
	} else if (s[0] == '>' || s[0] == '<') {
		size_t	skip = s[1] == '=' ? 2 : 1;

		rv = date_parse(s + skip, len - skip, &f, &l, &cause);
		if (rv == 0 && s[0] == '>')
			n->from = skip == 2 ? f : date_next(l);
		else if (rv == 0)
			n->to = skip == 2 ? l : date_prev(f);
	} else {
		rv = date_parse(s, len, &f2, &l2, &cause);
		n->from = f2;
		n->to = l2;
	}
	if (rv != 0) {
		limit_fail(lp, argoff, cause);
		free(cause);
		return -1;
	}
	if (n->from > n->to) {
		limit_fail(lp, argoff, "the period ends before it begins");
		return -1;
	}
	return 0;
}

static const struct {
	char		 letter;
	enum limit_kind	 kind;
	int		 arg;		/* takes an argument */
	const char	*what;		/* the argument, for errors */
} limit_patterns[] = {
	{ 'd', LIMIT_DATE, 1, "a date" },
	{ 's', LIMIT_SOURCE, 1, "a source" },
	{ 'l', LIMIT_LANG, 1, "a language" },
	{ 'N', LIMIT_UNREAD, 0, NULL },
	{ 'F', LIMIT_STARRED, 0, NULL },
	{ 'a', LIMIT_ACTOR, 1, "an actor" },
	{ 'i', LIMIT_ISSUE, 1, "an issue" },
	{ 'p', LIMIT_SIDE, 1, "a side" },
};

/* The argument of a pattern, checked as far as text alone allows. */
static int
limit_argument(struct limit_parser *lp, struct limit_node *n,
    const char *what, char letter)
{
	size_t	argoff;
	char	*msg;

	limit_skip(lp);
	argoff = lp->pos;
	if ((n->arg = limit_word(lp)) == NULL) {
		msg = xasprintf("'~%c' needs %s", letter, what);
		limit_fail(lp, argoff, msg);
		free(msg);
		return -1;
	}
	n->argoff = argoff;
	if (n->kind == LIMIT_DATE)
		return limit_dates(lp, n, argoff);
	if (n->kind == LIMIT_SOURCE)
		return limit_regex(lp, n, argoff, PCRE2_CASELESS);
	return 0;
}

/* "~X [ARG]" at lp->pos (on the tilde). */
static struct limit_node *
limit_pattern(struct limit_parser *lp)
{
	struct limit_node	*n;
	size_t			 off = lp->pos, i, len;
	char			*msg;

	lp->pos++;
	for (i = 0; i < sizeof limit_patterns / sizeof limit_patterns[0];
	    i++) {
		if (lp->text[lp->pos] == limit_patterns[i].letter)
			break;
	}
	if (i == sizeof limit_patterns / sizeof limit_patterns[0]) {
		/* The tilde and the character after it, whole. */
		len = 1;
		if (limit_word_char(lp->text[off + 1]))
			len++;
		while (((unsigned char)lp->text[off + len] & 0xc0) == 0x80)
			len++;
		msg = xasprintf("unknown pattern '%.*s'", (int)len,
		    lp->text + off);
		limit_fail(lp, off, msg);
		free(msg);
		return NULL;
	}
	lp->pos++;
	n = limit_node_new(lp, limit_patterns[i].kind, off);
	if (limit_patterns[i].arg && limit_argument(lp, n,
	    limit_patterns[i].what, limit_patterns[i].letter) != 0) {
		limit_node_free(n);
		return NULL;
	}
	return n;
}

static struct limit_node *limit_or(struct limit_parser *);

static struct limit_node *
limit_primary(struct limit_parser *lp)
{
	struct limit_node	*n;
	size_t			 off;

	limit_skip(lp);
	off = lp->pos;
	switch (lp->text[off]) {
	case '(':
		lp->pos++;
		if (++lp->depth > LIMIT_MAX_DEPTH) {
			limit_fail(lp, off, "parentheses nested too deeply");
			return NULL;
		}
		n = limit_or(lp);
		lp->depth--;
		if (n == NULL)
			return NULL;
		limit_skip(lp);
		if (lp->text[lp->pos] != ')') {
			limit_fail(lp, lp->pos, "missing ')'");
			limit_node_free(n);
			return NULL;
		}
		lp->pos++;
		return n;
	case '~':
		return limit_pattern(lp);
	case '\0':
		limit_fail(lp, off, "a pattern is missing");
		return NULL;
	case ')':
	case '|':
		limit_fail(lp, off, lp->text[off] == ')' ? "unexpected ')'" :
		    "a pattern is missing before '|'");
		return NULL;
	}
	n = limit_node_new(lp, LIMIT_REGEX, off);
	n->argoff = off;
	if ((n->arg = limit_word(lp)) == NULL ||
	    limit_regex(lp, n, off, 0) != 0) {
		limit_node_free(n);
		return NULL;
	}
	return n;
}

static struct limit_node *
limit_unary(struct limit_parser *lp)
{
	struct limit_node	*n, *not;
	size_t			 off;

	limit_skip(lp);
	off = lp->pos;
	if (lp->text[off] != '!')
		return limit_primary(lp);
	lp->pos++;
	if (++lp->depth > LIMIT_MAX_DEPTH) {
		limit_fail(lp, off, "'!' nested too deeply");
		return NULL;
	}
	n = limit_unary(lp);
	lp->depth--;
	if (n == NULL)
		return NULL;
	not = limit_node_new(lp, LIMIT_NOT, off);
	not->a = n;
	return not;
}

/* Whether an operand can start here (and so juxtaposition goes on). */
static int
limit_more(struct limit_parser *lp)
{
	char	c;

	limit_skip(lp);
	c = lp->text[lp->pos];
	return c != '\0' && c != ')' && c != '|';
}

static struct limit_node *
limit_binary(struct limit_parser *lp, enum limit_kind kind,
    struct limit_node *a, struct limit_node *b)
{
	struct limit_node	*n = limit_node_new(lp, kind, a->off);

	n->a = a;
	n->b = b;
	return n;
}

static struct limit_node *
limit_and(struct limit_parser *lp)
{
	struct limit_node	*n, *m;

	if ((n = limit_unary(lp)) == NULL)
		return NULL;
	while (limit_more(lp) && lp->cause == NULL) {
		if ((m = limit_unary(lp)) == NULL) {
			limit_node_free(n);
			return NULL;
		}
		n = limit_binary(lp, LIMIT_AND, n, m);
	}
	return n;
}

static struct limit_node *
limit_or(struct limit_parser *lp)
{
	struct limit_node	*n, *m;

	if ((n = limit_and(lp)) == NULL)
		return NULL;
	for (;;) {
		limit_skip(lp);
		if (lp->text[lp->pos] != '|')
			return n;
		lp->pos++;
		limit_skip(lp);
		if (lp->text[lp->pos] == '\0' || lp->text[lp->pos] == ')' ||
		    lp->text[lp->pos] == '|') {
			limit_fail(lp, lp->pos, "a pattern is missing after "
			    "'|'");
			limit_node_free(n);
			return NULL;
		}
		if ((m = limit_and(lp)) == NULL) {
			limit_node_free(n);
			return NULL;
		}
		n = limit_binary(lp, LIMIT_OR, n, m);
	}
}

struct limit *
limit_parse(const char *text, char **cause)
{
	struct limit_parser	 lp = { text, 0, NULL, 0, 0 };
	struct limit		*l = xcalloc(1, sizeof *l);

	l->text = xstrdup(text);
	lp.text = l->text;
	limit_skip(&lp);
	if (lp.text[lp.pos] == '\0')
		return l;
	l->root = limit_or(&lp);
	if (l->root != NULL) {
		limit_skip(&lp);
		if (lp.text[lp.pos] != '\0')
			limit_fail(&lp, lp.pos, "unexpected ')'");
	}
	if (lp.cause != NULL) {
		*cause = lp.cause;
		limit_free(l);
		return NULL;
	}
	return l;
}

void
limit_free(struct limit *l)
{
	if (l == NULL)
		return;
	limit_node_free(l->root);
	free(l->text);
	free(l);
}

const char *
limit_text(const struct limit *l)
{
	return l->text;
}

int
limit_is_all(const struct limit *l)
{
	return l->root == NULL;
}

static unsigned
limit_node_needs(const struct limit_node *n)
{
	unsigned	r = 0;

	if (n == NULL)
		return 0;
	switch (n->kind) {
	case LIMIT_ACTOR:
		r = LIMIT_NEEDS_ACTORS;
		break;
	case LIMIT_ISSUE:
	case LIMIT_SIDE:
		r = LIMIT_NEEDS_ACTORS | LIMIT_NEEDS_POSITIONS;
		break;
	case LIMIT_UNREAD:
	case LIMIT_STARRED:
		r = LIMIT_NEEDS_MARKS;
		break;
	case LIMIT_REGEX:
		r = LIMIT_NEEDS_SEARCH;
		break;
	default:
		break;
	}
	return r | limit_node_needs(n->a) | limit_node_needs(n->b);
}

unsigned
limit_needs(const struct limit *l)
{
	return limit_node_needs(l->root);
}
