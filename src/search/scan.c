/*
 * scan: PCRE2 matching of one article.
 *
 * Lines are matched one at a time as separate subjects, so that nothing
 * (lookbehind, \A, $) sees past the line.  A line that is not NFC is
 * normalised chunk by chunk: a chunk starts at a code point that can
 * never interact with what precedes it under NFC (a starter that is not
 * the second half of any composition and does not decompose into a
 * non-starter), so NFC(line) is the concatenation of NFC(chunk), and each
 * output byte knows the original chunk it came from.  A match start maps
 * to the start of its chunk, a match end to the end of its chunk.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uninorm.h>

#include "base/buf.h"
#include "base/notify.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "search/rxplan.h"
#include "search/scan.h"

#define SCAN_MATCH_LIMIT	10000000u
#define SCAN_DEPTH_LIMIT	10000000u
#define SCAN_HEAP_LIMIT		(256u * 1024u)	/* KiB */
#define SCAN_JIT_STACK		(4u * 1024u * 1024u)
#define SCAN_QUOTE_MAX		60	/* characters of a pattern quoted
					   in a message */
#define SCAN_WORD_OPEN		"(?<!\\w)(?:"
#define SCAN_CALLOUT_EVERY	255u	/* callouts between clock checks */

struct scan_ctx {
	pcre2_match_data	*md;
	pcre2_match_context	*mc;
	pcre2_jit_stack		*js;
	struct buf		 nfc;	/* the normalised subject */
	uint32_t		*lo;	/* per output byte: original start */
	uint32_t		*hi;	/* per output offset: original end */
	size_t			 amap;
	int			 limit;	/* a limit was hit */
	const struct notify	*nf;	/* its cancel flag stops matching */
	struct timespec		 end;	/* the deadline of this article */
	int			 timed;	/* end is set */
	int			 cancelled; /* nf was found cancelled */
	unsigned		 calls;	/* callouts since the last check */
};

/* 1 when the article's deadline has passed. */
static int
scan_past(const struct scan_ctx *cx)
{
	struct timespec	now;

	if (!cx->timed)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > cx->end.tv_sec || (now.tv_sec == cx->end.tv_sec &&
	    now.tv_nsec >= cx->end.tv_nsec);
}

/* 1 when matching must stop now: cancelled or past the deadline. */
static int
scan_must_stop(struct scan_ctx *cx)
{
	if (notify_cancelled(cx->nf)) {
		cx->cancelled = 1;
		return 1;
	}
	return scan_past(cx);
}

/* Start the deadline of one article, ms from now (0: none). */
static void
scan_start_clock(struct scan_ctx *cx, unsigned ms)
{
	cx->cancelled = 0;
	cx->calls = 0;
	cx->timed = ms > 0;
	if (!cx->timed)
		return;
	clock_gettime(CLOCK_MONOTONIC, &cx->end);
	cx->end.tv_sec += ms / 1000;
	cx->end.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (cx->end.tv_nsec >= 1000000000L) {
		cx->end.tv_sec++;
		cx->end.tv_nsec -= 1000000000L;
	}
}

/*
 * Called by PCRE2 at every item of the guarded code: every so often,
 * abandon the match when the deadline has passed or the search was
 * cancelled.
 */
static int
scan_callout(pcre2_callout_block *b, void *arg)
{
	struct scan_ctx	*cx = arg;

	(void)b;
	if (++cx->calls < SCAN_CALLOUT_EVERY)
		return 0;
	cx->calls = 0;
	return scan_must_stop(cx) ? PCRE2_ERROR_CALLOUT : 0;
}

void
scan_ctx_set_notify(struct scan_ctx *cx, const struct notify *nf)
{
	cx->nf = nf;
}

struct scan_ctx *
scan_ctx_create(void)
{
	struct scan_ctx	*cx = xcalloc(1, sizeof *cx);

	cx->md = pcre2_match_data_create(1, NULL);
	cx->mc = pcre2_match_context_create(NULL);
	cx->js = pcre2_jit_stack_create(32 * 1024, SCAN_JIT_STACK, NULL);
	if (cx->md == NULL || cx->mc == NULL || cx->js == NULL)
		abort();
	pcre2_jit_stack_assign(cx->mc, NULL, cx->js);
	pcre2_set_match_limit(cx->mc, SCAN_MATCH_LIMIT);
	pcre2_set_depth_limit(cx->mc, SCAN_DEPTH_LIMIT);
	pcre2_set_heap_limit(cx->mc, SCAN_HEAP_LIMIT);
	pcre2_set_callout(cx->mc, scan_callout, cx);
	buf_init(&cx->nfc);
	return cx;
}

