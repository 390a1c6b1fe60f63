/*
 * The model's analysis on a worker thread (see modeljob.h).  The job holds
 * the worker's own corpus copy and results; the fields under "shared" are
 * read and written under the mutex only, the rest by the worker alone
 * until it has ended (or, for the results, until their phase is reached:
 * the worker no longer writes them then).
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "modeljob.h"
#include "text/corpus.h"

#define MODELJOB_FIRST_SUMMARY	0.08	/* seconds to the first summary */
#define MODELJOB_SUMMARY_EVERY	0.4	/* seconds between summaries */

struct modeljob {
	pthread_t		 thread;
	pthread_mutex_t		 lock;
	pthread_cond_t		 cond;		/* the phase moved */

	/* Shared, under the lock. */
	enum modeljob_phase	 phase;
	uint64_t		 done, total;
	int			 stop;		/* the interface asks to stop */
	struct modeljob_actor	*summary;	/* newest, not yet taken */
	size_t			 nsummary;

	/* The worker's, then (at their phase) the taker's. */
	struct corpus		 corpus;	/* a copy, the worker's */
	const struct dict	*dict;
	const struct pos_dict	*pdict;
	struct actor_set	 actors;
	int			 actors_rc;
	char			*actors_cause;
	int			 actors_taken;
	struct pos_set		 all;
	int			 all_rc;
	char			*all_cause;
	int			 all_taken;

	/* The worker's alone. */
	atomic_int		 cancel;	/* what the core reads */
	enum modeljob_phase	 wphase;
	double			 next_summary;
	long			 delay_ms;	/* DEMARCHE_TUI_JOB_DELAY */
};

static double
modeljob_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
modeljob_quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

/* Side (unknown last), then mentions (most first), then name. */
static int
modeljob_actor_cmp(const void *a, const void *b)
{
	const struct modeljob_actor	*x = a, *y = b;
	int				 sx, sy;

	sx = x->side == SIDE_NONE ? SIDE_COUNT : (int)x->side;
	sy = y->side == SIDE_NONE ? SIDE_COUNT : (int)y->side;
	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->name, y->name);
}

