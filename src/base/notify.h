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
 * included, at any moment; it is a volatile sig_atomic_t so that a signal
 * handler may set it, and an interface should set it from its own thread
 * only (an atomic_int would be the right type for that: a change left to
 * the interface, whose struct owns the flag today).
 */
#ifndef DEMARCHE_NOTIFY_H
#define DEMARCHE_NOTIFY_H

#include <signal.h>
#include <stdint.h>

struct notify {
	void	(*warn)(void *arg, const char *message);
	/* stage is a short label ("reading", "indexing"); total may be 0. */
	void	(*progress)(void *arg, const char *stage, uint64_t done,
		    uint64_t total);
	void	*arg;
	volatile sig_atomic_t *cancel;	/* non-zero: stop soon, return -1 */
};

void	notify_warn(const struct notify *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	notify_progress(const struct notify *, const char *stage,
	    uint64_t done, uint64_t total);
/* 1 when the caller asked to stop. */
int	notify_cancelled(const struct notify *);

#endif