void
scan_ctx_free(struct scan_ctx *cx)
{
	if (cx == NULL)
		return;
	pcre2_match_data_free(cx->md);
	pcre2_match_context_free(cx->mc);
	pcre2_jit_stack_free(cx->js);
	buf_release(&cx->nfc);
	free(cx->lo);
	free(cx->hi);
	free(cx);
}

/*
 * Append chunk s[a..b) of the original, normalised, to cx->nfc, and to
 * the offset maps when maps is set.
 */
static void
scan_chunk(struct scan_ctx *cx, const char *s, size_t a, size_t b,
    int valid, int maps)
{
	uint8_t	*n = NULL;
	size_t	 nlen = 0, i, at = cx->nfc.len;

	if (valid && !utf8_is_nfc_quick(s + a, b - a) &&
	    !utf8_is_nfc(s + a, b - a))
		n = u8_normalize(UNINORM_NFC, (const uint8_t *)s + a, b - a,
		    NULL, &nlen);
	if (n != NULL)
		buf_add(&cx->nfc, n, nlen);
	else
		buf_add(&cx->nfc, s + a, b - a);
	free(n);
	if (!maps)
		return;
	cx->lo = xgrow(cx->lo, &cx->amap, cx->nfc.len + 1, sizeof *cx->lo);
	cx->hi = xreallocarray(cx->hi, cx->amap, sizeof *cx->hi);
	for (i = at; i < cx->nfc.len; i++) {
		cx->lo[i] = (uint32_t)a;
		cx->hi[i + 1] = (uint32_t)b;
	}
	cx->hi[at] = (uint32_t)a;
}

/*
 * Normalise s[0..len) into cx->nfc, with the offset maps when maps is set
 * (8 bytes a byte: the index, which needs no offsets, goes without).
 */
static void
scan_normalise(struct scan_ctx *cx, const char *s, size_t len, int maps)
{
	size_t		i = 0, start = 0, k;
	uint32_t	cp;
	int		valid;

	buf_reset(&cx->nfc);
	if (maps) {
		cx->lo = xgrow(cx->lo, &cx->amap, 1, sizeof *cx->lo);
		cx->hi = xreallocarray(cx->hi, cx->amap, sizeof *cx->hi);
		cx->hi[0] = 0;
	}
	while (i < len) {
		valid = 1;
		k = utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid) {
			scan_chunk(cx, s, start, i, 1, maps);
			scan_chunk(cx, s, i, i + k, 0, maps);
			start = i + k;
		} else if (i > start && utf8_nfc_boundary(cp)) {
			scan_chunk(cx, s, start, i, 1, maps);
			start = i;
		}
		i += k;
	}
	scan_chunk(cx, s, start, len, 1, maps);
	if (maps) {
		cx->lo[cx->nfc.len] = (uint32_t)len;
		cx->hi[cx->nfc.len] = (uint32_t)len;
	}
}


/* Escape a -F string so that PCRE2 reads it literally. */
static char *
scan_escape(const char *s, size_t len)
{
	struct buf	b;
	size_t		i;
	unsigned char	c;

	buf_init(&b);
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80 && !((c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '_' || c < 0x20)) {
			buf_addc(&b, '\\');
			buf_addc(&b, (char)c);
		} else if (c < 0x20)
			buf_printf(&b, "\\x{%x}", c);
		else
			buf_addc(&b, (char)c);
	}
	buf_adds(&b, "");
	return buf_detach(&b, NULL);
}

/* The first SCAN_QUOTE_MAX characters of s[0..len), an ellipsis if cut. */
static char *
scan_quote(const char *s, size_t len)
{
	size_t		i = 0, n;
	uint32_t	cp;

	for (n = 0; i < len && n < SCAN_QUOTE_MAX; n++)
		i += utf8_decode(s + i, len - i, &cp, NULL);
	if (i >= len)
		return xasprintf("%.*s", (int)len, s);
	return xasprintf("%.*s\xe2\x80\xa6", (int)i, s);
}

