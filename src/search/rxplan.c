/*
 * rxplan: the reader of PCRE2 syntax that turns a pattern into a trigram
 * query (rxplan.h), through the algebra of rxinfo.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/fold.h"
#include "search/rxinfo.h"
#include "search/rxplan.h"

#define RX_MAX_CLASS	16	/* code points of a class still expanded */
#define RX_MAX_DEPTH	200	/* nesting before giving up */

struct rp {
	const char	*p;
	size_t		 i, len;
	int		 x;		/* extended: skip white space, # */
	int		 upper;
	int		 inline_case;
	int		 bad;		/* gave up: the whole query is ALL */
	int		 depth;
	int		 quote;		/* inside \Q..\E */
	int		 newline;	/* a newline other than LF is set */
	int		 zero;		/* the last atom was zero-width */
};

/*
 * The parser.  It is strict by construction: what it reads, it reads as
 * PCRE2 10.42 does with PCRE2_UTF and PCRE2_UCP; anything else (an
 * unknown escape, verb or group, a brace that is no quantifier, a
 * quantifier after an assertion, a comment under a newline convention
 * other than LF) sets rp->bad, and a bad pattern plans to ALL as a whole:
 * a reader that has lost its place could join characters PCRE2 keeps
 * apart, which would narrow the query.  Reading a construct as a larger
 * set of strings than PCRE2 does (a class with extra members, a part read
 * as "any string") is always safe.
 */

static int
rp_more(struct rp *rp)
{
	return rp->i < rp->len;
}

static uint32_t
rp_peekcp(struct rp *rp, size_t *k)
{
	uint32_t	cp;

	*k = utf8_decode(rp->p + rp->i, rp->len - rp->i, &cp, NULL);
	return cp;
}

/* 1 when p[i..) begins with s. */
static int
rp_at(struct rp *rp, const char *s)
{
	size_t	n = strlen(s);

	return rp->len - rp->i >= n && memcmp(rp->p + rp->i, s, n) == 0;
}

/*
 * Unicode Pattern_White_Space, what PCRE2_EXTENDED skips in UTF mode:
 * not only ASCII white space but NEL, the two directional marks and the
 * line and paragraph separators.
 */
static int
rp_is_space(uint32_t cp)
{
	return (cp >= 0x09 && cp <= 0x0d) || cp == 0x20 || cp == 0x85 ||
	    cp == 0x200e || cp == 0x200f || cp == 0x2028 || cp == 0x2029;
}

/* In extended mode, skip white space and # comments (up to an LF). */
static void
rp_skip(struct rp *rp)
{
	uint32_t	cp;
	size_t		k;

	if (!rp->x || rp->quote)
		return;
	while (rp_more(rp) && !rp->bad) {
		cp = rp_peekcp(rp, &k);
		if (rp_is_space(cp))
			rp->i += k;
		else if (cp == '#') {
			if (rp->newline)
				rp->bad = 1;	/* it ends elsewhere */
			while (rp_more(rp) && rp->p[rp->i] != '\n')
				rp->i++;
		} else
			break;
	}
}

static struct rinfo
rp_char(struct rp *rp, uint32_t cp)
{
	uint32_t	f[FOLD_MAX];

	if (utf8_is_upper(cp))
		rp->upper = 1;
	return rinfo_exact1(f, fold_cp(cp, f));
}

enum esc_kind {
	ESC_CHAR,	/* a literal code point */
	ESC_ONE,	/* one unknown character */
	ESC_EMPTY,	/* an assertion or nothing */
	ESC_ANY,	/* an unknown string */
	ESC_BAD,	/* not understood: give up */
};

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Up to max digits of base at p[i..); with brace, exactly "{digits}".
 * Returns the value, or -1 when malformed or past U+10FFFF.
 */
static long
rp_number(struct rp *rp, int base, int max, int brace)
{
	long	v = 0;
	int	d, n = 0;

	if (brace) {
		if (!rp_more(rp) || rp->p[rp->i] != '{')
			return -1;
		rp->i++;
	}
	while (rp_more(rp) && n < max && (d = hexval(rp->p[rp->i])) >= 0 &&
	    d < base) {
		v = v * base + d;
		rp->i++;
		n++;
	}
	if (brace) {
		if (!rp_more(rp) || rp->p[rp->i] != '}' || n == 0)
			return -1;
		rp->i++;
	}
	return v < 0x110000 ? v : -1;
}

