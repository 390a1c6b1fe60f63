/*
 * The interface's model: the limit and the analysis under it (see
 * model.h).  The whole-corpus sets are built once; the views (per-actor
 * counts, the positions in the limit minus the rejected evidence) are
 * made again in model_refresh whenever the limit or a rejection changes.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analysis/dict.h"
#include "base/atomic.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "model.h"
#include "query/evidence.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "search/fold.h"
#include "text/article.h"
#include "text/corpus.h"
#include "uistate.h"

static void	model_stop(struct ui_model *);

void
model_init(struct ui_model *m, struct corpus *c, const char *data_dir)
{
	memset(m, 0, sizeof *m);
	m->corpus = c;
	m->nkept = c->n;
	m->data_dir = data_dir;
	actor_set_init(&m->actors);
	pos_set_init(&m->all);
	pos_set_init(&m->ps);
	pos_set_init(&m->rej);
}

/* Drop the views (their positions are borrowed: free the array only). */
static void
model_views_free(struct ui_model *m)
{
	free(m->ps.v);
	pos_set_init(&m->ps);
	free(m->rej.v);
	pos_set_init(&m->rej);
	free(m->amentions);
	free(m->aarticles);
	m->amentions = m->aarticles = NULL;
}

void
model_reset(struct ui_model *m)
{
	model_stop(m);
	model_views_free(m);
	model_find_actors(m, "");
	actor_set_release(&m->actors);
	actor_set_init(&m->actors);
	pos_set_release(&m->all);
	pos_set_init(&m->all);
	m->actors_state = m->pos_state = MODEL_NONE;
	free(m->actors_error);
	free(m->pos_error);
	m->actors_error = m->pos_error = NULL;
	limit_free(m->limit);
	m->limit = NULL;
	free(m->keep);
	m->keep = NULL;
	free(m->what);
	m->what = NULL;
	m->nkept = m->corpus->n;
}

void
model_release(struct ui_model *m)
{
	model_reset(m);
	actor_set_release(&m->actors);	/* model_reset made them anew */
	pos_set_release(&m->all);
	if (m->dict != NULL)
		dict_free(m->dict);
	if (m->pdict != NULL)
		pos_dict_free(m->pdict);
	memset(m, 0, sizeof *m);
}

int
model_kept(const struct ui_model *m, uint32_t idx)
{
	return m->keep == NULL || (idx < m->corpus->n && m->keep[idx]);
}

static void
model_quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

struct dict *
model_dict(struct ui_model *m)
{
	struct notify	 n = { model_quiet, NULL, NULL, NULL };
	char		*user, *cause = NULL;

	if (m->dict != NULL || m->actors_error != NULL)
		return m->dict;
	user = xdg_dir(XDG_CONFIG, 0, &cause);
	free(cause);
	cause = NULL;
	m->dict = dict_load(m->data_dir, user, &n, &cause);
	free(user);
	if (m->dict == NULL) {
		m->actors_state = MODEL_FAILED;
		m->actors_error = cause;
	}
	return m->dict;
}

/* Load the positions' data files once; 0 or -1 (state failed). */
static int
model_pdict(struct ui_model *m)
{
	struct notify	 q = { model_quiet, NULL, NULL, NULL };
	char		*user, *cause = NULL;

	if (m->pdict != NULL)
		return 0;
	user = xdg_dir(XDG_CONFIG, 0, &cause);
	free(cause);
	cause = NULL;
	m->pdict = pos_dict_load(m->data_dir, user, &q, &cause);
	free(user);
	if (m->pdict != NULL)
		return 0;
	m->pos_state = MODEL_FAILED;
	m->pos_error = cause != NULL ? cause : xstrdup("positions: failed");
	return -1;
}

static void
model_sofar_free(struct ui_model *m)
{
	if (m->sofar != NULL)
		modeljob_summary_free(m->sofar, m->nsofar);
	m->sofar = NULL;
	m->nsofar = 0;
}

/* Stop the worker (the corpus or the model goes away). */
static void
model_stop(struct ui_model *m)
{
	modeljob_free(m->job);
	m->job = NULL;
	model_sofar_free(m);
	if (m->actors_state == MODEL_BUILDING)
		m->actors_state = MODEL_NONE;
	if (m->pos_state == MODEL_BUILDING)
		m->pos_state = MODEL_NONE;
}

