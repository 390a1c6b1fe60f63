/*
 * extract: choose the main text of a page, in the manner of Readability
 * and trafilatura, over libxml2's HTML tree.
 *
 * 1. collect: one walk gives each element its struct xnode (counts of
 *    text, link text, commas, paragraphs) and drops the elements that are
 *    never text (scripts, navigation, forms' controls), hidden ones, and
 *    those whose class or id names boilerplate (hints.h) unless they hold
 *    most of a long text.
 * 2. score: every paragraph of 25 bytes or more gives its ancestors a
 *    score (1, plus its commas, plus one per 100 bytes up to 3), the
 *    parent in full, the grandparent a half, further ones less; each
 *    element starts from a tag and class bias, and its score is scaled by
 *    one minus its link density.
 * 3. select: the best element, moved up to the ancestor it shares with
 *    the other good candidates, then its siblings that look like the same
 *    text; the text of these is written by extract-text.c.
 * 4. fallback: when that gives little text, Readability's retries: again
 *    without the hints' drops, then without cleaning, keeping a text
 *    only when it is more than twice as long as the stricter one's; then the page's JSON-LD articleBody or all of its paragraphs.
 *
 * A div's own text (outside its block children, as in "text<br>text")
 * scores like a paragraph of that div.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "web/charset.h"
#include "web/extract.h"
#include "web/extract-int.h"
#include "web/hints.h"

#define MIN_PARAGRAPH	25	/* bytes for a paragraph to score */
#define MIN_BODY	250	/* bytes of body below which to fall back */
#define RETRY_BODY	500	/* bytes below which to retry, less strict */
#define TOP_N		5

enum collect_flags {
	COLLECT_DROP = 1 << 0,		/* drop elements the hints name */
	COLLECT_CLEAN = 1 << 1,		/* clean clutter out of the text */
};

struct collect {
	const struct hints	*hints;
	int			 flags;		/* enum collect_flags */
	struct xnode		*nodes;
	size_t			 n;
	size_t			 alloc;
};

struct tag_kind {
	const char	*name;
	enum xkind	 kind;
};

/* Sorted by name for bsearch. */
static const struct tag_kind tag_kinds[] = {
	{ "a", XK_A }, { "abbr", XK_INLINE }, { "address", XK_BLOCK },
	{ "article", XK_DIV }, { "aside", XK_SKIP }, { "audio", XK_SKIP },
	{ "b", XK_INLINE }, { "blockquote", XK_QUOTE }, { "body", XK_DIV },
	{ "br", XK_BR }, { "button", XK_SKIP }, { "canvas", XK_SKIP },
	{ "center", XK_DIV }, { "cite", XK_INLINE }, { "code", XK_INLINE },
	{ "dd", XK_LI }, { "del", XK_SKIP }, { "details", XK_BLOCK },
	{ "dialog", XK_SKIP }, { "div", XK_DIV }, { "dl", XK_LIST },
	{ "dt", XK_LI }, { "em", XK_INLINE }, { "embed", XK_SKIP },
	{ "fieldset", XK_BLOCK }, { "figcaption", XK_SKIP },
	{ "figure", XK_BLOCK }, { "footer", XK_SKIP }, { "form", XK_BLOCK },
	{ "h1", XK_HEADING }, { "h2", XK_HEADING }, { "h3", XK_HEADING },
	{ "h4", XK_HEADING }, { "h5", XK_HEADING }, { "h6", XK_HEADING },
	{ "head", XK_SKIP }, { "header", XK_BLOCK }, { "hr", XK_BLOCK },
	{ "html", XK_DIV }, { "i", XK_INLINE }, { "iframe", XK_SKIP },
	{ "img", XK_IMG }, { "input", XK_INPUT }, { "ins", XK_INLINE },
	{ "label", XK_SKIP }, { "li", XK_LI }, { "main", XK_DIV },
	{ "mark", XK_INLINE }, { "math", XK_SKIP }, { "menu", XK_SKIP },
	{ "nav", XK_SKIP }, { "noscript", XK_SKIP }, { "object", XK_SKIP },
	{ "ol", XK_LIST }, { "option", XK_SKIP }, { "p", XK_P },
	{ "picture", XK_IMG }, { "pre", XK_PRE }, { "q", XK_INLINE },
	{ "s", XK_INLINE }, { "script", XK_SKIP }, { "section", XK_DIV },
	{ "select", XK_SKIP }, { "small", XK_INLINE }, { "span", XK_INLINE },
	{ "strong", XK_INLINE }, { "style", XK_SKIP }, { "sub", XK_INLINE },
	{ "summary", XK_BLOCK }, { "sup", XK_INLINE }, { "svg", XK_SKIP },
	{ "table", XK_TABLE }, { "tbody", XK_BLOCK }, { "td", XK_CELL },
	{ "template", XK_SKIP }, { "textarea", XK_SKIP },
	{ "tfoot", XK_BLOCK }, { "th", XK_CELL }, { "thead", XK_BLOCK },
	{ "time", XK_INLINE }, { "title", XK_SKIP }, { "tr", XK_TR },
	{ "u", XK_INLINE }, { "ul", XK_LIST }, { "video", XK_SKIP },
};