/* 1 for the characters of a group or reference name. */
static int
rp_namechar(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c == '_' || (c & 0x80) != 0;
}

/* A name up to close (consumed); 0 when malformed. */
static int
rp_name(struct rp *rp, char close)
{
	size_t	start = rp->i;

	while (rp_more(rp) && rp_namechar(rp->p[rp->i]))
		rp->i++;
	if (!rp_more(rp) || rp->p[rp->i] != close || rp->i == start)
		return 0;
	rp->i++;
	return 1;
}

/* After \p or \P: "{...}" or one letter; 0 when malformed. */
static int
rp_property(struct rp *rp)
{
	char	c;

	if (!rp_more(rp))
		return 0;
	c = rp->p[rp->i++];
	if (c != '{')
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	while (rp_more(rp) && rp->p[rp->i] != '}' && rp->p[rp->i] != '\\' &&
	    rp->p[rp->i] != ']' && rp->p[rp->i] != ')')
		rp->i++;
	if (!rp_more(rp) || rp->p[rp->i] != '}')
		return 0;
	rp->i++;
	return 1;
}

/* After \g or \k: a back reference or subroutine call; 0 if malformed. */
static int
rp_reference(struct rp *rp, char kind)
{
	char	c;
	size_t	start;

	if (!rp_more(rp))
		return 0;
	c = rp->p[rp->i];
	if (c == '{' || c == '<' || c == '\'') {
		rp->i++;
		if (kind == 'g' && rp_more(rp) && (rp->p[rp->i] == '-' ||
		    rp->p[rp->i] == '+'))
			rp->i++;
		return rp_name(rp, c == '{' ? '}' : c == '<' ? '>' : '\'');
	}
	if (kind != 'g')
		return 0;
	if (c == '-' || c == '+')
		rp->i++;
	start = rp->i;
	while (rp_more(rp) && rp->p[rp->i] >= '0' && rp->p[rp->i] <= '9')
		rp->i++;
	return rp->i > start;
}

/* \N{U+hhhh}, after the N; -1 when malformed. */
static long
rp_named_char(struct rp *rp)
{
	long	v = 0;
	int	d, n = 0;

	if (!rp_at(rp, "{U+"))
		return -1;
	rp->i += 3;
	while (rp_more(rp) && n < 8 && (d = hexval(rp->p[rp->i])) >= 0) {
		v = v * 16 + d;
		rp->i++;
		n++;
	}
	if (!rp_more(rp) || rp->p[rp->i] != '}' || n == 0 || v >= 0x110000)
		return -1;
	rp->i++;
	return v;
}

/* The escapes that stand for one code point; ESC_BAD for the others. */
static enum esc_kind
rp_escape_char(struct rp *rp, char c, uint32_t *cp)
{
	long	v;

	switch (c) {
	case 'a': v = 7; break;
	case 'e': v = 27; break;
	case 'f': v = 12; break;
	case 'n': v = 10; break;
	case 'r': v = 13; break;
	case 't': v = 9; break;
	case 'x':
		v = rp_more(rp) && rp->p[rp->i] == '{' ?
		    rp_number(rp, 16, 8, 1) : rp_number(rp, 16, 2, 0);
		break;
	case 'o':
		v = rp_number(rp, 8, 11, 1);
		break;
	case '0':
		v = rp_number(rp, 8, 2, 0);
		break;
	case 'c':
		if (!rp_more(rp) || rp->p[rp->i] < 0x20 ||
		    rp->p[rp->i] > 0x7e)
			return ESC_BAD;
		c = rp->p[rp->i++];
		v = ((c >= 'a' && c <= 'z') ? c - 32 : c) ^ 0x40;
		break;
	case 'N':
		v = rp_named_char(rp);
		break;
	default:
		return ESC_BAD;
	}
	if (v < 0)
		return ESC_BAD;
	*cp = (uint32_t)v;
	return ESC_CHAR;
}

