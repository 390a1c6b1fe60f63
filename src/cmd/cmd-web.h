/*
 * cmd-web: what extract, import and fetch share: the extractor's hints
 * (loaded once), the fetching options, turning a file or URL into an
 * extracted article, and storing articles once each.  Functions print
 * their errors (cmd_error) and return 0 or -1.
 */
#ifndef DEMARCHE_CMD_WEB_H
#define DEMARCHE_CMD_WEB_H

#include "web/fetch.h"
#include "web/seen.h"

struct extract;
struct hints;

/* One run of import or fetch. */
struct web_run {
	const struct hints	*hints;
	struct fetch_opts	 opts;
	struct seen		 seen;
	char			*into;		/* the corpus folder */
	int			 dry_run;
	int			 tty;		/* progress on standard error */
	int			 lock;		/* state directory lock, or -1 */
	unsigned		 written;	/* new articles */
	unsigned		 known;		/* already in the corpus */
	unsigned		 failed;	/* pages that failed */
};

/* Read (or fetch) what and extract it into ex. */
int			 cmd_web_extract(const char *what, struct extract *ex);

/* Parse a --timeout value in seconds (1..3600); -1 when bad. */
long			 cmd_web_timeout(const char *s);
/* Start a run into into (NULL: --into's default); -1 after an error. */
int			 cmd_web_begin(struct web_run *, const char *into);
/* Store ex under into/subdir unless already known; -1 on error (an
   empty body is one). */
int			 cmd_web_store(struct web_run *, struct extract *ex,
			    const char *subdir, const char *guid);
/* Save the state, update the catalogue and index, release. */
void			 cmd_web_end(struct web_run *);

#endif