static int
tag_cmp(const void *key, const void *elt)
{
	return strcmp(key, ((const struct tag_kind *)elt)->name);
}

static enum xkind
tag_kind(const xmlChar *name)
{
	const struct tag_kind	*t;

	t = bsearch(name, tag_kinds, sizeof tag_kinds / sizeof tag_kinds[0],
	    sizeof tag_kinds[0], tag_cmp);
	return t != NULL ? t->kind : XK_OTHER;
}

int
xkind_is_block(int k)
{
	return k >= XK_P && k <= XK_BLOCK;
}

double
xnode_link_density(const struct xnode *x)
{
	return x->text == 0 ? 0.0 : (double)x->links / (double)x->text;
}

/* The lowercased class and id of n, space-separated, into b. */
static void
class_and_id(xmlNode *n, struct buf *b)
{
	xmlChar	*v;
	char	*p;

	buf_reset(b);
	if ((v = xmlGetNoNsProp(n, BAD_CAST "class")) != NULL) {
		buf_adds(b, (char *)v);
		xmlFree(v);
	}
	if ((v = xmlGetNoNsProp(n, BAD_CAST "id")) != NULL) {
		buf_addc(b, ' ');
		buf_adds(b, (char *)v);
		xmlFree(v);
	}
	for (p = b->data; p != NULL && *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	}
}

/* 1 when n is hidden by an attribute or an inline style. */
static int
is_hidden(xmlNode *n)
{
	xmlChar	*v;
	int	 hidden = 0;

	if (xmlHasProp(n, BAD_CAST "hidden") != NULL)
		return 1;
	if ((v = xmlGetNoNsProp(n, BAD_CAST "aria-hidden")) != NULL) {
		hidden = strcmp((char *)v, "true") == 0;
		xmlFree(v);
		if (hidden)
			return 1;
	}
	if ((v = xmlGetNoNsProp(n, BAD_CAST "style")) != NULL) {
		char *s = (char *)v, *p;
		for (p = s; *p != '\0'; p++)
			if (*p != ' ')
				*s++ = (char)(*p >= 'A' && *p <= 'Z' ?
				    *p - 'A' + 'a' : *p);
		*s = '\0';
		hidden = strstr((char *)v, "display:none") != NULL ||
		    strstr((char *)v, "visibility:hidden") != NULL;
		xmlFree(v);
	}
	return hidden;
}

/* Class weight, and whether the hints drop the element. */
static int
class_hints(const struct hints *h, xmlNode *n, struct xnode *x, int *drop)
{
	struct buf	b;

	*drop = 0;
	if (n->properties == NULL)
		return 0;
	buf_init(&b);
	class_and_id(n, &b);
	if (b.len > 0) {
		if (hints_match(h, HINT_NEGATIVE, b.data))
			x->weight -= 25;
		if (hints_match(h, HINT_POSITIVE, b.data))
			x->weight += 25;
		*drop = hints_match(h, HINT_DROP, b.data) &&
		    !hints_match(h, HINT_KEEP, b.data);
	}
	buf_release(&b);
	return 0;
}

