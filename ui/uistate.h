/*
 * uistate: what the interface remembers between runs, parsed from and
 * written to a buffer: read marks, stars, search history, last position.
 *
 * The file $XDG_STATE_HOME/demarche/state is text:
 *
 *	demarche-state 1
 *	read ARTICLE-ID
 *	star ARTICLE-ID
 *	reject EVIDENCE-KEY	(a piece of evidence the reader set aside)
 *	search PATTERN		(oldest first)
 *	last ARTICLE-ID
 *	reading OFFSET ARTICLE-ID	(the reader's article and the byte
 *				 offset of its top line)
 *	pane NUMBER
 *	sort ORDER		(the article list's: date, title, source,
 *				 hits, unread)
 *
 * Values are the rest of the line with '\\' and newline written as "\\\\"
 * and "\\n".  A file that does not parse is reported and set aside as
 * "state.corrupt.TIME" (never deleted); what did parse is kept.  Writes go
 * through the atomic helper.  No curses here.
 *
 * Two programs may share the file.  Every mark made through uistate_mark
 * is also kept in a journal; uistate_merge_save takes the state
 * directory's lock, reads the file as the other program left it, replays
 * the journal over it, writes the result and takes it as its own, so
 * neither program undoes the other's marks.
 */
#ifndef DEMARCHE_UI_UISTATE_H
#define DEMARCHE_UI_UISTATE_H

#include <stddef.h>
#include <stdint.h>

#include "query/limit.h"

struct article;
struct buf;

#define UISTATE_HISTORY_MAX 100

/* A set of strings (article ids), open addressing. */
struct strset {
	char	**slots;
	size_t	  nslots;	/* a power of two, or 0 */
	size_t	  n;
};

int	 strset_has(const struct strset *, const char *);
/* Add (copied) or remove; returns 1 when the set changed. */
int	 strset_add(struct strset *, const char *);
int	 strset_del(struct strset *, const char *);
void	 strset_release(struct strset *);

enum uistate_set {
	UISTATE_READ,
	UISTATE_STAR,
	UISTATE_REJECT,
	UISTATE_NSETS
};

/* One mark made since the last merge. */
struct uistate_op {
	enum uistate_set  set;
	int		  on;		/* 1: added, 0: removed */
	char		 *key;
};

struct ui_state {
	struct strset	  read;
	struct strset	  star;
	struct strset	  reject;	/* evidence keys */
	char		**history;	/* oldest first */
	size_t		  nhistory;
	char		 *last;		/* article id, or NULL */
	char		 *reading;	/* the reader's article id, or NULL */
	uint32_t	  reading_off;	/* byte offset of its top line */
	int		  pane;		/* 0-based */
	char		 *sort;		/* the list's order, or NULL (date) */

	struct uistate_op *ops;		/* the journal, oldest first */
	size_t		  nops;
	int		  dirty;	/* marks or history changed since the
					   last save */
};

void	 uistate_init(struct ui_state *);
void	 uistate_release(struct ui_state *);
/* Remember a search pattern (moved to the end when already there). */
void	 uistate_add_history(struct ui_state *, const char *);

/* The set of that kind. */
struct strset *uistate_set(struct ui_state *, enum uistate_set);
/*
 * Add (on) or remove key in a set, journalled for the next merge; returns
 * 1 when the set changed.
 */
int	 uistate_mark(struct ui_state *, enum uistate_set, const char *key,
	    int on);

/*
 * Parse buf[0..len) into st (adding to what is there).  Returns 0, or -1
 * with *cause ("line N: ...") when the buffer is not a whole, valid state
 * file; every line before the first bad one is still applied.
 */
int	 uistate_parse(struct ui_state *, const char *buf, size_t len,
	    char **cause);
/* Write st as a state file into b. */
void	 uistate_write(const struct ui_state *, struct buf *b);

/*
 * Load DIR/state (a missing file is not an error).  On a corrupt file, the
 * file is renamed aside and *warning explains it; returns 0 in every case
 * but an unreadable file (-1 with *warning).
 */
int	 uistate_load(struct ui_state *, const char *dir, char **warning);
/* Load the state of $XDG_STATE_HOME, as the interface would (read only:
   a damaged file is ignored, not set aside); for the command line. */
void	 uistate_load_default(struct ui_state *);
/* The limit language's marks (limit.h): arg is a struct ui_state. */
int	 uistate_marked(void *arg, const struct article *,
	    enum limit_mark);

/* Save DIR/state atomically; -1 with *cause. */
int	 uistate_save(const struct ui_state *, const char *dir, char **cause);
/*
 * Under DIR/lock (waiting at most wait_ms): read DIR/state, replay st's
 * journal over its marks, add st's history after its own, take st's
 * place (last, reading, pane), write it atomically and make it st (the
 * journal emptied, dirty cleared).  A damaged or missing file counts as
 * empty.  -1 with *cause, st unchanged.
 */
int	 uistate_merge_save(struct ui_state *, const char *dir, int wait_ms,
	    char **cause);

#endif
