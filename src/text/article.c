/*
 * The article reader: bytes in, metadata and structure out.
 *
 * One pass finds the header block (e-mail style, known keys only), then
 * the lines of the body are grouped into blocks: the headline, headings
 * and paragraphs.  Paragraphs are runs of non-blank lines, except in text
 * whose lines are long (one paragraph per line, as scraped news often is),
 * where each line is a paragraph.  Each block is then split into sentences.
 * Everything is a byte range into the original buffer; nothing is copied
 * but the metadata strings.  All passes are linear in the input.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/file.h"
#include "base/hash.h"
#include "base/json.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/article.h"

/* Sentences longer than this are cut at the next space: later layers
   work sentence by sentence and must stay linear. */
#define ARTICLE_MAX_SENTENCE	8192
/* A headline is at most this many characters (a Cyrillic letter takes two
   bytes); a heading at most this many bytes, a stricter bound for Cyrillic
   that keeps short exclamations in an address ("Час ...!") in its text. */
#define ARTICLE_MAX_HEADLINE	250
#define ARTICLE_MAX_HEADING	80

/* A working view of one line: [start, end) without the line end. */
struct line {
	uint32_t	start, end;
};

/* Growable arrays while parsing. */
struct article_build {
	struct block	*blocks;
	size_t		 nblocks, ablocks;
	struct sentence	*sents;
	size_t		 nsents, asents;
};

struct article *
article_create(const char *id, const char *file, const char *path)
{
	struct article	*a;

	a = xcalloc(1, sizeof *a);
	a->id = xstrdup(id);
	a->file = xstrdup(file);
	a->path = xstrdup(path);
	a->title = xstrdup("");
	a->date = xstrdup("");
	a->source = xstrdup("");
	a->url = xstrdup("");
	a->author = xstrdup("");
	a->language = xstrdup("");
	return a;
}

struct article *
article_borrow(const char *id, const char *file, const char *path)
{
	static char	 empty[1];
	struct article	*a = xcalloc(1, sizeof *a);

	a->id = (char *)id;
	a->file = (char *)file;
	a->path = (char *)path;
	a->title = a->date = a->source = empty;
	a->url = a->author = a->language = empty;
	a->borrowed = 1;
	return a;
}

/* Make a borrowed article's strings its own, before one of them changes. */
static void
article_own_strings(struct article *a)
{
	char	**fields[] = { &a->id, &a->file, &a->path, &a->title,
		    &a->date, &a->source, &a->url, &a->author, &a->language };
	size_t	  i;

	if (!a->borrowed)
		return;
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
		*fields[i] = xstrdup(*fields[i] != NULL ? *fields[i] : "");
	a->borrowed = 0;
}

struct article *
article_copy(const struct article *a)
{
	struct article	*c = xmalloc(sizeof *c);

	*c = *a;
	c->id = xstrdup(a->id);
	c->file = xstrdup(a->file);
	c->path = xstrdup(a->path);
	c->title = xstrdup(a->title);
	c->date = xstrdup(a->date);
	c->source = xstrdup(a->source);
	c->url = xstrdup(a->url);
	c->author = xstrdup(a->author);
	c->language = xstrdup(a->language);
	c->blocks = NULL;
	c->sents = NULL;
	c->unparsed = 1;
	c->borrowed = 0;
	c->text = NULL;
	c->len = 0;
	c->text_release = NULL;
	c->text_owner = NULL;
	c->lines = NULL;
	c->nlines = 0;
	return c;
}

static void
article_clear_structure(struct article *a)
{
	free(a->blocks);
	free(a->sents);
	a->blocks = NULL;
	a->sents = NULL;
	a->nblocks = a->nsents = a->nheadings = a->nparagraphs = 0;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	article_unload(a);
	article_clear_structure(a);
	if (a->borrowed) {
		free(a);
		return;
	}
	free(a->id);
	free(a->file);
	free(a->path);
	free(a->title);
	free(a->date);
	free(a->source);
	free(a->url);
	free(a->author);
	free(a->language);
	free(a);
}

static void
article_set(char **field, const char *s, size_t len)
{
	free(*field);
	*field = xstrndup(s, len);
}

static int
article_is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
	    c == '\v';
}

/* Trim white space (ASCII and U+00A0) from both ends of [*s, *e). */
static void
article_trim(const char *t, uint32_t *s, uint32_t *e)
{
	for (;;) {
		if (*s < *e && article_is_ws((unsigned char)t[*s]))
			(*s)++;
		else if (*e - *s >= 2 && (unsigned char)t[*s] == 0xc2 &&
		    (unsigned char)t[*s + 1] == 0xa0)
			*s += 2;
		else
			break;
	}
	for (;;) {
		if (*e > *s && article_is_ws((unsigned char)t[*e - 1]))
			(*e)--;
		else if (*e - *s >= 2 && (unsigned char)t[*e - 2] == 0xc2 &&
		    (unsigned char)t[*e - 1] == 0xa0)
			*e -= 2;
		else
			break;
	}
}