#define SCAN_PATHS_MAX	4096u	/* paths through a pattern: more is
					   taken as no bound */

static size_t	scan_paths_alt(const char *, size_t, size_t *);

/* 1 when \c stands for c itself: ASCII punctuation or a space. */
static int
scan_is_punct(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && !(c >= '0' && c <= '9') &&
	    !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/*
 * The paths through one branch of a pattern made only of literal
 * characters, escaped punctuation, non-capturing groups and the
 * lookarounds of -w, up to its '|' or ')' at *i; 0 when something else
 * is there (a quantifier, a class, a back reference...), which may
 * backtrack without bound.
 */
static size_t
scan_paths_branch(const char *p, size_t len, size_t *i)
{
	static const char	*const look[] = { "(?<!\\w)", "(?!\\w)" };
	size_t			 paths = 1, sub, k, n;
	unsigned char		 c;

	while (*i < len && p[*i] != '|' && p[*i] != ')') {
		c = (unsigned char)p[*i];
		for (k = 0; k < 2; k++) {
			n = strlen(look[k]);
			if (len - *i >= n && memcmp(p + *i, look[k], n) == 0)
				break;
		}
		if (k < 2)
			*i += n;
		else if (c == '\\' && *i + 1 < len &&
		    scan_is_punct((unsigned char)p[*i + 1]))
			*i += 2;
		else if (c == '(' && len - *i >= 3 &&
		    memcmp(p + *i, "(?:", 3) == 0) {
			*i += 3;
			sub = scan_paths_alt(p, len, i);
			if (sub == 0 || *i >= len || p[*i] != ')' ||
			    (paths *= sub) > SCAN_PATHS_MAX)
				return 0;
			(*i)++;
		} else if (c == '\\' || c == '(' || (c < 0x80 &&
		    strchr("*+?{}[]^$#", c) != NULL))
			return 0;
		else
			(*i)++;
	}
	return paths;
}

/* The paths through an alternation at *i, up to its ')' or the end. */
static size_t
scan_paths_alt(const char *p, size_t len, size_t *i)
{
	size_t	paths = 0, b;

	for (;;) {
		if ((b = scan_paths_branch(p, len, i)) == 0 ||
		    (paths += b) > SCAN_PATHS_MAX)
			return 0;
		if (*i >= len || p[*i] != '|')
			return paths;
		(*i)++;
	}
}

/*
 * A bound on PCRE2's steps at one start position: each path through the
 * pattern compares at most its length; 0 when there is no bound.
 */
static size_t
scan_cost(const char *p, size_t len)
{
	size_t	i = 0, paths;

	paths = scan_paths_alt(p, len, &i);
	return paths == 0 || i != len ? 0 : paths * (len + 1);
}

/*
 * Keep a compiled pattern, with its guarded twin (the same pattern under
 * PCRE2_AUTO_CALLOUT; when the callouts make it too large to compile,
 * the pattern is its own twin and only the checks between lines bound
 * it).
 */
static void
scan_add_code(struct scan_pattern *sp, pcre2_code *code, PCRE2_SPTR pat,
    size_t len, uint32_t opts)
{
	pcre2_code	*guarded;
	PCRE2_SIZE	 off;
	int		 err;

	guarded = pcre2_compile(pat, len, opts | PCRE2_AUTO_CALLOUT, &err,
	    &off, NULL);
	pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	if (guarded != NULL)
		pcre2_jit_compile(guarded, PCRE2_JIT_COMPLETE);
	sp->code = xreallocarray(sp->code, sp->n + 1, sizeof *sp->code);
	sp->guarded = xreallocarray(sp->guarded, sp->n + 1,
	    sizeof *sp->guarded);
	sp->cost = xreallocarray(sp->cost, sp->n + 1, sizeof *sp->cost);
	sp->cost[sp->n] = scan_cost((const char *)pat, len);
	sp->code[sp->n] = code;
	sp->guarded[sp->n++] = guarded;
}

/* A pattern ready to compile: its final text, options and source. */
struct scan_prep {
	char		*text;		/* with the -w wrapping */
	size_t		 len;
	char		*src;		/* as given (escaped for -F) */
	size_t		 srclen;
	uint32_t	 opts;
	int		 wrapped;	/* text begins with SCAN_WORD_OPEN */
};

/*
 * Patterns of one option set waiting to be compiled as one alternation
 * "(?:p1)|(?:p2)|...": compiling and matching thousands of patterns
 * (-e, -f) one by one cost seconds per search.
 */
struct scan_group {
	struct scan_prep	*m;
	size_t			 n, alloc;
	size_t			 len;		/* bytes of text in m */
};

#define SCAN_GROUP_MAX	(16u * 1024)	/* bytes of pattern in a group:
					   the compiled form must stay
					   under PCRE2's 64 KB link size */

static void
scan_prep_release(struct scan_prep *pr)
{
	free(pr->text);
	free(pr->src);
}

/* Compile one prepared pattern alone; -1 with *cause when PCRE2 says no. */
static int
scan_compile_prep(struct scan_pattern *sp, const struct scan_prep *pr,
    char **cause)
{
	pcre2_code	*code;
	char		 msg[256], *quote;
	int		 err;
	PCRE2_SIZE	 off;

	code = pcre2_compile((PCRE2_SPTR)pr->text, pr->len, pr->opts, &err,
	    &off, NULL);
	if (code == NULL) {
		pcre2_get_error_message(err, (PCRE2_UCHAR *)msg, sizeof msg);
		if (pr->wrapped && off >= strlen(SCAN_WORD_OPEN))
			off -= strlen(SCAN_WORD_OPEN);
		/* the place in characters of the pattern as typed */
		if (off > pr->srclen)
			off = pr->srclen;
		quote = scan_quote(pr->src, pr->srclen);
		*cause = xasprintf("%s at column %zu in '%s'", msg,
		    utf8_count_chars(pr->src, (size_t)off) + 1, quote);
		free(quote);
		return -1;
	}
	scan_add_code(sp, code, (PCRE2_SPTR)pr->text, pr->len, pr->opts);
	return 0;
}

/*
 * Compile the group as one alternation, or, when that fails (one member
 * is wrong, or the whole too large), each member alone, so that an error
 * names its own pattern.  Empties the group.
 */
static int
scan_flush_group(struct scan_pattern *sp, struct scan_group *g,
    char **cause)
{
	struct buf	 b;
	pcre2_code	*code = NULL;
	size_t		 i;
	int		 err, rc = 0;
	PCRE2_SIZE	 off;

	if (g->n > 1) {
		buf_init(&b);
		for (i = 0; i < g->n; i++) {
			buf_adds(&b, i > 0 ? "|(?:" : "(?:");
			buf_add(&b, g->m[i].text, g->m[i].len);
			buf_addc(&b, ')');
		}
		code = pcre2_compile((PCRE2_SPTR)b.data, b.len, g->m[0].opts,
		    &err, &off, NULL);
		if (code != NULL)
			scan_add_code(sp, code, (PCRE2_SPTR)b.data, b.len,
			    g->m[0].opts);
		buf_release(&b);
	}
	for (i = 0; i < g->n; i++) {
		if (code == NULL && rc == 0)
			rc = scan_compile_prep(sp, &g->m[i], cause);
		scan_prep_release(&g->m[i]);
	}
	g->n = 0;
	g->len = 0;
	return rc;
}

/*
 * 1 when the pattern may share an alternation with others: balanced
 * groups and classes, no back reference or subroutine call (their
 * numbers would change), no inline option or verb (they would reach the
 * next pattern), no \Q.
 */
static int
scan_combinable(const char *p, size_t len)
{
	size_t	i;
	int	depth = 0, inclass = 0;

	for (i = 0; i < len; i++) {
		if (p[i] == '\\') {
			if (i + 1 >= len || strchr("123456789gkQ", p[i + 1]) !=
			    NULL || p[i + 1] == '\0')
				return 0;
			i++;
		} else if (inclass) {
			if (p[i] == '[' && i + 1 < len && p[i + 1] == ':')
				return 0;
			if (p[i] == ']')
				inclass = 0;
		} else if (p[i] == '[') {
			inclass = 1;
			if (i + 1 < len && p[i + 1] == '^')
				i++;
			if (i + 1 < len && p[i + 1] == ']')
				i++;
		} else if (p[i] == '(') {
			if (i + 1 < len && (p[i + 1] == '*' || (p[i + 1] ==
			    '?' && (i + 2 >= len || strchr(":=!>", p[i + 2]) ==
			    NULL || p[i + 2] == '\0'))))
				return 0;
			depth++;
		} else if (p[i] == ')' && --depth < 0)
			return 0;
	}
	return depth == 0 && !inclass;
}

/* Plan one pattern and make its final text and options. */
static void
scan_prepare(struct scan_pattern *sp, const char *pat, size_t len,
    struct scan_prep *pr, struct rxq **query)
{
	struct rxplan	 pl;
	struct buf	 b;
	int		 caseless;

	if (sp->flags & SEARCH_FIXED) {
		pr->src = scan_escape(pat, len);
		pr->srclen = strlen(pr->src);
	} else {
		pr->src = xstrndup(pat, len);
		pr->srclen = len;
	}
	rxplan_parse(&pl, pr->src, pr->srclen);
	caseless = (sp->flags & SEARCH_CASELESS) ? 1 :
	    (sp->flags & SEARCH_CASE) ? 0 : !pl.has_upper && !pl.inline_case;
	buf_init(&b);
	pr->wrapped = (sp->flags & SEARCH_WORD) != 0;
	if (pr->wrapped)
		buf_adds(&b, SCAN_WORD_OPEN);
	buf_add(&b, pl.nfc != NULL ? pl.nfc : pr->src, pl.nfc != NULL ?
	    pl.nfclen : pr->srclen);
	if (pr->wrapped)
		buf_adds(&b, ")(?!\\w)");
	pr->opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	if (caseless)
		pr->opts |= PCRE2_CASELESS;
	else
		sp->caseless = 0;
	if (sp->flags & SEARCH_MULTILINE)
		pr->opts |= PCRE2_MULTILINE;
	pr->text = buf_detach(&b, &pr->len);
	*query = pl.query;
	pl.query = NULL;
	rxplan_release(&pl);
}

/* The compilation in progress: groups by case, and the plans. */
struct scan_build {
	struct scan_group	 g[2];		/* case-sensitive, caseless */
	struct rxq		**q;
	size_t			 nq, aq;
};

static int
scan_compile_one(struct scan_pattern *sp, struct scan_build *sb,
    const char *pat, size_t len, char **cause)
{
	struct scan_prep	 pr;
	struct scan_group	*g;
	int			 rc;

	memset(&pr, 0, sizeof pr);
	sb->q = xgrow(sb->q, &sb->aq, sb->nq + 1, sizeof *sb->q);
	scan_prepare(sp, pat, len, &pr, &sb->q[sb->nq++]);
	if (!scan_combinable(pr.src, pr.srclen)) {
		rc = scan_compile_prep(sp, &pr, cause);
		scan_prep_release(&pr);
		return rc;
	}
	g = &sb->g[(pr.opts & PCRE2_CASELESS) != 0];
	g->m = xgrow(g->m, &g->alloc, g->n + 1, sizeof *g->m);
	g->m[g->n++] = pr;
	g->len += pr.len;
	return g->len >= SCAN_GROUP_MAX ? scan_flush_group(sp, g, cause) : 0;
}

/* Compile what is left in the groups and join the plans; frees sb. */
static int
scan_build_finish(struct scan_pattern *sp, struct scan_build *sb, int rc,
    char **cause)
{
	size_t	i, k;

	for (k = 0; k < 2; k++) {
		if (rc == 0)
			rc = scan_flush_group(sp, &sb->g[k], cause);
		for (i = 0; i < sb->g[k].n; i++)
			scan_prep_release(&sb->g[k].m[i]);
		free(sb->g[k].m);
	}
	sp->query = rxq_or_all(sb->q, sb->nq);
	free(sb->q);
	return rc;
}

int
scan_compile(struct scan_pattern *sp, const char *const *pats, size_t n,
    int flags, char **cause)
{
	struct scan_build	 sb;
	const char		*p, *e;
	size_t			 i;
	int			 rc = 0;

	memset(sp, 0, sizeof *sp);
	memset(&sb, 0, sizeof sb);
	sp->flags = flags;
	sp->caseless = 1;
	sp->deadline_ms = SCAN_DEADLINE_MS;
	for (i = 0; i < n && rc == 0; i++) {
		p = pats[i];
		do {
			e = (flags & SEARCH_MULTILINE) ? NULL : strchr(p, '\n');
			if (e == NULL)
				e = p + strlen(p);
			rc = scan_compile_one(sp, &sb, p, (size_t)(e - p),
			    cause);
			p = e + 1;
		} while (rc == 0 && *e != '\0');
	}
	rc = scan_build_finish(sp, &sb, rc, cause);
	if (rc == 0 && sp->n == 0) {
		*cause = xstrdup("no pattern");
		rc = -1;
	}
	if (rc != 0)
		scan_release(sp);
	return rc;
}

void
scan_release(struct scan_pattern *sp)
{
	size_t	i;

	for (i = 0; i < sp->n; i++) {
		pcre2_code_free(sp->code[i]);
		pcre2_code_free(sp->guarded[i]);
	}
	free(sp->code);
	free(sp->guarded);
	free(sp->cost);
	rxq_free(sp->query);
	memset(sp, 0, sizeof *sp);
}

/*
 * One pcre2_match, falling back from JIT to the interpreter when the JIT
 * stack is exhausted.  Returns 1 (match in *so, *eo), 0, or -1 (a limit).
 */
static int
scan_match(struct scan_ctx *cx, pcre2_code *code, const char *s, size_t len,
    size_t from, size_t *so, size_t *eo)
{
	PCRE2_SIZE	*ov;
	int		 rc;

	rc = pcre2_match(code, (PCRE2_SPTR)s, len, from, 0, cx->md, cx->mc);
	if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
		rc = pcre2_match(code, (PCRE2_SPTR)s, len, from, PCRE2_NO_JIT,
		    cx->md, cx->mc);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return -1;
	ov = pcre2_get_ovector_pointer(cx->md);
	*so = ov[0];
	*eo = ov[1] < ov[0] ? ov[0] : ov[1];
	return 1;
}

/* Pattern i, guarded when a subject of len bytes could take long. */
static pcre2_code *
scan_code(const struct scan_pattern *sp, size_t i, size_t len)
{
	if (len <= SCAN_GUARD_LEN || sp->guarded[i] == NULL ||
	    (sp->cost[i] != 0 && sp->cost[i] <= SCAN_GUARD_STEPS / len))
		return sp->code[i];
	return sp->guarded[i];
}

/* The earliest match of any pattern at or after from. */
static int
scan_first(struct scan_ctx *cx, const struct scan_pattern *sp, const char *s,
    size_t len, size_t from, size_t *so, size_t *eo)
{
	size_t	i, a, b;
	int	rc, found = 0;

	*so = *eo = 0;
	for (i = 0; i < sp->n; i++) {
		rc = scan_match(cx, scan_code(sp, i, len), s, len, from, &a,
		    &b);
		if (rc < 0)
			return -1;
		if (rc == 1 && (!found || a < *so)) {
			*so = a;
			*eo = b;
			found = 1;
		}
	}
	return found;
}

struct scan_subject {
	const char	*text;		/* the original article */
	size_t		 len;
	const char	*s;		/* what PCRE2 sees */
	size_t		 slen;
	size_t		 base;		/* offset of s[0] in the original */
	int		 mapped;	/* s is cx->nfc, offsets go via maps */
	uint32_t	 line;		/* 1-based line of s[0] */
};

/* The end of a line whose LF is nl (NULL: none, the line ends the text),
   without the CR before that LF. */
static size_t
scan_line_stop(const char *text, size_t len, const char *nl)
{
	size_t	e = nl != NULL ? (size_t)(nl - text) : len;

	if (nl != NULL && e > 0 && text[e - 1] == '\r')
		e--;
	return e;
}

static size_t
scan_line_end(const char *text, size_t len, size_t at)
{
	return scan_line_stop(text, len, memchr(text + at, '\n', len - at));
}

/* Run the pattern over one subject, emitting every match. */
static int
scan_subject(struct scan_ctx *cx, const struct scan_pattern *sp,
    struct scan_subject *sj, struct search_match *m, scan_emit emit,
    void *arg)
{
	size_t		from = 0, so = 0, eo = 0, lineat = 0, k;
	uint32_t	cp;
	int		rc, found = 0;

	while (from <= sj->slen) {
		rc = scan_first(cx, sp, sj->s, sj->slen, from, &so, &eo);
		if (rc < 0) {
			cx->limit = 1;
			return -1;
		}
		if (rc == 0)
			break;
		found = 1;
		m->start = (uint32_t)(sj->base + (sj->mapped ? cx->lo[so] : so));
		m->end = (uint32_t)(sj->base + (sj->mapped ? cx->hi[eo] : eo));
		if (m->end < m->start)
			m->end = m->start;
		if ((sp->flags & SEARCH_MULTILINE) && (m->line == 0 ||
		    lineat < m->start)) {
			for (; lineat < m->start; lineat++) {
				if (sj->text[lineat] == '\n') {
					sj->line++;
					m->line_start = (uint32_t)lineat + 1;
				}
			}
			if (m->line != sj->line || m->line_end < m->line_start)
				m->line_end = (uint32_t)scan_line_end(sj->text,
				    sj->len, m->line_start);
			m->line = sj->line;
		}
		rc = emit(arg, m);
		if (rc != 0)
			return rc < 0 ? -2 : 1;
		if ((sp->once & SEARCH_ARTICLE_FIRST) ||
		    ((sp->once & SEARCH_LINE_FIRST) &&
		    !(sp->flags & SEARCH_MULTILINE)))
			break;
		if (eo > so)
			from = eo;
		else if (eo >= sj->slen)
			break;
		else {
			k = utf8_decode(sj->s + eo, sj->slen - eo, &cp, NULL);
			from = eo + k;
		}
	}
	return found;
}

static int
scan_lines(struct scan_ctx *cx, const struct scan_pattern *sp,
    const char *text, size_t len, int nfc, struct search_match *m,
    scan_emit emit, void *arg, uint32_t *badline)
{
	struct scan_subject	 sj;
	size_t			 at = 0, e;
	int			 rc, found = 0;
	const char		*nl;

	memset(&sj, 0, sizeof sj);
	sj.text = text;
	sj.len = len;
	m->line = 0;
	while (at <= len) {
		if ((++m->line & 63) == 0 && scan_must_stop(cx)) {
			*badline = m->line;
			cx->limit = 1;
			return -1;
		}
		nl = memchr(text + at, '\n', len - at);
		e = scan_line_stop(text, len, nl);
		m->line_start = (uint32_t)at;
		m->line_end = (uint32_t)e;
		sj.base = at;
		if (nfc || utf8_is_nfc_quick(text + at, e - at)) {
			sj.s = text + at;
			sj.slen = e - at;
			sj.mapped = 0;
		} else {
			scan_normalise(cx, text + at, e - at, 1);
			sj.s = cx->nfc.data;
			sj.slen = cx->nfc.len;
			sj.mapped = 1;
		}
		rc = scan_subject(cx, sp, &sj, m, emit, arg);
		if (rc == -1)
			*badline = m->line;
		if (rc < 0)
			return rc;
		if (rc > 0)
			found = 1;
		if (found && (sp->once & SEARCH_ARTICLE_FIRST))
			break;
		if (nl == NULL)
			break;
		at = (size_t)(nl - text) + 1;
		if (at == len)
			break;	/* no empty line after a final LF */
	}
	return found;
}

int
scan_text(struct scan_ctx *cx, const struct scan_pattern *sp,
    const char *text, size_t len, int nfc, uint32_t article,
    const char *name, scan_emit emit, void *arg, char **cause)
{
	struct search_match	m;
	struct scan_subject	sj;
	uint32_t		bad = 0;
	int			rc;

	memset(&m, 0, sizeof m);
	m.article = article;
	cx->limit = 0;
	scan_start_clock(cx, sp->deadline_ms);
	if (sp->flags & SEARCH_MULTILINE) {
		memset(&sj, 0, sizeof sj);
		sj.text = text;
		sj.len = len;
		sj.line = 1;
		if (nfc || utf8_is_nfc_quick(text, len)) {
			sj.s = text;
			sj.slen = len;
		} else {
			scan_normalise(cx, text, len, 1);
			sj.s = cx->nfc.data;
			sj.slen = cx->nfc.len;
			sj.mapped = 1;
		}
		rc = scan_subject(cx, sp, &sj, &m, emit, arg);
		bad = m.line != 0 ? m.line : 1;
	} else
		rc = scan_lines(cx, sp, text, len, nfc, &m, emit, arg, &bad);
	if (rc == -1 && cx->cancelled) {
		*cause = NULL;
		return -1;
	}
	if (rc == -1) {
		*cause = xasprintf("pattern too complex for %s:%u", name, bad);
		return -1;
	}
	if (rc == -2) {
		*cause = NULL;
		return -1;
	}
	return rc;
}
