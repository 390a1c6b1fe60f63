/*
 * Searching from the interface, through the core's search module: the
 * current search (hit counts per article, for the list and n/N), the limit
 * of the article list, and the hit spans of the article on screen.  The
 * index is opened on the first search; a key pressed during a search
 * cancels it (see ui_progress), and the prompt searches again after the
 * next pause.
 *
 * While the user types, a pattern is searched at once when the index can
 * answer it (its trigram query is not "every article", see rxplan.h); a
 * pattern that would need a full scan waits for a pause or Enter.  Parse
 * errors show at once.
 *
 * The candidates' bytes are kept in a text cache (set text-cache MB)
 * from one search to the next: typing a pattern one key at a time
 * searches the same files again and again, and reading them again was
 * most of a key's time.  The cache serves only bytes the files still
 * have (textcache.h), so the answers are those of a fresh read.
 *
 * A key that only adds to a plain literal (rxplan_literal_extends: "cease"
 * to "ceasef") searches just the articles the last pattern matched: the
 * new pattern can match nowhere else.  The answer is the same: a file
 * that matched the shorter pattern is read again as any candidate is
 * (through the cache, which sees a change), and one that did not could
 * only be a candidate by changing since the corpus was read, which the
 * index does not see either (a reload does, and starts afresh).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/notify.h"
#include "base/xmalloc.h"
#include "query/limit.h"
#include "search/rxplan.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "text/textcache.h"
#include "ui.h"

struct uisearch_run {
	struct ui	*ui;
	const char	*pattern;
	uint32_t	*hits;
	size_t		 nhits, narticles;
};

static int
uisearch_cb(void *arg, struct article *a, const struct search_match *m)
{
	struct uisearch_run	*r = arg;

	if (m == NULL || m->article >= r->ui->corpus->n)
		return 0;
	if (r->hits[m->article]++ == 0)
		r->narticles++;
	r->nhits++;
	return 0;
}

void
uisearch_clear(struct ui *ui)
{
	struct ui_search	*s = &ui->search;

	free(s->pattern);
	if (s->compiled != NULL)
		search_pattern_free(s->compiled);
	free(s->hits);
	free(s->error);
	memset(s, 0, sizeof *s);
}

/* The index, opened (and built when needed) on first use. */
static struct search_index *
uisearch_index(struct ui *ui)
{
	struct notify	 n;
	char		*cause = NULL;

	if (ui->index != NULL || ui->index_failed)
		return ui->index;
	ui_notify(ui, &n);
	ui->index = search_index_open(ui->corpus, 0, &n, &cause);
	if (ui->index == NULL) {
		if (!ui->cancel) {
			ui->index_failed = 1;
			ui_message(ui, 1, "no index, scanning: %s", cause);
		}
		free(cause);
	}
	return ui->index;
}

/* The text cache as configured now (NULL: none), made on first use. */
static struct textcache *
uisearch_texts(struct ui *ui)
{
	if (ui->texts != NULL && ui->texts_mb != ui->cf.text_cache) {
		textcache_free(ui->texts);
		ui->texts = NULL;
	}
	if (ui->texts == NULL && ui->cf.text_cache > 0) {
		ui->texts_mb = ui->cf.text_cache;
		ui->texts = textcache_create((size_t)ui->texts_mb << 20,
		    TEXTCACHE_RACY_NS);
		textcache_watch(ui->texts);	/* a key needs no stats */
	}
	return ui->texts;
}

/* Compile pattern as the interface searches it; NULL with *cause. */
static struct search_pattern *
uisearch_compile(const char *pattern, char **cause)
{
	const char	*pats[1] = { pattern };

	return search_compile(pats, 1, 0, cause);
}

/* 1 when the index cannot narrow pattern down: every article is read. */
static int
uisearch_full_scan(struct ui *ui, const char *pattern)
{
	struct rxplan	plan;
	int		full;

	if (ui->index_failed)
		return 1;
	rxplan_parse(&plan, pattern, strlen(pattern));
	full = plan.query->op == RXQ_ALL;
	rxplan_release(&plan);
	return full;
}

/*
 * Run the compiled p over the corpus into r; returns p, or NULL with
 * *cause (a limit, or "interrupted") after freeing it.
 */
static struct search_pattern *
uisearch_go(struct ui *ui, struct search_pattern *p, const uint32_t *within,
    struct uisearch_run *r, char **cause)
{
	struct notify		 n;

	struct search_index	*ix = uisearch_index(ui);
	int			 rc;

	r->ui = ui;
	r->hits = xcalloc(ui->corpus->n + 1, sizeof *r->hits);
	ui_notify(ui, &n);
	ui->running = r;
	rc = search_run_within(ix, uisearch_texts(ui), ui->corpus, p, 0,
	    within, uisearch_cb, r, &n, cause);
	ui->running = NULL;
	if (rc < 0) {
		free(r->hits);
		r->hits = NULL;
		search_pattern_free(p);
		return NULL;
	}
	return p;
}

/*
 * Make the compiled p the current search (p is taken over), over only
 * what the current search matched when pattern extends its literal.
 */
