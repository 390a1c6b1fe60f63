/*
 * scan: compiling the user's patterns and matching them against the text
 * of one article, exactly as search.h defines a match (line by line or
 * multiline, on the NFC form, offsets in the original bytes).  This is the
 * oracle: the index only chooses which articles to hand to scan_text.
 *
 * A scan_ctx holds what one thread needs (match data, JIT stack, NFC
 * buffers); a scan_pattern may be shared by several threads.
 */
#ifndef DEMARCHE_SCAN_H
#define DEMARCHE_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "search/search-types.h"

struct notify;
struct rxq;

/* How long one article may take by default (search_set_deadline). */
#define SCAN_DEADLINE_MS	3000u
/* Subjects longer than this run the guarded code (checks the clock)... */
#define SCAN_GUARD_LEN		1024u
/* ...unless the pattern's steps per start position (scan_pattern.cost)
   times the subject's length stay under this: tens of milliseconds. */
#define SCAN_GUARD_STEPS	((size_t)1 << 26)

struct scan_pattern {
	void		**code;		/* pcre2_code *, one per pattern */
	void		**guarded;	/* the same with PCRE2_AUTO_CALLOUT: the
					   callout checks the deadline and the
					   cancel flag; run on long subjects */
	size_t		 *cost;		/* per pattern: at most this many steps
					   per start position (literals and
					   alternations without repetition),
					   0 when there is no such bound */
	size_t		  n;
	unsigned	  deadline_ms;	/* per article; 0: none */
	int		  flags;	/* enum search_flags */
	int		  caseless;	/* every pattern compiled caseless */
	struct rxq	 *query;	/* OR of the planned queries */
	int		  once;		/* per search: SEARCH_LINE_FIRST,
					   SEARCH_ARTICLE_FIRST */
};

/*
 * Compile: -F escaping, -w wrapping, smart case, NFC of the literal runs,
 * planning.  Patterns are split at newlines (each line is a pattern)
 * unless SEARCH_MULTILINE.  Returns 0 or -1 with *cause.
 */
int		 scan_compile(struct scan_pattern *, const char *const *pats,
		    size_t n, int flags, char **cause);
void		 scan_release(struct scan_pattern *);

struct scan_ctx	*scan_ctx_create(void);
void		 scan_ctx_free(struct scan_ctx *);
/* Matching through cx stops at once when nf is cancelled (may be NULL). */
void		 scan_ctx_set_notify(struct scan_ctx *, const struct notify *);

/* Receives each match; returns like a search_cb (0, 1 or -1). */
typedef int	(*scan_emit)(void *arg, const struct search_match *);

/*
 * Match text[0..len) (nfc: already known to be valid NFC).  name is the
 * file name for messages.  Matches go to emit in order, with m->article
 * set to article.  Returns 1 when something matched, 0 when nothing did,
 * -1 with *cause when a limit was hit or the article took longer than
 * sp->deadline_ms ("pattern too complex for FILE:LINE"), or when emit
 * returned -1 or the notify of cx was cancelled (cause NULL).  Lines up to
 * SCAN_GUARD_LEN bytes are checked against the deadline between lines;
 * longer subjects run the guarded code, which checks it (and the cancel
 * flag) every few hundred steps of PCRE2, even inside one start position
 * where neither the match limit nor the JIT's counting would stop it;
 * a pattern whose cost bounds it to SCAN_GUARD_STEPS on the subject runs
 * unguarded, as the callouts would slow it several times.
 */
int		 scan_text(struct scan_ctx *, const struct scan_pattern *,
		    const char *text, size_t len, int nfc, uint32_t article,
		    const char *name, scan_emit emit, void *arg, char **cause);

#endif
