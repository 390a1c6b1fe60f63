/*
 * Reloading: the corpus opened again (after a first screen from the
 * catalogue alone, on :reload, after a fetch) and put in place of the old
 * one, keeping the place by article id, the limit and the search; what
 * was computed from the old corpus (analyses, hits, index) is dropped
 * and the limit and the search are evaluated again on the new one.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/notify.h"
#include "base/xmalloc.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

/*
 * Put fresh (taken over) in place of the corpus, keeping the place by id
 * (the selected article, and the reader's article and line), the limit
 * and the search pattern.  What was computed from the old corpus
 * (analyses, hits, index) is dropped.
 */
static void
ui_replace_corpus(struct ui *ui, struct corpus *fresh)
{
	struct article	*a;
	char		*keep = NULL, *reading = NULL, *limit, *pattern;
	long		 sel = ui_selected_article(ui);
	uint32_t	 off = 0;
	int		 i;

	if (sel >= 0)
		keep = xstrdup(ui->corpus->articles[sel]->id);
	if ((a = ui_article(ui, ui->rd.idx)) != NULL) {
		reading = xstrdup(a->id);
		off = ui->rd.off;
	}
	limit = ui->model.what != NULL ? xstrdup(ui->model.what) : NULL;
	pattern = ui->search.pattern != NULL && *ui->search.pattern != '\0' ?
	    xstrdup(ui->search.pattern) : NULL;
	reader_show(ui, UINT32_MAX, 0);
	uisearch_clear(ui);
	if (ui->index != NULL)
		search_index_close(ui->index);
	ui->index = NULL;
	ui->index_failed = 0;
	for (i = PANE_ACTORS; i <= PANE_POSITIONS; i++) {
		ui->panes[i].ops->free(ui, &ui->panes[i]);
		ui->panes[i].ops->init(ui, &ui->panes[i]);
	}
	corpus_release(ui->corpus);
	*ui->corpus = *fresh;
	model_reset(&ui->model);
	ui_list_update(ui);
	/* the reader's narrowing and search stay, on the new articles */
	if (limit != NULL)
		(void)uisearch_limit(ui, limit);
	if (pattern != NULL)
		(void)uisearch_set(ui, pattern, 1);
	free(limit);
	free(pattern);
	if (keep != NULL && (a = corpus_find(ui->corpus, keep)) != NULL)
		ui_select_article(ui, a->index);
	if (reading != NULL && (a = corpus_find(ui->corpus, reading)) != NULL)
		reader_show(ui, a->index, off);
	free(keep);
	free(reading);
}

/*
 * Open the corpus again (walking it, reading what changed) and put it in
 * place: after a first screen from the catalogue alone, and on ':reload'.
 * Returns 0, or -1 after showing why.
 */
int
ui_reopen_corpus(struct ui *ui)
{
	struct corpus	 fresh;
	struct notify	 n;
	char		*cause = NULL;

	ui_notify(ui, &n);
	memset(&fresh, 0, sizeof fresh);
	if (corpus_open(&fresh, ui->opts->paths, ui->opts->npaths,
	    ui->opts->corpus_flags, &n, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return -1;
	}
	ui_replace_corpus(ui, &fresh);
	return 0;
}