/* Count the text of a text node into x: whitespace runs count one. */
static void
count_text(struct xnode *x, const char *s, int in_link)
{
	uint32_t	n = 0, commas = 0;
	int		space = 1;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			if (!space)
				n++;
			space = 1;
			continue;
		}
		space = 0;
		n++;
		if (*s == ',')
			commas++;
	}
	x->text += n;
	x->commas += commas;
	x->own += n;
	x->own_commas += commas;
	if (in_link)
		x->links += n;
}

/* Add child c's counts to x. */
static void
add_counts(struct xnode *x, const struct xnode *c)
{
	x->text += c->text;
	x->links += c->links;
	x->commas += c->commas;
	x->paras += c->paras;
	x->imgs += c->imgs;
	x->inputs += c->inputs;
	x->lis += c->lis;
	x->anchors += c->anchors;
	if (xkind_is_block(c->kind) || (c->flags & XN_BLOCKS))
		x->flags |= XN_BLOCKS;
	else {
		x->own += c->own;
		x->own_commas += c->own_commas;
	}
}

/* 1 when the drop hint must yield: the element holds a long text. */
static int
holds_article(const struct xnode *x)
{
	return x->paras >= 3 && x->text > 1000 &&
	    xnode_link_density(x) < 0.3;
}

static size_t	collect(struct collect *, xmlNode *, size_t, int, int);

/* The element-specific part of collect: decide the drop, count. */
static void
collect_element(struct collect *c, xmlNode *n, size_t xi, int depth,
    int in_link)
{
	struct xnode	*x = &c->nodes[xi];
	xmlNode		*ch;
	size_t		 ci;
	int		 drop;

	x->kind = (uint8_t)tag_kind(n->name);
	class_hints(c->hints, n, x, &drop);
	if (x->kind == XK_SKIP || is_hidden(n))
		x->flags |= XN_DROP;
	if (x->kind == XK_A)
		in_link = 1;
	for (ch = n->children; ch != NULL; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE) {
			count_text(&c->nodes[xi], (const char *)ch->content,
			    in_link);
			continue;
		}
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		ci = collect(c, ch, xi, depth + 1, in_link);
		if (ci != (size_t)-1 && !(c->nodes[ci].flags & XN_DROP))
			add_counts(&c->nodes[xi], &c->nodes[ci]);
	}
	x = &c->nodes[xi];
	if (x->kind == XK_P)
		x->paras++;
	else if (x->kind == XK_LI)
		x->lis++;
	else if (x->kind == XK_IMG)
		x->imgs++;
	else if (x->kind == XK_INPUT)
		x->inputs++;
	else if (x->kind == XK_A)
		x->anchors++;
	if (drop && (c->flags & COLLECT_DROP) && !holds_article(x) &&
	    strcmp((const char *)n->name, "body") != 0 &&
	    strcmp((const char *)n->name, "html") != 0)
		x->flags |= XN_DROP;
}

/* Walk the element n (child of nodes[parent]); its index or -1. */
static size_t
collect(struct collect *c, xmlNode *n, size_t parent, int depth, int in_link)
{
	size_t	xi;

	if (depth > EXTRACT_MAX_DEPTH)
		return (size_t)-1;
	c->nodes = xgrow(c->nodes, &c->alloc, c->n + 1, sizeof *c->nodes);
	xi = c->n++;
	memset(&c->nodes[xi], 0, sizeof c->nodes[xi]);
	c->nodes[xi].node = n;
	c->nodes[xi].parent = (struct xnode *)(uintptr_t)(parent + 1);
	collect_element(c, n, xi, depth, in_link);
	return xi;
}

/*
 * The array moved while it grew: turn the parent indexes (stored plus
 * one) into pointers, hang each xnode on its node, and let drops cover
 * the whole subtree.
 */