/* Take the actors from the worker: their state. */
static void
model_take_actors(struct ui_model *m)
{
	char	*cause = NULL;

	actor_set_release(&m->actors);
	if (modeljob_take_actors(m->job, &m->actors, &cause) == 0)
		m->actors_state = MODEL_READY;
	else {
		actor_set_init(&m->actors);
		m->actors_state = MODEL_FAILED;
		m->actors_error = cause;
	}
	model_sofar_free(m);
}

/* Take the positions from the worker, which has ended. */
static void
model_take_positions(struct ui_model *m)
{
	char	*cause = NULL;

	if (m->pos_state == MODEL_BUILDING) {
		pos_set_release(&m->all);
		if (modeljob_take_positions(m->job, &m->all, &cause) == 0)
			m->pos_state = MODEL_READY;
		else {
			pos_set_init(&m->all);
			m->pos_state = MODEL_FAILED;
			m->pos_error = cause;
		}
	}
	modeljob_free(m->job);
	m->job = NULL;
}

unsigned
model_poll(struct ui_model *m)
{
	struct modeljob_progress	 p;
	struct modeljob_actor		*v;
	size_t				 n;
	unsigned			 r = 0;

	if (m->job == NULL)
		return 0;
	modeljob_progress(m->job, &p);
	if (p.phase != m->progress.phase || p.done != m->progress.done)
		r |= MODEL_POLL_PROGRESS;
	m->progress = p;
	if ((v = modeljob_take_summary(m->job, &n)) != NULL) {
		model_sofar_free(m);
		m->sofar = v;
		m->nsofar = n;
		r |= MODEL_POLL_PROGRESS;
	}
	if (p.phase >= MODELJOB_POSITIONS &&
	    m->actors_state == MODEL_BUILDING) {
		model_take_actors(m);
		r |= MODEL_POLL_ACTORS;
	}
	if (p.phase == MODELJOB_DONE) {
		if (m->pos_state == MODEL_BUILDING)
			r |= MODEL_POLL_POSITIONS;
		model_take_positions(m);
	}
	if (r & (MODEL_POLL_ACTORS | MODEL_POLL_POSITIONS))
		model_refresh(m);
	return r;
}

unsigned
model_start(struct ui_model *m, int positions, int ms)
{
	enum modeljob_phase	until = positions ? MODELJOB_DONE :
				    MODELJOB_POSITIONS;
	struct timespec		ts;

	if (m->job == NULL && m->actors_state == MODEL_NONE &&
	    model_dict(m) != NULL) {
		if (m->pos_state == MODEL_NONE && model_pdict(m) == 0)
			m->pos_state = MODEL_BUILDING;
		m->actors_state = MODEL_BUILDING;
		memset(&m->progress, 0, sizeof m->progress);
		m->progress.total = m->corpus->n;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		m->build_start = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
		m->job = modeljob_start(m->corpus, m->dict,
		    m->pos_state == MODEL_BUILDING ? m->pdict : NULL);
	}
	if (m->job != NULL && ms < 0)
		while (modeljob_wait(m->job, until, 1000) < until)
			;
	else if (m->job != NULL && ms > 0)
		modeljob_wait(m->job, until, ms);
	return model_poll(m);
}

/*
 * Wait for the worker until the state at *state is no longer building,
 * showing its progress through n; 0, or -1 when n's cancel flag gave up
 * the wait (the worker goes on).
 */
static int
model_wait(struct ui_model *m, const enum model_state *state,
    enum modeljob_phase phase, const struct notify *n)
{
	while (*state == MODEL_BUILDING && m->job != NULL) {
		modeljob_wait(m->job, phase, 20);
		model_poll(m);
		notify_progress(n, m->progress.phase == MODELJOB_ACTORS ?
		    "actors" : "positions", m->progress.done,
		    m->progress.total);
		if (notify_cancelled(n))
			return -1;
	}
	return 0;
}

const struct actor_set *
model_actors(struct ui_model *m, const struct notify *n)
{
	if (m->actors_state == MODEL_NONE)
		model_start(m, 0, 0);
	if (model_wait(m, &m->actors_state, MODELJOB_POSITIONS, n) != 0)
		return NULL;
	return m->actors_state == MODEL_READY ? &m->actors : NULL;
}

