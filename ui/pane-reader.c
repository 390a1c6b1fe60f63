/*
 * The reader pane: one article wrapped to the pane's width.
 *
 * The reader keeps its own copy of the article's bytes and blocks, so the
 * core may load and unload the article meanwhile.  Wrapping makes an array
 * of display lines, each a byte range of the text (or of the meta line);
 * the reading position is kept as the byte offset of the top line, so a
 * new width (SIGWINCH) re-wraps and finds the same place.  Styled spans
 * (search hits, actor names by side) are byte ranges sorted by start.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

#define READER_MARGIN 1

enum rline_kind {
	RLINE_TEXT,		/* bytes of the article */
	RLINE_META,		/* bytes of the meta line */
	RLINE_BLANK,
};

struct rline {
	enum rline_kind	 kind;
	uint32_t	 start, end;
	int		 role;
};

struct reader {
	uint32_t	 idx;		/* corpus index, or UINT32_MAX */
	char		*text;		/* copy of the article's bytes */
	size_t		 len;
	struct block	*blocks;	/* copy of its blocks */
	uint32_t	 nblocks;
	char		*meta;		/* title (when not in the text), date,
					   source, url, one per line */
	struct rline	*lines;
	size_t		 nlines, alloc;
	int		 width;		/* wrapped for, 0: not yet */
	size_t		 top;
	uint32_t	 anchor;	/* byte offset of the top line */
	struct draw_span *spans;	/* sorted by start */
	size_t		 nspans;
	long		 hit;		/* current hit span, or -1 */
	char		*error;
	unsigned	 gen;		/* ui->rd.gen when last loaded */
};

static struct reader *
reader_of(struct ui *ui)
{
	return ui->panes[PANE_READER].data;
}

static void
reader_init(struct ui *ui, struct pane *p)
{
	struct reader	*r = xcalloc(1, sizeof *r);

	r->idx = UINT32_MAX;
	r->hit = -1;
	p->data = r;
}

static void
reader_clear(struct reader *r)
{
	free(r->text);
	free(r->blocks);
	free(r->meta);
	free(r->lines);
	free(r->spans);
	free(r->error);
	r->text = r->meta = r->error = NULL;
	r->blocks = NULL;
	r->lines = NULL;
	r->spans = NULL;
	r->nlines = r->alloc = r->nspans = 0;
	r->nblocks = 0;
	r->width = 0;
	r->top = 0;
	r->hit = -1;
}

static void
reader_free(struct ui *ui, struct pane *p)
{
	reader_clear(p->data);
	free(p->data);
}

/*
 * Keep the ui's account of the reader (ui->rd) and the reader in step:
 * an article opened elsewhere (a new ui->rd.gen) is loaded here; where
 * the reader is goes back into ui->rd for the rest of the interface.
 */
static void
reader_sync(struct ui *ui, struct reader *r)
{
	if (r->gen != ui->rd.gen)
		reader_show(ui, ui->rd.idx, ui->rd.off);
}

static void
reader_tell(struct ui *ui, struct reader *r)
{
	ui->rd.idx = r->idx;
	ui->rd.off = r->anchor;
}

static void
reader_add_line(struct reader *r, enum rline_kind kind, uint32_t start,
    uint32_t end, int role)
{
	r->lines = xgrow(r->lines, &r->alloc, r->nlines + 1,
	    sizeof *r->lines);
	r->lines[r->nlines].kind = kind;
	r->lines[r->nlines].start = start;
	r->lines[r->nlines].end = end;
	r->lines[r->nlines].role = role;
	r->nlines++;
}

/* Wrap text[start, end) into lines of width w. */
static void
reader_wrap(struct reader *r, enum rline_kind kind, const char *text,
    uint32_t start, uint32_t end, int w, int role)
{
	size_t	n;

	while (start < end) {
		n = text_fit(text + start, end - start, w);
		reader_add_line(r, kind, start, start + (uint32_t)n, role);
		start += (uint32_t)n;
		while (start < end && (text[start] == ' ' ||
		    text[start] == '\n' || text[start] == '\r'))
			start++;
	}
}

static int
reader_block_role(enum block_kind k)
{
	if (k == BLOCK_TITLE)
		return ROLE_TITLE;
	if (k == BLOCK_HEADING)
		return ROLE_HEADING;
	return ROLE_NORMAL;
}