static void
collect_link(struct collect *c)
{
	size_t		 i, p;
	struct xnode	*x;

	for (i = 0; i < c->n; i++) {
		x = &c->nodes[i];
		p = (size_t)(uintptr_t)x->parent;
		x->parent = p == 0 ? NULL : &c->nodes[p - 1];
		x->node->_private = x;
		if (x->parent != NULL && (x->parent->flags & XN_DROP))
			x->flags |= XN_DROP;
	}
}

/* The bias of an element's tag before any paragraph scores it. */
static float
tag_bias(const struct xnode *x)
{
	switch (x->kind) {
	case XK_DIV:
		return 5;
	case XK_PRE:
	case XK_CELL:
	case XK_QUOTE:
		return 3;
	case XK_LIST:
	case XK_LI:
		return -3;
	case XK_HEADING:
		return -5;
	default:
		return 0;
	}
}

/* 1 when x is a paragraph for scoring: a p, or a block of plain text. */
static int
is_paragraph(const struct xnode *x)
{
	if (x->flags & XN_DROP || x->text < MIN_PARAGRAPH)
		return 0;
	if (x->kind == XK_P || x->kind == XK_PRE || x->kind == XK_CELL)
		return 1;
	return x->kind == XK_DIV && !(x->flags & XN_BLOCKS);
}

/*
 * Spread the score of a paragraph of len bytes over its ancestors from
 * a: the parent in full, the grandparent a half, further ones less.
 */
static void
score_paragraph(struct xnode *a, uint32_t len, uint32_t commas)
{
	float		 s;
	int		 level;

	s = 1.0f + (float)commas + (len / 100 > 3 ? 3.0f :
	    (float)(len / 100));
	for (level = 0; a != NULL && level < 5; a = a->parent, level++) {
		if (!(a->flags & XN_SCORED)) {
			a->flags |= XN_SCORED;
			a->score = tag_bias(a) + a->weight;
		}
		a->score += level == 0 ? s : level == 1 ? s / 2 :
		    s / (float)(level * 3);
	}
}

static void
score_all(struct collect *c)
{
	size_t	i;

	for (i = 0; i < c->n; i++) {
		struct xnode *x = &c->nodes[i];
		if (is_paragraph(x))
			score_paragraph(x->parent, x->text, x->commas);
		else if ((x->flags & (XN_BLOCKS | XN_DROP)) == XN_BLOCKS &&
		    x->own >= MIN_PARAGRAPH && x->kind == XK_DIV)
			score_paragraph(x, x->own, x->own_commas);
	}
	for (i = 0; i < c->n; i++) {
		if (c->nodes[i].flags & XN_SCORED)
			c->nodes[i].score *= (float)(1.0 -
			    xnode_link_density(&c->nodes[i]));
	}
}

/* The TOP_N best scored elements into top[], best first; their count. */
static size_t
best_candidates(struct collect *c, struct xnode **top)
{
	size_t	 i, n = 0, j;

	for (i = 0; i < c->n; i++) {
		struct xnode *x = &c->nodes[i];
		if (!(x->flags & XN_SCORED) || (x->flags & XN_DROP))
			continue;
		for (j = n; j > 0 && top[j - 1]->score < x->score; j--)
			if (j < TOP_N)
				top[j] = top[j - 1];
		if (j < TOP_N) {
			top[j] = x;
			if (n < TOP_N)
				n++;
		}
	}
	return n;
}

/* 1 when a is an ancestor of x (or x itself). */
static int
contains(const struct xnode *a, const struct xnode *x)
{
	for (; x != NULL; x = x->parent)
		if (x == a)
			return 1;
	return 0;
}

/*
 * Move the best candidate up: to an ancestor that holds three of the other
 * good candidates, else while its parent scores nearly as well, then past
 * parents of which it is the only child.
 */