const struct pos_set *
model_positions(struct ui_model *m, const struct notify *n)
{
	if (m->actors_state == MODEL_NONE)
		model_start(m, 0, 0);
	if (model_wait(m, &m->pos_state, MODELJOB_DONE, n) != 0)
		return NULL;
	if (m->pos_state == MODEL_READY)
		return &m->ps;
	if (m->pos_state == MODEL_NONE && m->actors_state == MODEL_FAILED &&
	    m->pos_error == NULL) {
		m->pos_state = MODEL_FAILED;
		m->pos_error = xstrdup("positions: no actors (see the actors "
		    "pane)");
	}
	return NULL;
}

void
model_retry(struct ui_model *m)
{
	if (m->actors_state == MODEL_CANCELLED)
		m->actors_state = MODEL_NONE;
	if (m->pos_state == MODEL_CANCELLED)
		m->pos_state = MODEL_NONE;
}

uint32_t
model_actor_mentions(const struct ui_model *m, size_t id)
{
	if (m->amentions == NULL || id >= m->actors.n)
		return 0;
	return m->amentions[id];
}

uint32_t
model_actor_articles(const struct ui_model *m, size_t id)
{
	if (m->aarticles == NULL || id >= m->actors.n)
		return 0;
	return m->aarticles[id];
}

/* Count each actor's mentions and articles inside the limit. */
static void
model_count_actors(struct ui_model *m)
{
	const struct actor_mention	*mn;
	const struct actor		*ac;
	size_t				 i, k;

	m->amentions = xcalloc(m->actors.n + 1, sizeof *m->amentions);
	m->aarticles = xcalloc(m->actors.n + 1, sizeof *m->aarticles);
	for (i = 0; i < m->actors.nmentions; i++) {
		mn = &m->actors.mentions[i];
		if (mn->actor < m->actors.n && model_kept(m, mn->article))
			m->amentions[mn->actor]++;
	}
	for (i = 0; i < m->actors.n; i++) {
		ac = &m->actors.actors[i];
		for (k = 0; k < ac->narticles; k++)
			m->aarticles[i] += model_kept(m, ac->articles[k]);
	}
}

char *
model_evidence_key(const struct ui_model *m, const struct position *p)
{
	if (p->article >= m->corpus->n)
		return NULL;
	return evidence_key(m->corpus->articles[p->article], p, m->pdict);
}

/* 1 when article idx has a rejected piece of evidence (by key's id). */
static uint8_t *
model_rejected_articles(struct ui_model *m)
{
	const struct strset	*r = m->rejected;
	struct article		*a;
	const char		*id;
	uint8_t			*any;
	size_t			 i;

	if (r == NULL || r->n == 0)
		return NULL;
	any = xcalloc(m->corpus->n + 1, 1);
	for (i = 0; i < r->nslots; i++) {
		if (r->slots[i] == NULL)
			continue;
		if ((id = evidence_key_article(r->slots[i])) != NULL &&
		    (a = corpus_find(m->corpus, id)) != NULL)
			any[a->index] = 1;
	}
	return any;
}

/* 1 when position p was rejected (its article's text is loaded here). */
static int
model_is_rejected(struct ui_model *m, const struct position *p,
    const uint8_t *any)
{
	struct article	*a = m->corpus->articles[p->article];
	char		*key, *cause = NULL;
	int		 loaded = a->text != NULL, rv;

	if (any == NULL || !any[p->article])
		return 0;
	if (!loaded && article_load(a, &cause) != 0) {
		free(cause);
		return 0;
	}
	key = model_evidence_key(m, p);
	rv = key != NULL && strset_has(m->rejected, key);
	free(key);
	if (!loaded)
		article_unload(a);
	return rv;
}

void
model_refresh(struct ui_model *m)
{
	const struct position	*p;
	uint8_t			*any;
	size_t			 i;

	model_views_free(m);
	if (m->actors_state == MODEL_READY)
		model_count_actors(m);
	if (m->pos_state != MODEL_READY)
		return;
	any = model_rejected_articles(m);
	m->ps.v = xreallocarray(NULL, m->all.n + 1, sizeof *m->ps.v);
	for (i = 0; i < m->all.n; i++) {
		p = &m->all.v[i];
		if (p->article >= m->corpus->n || !model_kept(m, p->article))
			continue;
		if (model_is_rejected(m, p, any)) {
			m->rej.v = xreallocarray(m->rej.v, m->rej.n + 1,
			    sizeof *m->rej.v);
			m->rej.v[m->rej.n++] = *p;
			continue;
		}
		m->ps.v[m->ps.n++] = *p;
	}
	m->ps.alloc = m->all.n + 1;
	m->rej.alloc = m->rej.n;
	free(any);
}