/* Find the line holding byte off of the text; the first text line if
   none does. */
static size_t
reader_line_of(struct reader *r, uint32_t off)
{
	size_t	i, best = 0;
	int	seen = 0;

	for (i = 0; i < r->nlines; i++) {
		if (r->lines[i].kind != RLINE_TEXT)
			continue;
		if (!seen || r->lines[i].start <= off) {
			best = i;
			seen = 1;
		}
		if (r->lines[i].start > off)
			break;
	}
	return best;
}

/* (Re)build the display lines for width w, keeping the anchor on top:
   the title, the meta lines, then each block after a blank line. */
static void
reader_layout(struct reader *r, int w)
{
	uint32_t	 i = 0, ml;
	const char	*nl;

	r->nlines = 0;
	r->width = w;
	if (w < 1)
		return;
	if (r->nblocks > 0 && r->blocks[0].kind == BLOCK_TITLE) {
		reader_wrap(r, RLINE_TEXT, r->text, r->blocks[0].start,
		    r->blocks[0].end, w, ROLE_TITLE);
		i = 1;
	}
	for (ml = 0; r->meta[ml] != '\0'; ml = (uint32_t)(nl - r->meta) + 1) {
		nl = strchr(r->meta + ml, '\n');
		reader_wrap(r, RLINE_META, r->meta, ml,
		    (uint32_t)(nl - r->meta), w, ml == 0 && i == 0 ?
		    ROLE_TITLE : ROLE_META);
	}
	for (; i < r->nblocks; i++) {
		reader_add_line(r, RLINE_BLANK, 0, 0, ROLE_NORMAL);
		reader_wrap(r, RLINE_TEXT, r->text, r->blocks[i].start,
		    r->blocks[i].end, w, reader_block_role(r->blocks[i].kind));
	}
	r->top = r->anchor == 0 ? 0 : reader_line_of(r, r->anchor);
}

static void
reader_meta(struct reader *r, struct article *a)
{
	struct buf	b = { 0 };

	if (r->nblocks == 0 || r->blocks[0].kind != BLOCK_TITLE)
		buf_printf(&b, "%s\n", *a->title != '\0' ? a->title : a->id);
	buf_printf(&b, "%s%s%s%s%s  (%s, %u words)\n", a->date,
	    *a->source != '\0' ? "  " : "", a->source,
	    *a->url != '\0' ? "  " : "", a->url, a->id, (unsigned)a->words);
	if (*a->author != '\0')
		buf_printf(&b, "by %s\n", a->author);
	r->meta = buf_detach(&b, NULL);
}

static int
reader_span_cmp(const void *x, const void *y)
{
	const struct draw_span	*a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->role == ROLE_HIT ? 1 : -1;
}

/*
 * The sentence opened from evidence: one span over it, in place of the
 * hits and names inside it.
 */
static void
reader_mark(struct ui *ui, struct reader *r, struct article *a)
{
	size_t	i, n = 0;

	if (ui->mark_article != a->index || ui->mark_end > a->len ||
	    ui->mark_start >= ui->mark_end)
		return;
	for (i = 0; i < r->nspans; i++) {
		if (r->spans[i].end <= ui->mark_start ||
		    r->spans[i].start >= ui->mark_end)
			r->spans[n++] = r->spans[i];
	}
	r->spans[n].start = ui->mark_start;
	r->spans[n].end = ui->mark_end;
	r->spans[n].role = ROLE_SELECTED;
	r->nspans = n + 1;
}

/* Search hits and actor names of the shown article, sorted. */
static void
reader_spans(struct ui *ui, struct reader *r, struct article *a)
{
	struct draw_span	*hits = NULL, *more = NULL;
	size_t			 nhits, nmore;

	free(r->spans);
	r->spans = NULL;
	r->nspans = 0;
	r->hit = -1;
	nhits = uisearch_spans(ui, a, &hits);
	nmore = ui_actor_spans(ui, a, &more);
	r->spans = xreallocarray(NULL, nhits + nmore + 1, sizeof *r->spans);
	if (nmore > 0)
		memcpy(r->spans, more, nmore * sizeof *r->spans);
	if (nhits > 0)
		memcpy(r->spans + nmore, hits, nhits * sizeof *r->spans);
	r->nspans = nhits + nmore;
	reader_mark(ui, r, a);
	qsort(r->spans, r->nspans, sizeof *r->spans, reader_span_cmp);
	free(hits);
	free(more);
}

