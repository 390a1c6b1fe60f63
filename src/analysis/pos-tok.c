/*
 * pos-tok: the first step of extraction, a sentence cut into tokens
 * (struct pos_tok, pos-internal.h), and the word classes the clause rules
 * ask of a token.
 *
 * A word is a run of letters and digits with inner hyphens, apostrophes
 * and full stops between letters ("U.S"); a final "'s" is a token of its
 * own, and so is each punctuation mark.  Every token's folded form (the
 * actors' fold, dict.h) is appended to ctx->fold, NUL-terminated.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analysis/dict.h"
#include "analysis/pos-dict.h"
#include "analysis/pos-internal.h"
#include "analysis/pos-tok.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* Classify one punctuation code point. */
static int
pos_punct_kind(uint32_t cp)
{
	switch (cp) {
	case ',':
		return POS_T_COMMA;
	case ';': case '.': case '!': case '?':
		return POS_T_STOP;
	case ':':
		return POS_T_COLON;
	case 0x201c: case 0xab: case 0x201e:
		return POS_T_QOPEN;
	case 0x201d: case 0xbb:
		return POS_T_QCLOSE;
	case '"':
		return POS_T_QUOTE;
	}
	return POS_T_OTHER;
}

static int
pos_is_apos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018;
}

static void
pos_add_tok(struct pos_ctx *ctx, uint32_t start, uint32_t end, int kind,
    int cap)
{
	struct pos_tok	*t;
	const char	*s = ctx->a->text;

	ctx->toks = xgrow(ctx->toks, &ctx->talloc, ctx->ntoks + 1,
	    sizeof *ctx->toks);
	t = &ctx->toks[ctx->ntoks++];
	memset(t, 0, sizeof *t);
	t->start = start;
	t->end = end;
	t->kind = (uint8_t)kind;
	t->cap = (uint8_t)cap;
	t->mention = -1;
	t->item = -1;
	t->w = (uint32_t)ctx->fold.len;
	/* the actors' fold: lower case in any script, "ё" as "е", one
	   apostrophe */
	dict_fold(&ctx->fold, s + start, end - start);
	t->len = (uint16_t)(ctx->fold.len - t->w > 0xffff ? 0xffff :
	    ctx->fold.len - t->w);
	buf_addc(&ctx->fold, '\0');
}

/* 1 when token t opens a relative clause ("which", "who", class
   "relative"). */
int
pos_tok_relative(const struct pos_ctx *ctx, long t)
{
	return (ctx->toks[t].wflags & POS_W_RELATIVE) != 0;
}

int
pos_tok_quote_depth(const struct pos_ctx *ctx, size_t t0, size_t t1,
    int depth)
{
	for (; t0 < t1; t0++) {
		switch (ctx->toks[t0].kind) {
		case POS_T_QOPEN:
			depth = 1;
			break;
		case POS_T_QCLOSE:
			depth = 0;
			break;
		case POS_T_QUOTE:
			depth = !depth;
			break;
		}
	}
	return depth;
}

int
pos_tok_has(const struct pos_ctx *ctx, long t, unsigned f)
{
	return t >= 0 && (size_t)t < ctx->ntoks &&
	    ctx->toks[t].kind == POS_T_WORD && (ctx->toks[t].wflags & f) != 0;
}

/* The end of the word that starts at p: letters, digits, inner '-', '.'
   between letters ("U.S"), inner apostrophes except a final "'s". */
static size_t
pos_word_end(const char *s, size_t p, size_t end, size_t *poss)
{
	uint32_t	cp, cp2, cp3;
	size_t		n, n2, n3;

	*poss = 0;
	while (p < end) {
		n = utf8_decode(s + p, end - p, &cp, NULL);
		if (utf8_is_alnum(cp)) {
			p += n;
			continue;
		}
		if (p + n >= end)
			break;
		n2 = utf8_decode(s + p + n, end - p - n, &cp2, NULL);
		if (!utf8_is_alnum(cp2))
			break;
		if (pos_is_apos(cp) && (cp2 == 's' || cp2 == 'S')) {
			cp3 = ' ';
			n3 = 0;
			if (p + n + n2 < end)
				n3 = utf8_decode(s + p + n + n2,
				    end - p - n - n2, &cp3, NULL);
			if (n3 == 0 || !utf8_is_alnum(cp3)) {
				*poss = n + n2;
				break;
			}
		}
		if (cp == '-' || cp == '.' || pos_is_apos(cp) || cp == 0x2011) {
			p += n;
			continue;
		}
		break;
	}
	return p;
}

/* Cut bytes [start, end) into tokens. */
void
pos_tok_cut(struct pos_ctx *ctx, uint32_t start, uint32_t end)
{
	const char	*s = ctx->a->text;
	size_t		 p = start, q, n, poss;
	uint32_t	 cp;

	while (p < end) {
		n = utf8_decode(s + p, end - p, &cp, NULL);
		if (utf8_is_space(cp) || cp == 0xa0 || cp < 0x20) {
			p += n;
			continue;
		}
		if (utf8_is_alnum(cp)) {
			q = pos_word_end(s, p, end, &poss);
			/* "U.S.", "Mr.": the full stop is the word's (the
			   abbreviations are the article reader's) */
			if (poss == 0 && q < end && s[q] == '.' &&
			    article_is_abbreviation(s + p, q - p))
				q++;
			pos_add_tok(ctx, (uint32_t)p, (uint32_t)q, POS_T_WORD,
			    utf8_is_upper(cp));
			if (poss != 0)
				pos_add_tok(ctx, (uint32_t)q,
				    (uint32_t)(q + poss), POS_T_WORD, 0);
			p = q + poss;
			continue;
		}
		pos_add_tok(ctx, (uint32_t)p, (uint32_t)(p + n),
		    pos_punct_kind(cp), 0);
		p += n;
	}
}

