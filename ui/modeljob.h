/*
 * modeljob: the model's analysis (the actors, then the positions, of the
 * whole corpus) built on a worker thread, so that the interface keeps
 * answering keys meanwhile.  No curses here.
 *
 * The worker reads a copy of the corpus (corpus_copy), never the
 * interface's: an article the interface loads or parses meanwhile is not
 * one the worker loads.  It reads the dictionaries it is given without
 * changing them; the caller keeps them alive and unchanged until
 * modeljob_free.
 *
 * Threads: every modeljob_* function is called from the thread that
 * started the job (the interface's).  The worker shares with it only what
 * sits behind the job's mutex: the phase reached, the progress, the
 * summary of the actors found so far, a stop request.  The core reads a
 * cancel flag through its notify (base/notify.h): the worker's own, which
 * only the worker writes, from its progress callback when it finds the
 * stop request, so that no flag is written by one thread and read by
 * another without a lock.
 *
 * Ownership: once the actors are done (phase MODELJOB_POSITIONS), the
 * actor set may be taken (modeljob_take_actors) while the worker goes on
 * to the positions, reading that set: the taker may read it but must not
 * change or free it until modeljob_free.  The positions are taken at
 * MODELJOB_DONE.  What was not taken is freed by modeljob_free, which
 * stops the worker (soon: between two articles) and joins it.
 *
 * DEMARCHE_TUI_JOB_DELAY=MS makes the worker sleep MS milliseconds after
 * each article, for the tests that watch the interface while it works.
 */
#ifndef DEMARCHE_UI_MODELJOB_H
#define DEMARCHE_UI_MODELJOB_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct actor_set;
struct corpus;
struct pos_dict;
struct pos_set;

enum modeljob_phase {
	MODELJOB_ACTORS,	/* finding the actors */
	MODELJOB_POSITIONS,	/* actors done (or failed); the positions */
	MODELJOB_DONE,		/* the worker has ended */
};

/* One actor found so far, for a list while the job runs. */
struct modeljob_actor {
	char		*name;		/* owned */
	enum side	 side;
	enum actor_kind	 kind;
	uint32_t	 mentions;	/* so far, whole corpus */
};

struct modeljob_progress {
	enum modeljob_phase phase;
	uint64_t	 done, total;	/* articles of the phase */
};

/* Start the worker on a copy of c.  Dies only when out of memory. */
struct modeljob *modeljob_start(const struct corpus *c, const struct dict *,
	    const struct pos_dict *);
/* Stop the worker, wait for it, free what was not taken.  NULL is fine. */
void	 modeljob_free(struct modeljob *);

void	 modeljob_progress(struct modeljob *, struct modeljob_progress *);
/*
 * Wait until the job reaches phase, or ms milliseconds have passed;
 * returns the phase reached.
 */
enum modeljob_phase modeljob_wait(struct modeljob *, enum modeljob_phase,
	    int ms);

/*
 * The newest summary of the actors found so far, sorted by side (unknown
 * last), mentions (most first) and name, when there is one newer than the
 * last taken: a malloc'd array of *n that the caller frees with
 * modeljob_summary_free.  NULL when none is new.
 */
struct modeljob_actor *modeljob_take_summary(struct modeljob *, size_t *n);
void	 modeljob_summary_free(struct modeljob_actor *, size_t n);

/*
 * Move the actor set into *out (released, or never used) once the actors
 * are done: 0, or -1 with *cause when they failed.  See Ownership above.
 */
int	 modeljob_take_actors(struct modeljob *, struct actor_set *out,
	    char **cause);
/* Move the positions into *out at MODELJOB_DONE: 0, or -1 with *cause. */
int	 modeljob_take_positions(struct modeljob *, struct pos_set *out,
	    char **cause);

#endif