static struct xnode *
refine_top(struct xnode **top, size_t n)
{
	struct xnode	*best = top[0], *a;
	size_t		 i, shared;
	float		 last;

	for (a = best->parent; a != NULL && a->parent != NULL; a = a->parent) {
		for (i = 1, shared = 0; i < n; i++)
			if (top[i]->score >= 0.75f * best->score &&
			    contains(a, top[i]))
				shared++;
		if (shared >= 3 || (n >= 4 && shared >= n - 1 && shared >= 3)) {
			best = a;
			break;
		}
	}
	last = best->score;
	for (a = best->parent; a != NULL && a->parent != NULL; a = a->parent) {
		if (!(a->flags & XN_SCORED))
			continue;
		if (a->score < last / 3)
			break;
		if (a->score > last) {
			best = a;
			break;
		}
		last = a->score;
	}
	while (best->parent != NULL && best->parent->parent != NULL &&
	    best->parent->text == best->text && best->parent->kind == XK_DIV)
		best = best->parent;
	return best;
}

/* 1 when the text of n ends a sentence. */
static int
ends_sentence(xmlNode *n)
{
	xmlChar	*t = xmlNodeGetContent(n);
	size_t	 len;
	int	 r = 0;

	if (t == NULL)
		return 0;
	len = strlen((char *)t);
	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n'))
		len--;
	r = len > 0 && (t[len - 1] == '.' || t[len - 1] == '!' ||
	    t[len - 1] == '?');
	xmlFree(t);
	return r;
}

/* 1 when sibling s of best belongs to the article. */
static int
sibling_belongs(const struct xnode *best, const struct xnode *s)
{
	double	ld = xnode_link_density(s);
	float	threshold = best->score * 0.2f;

	if (s->flags & XN_DROP || s->text == 0)
		return 0;
	if (threshold < 10)
		threshold = 10;
	if ((s->flags & XN_SCORED) && s->score >= threshold)
		return 1;
	if (s->kind != XK_P && (s->kind != XK_DIV || (s->flags & XN_BLOCKS)))
		return 0;
	if (s->text > 80 && ld < 0.25)
		return 1;
	return s->text <= 80 && ld == 0 && ends_sentence(s->node);
}

/* The nodes to write: best and its siblings that belong; their count. */
static size_t
select_nodes(struct xnode *best, xmlNode ***out)
{
	xmlNode		*n, **v = NULL;
	size_t		 k = 0, alloc = 0;
	struct xnode	*s;

	if (best->parent == NULL) {
		v = xmalloc(sizeof *v);
		v[0] = best->node;
		*out = v;
		return 1;
	}
	for (n = best->parent->node->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->_private == NULL)
			continue;
		s = n->_private;
		if (s != best && !sibling_belongs(best, s))
			continue;
		v = xgrow(v, &alloc, k + 1, sizeof *v);
		v[k++] = n;
	}
	*out = v;
	return k;
}

/* The text of every paragraph of the page, for the fallback. */
static void
all_paragraphs(struct collect *c, const char *title, struct buf *out)
{
	xmlNode	**v = NULL;
	size_t	  i, k = 0, alloc = 0;

	for (i = 0; i < c->n; i++) {
		struct xnode *x = &c->nodes[i];
		if ((x->kind != XK_P && x->kind != XK_PRE) ||
		    (x->flags & XN_DROP) || x->text == 0 ||
		    xnode_link_density(x) > 0.5)
			continue;
		v = xgrow(v, &alloc, k + 1, sizeof *v);
		v[k++] = x->node;
	}
	extract_text(NULL, v, k, 0, title, out);
	free(v);
}

/* Choose and write the main text of the collected tree into out. */
static void
main_text(struct collect *c, const char *title, struct buf *out)
{
	struct xnode	*top[TOP_N], *best;
	xmlNode		**v;
	size_t		 n;

	score_all(c);
	if ((n = best_candidates(c, top)) == 0)
		return;
	best = refine_top(top, n);
	n = select_nodes(best, &v);
	extract_text(c->hints, v, n, c->flags & COLLECT_CLEAN, title, out);
	free(v);
}