/* Attach mentions and word flags to tokens [t0, ntoks). */
void
pos_tok_mark(struct pos_ctx *ctx, size_t t0, size_t *mi)
{
	const struct pos_hslot	*sl;
	struct pos_tok		*t;
	size_t			 i;

	for (i = t0; i < ctx->ntoks; i++) {
		t = &ctx->toks[i];
		while (*mi < ctx->nm && ctx->m[*mi].end <= t->start)
			(*mi)++;
		if (*mi < ctx->nm && ctx->m[*mi].start < t->end &&
		    ctx->m[*mi].end > t->start)
			t->mention = (int)*mi;
		if (t->kind == POS_T_WORD) {
			sl = pos_dict_word(ctx->d, pos_tw(ctx, t), t->len);
			if (sl != NULL)
				t->wflags = sl->flags;
		}
	}
}

/* The first token of the mention at token t. */
long
pos_tok_mention_first(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	int	mi = ctx->toks[t].mention;

	while (t > (long)s->t0 && ctx->toks[t - 1].mention == mi)
		t--;
	return t;
}

long
pos_tok_mention_last(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	int	mi = ctx->toks[t].mention;

	while (t + 1 < (long)s->t1 && ctx->toks[t + 1].mention == mi)
		t++;
	return t;
}

/*
 * 1 when word tk ends as class cls (an endings class of the markers) has
 * it in the article's language; with_en, or in English too, for the
 * English that turns up in any article's quotes.
 */
static int
pos_tok_ending(const struct pos_ctx *ctx, const struct pos_tok *tk,
    int cls, int with_en)
{
	const char	*w = pos_tw(ctx, tk);

	return tk->kind == POS_T_WORD && (pos_dict_ending(ctx->d, cls,
	    ctx->a->language, w, tk->len) || (with_en &&
	    pos_dict_ending(ctx->d, cls, "en", w, tk->len)));
}

int
pos_tok_adverb(const struct pos_ctx *ctx, const struct pos_tok *tk)
{
	return !tk->cap && tk->mention == -1 &&
	    pos_tok_ending(ctx, tk, POS_M_ADVERB, 1);
}

int
pos_tok_opening_adverb(const struct pos_ctx *ctx, const struct pos_sent *s,
    long t)
{
	return t == (long)s->t0 && t < (long)s->t1 &&
	    ctx->toks[t].mention == -1 &&
	    pos_tok_ending(ctx, &ctx->toks[t], POS_M_ADVERB, 0);
}

/* 1 when token t is a preposition (class "prep"): a mention after it is
   no subject. */
int
pos_tok_preposition(const struct pos_ctx *ctx, long t)
{
	return pos_tok_has(ctx, t, POS_W_PREP);
}

int
pos_tok_finite3(const struct pos_ctx *ctx, long t)
{
	return ctx->toks[t].mention == -1 &&
	    pos_tok_ending(ctx, &ctx->toks[t], POS_M_FINITE3, 0);
}

int
pos_tok_nounpl(const struct pos_ctx *ctx, long t)
{
	return ctx->toks[t].mention == -1 &&
	    pos_tok_ending(ctx, &ctx->toks[t], POS_M_NOUNPL, 0);
}

int
pos_tok_passive(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_PASSIVE, 1);
}

int
pos_tok_reflexive(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_REFLEXIVE, 0);
}

int
pos_tok_impersonal(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_IMPERSONAL, 0);
}

int
pos_tok_infinitive(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_INFINITIVE, 0);
}

int
pos_tok_past(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_PAST, 1);
}

int
pos_tok_agent(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_AGENT, 0);
}

int
pos_tok_gerund(const struct pos_ctx *ctx, long t)
{
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_GERUND, 1);
}

int
pos_tok_oblique(const struct pos_ctx *ctx, const struct pos_sent *s, long t)
{
	t = pos_tok_mention_last(ctx, s, t);
	return pos_tok_ending(ctx, &ctx->toks[t], POS_M_OBLIQUE, 0);
}

int
pos_tok_conj(const struct pos_ctx *ctx, long t)
{
	return pos_tok_has(ctx, t, POS_W_CONJ);
}

size_t
pos_tok_sent_mentions(const struct pos_ctx *ctx, const struct pos_sent *s,
    size_t *first)
{
	uint32_t	start, end;
	size_t		lo = 0, hi = ctx->nm, i;

	*first = 0;
	if (s->t1 <= s->t0)
		return 0;
	start = ctx->toks[s->t0].start;
	end = ctx->toks[s->t1 - 1].end;
	while (lo < hi) {
		i = lo + (hi - lo) / 2;
		if (ctx->m[i].start < start)
			lo = i + 1;
		else
			hi = i;
	}
	*first = lo;
	for (i = lo; i < ctx->nm && ctx->m[i].start < end; i++)
		;
	return i - lo;
}

int
pos_tok_sent_has(const struct pos_ctx *ctx, const struct pos_sent *s,
    unsigned f)
{
	size_t	t;

	for (t = s->t0; t < s->t1; t++) {
		if (pos_tok_has(ctx, (long)t, f))
			return 1;
	}
	return 0;
}

int
pos_tok_names_side(const struct pos_ctx *ctx, const struct pos_sent *s,
    enum side a, enum side b)
{
	size_t	i, n, first;

	n = pos_tok_sent_mentions(ctx, s, &first);
	for (i = first; i < first + n; i++) {
		if (ctx->m[i].side == a || ctx->m[i].side == b)
			return 1;
	}
	return 0;
}
