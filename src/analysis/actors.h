/*
 * actors: who is acting, on which side.
 *
 * A rule-based extractor over the dictionaries (dict.h): dictionary names
 * are matched in each sentence (longest first), unknown capitalised names
 * become persons when a title precedes them or a person verb follows, and
 * mentions are merged into one actor per real-world entity (surname alone,
 * title + surname, transliterations, demonyms, metonyms, acronyms).
 *
 * An actor_set holds the actors of one article or of a whole corpus and
 * every mention, in text order: sorted by article, then start byte.  Actor
 * ids are indexes into set->actors and stay valid until the set is
 * released; the order of set->actors is first appearance, use
 * actor_set_rank() for "sorted by mentions".
 *
 * Spans are half-open byte ranges [start, end) into the article's file
 * bytes (see article.h).  Articles are named by their index in the corpus
 * (article->index), or 0 for a single article extracted on its own.
 *
 * Nothing here prints; errors come back as -1 with a malloc'd *cause.
 */
#ifndef DEMARCHE_ACTORS_H
#define DEMARCHE_ACTORS_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct article;
struct corpus;
struct notify;

enum mention_flags {
	MENTION_DEMONYM = 1 << 0,	/* "Russian", "Ukraine's" as adjective */
	MENTION_METONYM = 1 << 1,	/* "the Kremlin", "Washington" */
	MENTION_TITLED = 1 << 2,	/* preceded by a title ("President X") */
	MENTION_PARTIAL = 1 << 3,	/* surname alone or other short form */
	MENTION_HEADING = 1 << 4,	/* in the title or a heading */
	MENTION_NOSIDE = 1 << 5,	/* an actor the dictionary does not
					   know, OTH for want of a side
					   (set for positions only) */
	MENTION_UNLISTED = 1 << 6,	/* an actor the dictionary does not
					   know, whatever its side (set for
					   positions only) */
};

/* One mention of an actor in an article. */
struct actor_mention {
	uint32_t	 article;	/* corpus index of the article */
	uint32_t	 start, end;	/* bytes in the file */
	uint32_t	 sentence;	/* index into article->sents */
	uint32_t	 actor;		/* index into set->actors */
	enum actor_kind	 kind;		/* as used here: "Moscow said" is a
					   state, "in Moscow" a place */
	unsigned	 flags;		/* enum mention_flags */
};

/* Why an actor has its side or kind (for --explain). */
struct actor_why {
	const char	*rule;		/* static text: "dictionary",
					   "title before the name", ... */
	const char	*file;		/* dictionary file, or NULL */
	unsigned	 line;		/* its line, or 0 */
	int32_t		 article;	/* article of the deciding sentence, or
					   -1 */
	uint32_t	 start, end;	/* that sentence's span */
};

/* A sentence that describes an actor ("X is a Ukrainian politician"). */
struct actor_desc {
	uint32_t	 article;
	uint32_t	 start, end;	/* the sentence, bytes */
};

struct actor {
	char		*name;		/* canonical name */
	enum actor_kind	 kind;
	enum side	 side;
	int		 entry;		/* dictionary entry, or -1 */
	char		**aliases;	/* other spellings seen in the text */
	size_t		 naliases;
	char		**titles;	/* titles and roles seen ("President") */
	size_t		 ntitles;
	uint32_t	 mentions;	/* number of mentions */
	uint32_t	*articles;	/* corpus indexes, ascending, unique */
	size_t		 narticles;
	struct actor_desc *descs;	/* descriptive sentences, at most a few */
	size_t		 ndescs;
	struct actor_why side_why;
	struct actor_why kind_why;
};

struct actor_set {
	struct actor	*actors;
	size_t		 n;
	size_t		 alloc;
	struct actor_mention *mentions;	/* sorted by article, start */
	size_t		 nmentions;
	size_t		 mentions_alloc;
	void		*priv;		/* lookup tables, private */
	/* What actors_extract_corpus() did (for --stats and tests). */
	size_t		 cached;	/* articles taken from the cache */
	size_t		 extracted;	/* articles extracted */
	int		 cache_rejected; /* 1: the cache file was damaged */
};

void	actor_set_init(struct actor_set *);
void	actor_set_release(struct actor_set *);

/*
 * Add the actors of one article (its text loaded, a->text) to the set,
 * merging them with the actors already there.  Mentions of this article
 * get article number a->index.  Returns 0, or -1 with *cause.
 *
 * An article is resolved as a whole, so a surname finds its full name
 * anywhere in it.  Only a giant one (thousands of sentences: a book, a
 * feed pasted on one line) is resolved in windows of consecutive
 * sentences, which bounds the working memory to one window's; there a
 * surname finds its full name, and a title without a state its side,
 * only within the same window.  All its mentions are still added, in
 * text order.
 */
int	actors_extract_article(struct actor_set *, const struct dict *,
	    struct article *a, char **cause);

/*
 * Extract every article of the corpus into the set, loading and unloading
 * each article's text as needed, with progress and cancellation through n.
 * A file that cannot be read is warned about and skipped.  Uses the cache
 * next to the catalogue when the corpus has one (actor-cache.h): an
 * article whose content hash, date and structure match a record of the
 * same dictionary version is not extracted again, and the results of the
 * others are saved for the next run; a damaged cache is ignored and
 * rewritten, and a cache that cannot be written is only warned about.
 * The result is the same with or without the cache.  Returns 0, or -1
 * with *cause (also when cancelled).
 */
int	actors_extract_corpus(struct actor_set *, const struct dict *,
	    struct corpus *, const struct notify *n, char **cause);

/*
 * The mentions of article art (corpus index) in text order: a pointer into
 * set->mentions and their number in *count (0 and NULL when none).
 */
const struct actor_mention *actor_set_article_mentions(
	    const struct actor_set *, uint32_t art, size_t *count);

/*
 * The mentions inside bytes [start, end) of article art (e.g. one
 * sentence), in text order; same conventions.
 */
const struct actor_mention *actor_set_span_mentions(
	    const struct actor_set *, uint32_t art, uint32_t start,
	    uint32_t end, size_t *count);

/*
 * A malloc'd array of the n actor ids sorted by mentions (most first),
 * then name.  The caller frees it.
 */
size_t	*actor_set_rank(const struct actor_set *);

/* The actor with that name or alias (any case), or -1. */
int	actor_set_find(const struct actor_set *, const char *name);

#endif
