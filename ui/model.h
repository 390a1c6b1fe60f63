/*
 * model: what the interface shows, apart from how: the corpus, the limit
 * (an expression of query/limit.h and the articles it keeps), and the
 * analysis (actors, positions) built on first use over the whole corpus
 * and viewed through the limit.  Panes read it and never own any of it;
 * no pane needs another pane for its data.  No curses here.
 *
 * The analysis comes from the per-article caches (actors_extract_corpus,
 * positions_corpus), once, on a worker thread (modeljob.h): model_start
 * begins it, model_poll (from the interface's loop) takes what it has
 * done, and meanwhile the actors found so far are listed in 'sofar'.
 * model_actors and model_positions wait for it.  While it runs, the
 * actor set, once taken, is only read (the worker reads it too), and the
 * dictionaries are neither changed nor freed.  A limit change only
 * recounts: each actor's
 * mentions and articles inside the limit, and the positions of the kept
 * articles (a shallow copy: holders are borrowed from the whole set).
 * Rejected evidence (keys in a string set the caller owns, see
 * model_evidence_key) is left out of that view as well.
 *
 * Errors: functions returning int give 0, or -1 with *cause (malloc'd).
 * A wait given up through the notify's cancel flag leaves the build
 * going on (MODEL_BUILDING).
 */
#ifndef DEMARCHE_UI_MODEL_H
#define DEMARCHE_UI_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "modeljob.h"
#include "query/limit.h"

struct corpus;
struct dict;
struct notify;
struct pos_dict;
struct search_index;
struct strset;

enum model_state {
	MODEL_NONE,		/* not built yet */
	MODEL_READY,
	MODEL_FAILED,		/* see the error */
	MODEL_CANCELLED,	/* a key stopped it */
	MODEL_BUILDING,		/* on the worker thread */
};

/* What model_poll found. */
enum model_poll_flags {
	MODEL_POLL_PROGRESS = 1 << 0,	/* progress, or actors so far */
	MODEL_POLL_ACTORS = 1 << 1,	/* the actors are done */
	MODEL_POLL_POSITIONS = 1 << 2,	/* the positions are done */
};

struct ui_model {
	struct corpus		*corpus;	/* borrowed */
	const char		*data_dir;	/* borrowed; NULL: installed */

	/* The limit: NULL and NULL when every article is in. */
	struct limit		*limit;
	uint8_t			*keep;		/* a byte per article */
	size_t			 nkept;		/* articles in the limit */
	char			*what;		/* the limit as shown */

	/* ~N and ~F ask these (see limit.h). */
	int			(*marked)(void *, const struct article *,
				    enum limit_mark);
	void			*marked_arg;
	const struct strset	*rejected;	/* evidence keys, or NULL */

	struct dict		*dict;
	struct actor_set	 actors;	/* the whole corpus */
	enum model_state	 actors_state;
	char			*actors_error;
	uint32_t		*amentions;	/* per actor, in the limit */
	uint32_t		*aarticles;	/* per actor, in the limit */

	struct pos_dict		*pdict;
	struct pos_set		 all;		/* the whole corpus */
	enum model_state	 pos_state;
	char			*pos_error;
	struct pos_set		 ps;		/* the view: kept articles,
						   evidence not rejected */
	struct pos_set		 rej;		/* the rejected ones in the
						   limit (shallow too) */

	/* The build on the worker thread, while it runs. */
	struct modeljob		*job;
	struct modeljob_progress progress;	/* as last polled */
	double			 build_start;	/* when it began (ui_now's
						   clock: monotonic seconds) */
	struct modeljob_actor	*sofar;		/* the actors found so far,
						   while building them */
	size_t			 nsofar;

	/* "/" in the actors pane: actors whose name or an alias holds
	   the query, in any case and script. */
	char			*find;		/* the query, or NULL */
	uint8_t			*found;		/* per actor */
	size_t			 nfound;
	unsigned		 find_gen;	/* counts finds, for panes */
};

void	 model_init(struct ui_model *, struct corpus *, const char *data_dir);
void	 model_release(struct ui_model *);
/* Forget the analysis and the limit (the corpus was replaced). */
void	 model_reset(struct ui_model *);

/* 1 when corpus article idx is in the limit. */
int	 model_kept(const struct ui_model *, uint32_t idx);

/* The actors' dictionary, loaded once; NULL when it cannot be. */
struct dict *model_dict(struct ui_model *);
/*
 * Start building the analysis on the worker thread, when not started;
 * wait up to ms milliseconds (-1: as long as it takes) for the actors,
 * or with positions set for the positions too (a small corpus is done by
 * then), and take what is done.  Returns model_poll's flags.
 */
unsigned model_start(struct ui_model *, int positions, int ms);
/* Take what the worker has done since the last poll: its flags. */
unsigned model_poll(struct ui_model *);
/* The actor set of the whole corpus, built on first use (waiting for
   the worker, with n's progress and cancel); NULL unless MODEL_READY. */
const struct actor_set *model_actors(struct ui_model *,
	    const struct notify *);
/* The positions in the limit, built on first use; NULL unless ready. */
const struct pos_set *model_positions(struct ui_model *,
	    const struct notify *);

/*
 * Find the actors whose name or an alias contains query (full case
 * folding, so any script); "" forgets the search.  Returns how many.
 */
size_t	 model_find_actors(struct ui_model *, const char *query);
/* 1 when actor id is a hit of the current find. */
int	 model_actor_found(const struct ui_model *, size_t id);

/* Let a cancelled build start again on the next call. */
void	 model_retry(struct ui_model *);

/* Actor id's mentions and articles inside the limit. */
uint32_t model_actor_mentions(const struct ui_model *, size_t id);
uint32_t model_actor_articles(const struct ui_model *, size_t id);

/*
 * Set the limit to text (empty: none), evaluating it with the index ix
 * (NULL: a scan) and building what it needs.  On error the limit is as
 * before.  Returns the number of articles kept, or -1 with *cause.
 */
long	 model_set_limit(struct ui_model *, const char *text,
	    struct search_index *ix, const struct notify *, char **cause);
/* Make the views again (a mark or a rejection changed). */
void	 model_refresh(struct ui_model *);

/*
 * The key of a piece of evidence (query/evidence.h), kept in the state
 * file.  Malloc'd; the article's text must be loaded, else NULL.
 */
char	*model_evidence_key(const struct ui_model *, const struct position *);

#endif