/* One attempt with flags: collect, score and write into out. */
static void
attempt(const struct hints *h, xmlNode *root, int flags, const char *title,
    struct buf *out)
{
	struct collect	c;

	memset(&c, 0, sizeof c);
	c.hints = h;
	c.flags = flags;
	collect(&c, root, (size_t)-1, 0, 0);
	collect_link(&c);
	main_text(&c, title, out);
	if (out->len < MIN_BODY) {
		buf_reset(out);
		all_paragraphs(&c, title, out);
	}
	free(c.nodes);
}

/*
 * The main text of the page: as Readability does, when the strict attempt
 * gives little text, try again without the class hints' drops, then
 * without cleaning, and keep the longest; then JSON-LD's articleBody.
 */
static void
page_text(const struct hints *h, htmlDocPtr doc, const char *title,
    struct buf *out)
{
	static const int tries[] = { COLLECT_DROP | COLLECT_CLEAN,
	    COLLECT_CLEAN, 0 };
	struct buf	 b;
	char		*ld;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		buf_reset(&b);
		attempt(h, xmlDocGetRootElement(doc), tries[i], title, &b);
		if (b.len > 2 * out->len) {
			buf_reset(out);
			buf_add(out, b.data, b.len);
		}
		if (out->len >= RETRY_BODY)
			break;
	}
	buf_release(&b);
	if (out->len >= MIN_BODY)
		return;
	ld = extract_ld_body(doc);
	if (ld != NULL && strlen(ld) > out->len) {
		buf_reset(out);
		buf_adds(out, ld);
	}
	free(ld);
}

/* Parse UTF-8 html[0..len) with the network and entities kept out. */
static htmlDocPtr
parse_html(const char *html, size_t len, const char *url)
{
	return htmlReadMemory(html, (int)len, url, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_COMPACT);
}

int
extract_html(const struct hints *h, const char *html, size_t len,
    const char *url, const char *content_type, struct extract *ex,
    char **cause)
{
	struct buf	 body;
	htmlDocPtr	 doc;
	xmlNode		*root;
	char		*utf8;
	size_t		 ulen;

	memset(ex, 0, sizeof *ex);
	if (len > EXTRACT_MAX_BYTES)
		return *cause = xasprintf("page larger than %u bytes",
		    EXTRACT_MAX_BYTES), -1;
	if ((utf8 = charset_to_utf8(html, len, content_type, &ulen,
	    cause)) == NULL)
		return -1;
	doc = parse_html(utf8, ulen, url);
	free(utf8);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		if (doc != NULL)
			xmlFreeDoc(doc);
		return *cause = xstrdup("not an HTML page"), -1;
	}
	extract_meta(doc, url, ex);
	buf_init(&body);
	page_text(h, doc, ex->title, &body);
	xmlFreeDoc(doc);
	if (ex->language == NULL)
		ex->language = xstrdup(extract_guess_language(body.data ?
		    body.data : ""));
	ex->body = buf_detach(&body, NULL);
	if (ex->body == NULL)
		ex->body = xstrdup("");
	return 0;
}

char *
extract_fragment(const struct hints *h, const char *html, size_t len)
{
	struct collect	 c;
	struct buf	 out;
	htmlDocPtr	 doc;
	xmlNode		*root;
	char		*s;

	memset(&c, 0, sizeof c);
	c.hints = h;
	buf_init(&out);
	doc = parse_html(html, len, NULL);
	if (doc != NULL && (root = xmlDocGetRootElement(doc)) != NULL) {
		collect(&c, root, (size_t)-1, 0, 0);
		collect_link(&c);
		extract_text(h, &root, 1, 0, NULL, &out);
		free(c.nodes);
	}
	if (doc != NULL)
		xmlFreeDoc(doc);
	s = buf_detach(&out, NULL);
	return s != NULL ? s : xstrdup("");
}

void
extract_release(struct extract *ex)
{
	free(ex->title);
	free(ex->date);
	free(ex->author);
	free(ex->source);
	free(ex->url);
	free(ex->language);
	free(ex->body);
	memset(ex, 0, sizeof *ex);
}