/* After a backslash (already consumed). */
static enum esc_kind
rp_escape(struct rp *rp, uint32_t *cp, int inclass)
{
	size_t	k;
	char	c;

	if (!rp_more(rp))
		return ESC_BAD;
	c = rp->p[rp->i++];
	switch (c) {
	case 'b':
		if (!inclass)
			return ESC_EMPTY;
		*cp = 8;
		return ESC_CHAR;
	case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		return inclass ? ESC_BAD : ESC_EMPTY;
	case 'E':
		return ESC_EMPTY;
	case 'Q':
		rp->quote = 1;
		return ESC_EMPTY;
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
	case 'h': case 'H': case 'v': case 'V':
		return ESC_ONE;
	case 'N':
		if (rp_more(rp) && rp->p[rp->i] == '{')
			return rp_escape_char(rp, c, cp);
		return inclass ? ESC_BAD : ESC_ONE;
	case 'R': case 'X':
		return inclass ? ESC_BAD : ESC_ANY;
	case 'p': case 'P':
		return rp_property(rp) ? ESC_ONE : ESC_BAD;
	case 'g': case 'k':
		return !inclass && rp_reference(rp, c) ? ESC_ANY : ESC_BAD;
	case '1': case '2': case '3': case '4': case '5': case '6':
	case '7': case '8': case '9':
		/* A back reference, or octal: either way any string. */
		while (rp_more(rp) && rp->p[rp->i] >= '0' &&
		    rp->p[rp->i] <= '9')
			rp->i++;
		return inclass ? ESC_BAD : ESC_ANY;
	default:
		break;
	}
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z'))
		return rp_escape_char(rp, c, cp);
	rp->i--;
	*cp = rp_peekcp(rp, &k);	/* an escaped non-alphanumeric */
	rp->i += k;
	return ESC_CHAR;
}

/* Add the code points lo..hi to a class; returns -1 when too many. */
static int
class_add(struct rp *rp, struct rset *set, uint32_t lo, uint32_t hi)
{
	uint32_t	cp, f[FOLD_MAX];

	if (hi < lo || hi - lo >= RX_MAX_CLASS)
		return -1;
	for (cp = lo; cp <= hi; cp++) {
		if (utf8_is_upper(cp))
			rp->upper = 1;
		rset_add(set, f, fold_cp(cp, f));
		if (set->n > RX_MAX_CLASS)
			return -1;
	}
	return 0;
}

/* "[:name:]" or "[:^name:]" at p[i..): consumed, 1; else 0. */
static int
class_posix(struct rp *rp)
{
	size_t	j = rp->i + 2;

	if (j < rp->len && rp->p[j] == '^')
		j++;
	while (j < rp->len && rp->p[j] >= 'a' && rp->p[j] <= 'z')
		j++;
	if (j + 1 >= rp->len || rp->p[j] != ':' || rp->p[j + 1] != ']')
		return 0;
	rp->i = j + 2;
	return 1;
}

enum class_kind {
	CLASS_CP,	/* a code point */
	CLASS_NONE,	/* nothing (\E) */
	CLASS_BIG,	/* a set too large to expand */
	CLASS_END,	/* the closing ']' */
};

/* One class member (rp->bad set when it is not understood). */
static enum class_kind
class_member(struct rp *rp, uint32_t *cp)
{
	size_t	k;
	char	c = rp->p[rp->i];

	if (rp->quote) {
		if (rp_at(rp, "\\E")) {
			rp->quote = 0;
			rp->i += 2;
			return CLASS_NONE;
		}
	} else if (c == ']') {
		rp->i++;
		return CLASS_END;
	} else if (c == '[' && rp->i + 1 < rp->len && (rp->p[rp->i + 1] ==
	    ':' || rp->p[rp->i + 1] == '.' || rp->p[rp->i + 1] == '=')) {
		if (rp->p[rp->i + 1] != ':' || !class_posix(rp))
			rp->bad = 1;
		return CLASS_BIG;
	} else if (c == '\\') {
		rp->i++;
		switch (rp_escape(rp, cp, 1)) {
		case ESC_CHAR:
			return CLASS_CP;
		case ESC_EMPTY:
			/* \Q in a class: read the rest as too big. */
			return rp->quote ? CLASS_BIG : CLASS_NONE;
		case ESC_BAD:
			rp->bad = 1;
			return CLASS_BIG;
		default:
			return CLASS_BIG;
		}
	}
	*cp = rp_peekcp(rp, &k);
	rp->i += k;
	return CLASS_CP;
}

/*
 * A class; the '[' is consumed.  White space is a member even under
 * (?xx), which ignores space and tab in classes: a member too many only
 * widens the set.
 */
