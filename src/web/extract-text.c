/*
 * extract-text: write the text of chosen elements as paragraphs.
 *
 * A walk in document order gathers inline text into the current paragraph
 * (whitespace collapsed) and ends it at each block boundary; headings are
 * written "## Heading".  With cleaning on, an element inside the chosen
 * ones is left out when it looks like boilerplate by its counts, as
 * Readability's conditional cleaning does: mostly links, controls, images
 * without text, or a negative class with little text.
 */
#include "config.h"

#include <string.h>

#include "base/buf.h"
#include "web/extract-int.h"
#include "web/hints.h"

#define MIN_TEXT_CLUTTER	25	/* bytes below which a block is clutter */

struct emit {
	const struct hints	*hints;
	const char		*title;
	struct buf		*out;
	struct buf		 para;
	int			 clean;
	int			 heading;	/* inside h2..h6 */
};

/* Append s with whitespace runs collapsed to one space. */
static void
emit_inline(struct emit *e, const char *s)
{
	int	space = e->para.len == 0 ||
		    e->para.data[e->para.len - 1] == ' ';

	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' ||
		    ch == '\f' || ch == '\v') {
			if (!space)
				buf_addc(&e->para, ' ');
			space = 1;
			continue;
		}
		if (ch == 0xc2 && (unsigned char)s[1] == 0xa0) {
			if (!space)
				buf_addc(&e->para, ' ');
			space = 1;
			s++;
			continue;
		}
		if (ch < 0x20 || ch == 0x7f)
			continue;
		buf_addc(&e->para, (char)ch);
		space = 0;
	}
}

/* End the current paragraph: write it unless empty or boilerplate. */
static void
emit_flush(struct emit *e)
{
	char	*s = e->para.data;
	size_t	 len = e->para.len;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	if (len == 0 || (e->hints != NULL &&
	    hints_is_phrase(e->hints, s, len)))
		goto out;
	if (e->heading && e->title != NULL && strlen(e->title) == len &&
	    memcmp(e->title, s, len) == 0)
		goto out;
	if (e->out->len > 0)
		buf_adds(e->out, "\n\n");
	if (e->heading)
		buf_adds(e->out, "## ");
	buf_add(e->out, s, len);
out:
	buf_reset(&e->para);
}

/* 1 when x, inside the chosen text, looks like boilerplate. */
static int
is_clutter(const struct xnode *x)
{
	double	ld = xnode_link_density(x);
	int	list = x->kind == XK_LIST;

	if (x->kind != XK_DIV && x->kind != XK_LIST && x->kind != XK_TABLE &&
	    x->kind != XK_BLOCK)
		return 0;
	if (x->weight + ((x->flags & XN_SCORED) ? x->score : 0) < 0)
		return 1;
	if (x->commas >= 10)
		return 0;
	if (x->inputs > x->paras / 3)
		return 1;
	if (x->text < MIN_TEXT_CLUTTER && (x->imgs == 0 || x->imgs > 2))
		return 1;
	if (x->imgs > 1 && (double)x->paras / x->imgs < 0.5)
		return 1;
	if (!list && x->weight < 25 && ld > 0.2)
		return 1;
	return ld > 0.5;
}

/*
 * 1 when x is text made of links: a paragraph that is one link (a teaser
 * for another story), or an inline run of several links inside one (a
 * hover card).
 */
static int
is_link_run(const struct xnode *x)
{
	if (x->text == 0 || x->links * 10 < x->text * 8)
		return 0;
	if (x->kind == XK_P)
		return 1;
	return (x->kind == XK_INLINE || x->kind == XK_OTHER) &&
	    x->anchors >= 3;
}

static void	emit_node(struct emit *, xmlNode *, int);

static void
emit_children(struct emit *e, xmlNode *n)
{
	xmlNode	*ch;

	for (ch = n->children; ch != NULL; ch = ch->next)
		emit_node(e, ch, 0);
}

/* Write node n; top is set for the chosen elements themselves. */
static void
emit_node(struct emit *e, xmlNode *n, int top)
{
	struct xnode	*x;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content != NULL)
			emit_inline(e, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE || (x = n->_private) == NULL ||
	    (x->flags & XN_DROP))
		return;
	if (e->clean && !top && (is_clutter(x) || is_link_run(x)))
		return;
	if (x->kind == XK_BR) {
		emit_flush(e);
		return;
	}
	if (x->kind == XK_IMG || x->kind == XK_INPUT)
		return;
	if (!xkind_is_block(x->kind)) {
		emit_children(e, n);
		return;
	}
	emit_flush(e);
	if (x->kind == XK_HEADING) {
		if (n->name[1] == '1')
			return;
		e->heading = 1;
	}
	emit_children(e, n);
	if (x->kind == XK_CELL) {
		emit_inline(e, " ");
		return;
	}
	emit_flush(e);
	e->heading = 0;
}

void
extract_text(const struct hints *h, xmlNode **root, size_t n, int clean,
    const char *title, struct buf *out)
{
	struct emit	e;
	size_t		i;

	memset(&e, 0, sizeof e);
	e.hints = h;
	e.title = title;
	e.out = out;
	e.clean = clean;
	buf_init(&e.para);
	for (i = 0; i < n; i++) {
		emit_node(&e, root[i], 1);
		emit_flush(&e);
	}
	buf_release(&e.para);
}
