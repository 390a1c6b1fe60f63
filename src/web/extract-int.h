/*
 * extract-int: what the parts of the extractor share (extract.c scores and
 * selects, extract-text.c writes the text, extract-meta.c reads the
 * metadata).  Not a public interface.
 *
 * Each element of the parsed tree gets one struct xnode, reached through
 * the node's _private pointer, holding the counts the scoring needs.  The
 * counts of an element include its descendants' and exclude dropped ones.
 * Text lengths are bytes of UTF-8 with each whitespace run counted as one.
 */
#ifndef DEMARCHE_EXTRACT_INT_H
#define DEMARCHE_EXTRACT_INT_H

#include <stdint.h>

#include <libxml/HTMLparser.h>

#include "base/buf.h"

struct hints;

enum xkind {
	XK_OTHER,	/* an unknown element: inline */
	XK_INLINE,	/* a, span, b, i, em, strong, ... */
	XK_A,
	XK_BR,
	XK_P,
	XK_DIV,		/* div, section, article, main, center */
	XK_HEADING,	/* h1..h6 */
	XK_LIST,	/* ul, ol, dl */
	XK_LI,		/* li, dt, dd */
	XK_TABLE,
	XK_TR,
	XK_CELL,	/* td, th */
	XK_PRE,
	XK_QUOTE,	/* blockquote */
	XK_BLOCK,	/* other blocks: header, figure, form, address, ... */
	XK_IMG,
	XK_INPUT,
	XK_SKIP,	/* never text: script, style, nav, aside, footer, ... */
};

enum xnode_flags {
	XN_DROP = 1 << 0,	/* removed: boilerplate or hidden */
	XN_SCORED = 1 << 1,	/* has a content score */
	XN_BLOCKS = 1 << 2,	/* has block-level children */
	XN_HEAD = 1 << 3,	/* h1 */
};

struct xnode {
	xmlNode		*node;
	struct xnode	*parent;	/* the parent element's, or NULL */
	uint32_t	 text;		/* visible text bytes */
	uint32_t	 links;		/* of which inside <a> */
	uint32_t	 commas;
	uint32_t	 own;		/* text outside block children */
	uint32_t	 own_commas;
	uint32_t	 paras;		/* <p> descendants */
	uint32_t	 imgs;
	uint32_t	 inputs;
	uint32_t	 lis;
	uint32_t	 anchors;	/* <a> descendants */
	float		 score;		/* readability-style content score */
	int16_t		 weight;	/* from class and id: -25, 0, +25 */
	uint8_t		 kind;		/* enum xkind */
	uint8_t		 flags;		/* enum xnode_flags */
};

/* 1 when k starts a block of text. */
int	 xkind_is_block(int k);
/* The link density of x: link text over all text, 0 when no text. */
double	 xnode_link_density(const struct xnode *x);

/*
 * Append the text of the chosen nodes to out: root[0..n) in document
 * order, cleaning out boilerplate inside them when clean is set; title
 * (may be NULL) is a heading not to repeat.
 */
void	 extract_text(const struct hints *, xmlNode **root, size_t n,
	    int clean, const char *title, struct buf *out);

struct extract;
/* Fill the metadata fields of ex from doc; url may be NULL. */
void	 extract_meta(htmlDocPtr doc, const char *url, struct extract *ex);
/* JSON-LD articleBody of doc when it has one, malloc'd, else NULL. */
char	*extract_ld_body(htmlDocPtr doc);

#endif
