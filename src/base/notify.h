/*
 * notify: how long core operations talk to their caller without printing.
 * Warnings (one per bad file, already formatted as "cannot read 'x': ..."),
 * progress reports, and a cancellation flag the caller may set at any time
 * (from a signal handler or between UI events).  Every member may be NULL.
 *
 * Threads: the core calls warn and progress only from the thread that
 * called it (the one that runs the UI's loop or the command); worker
 * threads (search, index builds, reading the corpus) hand their warnings
 * back to it.  The cancel flag is read from every thread, worker threads
 * included, at any moment: an atomic_int, lock-free (checked below), so
 * that a signal handler may set it as well as the interface's thread.
 */
#ifndef DEMARCHE_NOTIFY_H
#define DEMARCHE_NOTIFY_H

#include <stdatomic.h>
#include <stdint.h>

/* A signal handler may only touch lock-free atomics. */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic_int must be lock-free");

struct notify {
	void	(*warn)(void *arg, const char *message);
	/* stage is a short label ("reading", "indexing"); total may be 0. */
	void	(*progress)(void *arg, const char *stage, uint64_t done,
		    uint64_t total);
	void	*arg;
	atomic_int	*cancel;	/* non-zero: stop soon, return -1 */
};

void	notify_warn(const struct notify *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	notify_progress(const struct notify *, const char *stage,
	    uint64_t done, uint64_t total);
/* 1 when the caller asked to stop. */
int	notify_cancelled(const struct notify *);

#endif
