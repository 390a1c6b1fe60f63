/*
 * limit: the limit language, one for the interface and the command line.
 * An expression names a set of articles of a corpus:
 *
 *	~d DATES	dated in a period: 2022-03-01..2022-05-31, 2022-03
 *			(a month), 2022 (a year), >2024-01-01, <2022,
 *			>=2024-01, <=2022-02-24, 2022-03.. and ..2022-05
 *	~s SOURCE	the source matches the regular expression (caseless)
 *	~l LANG		in that language ("en", "ru", "uk"; caseless)
 *	~N		unread
 *	~F		starred
 *	~a ACTOR	mentions that actor, named by any alias
 *	~i ISSUE	holds a stated position on that issue (its id)
 *	~p SIDE		a side holds a stated position in it (USA, RUS, ...)
 *	WORD		the text matches the regular expression (the indexed
 *			search, smart case)
 *
 * combined with "!" (not), juxtaposition (and), "|" (or, binding less
 * tightly) and parentheses.  An argument or a word is a run of characters
 * other than white space, "(", ")" and "|", or a string in double or
 * single quotes (a backslash escapes the quote and itself).  An empty
 * expression (only white space) names every article.
 *
 * Errors name the column in characters (code points, 1-based), never
 * bytes: "unknown pattern '~q' at column 7".  An expression holds at
 * most 512 patterns and operators, nested at most 64 deep.
 *
 * Parsing needs nothing but the text.  Evaluation takes what the
 * patterns used need (limit_needs): the actor set for ~a, the positions
 * for ~i and ~p, the marks for ~N and ~F, the index (or a scan) for
 * words.  The result is a byte per corpus article, 1 when it is in.
 * Nothing here prints.
 */
#ifndef DEMARCHE_LIMIT_H
#define DEMARCHE_LIMIT_H

#include <stddef.h>
#include <stdint.h>

struct actor_set;
struct article;
struct corpus;
struct notify;
struct pos_dict;
struct pos_set;
struct search_index;

struct limit;

enum limit_needs {
	LIMIT_NEEDS_ACTORS = 1 << 0,	/* ~a, and ~i ~p through positions */
	LIMIT_NEEDS_POSITIONS = 1 << 1,	/* ~i, ~p */
	LIMIT_NEEDS_MARKS = 1 << 2,	/* ~N, ~F */
	LIMIT_NEEDS_SEARCH = 1 << 3,	/* a word */
};

enum limit_mark {
	LIMIT_MARK_READ,
	LIMIT_MARK_STAR,
};

/* What evaluation may consult; members a limit does not need may be
   NULL. */
struct limit_ctx {
	struct corpus		*corpus;
	const struct actor_set	*actors;	/* over the whole corpus */
	const struct pos_set	*positions;	/* over the whole corpus */
	const struct pos_dict	*pdict;
	struct search_index	*index;		/* NULL: scan */
	/* 1 when article a carries the mark. */
	int			(*marked)(void *arg, const struct article *a,
				    enum limit_mark);
	void			*arg;
	const struct notify	*notify;	/* progress, cancellation */
};

/*
 * Parse text.  Returns a new limit, or NULL with *cause ("missing ')' at
 * column 12"), malloc'd.
 */
struct limit	*limit_parse(const char *text, char **cause);
void		 limit_free(struct limit *);
/* The text parsed (for a header or the status line). */
const char	*limit_text(const struct limit *);
/* 1 when the limit names every article (an empty expression). */
int		 limit_is_all(const struct limit *);
/* What evaluation will consult: enum limit_needs bits. */
unsigned	 limit_needs(const struct limit *);

/*
 * Fill keep[0..corpus->n) with 1 for the articles in the limit, 0 for
 * the others.  Returns the number kept, or -1 with *cause (an actor,
 * issue or side no one knows; what a needed member of ctx is missing; an
 * interrupted search).
 */
long		 limit_eval(const struct limit *, const struct limit_ctx *,
		    uint8_t *keep, char **cause);

/*
 * Keep only what lies in the kept articles: positions of other articles
 * are removed from the set; an actor set's mentions likewise, each
 * actor's counts, articles and descriptions recomputed (an actor with no
 * mention left stays, with mentions 0).
 */
void		 limit_positions(struct pos_set *, const uint8_t *keep);
void		 limit_actors(struct actor_set *, const uint8_t *keep);

#endif