void
modeljob_summary_free(struct modeljob_actor *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* Worker: the actors so far, sorted, put where the interface takes it. */
static void
modeljob_summarise(struct modeljob *j)
{
	const struct actor	*ac;
	struct modeljob_actor	*v, *old;
	size_t			 i, n = 0, nold;

	v = xreallocarray(NULL, j->actors.n + 1, sizeof *v);
	for (i = 0; i < j->actors.n; i++) {
		ac = &j->actors.actors[i];
		if (ac->mentions == 0)
			continue;
		v[n].name = xstrdup(ac->name);
		v[n].side = ac->side;
		v[n].kind = ac->kind;
		v[n++].mentions = ac->mentions;
	}
	qsort(v, n, sizeof *v, modeljob_actor_cmp);
	pthread_mutex_lock(&j->lock);
	old = j->summary;
	nold = j->nsummary;
	j->summary = v;
	j->nsummary = n;
	pthread_mutex_unlock(&j->lock);
	if (old != NULL)
		modeljob_summary_free(old, nold);
}

/* Worker: the core's progress; where a stop request becomes its cancel. */
static void
modeljob_report(void *arg, const char *stage, uint64_t done, uint64_t total)
{
	struct modeljob	*j = arg;
	struct timespec	 ts;
	int		 stop;

	(void)stage;
	pthread_mutex_lock(&j->lock);
	j->done = done;
	j->total = total;
	stop = j->stop;
	pthread_mutex_unlock(&j->lock);
	if (stop)
		j->cancel = 1;
	if (j->wphase == MODELJOB_ACTORS && modeljob_now() >= j->next_summary) {
		modeljob_summarise(j);
		j->next_summary = modeljob_now() + MODELJOB_SUMMARY_EVERY;
	}
	if (j->delay_ms > 0 && !stop) {
		ts.tv_sec = j->delay_ms / 1000;
		ts.tv_nsec = j->delay_ms % 1000 * 1000000L;
		nanosleep(&ts, NULL);
	}
}

/* Worker: enter phase p, waking the interface when it waits. */
static void
modeljob_enter(struct modeljob *j, enum modeljob_phase p)
{
	j->wphase = p;
	pthread_mutex_lock(&j->lock);
	j->phase = p;
	j->done = 0;
	pthread_cond_broadcast(&j->cond);
	pthread_mutex_unlock(&j->lock);
}

static void *
modeljob_main(void *arg)
{
	struct modeljob	*j = arg;
	struct notify	 n = { modeljob_quiet, modeljob_report, j, &j->cancel };

	j->next_summary = modeljob_now() + MODELJOB_FIRST_SUMMARY;
	j->actors_rc = actors_extract_corpus(&j->actors, j->dict, &j->corpus,
	    &n, &j->actors_cause);
	modeljob_enter(j, MODELJOB_POSITIONS);
	if (j->actors_rc != 0) {
		j->all_rc = -1;
		j->all_cause = xstrdup("positions: no actors (see the actors "
		    "pane)");
	} else if (j->pdict == NULL) {
		j->all_rc = -1;
		j->all_cause = xstrdup("positions: no data files");
	} else
		j->all_rc = positions_corpus(&j->all, j->pdict, &j->actors,
		    &j->corpus, &n, &j->all_cause);
	corpus_release(&j->corpus);	/* here rather than on the UI's thread */
	modeljob_enter(j, MODELJOB_DONE);
	return NULL;
}

struct modeljob *
modeljob_start(const struct corpus *c, const struct dict *d,
    const struct pos_dict *pd)
{
	struct modeljob	*j = xcalloc(1, sizeof *j);
	const char	*delay = getenv("DEMARCHE_TUI_JOB_DELAY");

	pthread_mutex_init(&j->lock, NULL);
	pthread_cond_init(&j->cond, NULL);
	corpus_copy(&j->corpus, c);
	j->dict = d;
	j->pdict = pd;
	j->total = c->n;
	if (delay != NULL)
		j->delay_ms = strtol(delay, NULL, 10);
	actor_set_init(&j->actors);
	pos_set_init(&j->all);
	if (pthread_create(&j->thread, NULL, modeljob_main, j) != 0) {
		/* No thread to be had: do the work here, then. */
		modeljob_main(j);
		j->thread = pthread_self();
	}
	return j;
}

void
modeljob_free(struct modeljob *j)
{
	if (j == NULL)
		return;
	pthread_mutex_lock(&j->lock);
	j->stop = 1;
	pthread_mutex_unlock(&j->lock);
	if (!pthread_equal(j->thread, pthread_self()))
		pthread_join(j->thread, NULL);
	if (j->summary != NULL)
		modeljob_summary_free(j->summary, j->nsummary);
	if (!j->actors_taken)
		actor_set_release(&j->actors);
	if (!j->all_taken)
		pos_set_release(&j->all);
	free(j->actors_cause);
	free(j->all_cause);
	pthread_cond_destroy(&j->cond);
	pthread_mutex_destroy(&j->lock);
	free(j);
}

void
modeljob_progress(struct modeljob *j, struct modeljob_progress *p)
{
	pthread_mutex_lock(&j->lock);
	p->phase = j->phase;
	p->done = j->done;
	p->total = j->total;
	pthread_mutex_unlock(&j->lock);
}

enum modeljob_phase
modeljob_wait(struct modeljob *j, enum modeljob_phase phase, int ms)
{
	struct timespec		 until;
	enum modeljob_phase	 p;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += ms % 1000 * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&j->lock);
	while (j->phase < phase) {
		if (pthread_cond_timedwait(&j->cond, &j->lock, &until) ==
		    ETIMEDOUT)
			break;
	}
	p = j->phase;
	pthread_mutex_unlock(&j->lock);
	return p;
}

struct modeljob_actor *
modeljob_take_summary(struct modeljob *j, size_t *n)
{
	struct modeljob_actor	*v;

	pthread_mutex_lock(&j->lock);
	v = j->summary;
	*n = j->nsummary;
	j->summary = NULL;
	j->nsummary = 0;
	pthread_mutex_unlock(&j->lock);
	return v;
}

int
modeljob_take_actors(struct modeljob *j, struct actor_set *out, char **cause)
{
	if (j->actors_taken || modeljob_wait(j, MODELJOB_POSITIONS, 0) <
	    MODELJOB_POSITIONS) {
		*cause = xstrdup("actors: not done");
		return -1;
	}
	if (j->actors_rc != 0) {
		*cause = xstrdup(j->actors_cause != NULL ? j->actors_cause :
		    "actors: failed");
		return -1;
	}
	*out = j->actors;
	j->actors_taken = 1;
	return 0;
}

int
modeljob_take_positions(struct modeljob *j, struct pos_set *out,
    char **cause)
{
	if (j->all_taken || modeljob_wait(j, MODELJOB_DONE, 0) <
	    MODELJOB_DONE) {
		*cause = xstrdup("positions: not done");
		return -1;
	}
	if (j->all_rc != 0) {
		*cause = xstrdup(j->all_cause != NULL ? j->all_cause :
		    "positions: failed");
		return -1;
	}
	*out = j->all;
	j->all_taken = 1;
	return 0;
}
