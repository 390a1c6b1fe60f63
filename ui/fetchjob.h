/*
 * fetchjob: `demarche fetch` run as a child of the interface, read as it
 * goes, without curses.  The child is started directly (posix_spawn, no
 * shell) in a process group of its own, with /dev/null as its input, a
 * pipe as its standard output (the summary line) and, when the system
 * has pseudo-terminals, one as its standard error, so that it writes the
 * progress it shows a terminal; else a pipe (failures and the summary
 * only).  Nothing it writes reaches our terminal: its output is parsed
 * (fetchjob_input) into counts and lines, which the caller shows.
 *
 * What the child writes on standard error comes in records ended by CR
 * or LF: "fetch: DONE/TOTAL, N new, X MB" while the feeds (phase 0),
 * then the pages (phase 1) are fetched, a blank record when a phase
 * ends, "STAGE [###   ] NN%" while the catalogue and index are updated,
 * and "demarche: REASON" for each failure.
 *
 * Errors: fetchjob_start returns -1 with a malloc'd *cause.
 */
#ifndef DEMARCHE_UI_FETCHJOB_H
#define DEMARCHE_UI_FETCHJOB_H

#include <stddef.h>
#include <sys/types.h>

#define FETCHJOB_LINE	512	/* longer records are cut */

enum fetchjob_phase {
	FETCHJOB_FEEDS,		/* the feeds are fetched */
	FETCHJOB_PAGES,		/* the new items' pages are */
	FETCHJOB_STORE,		/* the catalogue and index are updated */
};

struct fetchjob {
	pid_t			 pid;		/* 0: none */
	int			 out, err;	/* -1 when closed */
	int			 ended;		/* exited, output read */
	int			 status;	/* exit status, -1: killed */

	/* What was read so far. */
	enum fetchjob_phase	 phase;
	int			 in_progress;	/* a progress record came */
	size_t			 done, total;	/* in this phase */
	size_t			 nfeeds;	/* the feeds phase's total */
	unsigned		 fresh;		/* new articles so far */
	char			 stage[32];	/* FETCHJOB_STORE's stage */
	int			 percent;
	unsigned		 nerrors;	/* "demarche: " lines */
	char			*first_error;	/* without "demarche: " */
	char			*summary;	/* the last line of stdout */
	/* The summary's numbers, once it came (feeds -1 until then). */
	long			 feeds, feeds_failed;
	long			 written, pages_failed;

	char			 eline[FETCHJOB_LINE];
	size_t			 elen;
	char			 oline[FETCHJOB_LINE];
	size_t			 olen;
};

void	 fetchjob_init(struct fetchjob *);
/* Start argv[0] (a path) with argv; 0, or -1 with *cause. */
int	 fetchjob_start(struct fetchjob *, char *const argv[], char **cause);
/*
 * Read what the child wrote, without waiting, and reap it once it has
 * exited and everything is read (ended is set then).  Returns 1 when
 * something changed.
 */
int	 fetchjob_poll(struct fetchjob *);
/* 1 while the child runs (or its output is still being read). */
int	 fetchjob_running(const struct fetchjob *);
/*
 * Stop the child: SIGTERM, then SIGKILL if it has not gone within
 * wait_ms; it is reaped either way.  The fetcher writes each article
 * atomically, so none is left half written.
 */
void	 fetchjob_stop(struct fetchjob *, int wait_ms);
void	 fetchjob_release(struct fetchjob *);

/* Parse bytes the child wrote (err: on standard error, else output). */
void	 fetchjob_input(struct fetchjob *, int err, const char *data,
	    size_t len);

#endif