/* Evaluate l over the corpus with what it needs; keep or -1. */
static long
model_eval(struct ui_model *m, const struct limit *l, struct search_index *ix,
    const struct notify *n, uint8_t *keep, char **cause)
{
	struct limit_ctx	ctx = { m->corpus, NULL, NULL, NULL, ix,
				    m->marked, m->marked_arg, n };
	unsigned		needs = limit_needs(l);

	if ((needs & LIMIT_NEEDS_ACTORS) &&
	    (ctx.actors = model_actors(m, n)) == NULL) {
		*cause = xstrdup(m->actors_error != NULL ? m->actors_error :
		    "the actors are not known (cancelled)");
		return -1;
	}
	if ((needs & LIMIT_NEEDS_POSITIONS) &&
	    model_positions(m, n) == NULL) {
		*cause = xstrdup(m->pos_error != NULL ? m->pos_error :
		    "the positions are not known (cancelled)");
		return -1;
	}
	ctx.positions = &m->all;
	ctx.pdict = m->pdict;
	return limit_eval(l, &ctx, keep, cause);
}

long
model_set_limit(struct ui_model *m, const char *text,
    struct search_index *ix, const struct notify *n, char **cause)
{
	struct limit	*l;
	uint8_t		*keep;
	long		 kept;

	if ((l = limit_parse(text, cause)) == NULL)
		return -1;
	if (limit_is_all(l)) {
		limit_free(l);
		limit_free(m->limit);
		free(m->keep);
		free(m->what);
		m->limit = NULL;
		m->keep = NULL;
		m->what = NULL;
		m->nkept = m->corpus->n;
		model_refresh(m);
		return (long)m->corpus->n;
	}
	keep = xmalloc(m->corpus->n + 1);
	if ((kept = model_eval(m, l, ix, n, keep, cause)) < 0) {
		free(keep);
		limit_free(l);
		return -1;
	}
	limit_free(m->limit);
	free(m->keep);
	free(m->what);
	m->limit = l;
	m->keep = keep;
	m->what = xstrdup(limit_text(l));
	m->nkept = (size_t)kept;
	model_refresh(m);
	return kept;
}

/* s case-folded (full folding), malloc'd. */
static char *
model_fold(const char *s)
{
	struct buf	 b = { 0 };
	uint32_t	 cp, f[FOLD_MAX];
	size_t		 len = strlen(s), i = 0, n, k;
	char		 enc[4];
	int		 valid;

	buf_adds(&b, "");
	while (i < len) {
		valid = 1;	/* utf8_decode sets it only when it is not */
		n = utf8_decode(s + i, len - i, &cp, &valid);
		if (n == 0)
			break;
		if (!valid || cp >= 0x110000) {
			buf_add(&b, s + i, n);
			i += n;
			continue;
		}
		for (k = 0; k < fold_cp(cp, f); k++)
			buf_add(&b, enc, utf8_encode(f[k], enc));
		i += n;
	}
	return buf_detach(&b, NULL);
}

/* 1 when the folded query q is in s, folded. */
static int
model_fold_has(const char *s, const char *q)
{
	char	*f = model_fold(s);
	int	 rv = strstr(f, q) != NULL;

	free(f);
	return rv;
}

size_t
model_find_actors(struct ui_model *m, const char *query)
{
	const struct actor	*ac;
	char			*q;
	size_t			 i, k;

	free(m->find);
	free(m->found);
	m->find = NULL;
	m->found = NULL;
	m->nfound = 0;
	m->find_gen++;
	if (*query == '\0' || m->actors_state != MODEL_READY)
		return 0;
	m->find = xstrdup(query);
	m->found = xcalloc(m->actors.n + 1, 1);
	q = model_fold(query);
	for (i = 0; i < m->actors.n; i++) {
		ac = &m->actors.actors[i];
		m->found[i] = (uint8_t)model_fold_has(ac->name, q);
		for (k = 0; k < ac->naliases && !m->found[i]; k++)
			m->found[i] = (uint8_t)model_fold_has(ac->aliases[k], q);
		m->nfound += m->found[i];
	}
	free(q);
	return m->nfound;
}

int
model_actor_found(const struct ui_model *m, size_t id)
{
	return m->found != NULL && id < m->actors.n && m->found[id];
}