static struct rinfo
rp_class(struct rp *rp)
{
	struct rinfo	r;
	enum class_kind	k;
	uint32_t	lo, hi;
	int		neg = 0, big = 0, end = 0;

	memset(&r, 0, sizeof r);
	if (rp_more(rp) && rp->p[rp->i] == '^') {
		neg = 1;
		rp->i++;
	}
	if (rp_more(rp) && rp->p[rp->i] == ']') {
		rp->i++;	/* a ']' first is a member */
		if (class_add(rp, &r.e, ']', ']') < 0)
			big = 1;
	}
	while (rp_more(rp) && !rp->bad && !end) {
		k = class_member(rp, &lo);
		if (k == CLASS_END)
			end = 1;
		else if (k == CLASS_BIG)
			big = 1;
		if (k != CLASS_CP)
			continue;
		hi = lo;
		if (rp->i + 1 < rp->len && rp->p[rp->i] == '-' &&
		    rp->p[rp->i + 1] != ']' && !rp->quote) {
			rp->i++;
			if (class_member(rp, &hi) != CLASS_CP) {
				rp->bad = 1;
				break;
			}
		}
		if (class_add(rp, &r.e, lo, hi) < 0)
			big = 1;
	}
	if (!end)
		rp->bad = 1;
	if (neg || big || r.e.n == 0) {
		rinfo_free(&r);
		return rinfo_any();
	}
	r.exact = 1;
	return r;
}

static struct rinfo	rp_alt(struct rp *);

/* A group body up to its ')'; flags set inside end with it. */
static struct rinfo
rp_group_body(struct rp *rp, int assertion)
{
	struct rinfo	r;
	int		x = rp->x;

	r = rp_alt(rp);
	rp->x = x;
	if (!rp_more(rp) || rp->p[rp->i] != ')')
		rp->bad = 1;
	else
		rp->i++;
	rp->zero = assertion;
	if (assertion) {
		rinfo_free(&r);
		return rinfo_empty();
	}
	return r;
}

/* Inline flags "(?imnsxJU-imnsxJU)" or "(?^...:"; after "(?". */
static struct rinfo
rp_flags(struct rp *rp)
{
	struct rinfo	r;
	int		on = 1, x = rp->x, saved;
	char		c;

	if (rp_more(rp) && rp->p[rp->i] == '^') {
		rp->i++;
		x = 0;
	}
	while (rp_more(rp)) {
		c = rp->p[rp->i++];
		if (c == 'i')
			rp->inline_case = 1;
		else if (c == 'x')
			x = on;
		else if (c == '-' && on)
			on = 0;
		else if (c == ')') {
			rp->x = x;
			rp->zero = 1;
			return rinfo_empty();
		} else if (c == ':') {
			saved = rp->x;
			rp->x = x;
			r = rp_group_body(rp, 0);
			rp->x = saved;
			return r;
		} else if (strchr("msnJU", c) == NULL || c == '\0')
			break;
	}
	rp->bad = 1;
	return rinfo_any();
}

/*
 * A conditional group, after "(?(": the condition (a number, a name or
 * an assertion), then one or two branches: either or nothing.
 */
static struct rinfo
rp_conditional(struct rp *rp)
{
	struct rinfo	r;

	if (rp_at(rp, "?=") || rp_at(rp, "?!") || rp_at(rp, "?<=") ||
	    rp_at(rp, "?<!")) {
		rp->i += rp->p[rp->i + 1] == '<' ? 3 : 2;
		r = rp_group_body(rp, 1);
		rinfo_free(&r);
	} else {
		while (rp_more(rp) && (rp_namechar(rp->p[rp->i]) ||
		    strchr("&<>'+-=.", rp->p[rp->i]) != NULL) &&
		    rp->p[rp->i] != '\0')
			rp->i++;
		if (!rp_more(rp) || rp->p[rp->i] != ')') {
			rp->bad = 1;
			return rinfo_any();
		}
		rp->i++;
	}
	r = rp_group_body(rp, 0);
	rp->zero = 0;
	return rinfo_alt(r, rinfo_empty());
}

/* A recursion or subroutine call: "(?R)", "(?1)", "(?-1)", "(?&name)". */
static struct rinfo
rp_call(struct rp *rp)
{
	char	c = rp->p[rp->i];

	if (c == '&' || c == '+' || c == '-')
		rp->i++;
	if (!rp_name(rp, ')'))
		rp->bad = 1;
	return rinfo_any();
}