/*
 * Binary data: many NUL or control bytes, or mostly ill-formed UTF-8, in
 * the first 64 KB.  A few NULs or bad bytes in text are repaired instead.
 */
static const char *
article_binary_reason(const char *t, size_t len)
{
	size_t		 n = len < 65536 ? len : 65536, i = 0, bad = 0;
	size_t		 ctrl = 0, nul = 0, step;
	uint64_t	 word;
	uint32_t	 cp;
	int		 valid;
	unsigned char	 c;

	if (len >= 2 && (((unsigned char)t[0] == 0xff &&
	    (unsigned char)t[1] == 0xfe) || ((unsigned char)t[0] == 0xfe &&
	    (unsigned char)t[1] == 0xff)))
		return "UTF-16 text is not supported (convert it to UTF-8)";
	while (i < n) {
		/* Eight bytes at a time while printable ASCII. */
		if (i + 8 <= n) {
			memcpy(&word, t + i, 8);
			if ((word & 0x8080808080808080ull) == 0 &&
			    ((word - 0x2020202020202020ull) & ~word &
			    0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
		}
		c = (unsigned char)t[i];
		if (c < 0x80) {
			if (c == 0)
				nul++;
			else if (c < 0x20 && !article_is_ws(c) && c != 0x1b)
				ctrl++;
			i++;
			continue;
		}
		valid = 1;
		step = utf8_decode(t + i, n - i, &cp, &valid);
		if (!valid && i + step < n)
			bad += step;
		i += step;
	}
	if (nul * 4 > n && nul > 2)
		return "binary data (looks like UTF-16 or a binary file)";
	if ((nul + ctrl) * 10 > n && nul + ctrl > 8)
		return "binary data (many control bytes)";
	if (bad * 3 > n && bad > 8)
		return "binary data (not UTF-8 text)";
	return NULL;
}

/* Split [from, len) into lines; returns the count, array in *linesp. */
static size_t
article_lines(const char *t, size_t from, size_t len, struct line **linesp)
{
	struct line	*lines = NULL;
	size_t		 n = 0, alloc = 0, s = from;
	const char	*nl;
	uint32_t	 e;

	while (s < len) {
		nl = memchr(t + s, '\n', len - s);
		e = nl == NULL ? (uint32_t)len : (uint32_t)(nl - t);
		lines = xgrow(lines, &alloc, n + 1, sizeof *lines);
		lines[n].start = (uint32_t)s;
		lines[n].end = e;
		if (e > s && t[e - 1] == '\r')
			lines[n].end--;
		n++;
		s = (size_t)e + 1;
	}
	*linesp = lines;
	return n;
}

static int
article_blank(const char *t, const struct line *l)
{
	uint32_t	s = l->start, e = l->end;

	article_trim(t, &s, &e);
	return s == e;
}

static const char *const article_header_keys[] = {
	"title", "date", "source", "url", "author", "language", NULL
};

/* Index of the known key this line starts with ("Key: value"), or -1. */
static int
article_header_key(const char *t, const struct line *l, uint32_t *value)
{
	size_t		 klen, i;
	uint32_t	 p;

	for (i = 0; article_header_keys[i] != NULL; i++) {
		klen = strlen(article_header_keys[i]);
		if (l->end - l->start <= klen ||
		    strncasecmp(t + l->start, article_header_keys[i], klen) != 0)
			continue;
		p = l->start + (uint32_t)klen;
		while (p < l->end && (t[p] == ' ' || t[p] == '\t'))
			p++;
		if (p < l->end && t[p] == ':') {
			*value = p + 1;
			return (int)i;
		}
	}
	return -1;
}

static int	article_parse_date(const char *s, size_t len, char out[11]);

/* Store one header field; Title keeps its span. */
static void
article_header_field(struct article *a, const char *t, int key, uint32_t s,
    uint32_t e)
{
	char	date[11];
	char	**fields[] = { &a->title, &a->date, &a->source, &a->url,
		    &a->author, &a->language };

	article_trim(t, &s, &e);
	if (key == 1) {
		if (article_parse_date(t + s, e - s, date))
			article_set(&a->date, date, 10);
		return;
	}
	article_set(fields[key], t + s, e - s);
	if (key == 0) {
		a->title_start = s;
		a->title_end = e;
	}
}

/*
 * A header block: leading lines that all start with a known key, ended by
 * a blank line.  Returns the number of lines it takes (with the blank), 0
 * when there is none; then nothing is stored.
 */
static size_t
article_header(struct article *a, const char *t, const struct line *lines,
    size_t nlines)
{
	size_t		i;
	uint32_t	value;
	int		key;

	for (i = 0; i < nlines; i++) {
		if (article_blank(t, &lines[i]))
			break;
		if (article_header_key(t, &lines[i], &value) < 0)
			return 0;
	}
	if (i == 0 || i == nlines)
		return 0;
	for (i = 0; !article_blank(t, &lines[i]); i++) {
		key = article_header_key(t, &lines[i], &value);
		article_header_field(a, t, key, value, lines[i].end);
	}
	a->flags |= ARTICLE_HEADER;
	return i + 1;
}

static const char *const article_months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec", NULL
};

static int
article_valid_ymd(int y, int m, int d)
{
	return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= 31;
}

/* A month name at s ("March", "Mar"); returns 1..12 or 0. */
static int
article_month(const char *s, size_t len)
{
	int	i;

	if (len < 3)
		return 0;
	for (i = 0; article_months[i] != NULL; i++) {
		if (strncasecmp(s, article_months[i], 3) == 0)
			return i + 1;
	}
	return 0;
}

/*
 * Parse "2025-03-11", "2025-03-11T10:00Z", "March 11, 2025" or
 * "11 March 2025" into YYYY-MM-DD.  Returns 1 on success.
 */
static int
article_parse_date(const char *s, size_t len, char out[11])
{
	char	 tmp[64], word[16];
	int	 y, m, d, n = 0;

	if (len >= sizeof tmp)
		len = sizeof tmp - 1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	if (sscanf(tmp, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	    article_valid_ymd(y, m, d))
		goto done;
	if (sscanf(tmp, "%15[A-Za-z] %d, %d%n", word, &d, &y, &n) == 3 &&
	    (m = article_month(word, strlen(word))) != 0 &&
	    article_valid_ymd(y, m, d))
		goto done;
	if (sscanf(tmp, "%d %15[A-Za-z] %d", &d, word, &y) == 3 &&
	    (m = article_month(word, strlen(word))) != 0 &&
	    article_valid_ymd(y, m, d))
		goto done;
	return 0;
done:
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return 1;
}

/* The first valid ISO date (YYYY-MM-DD) anywhere in name. */
static int
article_date_from_name(const char *name, char out[11])
{
	size_t	len = strlen(name), i;

	for (i = 0; i + 10 <= len; i++) {
		if (isdigit((unsigned char)name[i]) &&
		    (i == 0 || !isdigit((unsigned char)name[i - 1])) &&
		    name[i + 4] == '-' && name[i + 7] == '-' &&
		    article_parse_date(name + i, 10, out))
			return 1;
	}
	return 0;
}

/* Abbreviations after which a full stop never ends a sentence. */
static const char *const article_abbrev_fixed[] = {
	"Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Sgt",
	"Capt", "Cmdr", "Adm", "Maj", "Sen", "Rep", "Gov", "Pres", "Amb",
	"Rev", "Hon", "Mt", "Ft", "Ave", "Dept", "Fig", "vs", "cf", "approx",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec", "e.g", "i.e", "al", "ca", "viz", "Gov", "Messrs",
	"г", "гг", "им", "ул", "тыс", "млн", "млрд", "т.е", "т.д", "т.п",
	"т", "п", "ст", "проф", "ген", "см", "др", "пр", "р", "с", "ім",
	NULL
};

/* Abbreviations that end a sentence only before a sentence starter. */
static const char *const article_abbrev_soft[] = {
	"etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "a.m", "p.m", "No",
	"Nos", "U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A", "U.S.S.R",
	NULL
};

static int
article_in_list(const char *const *list, const char *s, size_t len)
{
	size_t	i;

	if (len == 0)
		return 0;
	for (i = 0; list[i] != NULL; i++) {
		if (list[i][0] == s[0] && strncmp(list[i], s, len) == 0 &&
		    list[i][len] == '\0')
			return 1;
	}
	return 0;
}

int
article_is_abbreviation(const char *s, size_t len)
{
	return article_in_list(article_abbrev_fixed, s, len) ||
	    article_in_list(article_abbrev_soft, s, len);
}

/* Words that start a new sentence after "U.S." or "etc.". */
static const char *const article_starters[] = {
	"The", "This", "That", "These", "Those", "He", "She", "It", "They",
	"We", "I", "But", "And", "In", "On", "At", "A", "An", "However",
	"Meanwhile", "Its", "His", "Her", "Their", "There", "Some", "Most",
	"After", "Before", "When", "While", "If", "As", "Yet", "So", "Also",
	NULL
};

/* The token before the full stop at dot: back to space or an opener. */
static uint32_t
article_token_start(const char *t, uint32_t from, uint32_t dot)
{
	uint32_t	s = dot;

	while (s > from && !article_is_ws((unsigned char)t[s - 1]) &&
	    strchr("\"'([{", t[s - 1]) == NULL &&
	    (unsigned char)t[s - 1] != 0xab &&	/* end of « */
	    (unsigned char)t[s - 1] != 0x9c)	/* end of “ */
		s--;
	return s;
}

/* The word at k (letters only), as a length. */
static size_t
article_word_len(const char *t, uint32_t k, uint32_t e)
{
	uint32_t	i = k;

	while (i < e && isalpha((unsigned char)t[i]))
		i++;
	return i - k;
}

/*
 * Does the full stop at dot end a sentence, given that the next sentence
 * would start at k?  Abbreviations and initials say no.
 */
static int
article_stop_ends(const char *t, uint32_t from, uint32_t dot, uint32_t k,
    uint32_t e)
{
	uint32_t	ts = article_token_start(t, from, dot);
	size_t		tlen = dot - ts, wl;
	uint32_t	cp;

	utf8_decode(t + ts, dot - ts > 0 ? dot - ts : 1, &cp, NULL);
	/* An initial: one capital letter ("J." in "J. D. Vance"). */
	if (tlen > 0 && tlen <= 2 && utf8_decode(t + ts, tlen, &cp, NULL) ==
	    tlen && utf8_is_upper(cp))
		return 0;
	if (article_in_list(article_abbrev_fixed, t + ts, tlen))
		return 0;
	if (article_in_list(article_abbrev_soft, t + ts, tlen)) {
		if (tlen == 2 && memcmp(t + ts, "No", 2) == 0)
			return !isdigit((unsigned char)t[k]);
		wl = article_word_len(t, k, e);
		return wl > 0 && article_in_list(article_starters, t + k, wl);
	}
	return 1;
}

/* Characters that may follow a terminator inside the sentence. */
static size_t
article_closer_len(const char *t, uint32_t i, uint32_t e)
{
	static const struct {
		const char	*s;
		size_t		 len;
	} closers[] = {
		{ "\xe2\x80\x9d", 3 }, { "\xe2\x80\x99", 3 },
		{ "\xe2\x80\x9c", 3 }, { "\xe2\x80\xa6", 3 },
		{ "\xc2\xbb", 2 },
	};
	size_t	j;

	if (strchr("\"')].!?", t[i]) != NULL && t[i] != '\0')
		return 1;
	if ((unsigned char)t[i] < 0x80)
		return 0;
	for (j = 0; j < sizeof closers / sizeof closers[0]; j++) {
		if (i + closers[j].len <= e &&
		    memcmp(t + i, closers[j].s, closers[j].len) == 0)
			return closers[j].len;
	}
	return 0;
}

static void
article_add_sentence(struct article_build *b, const char *t, uint32_t s,
    uint32_t e, uint32_t block)
{
	article_trim(t, &s, &e);
	if (s >= e)
		return;
	b->sents = xgrow(b->sents, &b->asents, b->nsents + 1, sizeof *b->sents);
	b->sents[b->nsents].start = s;
	b->sents[b->nsents].end = e;
	b->sents[b->nsents].block = block;
	b->nsents++;
}

/* Length of a terminator at i (. ! ? …), or 0. */
static size_t
article_terminator_len(const char *t, uint32_t i, uint32_t e)
{
	if (t[i] == '.' || t[i] == '!' || t[i] == '?')
		return 1;
	if (i + 3 <= e && memcmp(t + i, "\xe2\x80\xa6", 3) == 0)
		return 3;
	return 0;
}

/*
 * The sentence boundary after a terminator at i, or 0 when there is none:
 * returns the end of the sentence and sets *next to where the next begins.
 */
static uint32_t
article_boundary(const char *t, uint32_t st, uint32_t i, uint32_t e,
    uint32_t *next)
{
	uint32_t	j, k, cp;
	size_t		n;

	j = i + (uint32_t)article_terminator_len(t, i, e);
	while (j < e && (n = article_closer_len(t, j, e)) != 0)
		j += (uint32_t)n;
	if (j < e && !article_is_ws((unsigned char)t[j]) &&
	    !((unsigned char)t[j] == 0xc2 && j + 1 < e &&
	    (unsigned char)t[j + 1] == 0xa0))
		return 0;
	k = j;
	while (k < e && article_is_ws((unsigned char)t[k]))
		k++;
	if (k >= e) {
		*next = e;
		return j;
	}
	utf8_decode(t + k, e - k, &cp, NULL);
	if (utf8_is_lower(cp))
		return 0;
	if (t[i] == '.' && !article_stop_ends(t, st, i, k, e))
		return 0;
	*next = k;
	return j;
}

/* Split block [s, e) into sentences. */
static void
article_split(struct article_build *b, const char *t, uint32_t s, uint32_t e,
    uint32_t block)
{
	/* The first bytes of terminators: '.', '!', '?' and 0xe2 (of the
	   ellipsis and the like). */
	static const uint8_t	term[256] = {
		['.'] = 1, ['!'] = 1, ['?'] = 1, [0xe2] = 1
	};
	uint32_t	st = s, i = s, end, next, lim;

	while (i < e) {
		/* Short of the longest sentence only a terminator (its
		   first byte) can end one: skip to it without the checks,
		   one table look-up a byte. */
		lim = e - st > ARTICLE_MAX_SENTENCE ? st +
		    ARTICLE_MAX_SENTENCE : e;
		while (i < lim && !term[(unsigned char)t[i]])
			i++;
		if (i >= e)
			break;
		if (article_terminator_len(t, i, e) != 0 &&
		    (end = article_boundary(t, st, i, e, &next)) != 0) {
			article_add_sentence(b, t, st, end, block);
			st = i = next;
			continue;
		}
		if (i - st >= ARTICLE_MAX_SENTENCE &&
		    article_is_ws((unsigned char)t[i])) {
			article_add_sentence(b, t, st, i, block);
			st = i;
		}
		i++;
	}
	article_add_sentence(b, t, st, e, block);
}

static void
article_add_block(struct article_build *b, const char *t,
    enum block_kind kind, uint32_t s, uint32_t e)
{
	struct block	*bl;

	article_trim(t, &s, &e);
	if (s >= e)
		return;
	b->blocks = xgrow(b->blocks, &b->ablocks, b->nblocks + 1,
	    sizeof *b->blocks);
	bl = &b->blocks[b->nblocks];
	bl->kind = kind;
	bl->start = s;
	bl->end = e;
	bl->first = (uint32_t)b->nsents;
	if (kind == BLOCK_PARAGRAPH)
		article_split(b, t, s, e, (uint32_t)b->nblocks);
	else
		article_add_sentence(b, t, s, e, (uint32_t)b->nblocks);
	bl->count = (uint32_t)b->nsents - bl->first;
	b->nblocks++;
}

/* Markdown heading: '#'... then a space; returns where the text starts. */
static uint32_t
article_md_heading(const char *t, const struct line *l)
{
	uint32_t	p = l->start;

	while (p < l->end && t[p] == '#' && p - l->start < 6)
		p++;
	if (p == l->start || p >= l->end || (t[p] != ' ' && t[p] != '\t'))
		return 0;
	return p;
}

static int
article_ends_sentence(const char *t, const struct line *l)
{
	uint32_t	s = l->start, e = l->end;

	article_trim(t, &s, &e);
	if (s == e)
		return 1;
	while (e > s && article_closer_len(t, e - 1, e) == 1 &&
	    strchr("\"')]", t[e - 1]) != NULL)
		e--;
	return e > s && strchr(".!?:;", t[e - 1]) != NULL;
}

/*
 * A heading: a short capitalised line without final punctuation (other
 * than ? or !), of at most ten words, standing after a blank line or a
 * finished sentence.
 */
static int
article_is_heading(const char *t, const struct line *l, int after_break)
{
	uint32_t	s = l->start, e = l->end, cp;
	unsigned char	last;

	article_trim(t, &s, &e);
	if (!after_break || s == e || e - s > ARTICLE_MAX_HEADING)
		return 0;
	utf8_decode(t + s, e - s, &cp, NULL);
	if (!utf8_is_upper(cp) && !(cp >= '0' && cp <= '9'))
		return 0;
	last = (unsigned char)t[e - 1];
	if (strchr(".,;:\"'”»)-", last) != NULL || last == 0x9d ||
	    last == 0xbb || last == 0x99)
		return 0;
	if (utf8_count_words(t + s, e - s) > 10)
		return 0;
	return 1;
}

/* Long lines mean one paragraph per line (scraped text); short lines
   mean hard-wrapped paragraphs separated by blank lines. */
static int
article_line_mode(const char *t, const struct line *lines, size_t n)
{
	size_t	i, nonblank = 0, longl = 0;

	for (i = 0; i < n; i++) {
		if (article_blank(t, &lines[i]))
			continue;
		nonblank++;
		if (lines[i].end - lines[i].start > 100)
			longl++;
	}
	return longl * 2 >= nonblank;
}

/* One sentence, short enough: the first line reads as a headline. */
static int
article_is_headline(const char *t, const struct line *l)
{
	struct article_build	b = { 0 };
	uint32_t		s = l->start, e = l->end;
	int			yes;

	article_trim(t, &s, &e);
	if (utf8_count_chars(t + s, e - s) > ARTICLE_MAX_HEADLINE)
		return 0;
	article_split(&b, t, s, e, 0);
	yes = b.nsents == 1;
	free(b.sents);
	return yes;
}

/* Group the body's lines into blocks. */
static void
article_blocks(struct article_build *b, const char *t,
    const struct line *lines, size_t n, int want_title)
{
	size_t		i, para_start = 0;
	int		in_para = 0, after_break = 1, line_mode;
	uint32_t	md;

	line_mode = article_line_mode(t, lines, n);
	for (i = 0; i < n; i++) {
		const struct line *l = &lines[i];
		int blank = article_blank(t, l);
		int heading = !blank && (article_md_heading(t, l) != 0 ||
		    (article_is_heading(t, l, after_break) && (line_mode ||
		    i + 1 >= n || article_blank(t, &lines[i + 1]))));

		if (in_para && (blank || heading || line_mode)) {
			article_add_block(b, t, BLOCK_PARAGRAPH,
			    lines[para_start].start, lines[i - 1].end);
			in_para = 0;
		}
		if (blank) {
			after_break = 1;
			continue;
		}
		if (want_title) {
			want_title = 0;
			md = article_md_heading(t, l);
			if (md != 0 || article_is_headline(t, l)) {
				article_add_block(b, t, BLOCK_TITLE,
				    md ? md : l->start, l->end);
				after_break = 1;
				continue;
			}
		}
		if (heading) {
			md = article_md_heading(t, l);
			article_add_block(b, t, BLOCK_HEADING,
			    md ? md : l->start, l->end);
			after_break = 1;
			continue;
		}
		if (!in_para) {
			para_start = i;
			in_para = 1;
		}
		after_break = article_ends_sentence(t, l);
	}
	if (in_para)
		article_add_block(b, t, BLOCK_PARAGRAPH,
		    lines[para_start].start, lines[n - 1].end);
}

#define ARTICLE_LANG_SPAN	65536	/* bytes read to guess a language */
#define ARTICLE_EN_MIN_WORDS	20	/* fewer Latin words say too little */
#define ARTICLE_EN_PER_MILLE	40	/* function words in English text */

/*
 * The function words that tell English from the other languages in
 * Latin script: in English prose they are about a fifth of the words,
 * in French or German next to none (so no "in", "on" or "as", which
 * those languages write too).
 */
/*
 * English function words, by length, each string the words of its
 * length end to end: a word is compared with those of its length only
 * (a scan of one list with a strncmp per candidate, for each Latin word
 * of the text, was a twentieth of the time spent cataloguing).
 */
static const char *const article_en_words[] = {
	"", "", "oftoisby", "theandforwasarehas", "thatwithhavesaidwillthis",
	"which"
};

/* Is the lowercase word w[0..n) one of article_en_words?  Compared a
   byte at a time: a call of memcmp for two to five bytes, for every Latin
   word, was a twentieth of cataloguing again. */
static int
article_is_en_word(const char *w, size_t n)
{
	const char	*s;
	size_t		 k;

	if (n >= sizeof article_en_words / sizeof article_en_words[0])
		return 0;
	for (s = article_en_words[n]; *s != '\0'; s += n) {
		for (k = 0; k < n && s[k] == w[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Letter counts of the text, by what they tell about its language. */
struct article_letters {
	size_t	latin, cyrillic, other;
	size_t	uk;		/* і ї є ґ: Ukrainian, not Russian */
	size_t	ru;		/* ы э ъ ё: Russian, not Ukrainian */
	size_t	words, en;	/* Latin words, English function words */
};

static void
article_count_letter(struct article_letters *l, uint32_t cp)
{
	if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
		l->latin++;
	else if (cp >= 0x400 && cp <= 0x4ff) {
		l->cyrillic++;
		cp = cp >= 0x400 && cp <= 0x40f ? cp + 0x50 : cp;
		cp = cp >= 0x410 && cp <= 0x42f ? cp + 0x20 : cp;
		cp = cp == 0x490 ? 0x491 : cp;
		if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491)
			l->uk++;
		else if (cp == 0x44b || cp == 0x44d || cp == 0x44a ||
		    cp == 0x451)
			l->ru++;
	} else if (cp > 0x24f && utf8_is_alnum(cp))
		l->other++;
}

/* Count the Latin word t[0..n) and whether it is an English one. */
static void
article_count_word(struct article_letters *l, const char *t, size_t n)
{
	char	w[8];
	size_t	i;

	l->words++;
	if (n >= sizeof w)
		return;
	for (i = 0; i < n; i++)
		w[i] = (char)(t[i] | 0x20);
	w[n] = '\0';
	if (article_is_en_word(w, n))
		l->en++;
}

const char *
article_cyrillic_language(const char *t, size_t len)
{
	struct article_letters	 l;
	size_t			 i = 0;
	uint32_t		 cp;

	memset(&l, 0, sizeof l);
	while (i < len) {
		i += utf8_decode(t + i, len - i, &cp, NULL);
		article_count_letter(&l, cp);
	}
	if (l.uk > 0 && l.ru == 0)
		return "uk";
	if (l.ru > 0 && l.uk == 0)
		return "ru";
	return NULL;
}

/*
 * "en", "ru" or "uk" from the letters in the first 64 KB: the script,
 * then the letters only one of the two Cyrillic languages has, and in
 * Latin script English's function words; "und" (undetermined) for a
 * language demarche does not read.
 */
static const char *
article_guess_language(const char *t, size_t len)
{
	struct article_letters	 l;
	size_t			 i = 0, n, w = 0;
	uint32_t		 cp;

	memset(&l, 0, sizeof l);
	if (len > ARTICLE_LANG_SPAN)
		len = ARTICLE_LANG_SPAN;
	while (i < len) {
		/* ASCII without a call: this loop sees every byte.  Of it,
		   only a Latin letter counts. */
		if ((unsigned char)t[i] < 0x80) {
			cp = (unsigned char)t[i];
			n = 1;
			if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
				l.latin++;
		} else {
			n = utf8_decode(t + i, len - i, &cp, NULL);
			article_count_letter(&l, cp);
		}
		if (cp >= 0x80 || (cp | 0x20) < 'a' || (cp | 0x20) > 'z') {
			if (i > w)
				article_count_word(&l, t + w, i - w);
			w = i + n;
		}
		i += n;
	}
	if (l.other > l.latin + l.cyrillic)
		return "und";
	if (l.cyrillic > l.latin)
		return l.uk > l.ru ? "uk" : "ru";
	if (l.words >= ARTICLE_EN_MIN_WORDS &&
	    l.en * 1000 < l.words * ARTICLE_EN_PER_MILLE)
		return "und";
	return "en";
}

/* The title when there is no header: the headline, else the first
   sentence. */
static void
article_pick_title(struct article *a, const char *t)
{
	const struct sentence	*s;

	if (a->nsents == 0)
		return;
	s = &a->sents[0];
	a->title_start = s->start;
	a->title_end = s->end;
	article_set(&a->title, t + s->start, s->end - s->start);
}

static void
article_count(struct article *a)
{
	uint32_t	i;

	for (i = 0; i < a->nblocks; i++) {
		if (a->blocks[i].kind == BLOCK_HEADING)
			a->nheadings++;
		else if (a->blocks[i].kind == BLOCK_PARAGRAPH)
			a->nparagraphs++;
	}
}

/* A CR LF pair in t[0..len): memchr for the rare CR outran memmem. */
static int
article_has_crlf(const char *t, size_t len)
{
	const char	*p = t, *end = t + len;

	while (p < end && (p = memchr(p, '\r', (size_t)(end - p))) != NULL) {
		if (p + 1 < end && p[1] == '\n')
			return 1;
		p++;
	}
	return 0;
}

static void
article_scan_flags(struct article *a, const char *text, size_t len)
{
	a->flags = 0;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		a->flags |= ARTICLE_BOM;
	if (memchr(text, '\0', len) != NULL)
		a->flags |= ARTICLE_NUL;
	if (article_has_crlf(text, len))
		a->flags |= ARTICLE_CRLF;
	/* The quick check (its fast path takes Cyrillic two bytes at a
	   time) says yes to almost every text; the full one, which decodes
	   every code point, only decides the rest. */
	if (!utf8_valid(text, len))
		a->flags |= ARTICLE_INVALID_UTF8;
	else if (utf8_is_nfc_quick(text, len) || utf8_is_nfc(text, len))
		a->flags |= ARTICLE_NFC;
}

static void
article_reset_meta(struct article *a)
{
	article_set(&a->title, "", 0);
	article_set(&a->date, "", 0);
	article_set(&a->source, "", 0);
	article_set(&a->url, "", 0);
	article_set(&a->author, "", 0);
	article_set(&a->language, "", 0);
	a->title_start = a->title_end = a->body_start = 0;
}

int
article_parse(struct article *a, const char *text, size_t len,
    const char *name, char **cause)
{
	struct article_build	 b = { 0 };
	struct line		*lines;
	const char		*why, *lang;
	size_t			 nlines, hdr;
	char			 date[11];

	if (len > ARTICLE_MAX_SIZE) {
		*cause = xstrdup("file too large (4 GiB at most)");
		return -1;
	}
	if ((why = article_binary_reason(text, len)) != NULL) {
		*cause = xstrdup(why);
		return -1;
	}
	article_own_strings(a);
	article_clear_structure(a);
	article_reset_meta(a);
	article_scan_flags(a, text, len);
	a->size = len;
	a->hash = hash64_text(text, len);
	nlines = article_lines(text, (a->flags & ARTICLE_BOM) ? 3 : 0, len,
	    &lines);
	hdr = article_header(a, text, lines, nlines);
	a->body_start = hdr < nlines ? lines[hdr].start : (uint32_t)len;
	if (hdr == 0 && (a->flags & ARTICLE_BOM))
		a->body_start = 3;
	article_blocks(&b, text, lines == NULL ? NULL : lines + hdr,
	    nlines - hdr, *a->title == '\0');
	free(lines);
	a->blocks = b.blocks;
	a->nblocks = (uint32_t)b.nblocks;
	a->sents = b.sents;
	a->nsents = (uint32_t)b.nsents;
	article_count(a);
	if (*a->title == '\0')
		article_pick_title(a, text);
	if (*a->date == '\0' && name != NULL &&
	    article_date_from_name(name, date))
		article_set(&a->date, date, 10);
	if (*a->language == '\0') {
		lang = article_guess_language(text, len);
		article_set(&a->language, lang, strlen(lang));
	}
	if (strcmp(a->language, "ru") == 0 || strcmp(a->language, "uk") == 0)
		a->flags |= ARTICLE_CYRILLIC;
	a->words = (uint32_t)utf8_count_words(text + a->body_start,
	    len - a->body_start);
	a->unparsed = 0;
	return 0;
}

/*
 * Attach text as a's bytes (lent when release is set), parsing a first
 * when parse says so.
 */
static int
article_attach(struct article *a, char *text, size_t len, int parse,
    void (*release)(void *), void *owner, char **cause)
{
	char	*why = NULL;

	if (parse && article_parse(a, text, len, a->path, &why) != 0) {
		*cause = xasprintf("'%s': %s", a->file, why);
		free(why);
		return -1;
	}
	a->text = text;
	a->len = len;
	a->text_release = release;
	a->text_owner = owner;
	return 0;
}

int
article_load(struct article *a, char **cause)
{
	char	*text;
	size_t	 len;
	int	 parse;

	if (a->text != NULL)
		return 0;
	text = file_read(a->path, &len, cause);
	if (text == NULL)
		return -1;
	parse = a->unparsed || len != a->size ||
	    hash64_text(text, len) != a->hash;
	if (article_attach(a, text, len, parse, NULL, NULL, cause) != 0) {
		free(text);
		return -1;
	}
	return 0;
}

int
article_load_text(struct article *a, char *text, size_t len, uint64_t hash,
    void (*release)(void *), void *owner, char **cause)
{
	article_unload(a);
	return article_attach(a, text, len, a->unparsed || len != a->size ||
	    hash != a->hash, release, owner, cause);
}

int
article_load_same(struct article *a)
{
	char	*text, *cause = NULL;
	size_t	 len;

	if (a->text != NULL)
		return 0;
	if ((text = file_read(a->path, &len, &cause)) == NULL) {
		free(cause);
		return -1;
	}
	if (len != a->size || hash64_text(text, len) != a->hash) {
		free(text);
		return -1;
	}
	a->text = text;
	a->len = len;
	return 0;
}

void
article_set_text(struct article *a, const char *text, size_t len)
{
	article_unload(a);
	a->text = xmalloc(len + 1);
	memcpy(a->text, text, len);
	a->text[len] = '\0';
	a->len = len;
}

void
article_unload(struct article *a)
{
	if (a->text_release != NULL && a->text != NULL)
		a->text_release(a->text_owner);
	else
		free(a->text);
	free(a->lines);
	a->text_release = NULL;
	a->text_owner = NULL;
	a->text = NULL;
	a->lines = NULL;
	a->len = 0;
	a->nlines = 0;
}

static void
article_index_lines(struct article *a)
{
	size_t		 alloc = 0, n = 0, i = 0;
	const char	*nl;

	a->lines = xgrow(NULL, &alloc, 1, sizeof *a->lines);
	a->lines[n++] = 0;
	while (i < a->len && (nl = memchr(a->text + i, '\n', a->len - i))) {
		i = (size_t)(nl - a->text) + 1;
		a->lines = xgrow(a->lines, &alloc, n + 1, sizeof *a->lines);
		a->lines[n++] = (uint32_t)i;
	}
	a->nlines = (uint32_t)n;
}

void
article_line_col(struct article *a, size_t off, unsigned *line,
    unsigned *column)
{
	uint32_t	lo = 0, hi, mid;

	if (a->lines == NULL)
		article_index_lines(a);
	hi = a->nlines;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (a->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*line = lo + 1;
	*column = (unsigned)(off - a->lines[lo]) + 1;
}

void
article_span_json(struct json *j, struct article *a, size_t start,
    size_t end)
{
	unsigned	line = 0, column = 0;

	if (a->text != NULL)
		article_line_col(a, start, &line, &column);
	json_kv_string(j, "file", a->file);
	json_kv_string(j, "id", a->id);
	json_kv_int(j, "start", (int64_t)start);
	json_kv_int(j, "end", (int64_t)end);
	json_kv_int(j, "line", line);
	json_kv_int(j, "column", column);
}