static int
uisearch_apply(struct ui *ui, const char *pattern, struct search_pattern *p,
    int final)
{
	struct uisearch_run	 r;
	const uint32_t		*within = NULL;
	char			*cause = NULL;

	if (ui->search.pattern != NULL && ui->search.hits != NULL &&
	    rxplan_literal_extends(ui->search.pattern, pattern))
		within = ui->search.hits;
	memset(&r, 0, sizeof r);
	r.pattern = pattern;
	if ((p = uisearch_go(ui, p, within, &r, &cause)) == NULL) {
		if (ui->cancel)
			ui->prompt.dirty = 1;	/* again after a pause */
		else if (final)
			ui_message(ui, 1, "%s", cause);
		else
			ui->search.error = xstrdup(cause);
		free(cause);
		return REACT_DRAW;
	}
	uisearch_clear(ui);
	ui->search.pattern = xstrdup(pattern);
	ui->search.compiled = p;
	ui->search.hits = r.hits;
	ui->search.nhits = r.nhits;
	ui->search.narticles = r.narticles;
	if (final && r.nhits == 0)
		ui_message(ui, 1, "pattern not found: %s", pattern);
	reader_show(ui, ui->rd.idx, UINT32_MAX);
	return REACT_DRAW | REACT_LAYOUT;
}

int
uisearch_set(struct ui *ui, const char *pattern, int final)
{
	struct search_pattern	*p;
	char			*cause = NULL;

	free(ui->search.error);
	ui->search.error = NULL;
	if (*pattern == '\0') {
		uisearch_clear(ui);
		return REACT_DRAW | REACT_LAYOUT;
	}
	if (ui->search.pattern != NULL &&
	    strcmp(ui->search.pattern, pattern) == 0)
		return REACT_DRAW;
	if ((p = uisearch_compile(pattern, &cause)) == NULL) {
		if (final)
			ui_message(ui, 1, "%s", cause);
		else
			ui->search.error = xstrdup(cause);
		free(cause);
		return REACT_DRAW;
	}
	return uisearch_apply(ui, pattern, p, final);
}

int
uisearch_type(struct ui *ui, const char *pattern)
{
	struct search_pattern	*p;
	char			*cause = NULL;

	if (*pattern == '\0' || (ui->search.pattern != NULL &&
	    strcmp(ui->search.pattern, pattern) == 0)) {
		ui->prompt.dirty = 0;
		return uisearch_set(ui, pattern, 0);
	}
	free(ui->search.error);
	ui->search.error = NULL;
	if ((p = uisearch_compile(pattern, &cause)) == NULL) {
		ui->search.error = cause;
		ui->prompt.dirty = 0;
		return REACT_DRAW;
	}
	if (uisearch_full_scan(ui, pattern)) {
		search_pattern_free(p);
		return REACT_DRAW;		/* after a pause */
	}
	ui->prompt.dirty = 0;
	return uisearch_apply(ui, pattern, p, 0);
}

void
uisearch_partial(struct ui *ui)
{
	struct uisearch_run	*r = ui->running;
	struct ui_search	 saved = ui->search;

	if (r == NULL || r->pattern == NULL)
		return;
	memset(&ui->search, 0, sizeof ui->search);
	ui->search.pattern = (char *)r->pattern;
	ui->search.hits = r->hits;
	ui->search.nhits = r->nhits;
	ui->search.narticles = r->narticles;
	ui->partial = 1;
	ui->redraw(ui, "search-partial");
	ui->partial = 0;
	ui->search = saved;
}

/*
 * Set the limit: the model evaluates it (opening the index first when
 * the expression has a word to search) and the list follows.
 */
int
uisearch_limit(struct ui *ui, const char *text)
{
	struct search_index	*ix = NULL;
	struct limit		*l;
	struct notify		 n;
	char			*cause = NULL;
	long			 kept;

	if ((l = limit_parse(text, &cause)) == NULL) {
		ui_message(ui, 1, "limit: %s", cause);
		free(cause);
		return REACT_DRAW;
	}
	if (limit_needs(l) & LIMIT_NEEDS_SEARCH)
		ix = uisearch_index(ui);
	limit_free(l);
	ui_notify(ui, &n);
	if ((kept = model_set_limit(&ui->model, text, ix, &n, &cause)) < 0) {
		ui_message(ui, 1, "limit: %s", cause);
		free(cause);
		return REACT_DRAW | REACT_LAYOUT;
	}
	ui_list_update(ui);
	if (kept == 0)
		ui_message(ui, 1, "no article matches: %s", text);
	return REACT_DRAW | REACT_LAYOUT;
}


/* The next (dir 1) or previous (-1) listed article with hits, from pos. */
static long
uisearch_find(struct ui *ui, size_t pos, int dir)
{
	size_t	i;

	for (i = 1; i <= ui->nlist; i++) {
		size_t	at = (pos + ui->nlist + (dir > 0 ? i : ui->nlist - i)) %
		    ui->nlist;

		if (ui->search.hits[ui->list[at]] > 0)
			return (long)at;
	}
	return -1;
}

int
uisearch_next(struct ui *ui, int dir)
{
	struct ui_list	*l = ui->panes[PANE_ARTICLES].data;
	long		 at;

	if (ui->search.hits == NULL || ui->search.nhits == 0) {
		ui_message(ui, 1, ui->search.pattern == NULL ?
		    "no search yet (press /)" : "no hits");
		return REACT_DRAW;
	}
	if (ui->current == PANE_READER && dir != 0 &&
	    reader_next_hit(ui, dir) == 0)
		return REACT_DRAW;
	if (dir == 0 && ui->nlist > 0 &&
	    ui->search.hits[ui->list[l->sel]] > 0)
		at = (long)l->sel;
	else if ((at = uisearch_find(ui, l->sel, dir == 0 ? 1 : dir)) < 0) {
		ui_message(ui, 1, "no listed article matches");
		return REACT_DRAW;
	}
	l->sel = (size_t)at;
	list_clamp(l, ui->nlist, ui->panes[PANE_ARTICLES].h);
	if (ui->current == PANE_READER) {
		reader_show(ui, ui->list[at], 0);
		ui_mark_read(ui, ui->list[at], 1);
		reader_next_hit(ui, dir < 0 ? -2 : 2);
	}
	return REACT_DRAW;
}