/* After "(?". */
static struct rinfo
rp_special(struct rp *rp)
{
	char	c = rp->p[rp->i], close;

	if (c == '#') {
		while (rp_more(rp) && rp->p[rp->i] != ')')
			rp->i++;
		if (!rp_more(rp))
			rp->bad = 1;
		rp->i++;
		rp->zero = 1;
		return rinfo_empty();
	}
	if (c == ':' || c == '|' || c == '>') {
		rp->i++;
		return rp_group_body(rp, 0);
	}
	if (c == '=' || c == '!' || rp_at(rp, "<=") || rp_at(rp, "<!")) {
		rp->i += c == '<' ? 2 : 1;
		return rp_group_body(rp, 1);
	}
	if (c == '<' || c == '\'' || rp_at(rp, "P<")) {
		rp->i += c == 'P' ? 2 : 1;
		close = c == '\'' ? '\'' : '>';
		if (!rp_name(rp, close)) {
			rp->bad = 1;
			return rinfo_any();
		}
		return rp_group_body(rp, 0);
	}
	if (rp_at(rp, "P=") || rp_at(rp, "P>")) {
		rp->i += 2;
		if (!rp_name(rp, ')'))
			rp->bad = 1;
		return rinfo_any();
	}
	if (c == 'R' || c == '&' || c == '+' || (c >= '0' && c <= '9') ||
	    (c == '-' && rp->i + 1 < rp->len && rp->p[rp->i + 1] >= '0' &&
	    rp->p[rp->i + 1] <= '9'))
		return rp_call(rp);
	if (c == '(') {
		rp->i++;
		return rp_conditional(rp);
	}
	if (c == 'C') {
		rp->i++;
		while (rp_more(rp) && rp->p[rp->i] >= '0' &&
		    rp->p[rp->i] <= '9')
			rp->i++;
		if (!rp_more(rp) || rp->p[rp->i] != ')')
			rp->bad = 1;	/* a callout with a string */
		rp->i++;
		rp->zero = 1;
		return rinfo_empty();
	}
	if (c != '\0' && strchr("imsxnJU-^)", c) != NULL)
		return rp_flags(rp);
	rp->bad = 1;
	return rinfo_any();
}

/*
 * A "(*VERB)": the option settings PCRE2 allows at the very start of a
 * pattern are understood (those naming a newline convention other than
 * LF noted, for comments); every other verb gives up.
 */
static struct rinfo
rp_verb(struct rp *rp, size_t open)
{
	static const char *const ok[] = { "UTF)", "UCP)", "LF)", "CR)",
	    "CRLF)", "ANYCRLF)", "ANY)", "NUL)", "BSR_ANYCRLF)",
	    "BSR_UNICODE)", "NO_AUTO_POSSESS)", "NO_DOTSTAR_ANCHOR)",
	    "NO_JIT)", "NO_START_OPT)", "NOTEMPTY)", "NOTEMPTY_ATSTART)",
	    "LIMIT_", NULL };
	const char *const	*v;
	size_t			 j = 0;

	while (j < open) {	/* only verbs before this one */
		if (rp->p[j] != '(' || rp->p[j + 1] != '*')
			goto bad;
		while (j < open && rp->p[j] != ')')
			j++;
		j++;
	}
	for (v = ok; *v != NULL; v++) {
		if (!rp_at(rp, *v))
			continue;
		if (v - ok > 2 && v - ok < 8)
			rp->newline = 1;
		while (rp_more(rp) && rp->p[rp->i] != ')')
			rp->i++;
		rp->i++;
		rp->zero = 1;
		return rinfo_empty();
	}
bad:
	rp->bad = 1;
	return rinfo_any();
}

/* A literal inside \Q..\E (a quantifier right after its \E is ours). */
static struct rinfo
rp_quoted(struct rp *rp)
{
	uint32_t	cp;
	size_t		k;

	if (rp_at(rp, "\\E")) {
		rp->quote = 0;
		rp->i += 2;
		rp->zero = 1;
		return rinfo_empty();
	}
	cp = rp_peekcp(rp, &k);
	rp->i += k;
	if (rp_at(rp, "\\E")) {
		rp->quote = 0;
		rp->i += 2;
	}
	return rp_char(rp, cp);
}

/* A group: "(", "(?...", "(*...", with the '(' consumed. */
static struct rinfo
rp_group(struct rp *rp, size_t open)
{
	if (!rp_more(rp)) {
		rp->bad = 1;
		return rinfo_any();
	}
	if (rp->p[rp->i] == '*') {
		rp->i++;
		return rp_verb(rp, open);
	}
	if (rp->p[rp->i] == '?') {
		rp->i++;
		if (!rp_more(rp)) {
			rp->bad = 1;
			return rinfo_any();
		}
		return rp_special(rp);
	}
	return rp_group_body(rp, 0);
}