/* Copy the article's bytes and blocks; 0 or -1 with r->error. */
static int
reader_load(struct ui *ui, struct reader *r, struct article *a)
{
	char	*cause = NULL;
	int	 loaded = a->text != NULL;

	if (!loaded && article_load(a, &cause) != 0) {
		r->error = cause;
		r->meta = xstrdup("");
		return -1;
	}
	r->text = xmalloc(a->len + 1);
	memcpy(r->text, a->text, a->len + 1);
	r->len = a->len;
	r->nblocks = a->nblocks;
	r->blocks = xreallocarray(NULL, a->nblocks + 1, sizeof *r->blocks);
	memcpy(r->blocks, a->blocks, a->nblocks * sizeof *r->blocks);
	reader_meta(r, a);
	reader_spans(ui, r, a);
	if (!loaded)
		article_unload(a);
	return 0;
}

void
reader_show(struct ui *ui, uint32_t idx, uint32_t off)
{
	struct reader	*r = reader_of(ui);
	struct article	*a = ui_article(ui, idx);

	if (off == UINT32_MAX) {
		/* Same article, new search: keep the place. */
		if (r->idx == UINT32_MAX || a == NULL)
			return;
		off = r->anchor;
	}
	reader_clear(r);
	r->idx = idx;
	r->anchor = off;
	r->gen = ++ui->rd.gen;
	if (a == NULL)
		r->idx = UINT32_MAX;
	else
		reader_load(ui, r, a);
	reader_tell(ui, r);
}

static struct rline *
reader_ensure(struct ui *ui, struct reader *r, struct pane *p)
{
	int	w = p->w - 2 * READER_MARGIN;

	if (r->idx != UINT32_MAX && r->error == NULL && r->width != w)
		reader_layout(r, w);
	return r->lines;
}

/* Draw line i of the article at screen row y. */
static void
reader_draw_line(struct ui *ui, struct reader *r, struct pane *p, int y,
    size_t i)
{
	struct rline	*l = &r->lines[i];
	size_t		 first = 0, n = 0;
	const char	*base = l->kind == RLINE_META ? r->meta : r->text;

	draw_fill(ui, y, p->x, READER_MARGIN, ROLE_NORMAL);
	if (l->kind == RLINE_BLANK) {
		draw_fill(ui, y, p->x + READER_MARGIN, p->w - READER_MARGIN,
		    ROLE_NORMAL);
		return;
	}
	if (l->kind == RLINE_TEXT) {
		while (first < r->nspans && r->spans[first].end <= l->start)
			first++;
		while (first + n < r->nspans &&
		    r->spans[first + n].start < l->end)
			n++;
	}
	draw_text(ui, y, p->x + READER_MARGIN, p->w - READER_MARGIN,
	    base + l->start, l->end - l->start, l->role, r->spans + first, n,
	    l->start, DRAW_FILL);
}

static void
reader_draw(struct ui *ui, struct pane *p)
{
	struct reader	*r = p->data;
	long		 sel = ui_selected_article(ui);
	int		 y;

	reader_sync(ui, r);
	if (sel >= 0 && (uint32_t)sel != r->idx && !ui->partial &&
	    (r->idx == UINT32_MAX || (ui->wide && ui->current == PANE_ARTICLES)))
		reader_show(ui, (uint32_t)sel, 0);
	draw_blank(ui, p);
	if (r->idx == UINT32_MAX) {
		draw_str(ui, p->y, p->x + 1, p->w - 1, "no article open "
		    "(Enter opens the selected one)", ROLE_META, DRAW_ELLIPSIS);
		return;
	}
	if (r->error != NULL) {
		draw_str(ui, p->y, p->x + 1, p->w - 1, r->error, ROLE_ERROR,
		    DRAW_ELLIPSIS);
		return;
	}
	reader_ensure(ui, r, p);
	for (y = 0; y < p->h && r->top + (size_t)y < r->nlines; y++)
		reader_draw_line(ui, r, p, p->y + y, r->top + (size_t)y);
}

