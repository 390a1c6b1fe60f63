/*
 * Tests of the interface's model (ui/model.h), which has no curses: a
 * limit recounts the actors and cuts the positions without analysing
 * again; a rejected piece of evidence leaves the view and comes back;
 * the actors' find folds case in any script.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "base/buf.h"
#include "query/evidence.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui/model.h"
#include "ui/uistate.h"

static struct corpus	corpus;

static int
kept_all(const struct ui_model *m, const struct pos_set *ps)
{
	size_t	i;

	for (i = 0; i < ps->n; i++) {
		if (!model_kept(m, ps->v[i].article))
			return 0;
	}
	return 1;
}

static void
test_limit(struct ui_model *m)
{
	const struct actor_set	*as;
	const struct pos_set	*ps;
	char			*cause = NULL;
	size_t			 all;
	int			 id;

	as = model_actors(m, NULL);
	ps = model_positions(m, NULL);
	ok(as != NULL && ps != NULL, "actors and positions built");
	if (as == NULL || ps == NULL)
		return;
	all = ps->n;
	id = actor_set_find(as, "Zelensky");
	is_int(model_actor_mentions(m, (size_t)id), 19, "19 mentions in all");
	is_int(model_set_limit(m, "~d 2022", NULL, NULL, &cause), 3,
	    "three articles of 2022");
	ps = model_positions(m, NULL);
	ok(ps->n > 0 && ps->n < all && kept_all(m, ps),
	    "the positions cut to the limit");
	is_int(model_actor_articles(m, (size_t)id), 3,
	    "Zelensky's articles in the limit");
	ok(model_actor_mentions(m, (size_t)id) < 19, "and fewer mentions");
	is_int(model_set_limit(m, "~q", NULL, NULL, &cause), -1,
	    "a bad limit is refused");
	ok(cause != NULL && strstr(cause, "column 1") != NULL, "with its column");
	free(cause);
	cause = NULL;
	is_int(m->nkept, 3, "... and the limit stays as it was");
	is_int(model_set_limit(m, "", NULL, NULL, &cause), (long)corpus.n,
	    "an empty limit: every article");
	is_int(model_positions(m, NULL)->n, all, "every position again");
}

static void
test_reject(struct ui_model *m, struct ui_state *st)
{
	const struct pos_set	*ps = model_positions(m, NULL);
	struct position		 p;
	struct article		*a;
	char			*key, *cause = NULL;
	size_t			 before = ps->n;

	p = ps->v[0];
	a = corpus.articles[p.article];
	article_load(a, &cause);
	key = model_evidence_key(m, &p);
	article_unload(a);
	ok(key != NULL && evidence_key_article(key) != NULL &&
	    strcmp(evidence_key_article(key), a->id) == 0,
	    "an evidence key ends with the article id: %s", key ? key : "");
	uistate_mark(st, UISTATE_REJECT, key, 1);
	model_refresh(m);
	ps = model_positions(m, NULL);
	ok(ps->n < before && m->rej.n >= 1, "rejected: out of the view");
	uistate_mark(st, UISTATE_REJECT, key, 0);
	model_refresh(m);
	is_int(model_positions(m, NULL)->n, before, "restored: back");
	free(key);
}

static void
test_find(struct ui_model *m)
{
	size_t	id = (size_t)actor_set_find(&m->actors, "Zelensky");

	is_int(model_find_actors(m, "ЗЕЛЕНСЬК"), 1,
	    "Cyrillic in capitals finds one actor");
	ok(model_actor_found(m, id), "Zelensky");
	ok(model_find_actors(m, "russia") >= 1, "a Latin name");
	is_int(model_find_actors(m, ""), 0, "an empty find forgets");
	ok(!model_actor_found(m, id), "nothing found then");
}

int
main(void)
{
	const char	*paths[1] = { SRCDIR "/data/samples" };
	char		 dir[] = "/tmp/test-model.XXXXXX";
	char		*cause = NULL;
	struct ui_model	 m;
	struct ui_state	 st;

	if (mkdtemp(dir) == NULL)
		tap_skip_all("cannot make a temporary directory");
	setenv("XDG_CACHE_HOME", dir, 1);
	setenv("XDG_CONFIG_HOME", dir, 1);
	if (corpus_open(&corpus, paths, 1, CORPUS_NO_CATALOG, NULL,
	    &cause) != 0)
		tap_skip_all("cannot open the samples");
	uistate_init(&st);
	model_init(&m, &corpus, SRCDIR "/data");
	m.marked = uistate_marked;
	m.marked_arg = &st;
	m.rejected = &st.reject;
	test_limit(&m);
	test_reject(&m, &st);
	test_find(&m);
	model_release(&m);
	uistate_release(&st);
	corpus_release(&corpus);
	tap_rmtree(dir);
	return tap_done();
}