/*
 * One atom.  rp->zero is set when it is an assertion, a comment, a flag
 * setting or a verb: a quantifier after one is not understood.
 */
static struct rinfo
rp_atom(struct rp *rp)
{
	uint32_t	cp;
	size_t		k, open = rp->i;
	char		c;

	rp->zero = 0;
	if (rp->quote)
		return rp_quoted(rp);
	c = rp->p[rp->i++];
	switch (c) {
	case '(':
		return rp_group(rp, open);
	case '[':
		return rp_class(rp);
	case '.':
		return rinfo_any();
	case '^': case '$':
		rp->zero = 1;
		return rinfo_empty();
	case '*': case '+': case '?': case '{':
		rp->bad = 1;	/* no quantifier here; a brace that is none */
		return rinfo_any();
	case '\\':
		switch (rp_escape(rp, &cp, 0)) {
		case ESC_CHAR:
			return rp_char(rp, cp);
		case ESC_EMPTY:
			rp->zero = 1;
			return rinfo_empty();
		case ESC_BAD:
			rp->bad = 1;
			return rinfo_any();
		default:
			return rinfo_any();
		}
	default:
		rp->i--;
		cp = rp_peekcp(rp, &k);
		rp->i += k;
		return rp_char(rp, cp);
	}
}

/* Read a quantifier if one follows; returns 0 when there is none. */
static int
rp_quant(struct rp *rp, long *min, long *max)
{
	size_t	j;
	long	a = 0, b;

	if (!rp_more(rp) || rp->quote)
		return 0;
	switch (rp->p[rp->i]) {
	case '*':
		*min = 0, *max = -1;
		break;
	case '+':
		*min = 1, *max = -1;
		break;
	case '?':
		*min = 0, *max = 1;
		break;
	case '{':
		j = rp->i + 1;
		if (j >= rp->len || rp->p[j] < '0' || rp->p[j] > '9')
			return 0;
		while (j < rp->len && rp->p[j] >= '0' && rp->p[j] <= '9' &&
		    a < 100000)
			a = a * 10 + rp->p[j++] - '0';
		b = a;
		if (j < rp->len && rp->p[j] == ',') {
			b = -1;
			if (++j < rp->len && rp->p[j] >= '0' &&
			    rp->p[j] <= '9') {
				b = 0;
				while (j < rp->len && rp->p[j] >= '0' &&
				    rp->p[j] <= '9' && b < 100000)
					b = b * 10 + rp->p[j++] - '0';
			}
		}
		if (j >= rp->len || rp->p[j] != '}')
			return 0;
		rp->i = j;
		*min = a, *max = b;
		break;
	default:
		return 0;
	}
	rp->i++;
	if (rp_more(rp) && (rp->p[rp->i] == '?' || rp->p[rp->i] == '+'))
		rp->i++;
	return 1;
}

static struct rinfo
rp_seq(struct rp *rp)
{
	struct rinfo	r = rinfo_empty(), a;
	long		min, max;

	for (;;) {
		rp_skip(rp);
		if (!rp_more(rp) || rp->bad)
			break;
		if (!rp->quote && (rp->p[rp->i] == '|' || rp->p[rp->i] == ')'))
			break;
		a = rp_atom(rp);
		rp_skip(rp);
		while (!rp->bad && rp_quant(rp, &min, &max)) {
			if (rp->zero)
				rp->bad = 1;
			a = rinfo_repeat(a, min, max);
			rp_skip(rp);
		}
		r = rinfo_concat(r, a);
	}
	return r;
}

static struct rinfo
rp_alt(struct rp *rp)
{
	struct rinfo	r;

	if (++rp->depth > RX_MAX_DEPTH) {
		rp->bad = 1;
		return rinfo_any();
	}
	r = rp_seq(rp);
	while (rp_more(rp) && !rp->bad && rp->p[rp->i] == '|') {
		rp->i++;
		r = rinfo_alt(r, rp_seq(rp));
	}
	rp->depth--;
	return r;
}

/*
 * Rewrite the runs of literal characters of the pattern to NFC, leaving
 * escapes, classes and the character a quantifier applies to alone.
 */