/* Scroll so that line i is on top, keeping the anchor. */
static void
reader_scroll_to(struct reader *r, size_t i, int h)
{
	size_t	max = r->nlines > (size_t)h ? r->nlines - (size_t)h : 0;

	r->top = i > max ? max : i;
	if (r->top == 0)
		r->anchor = 0;
	else if (r->lines[r->top].kind == RLINE_TEXT)
		r->anchor = r->lines[r->top].start;
	else if (r->top + 1 < r->nlines)
		r->anchor = r->lines[r->top + 1].start;
}

static int
reader_action(struct ui *ui, struct pane *p, enum action a)
{
	struct reader	*r = p->data;
	long		 h = p->h > 1 ? p->h : 1, d;

	reader_sync(ui, r);
	if (r->idx == UINT32_MAX || r->error != NULL)
		return REACT_UNHANDLED;
	reader_ensure(ui, r, p);
	switch (a) {
	case ACT_DOWN: d = 1; break;
	case ACT_UP: d = -1; break;
	case ACT_HALF_DOWN: d = h / 2; break;
	case ACT_HALF_UP: d = -h / 2; break;
	case ACT_PAGE_DOWN: d = h > 2 ? h - 2 : 1; break;
	case ACT_PAGE_UP: d = h > 2 ? -(h - 2) : -1; break;
	case ACT_TOP:
	case ACT_BOTTOM:
		reader_scroll_to(r, a == ACT_TOP ? 0 : r->nlines, (int)h);
		reader_tell(ui, r);
		return REACT_DRAW;
	default:
		return REACT_UNHANDLED;
	}
	if (d < 0 && (size_t)-d > r->top)
		reader_scroll_to(r, 0, (int)h);
	else
		reader_scroll_to(r, r->top + (size_t)d, (int)h);
	reader_tell(ui, r);
	return REACT_DRAW;
}

int
reader_next_hit(struct ui *ui, int dir)
{
	struct reader	*r = reader_of(ui);
	struct pane	*p = &ui->panes[PANE_READER];
	long		 i, n, from;
	size_t		 line;

	reader_sync(ui, r);
	n = (long)r->nspans;
	if (r->idx == UINT32_MAX)
		return -1;
	reader_ensure(ui, r, p);
	if (dir == 2 || dir == -2)
		from = dir > 0 ? -1 : n;
	else
		from = r->hit;
	if (from == -1 && dir == 1 && r->top > 0) {
		/* Start from what is on screen. */
		for (i = 0; i < n && r->spans[i].start < r->anchor; i++)
			from = i;
	}
	dir = dir > 0 ? 1 : -1;
	for (i = from + dir; i >= 0 && i < n; i += dir) {
		if (r->spans[i].role == ROLE_HIT)
			break;
	}
	if (i < 0 || i >= n)
		return -1;
	r->hit = i;
	line = reader_line_of(r, r->spans[i].start);
	reader_scroll_to(r, line > (size_t)p->h / 3 ? line -
	    (size_t)p->h / 3 : 0, p->h);
	reader_tell(ui, r);
	return 0;
}

static void
reader_where(struct ui *ui, struct pane *p, struct buf *b)
{
	struct reader	*r = p->data;
	size_t		 pct;

	if (r->idx == UINT32_MAX || r->nlines == 0)
		return;
	pct = r->nlines <= (size_t)p->h ? 100 :
	    (r->top * 100) / (r->nlines - (size_t)p->h);
	buf_printf(b, "line %zu/%zu %zu%%", r->top + 1, r->nlines,
	    pct > 100 ? 100 : pct);
}

static void
reader_changed(struct ui *ui, struct pane *p)
{
	struct reader	*r = p->data;

	if (r->gen != ui->rd.gen)
		reader_sync(ui, r);
	else if (r->idx != UINT32_MAX)
		reader_show(ui, r->idx, UINT32_MAX);
}

const struct pane_ops pane_reader_ops = {
	.name = "reader",
	.title = "Reader",
	.scope = SCOPE_READER,
	.init = reader_init,
	.free = reader_free,
	.draw = reader_draw,
	.action = reader_action,
	.where = reader_where,
	.changed = reader_changed,
};