static char	*rxplan_nfc(const char *, size_t, size_t *);

void
rxplan_parse(struct rxplan *pl, const char *pattern, size_t len)
{
	struct rp	rp;
	struct rinfo	r;

	memset(pl, 0, sizeof *pl);
	if (!utf8_is_nfc(pattern, len) && utf8_valid(pattern, len)) {
		pl->nfc = rxplan_nfc(pattern, len, &pl->nfclen);
		pattern = pl->nfc;
		len = pl->nfclen;
	}
	memset(&rp, 0, sizeof rp);
	rp.p = pattern;
	rp.len = len;
	r = rp_alt(&rp);
	if (rp_more(&rp))
		rp.bad = 1;	/* an unmatched ')' */
	rinfo_inexact(&r);
	if (rp.bad) {
		rxq_free(r.match);
		r.match = rxq_new(RXQ_ALL);
	}
	pl->query = rxq_dedupe(r.match, 1);
	r.match = NULL;
	rinfo_free(&r);
	pl->has_upper = rp.upper;
	pl->inline_case = rp.inline_case;
}

/* 1 when pattern p is plain text: none of PCRE2's metacharacters, nor
   white space or '#' (which (?x) reads), nor control bytes. */
static int
rxplan_plain(const char *p)
{
	for (; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x21 || *p == 0x7f ||
		    strchr("\\^$.|?*+()[]{}#", *p) != NULL)
			return 0;
	}
	return 1;
}

int
rxplan_literal_extends(const char *prev, const char *next)
{
	size_t	n = strlen(prev);

	/* smart case: a caseless prev holds all next does; an upper-case
	   letter in prev is in next too, so both are case-sensitive.  Next
	   in NFC: "e" then a combining accent would compose into "é",
	   which holds no "e" */
	return n > 0 && strncmp(prev, next, n) == 0 && rxplan_plain(prev) &&
	    rxplan_plain(next) && utf8_is_nfc(next, strlen(next));
}

void
rxplan_release(struct rxplan *pl)
{
	rxq_free(pl->query);
	free(pl->nfc);
	memset(pl, 0, sizeof *pl);
}

static int
nfc_quantifier(const char *p, size_t i, size_t len)
{
	return i < len && (p[i] == '*' || p[i] == '+' || p[i] == '?' ||
	    (p[i] == '{' && i + 1 < len && p[i + 1] >= '0' &&
	    p[i + 1] <= '9'));
}

/* Flush the literal run s[a..b) to out, in NFC. */
static void
nfc_flush(struct buf *out, const char *s, size_t a, size_t b)
{
	char	*n;
	size_t	 nlen;

	if (a >= b)
		return;
	n = utf8_nfc(s + a, b - a, &nlen);
	if (n == NULL)
		buf_add(out, s + a, b - a);
	else
		buf_add(out, n, nlen);
	free(n);
}

static char *
rxplan_nfc(const char *s, size_t len, size_t *outlen)
{
	struct buf	 out;
	size_t		 i = 0, run = 0, k, last = 0;
	int		 inclass = 0, quote = 0;
	uint32_t	 cp;
	char		 c;

	buf_init(&out);
	while (i < len) {
		c = s[i];
		if (quote && c == '\\' && i + 1 < len && s[i + 1] == 'E') {
			nfc_flush(&out, s, run, i);
			quote = 0;
			buf_add(&out, s + i, 2);
			run = i += 2;
			continue;
		}
		if (!quote && (inclass || strchr("\\[]()|.^$*+?{}#", c) != NULL ||
		    c == ' ')) {
			k = i;
			if (nfc_quantifier(s, i, len) && last >= run && last < i)
				k = last;	/* the quantified character */
			nfc_flush(&out, s, run, k);
			buf_add(&out, s + k, i - k);
			if (c == '\\' && i + 1 < len) {
				quote = s[i + 1] == 'Q';
				k = utf8_decode(s + i + 1, len - i - 1, &cp, NULL);
				buf_add(&out, s + i, 1 + k);
				i += 1 + k;
			} else {
				if (c == '[' && !inclass)
					inclass = 1;
				else if (c == ']' && inclass)
					inclass = 0;
				buf_addc(&out, c);
				i++;
			}
			run = i;
			continue;
		}
		last = i;
		i += utf8_decode(s + i, len - i, &cp, NULL);
	}
	nfc_flush(&out, s, run, i);
	return buf_detach(&out, outlen);
}

