/*
 * search: PCRE2 search over a corpus, answered from a persistent trigram
 * index and confirmed on the current file contents.
 *
 * A match is found line by line, as grep: a line is the bytes up to an LF,
 * without it (and without a CR just before it).  With SEARCH_MULTILINE the
 * pattern runs over the whole article (PCRE2_MULTILINE) and a match is
 * reported on the line where it starts.  The pattern is matched against
 * the NFC form of each line; offsets are mapped back to the ORIGINAL file
 * bytes.  Every answer equals what a full scan (SEARCH_NO_INDEX) gives:
 * the index only ever removes articles that cannot match.
 *
 * Case: smart case by default (caseless unless a literal character of the
 * pattern is upper-case; an inline (?i) or (?-i) wins), SEARCH_CASELESS
 * forces caseless, SEARCH_CASE case-sensitive.
 *
 * Typical use (CLI or UI):
 *
 *	struct search_pattern *p = search_compile(pats, n, flags, &cause);
 *	struct search_index *ix = search_index_open(corpus, 0, &notify, &cause);
 *	r = search_run(ix, corpus, p, callback, arg, &notify, &cause);
 *	search_index_close(ix);
 *	search_pattern_free(p);
 *
 * Thread safety: a compiled pattern and an open index may be used by one
 * search_run at a time; search_run itself uses worker threads but calls the
 * callback only from the calling thread, in article order, and within an
 * article in line and offset order.
 */
#ifndef DEMARCHE_SEARCH_H
#define DEMARCHE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "search/search-types.h"

struct article;
struct corpus;
struct notify;
struct textcache;

/*
 * Called for each match.  The article's text is loaded for the duration
 * of the call (a->text).  Return 0 to go on, 1 to skip the rest of this
 * article, -1 to stop the whole search.  After the last match of an
 * article it is called once more with m NULL (text still loaded; the
 * return value is then ignored).
 */
typedef int	(*search_cb)(void *arg, struct article *,
		    const struct search_match *);

/*
 * Compile patterns[0..n) (any line of which matches) with flags.  Returns
 * NULL with *cause set to a message for the prompt, e.g. "missing closing
 * parenthesis at offset 4 in '(ab'".
 */
struct search_pattern	*search_compile(const char *const *patterns,
			    size_t n, int flags, char **cause);
void			 search_pattern_free(struct search_pattern *);

/*
 * How long one article may take (milliseconds; 0: no limit; default
 * SCAN_DEADLINE_MS, 3 s).  An article that takes longer is warned about
 * ("pattern too complex for FILE:LINE") and skipped; the search goes on.
 */
void			 search_set_deadline(struct search_pattern *,
			    unsigned ms);
/* The articles skipped as too complex by the last search with it. */
size_t			 search_skipped(const struct search_pattern *);

/*
 * Open the corpus's index (under corpus_cache_path(c, "index")), building
 * it when there is none or it cannot be trusted (corrupt, truncated,
 * foreign or of another version: reported through notify_warn, then
 * rebuilt).  An existing index is used as last built; changed articles are
 * still searched exactly (they are always candidates).  Returns NULL with
 * *cause on error or cancellation; a corpus with no cache directory gives
 * an index that scans everything.
 */
struct search_index	*search_index_open(struct corpus *, int flags,
			    const struct notify *, char **cause);
void			 search_index_close(struct search_index *);

void			 search_index_stats(const struct search_index *,
			    struct search_index_stats *);

/*
 * Run the pattern over the corpus: through the index when ix is not NULL
 * and flags lack SEARCH_NO_INDEX, else a full scan on every core.  Returns
 * 1 when something matched, 0 when nothing did, -1 with *cause on error
 * or when cancelled (cause "interrupted").  An unreadable file, and an
 * article past the deadline ("pattern too complex for FILE:LINE", see
 * search_skipped), are only warned about.  While it waits for a worker,
 * the progress hook of notify is called every 20 ms, and the cancel flag
 * is read there and inside matching: setting it stops a search within
 * milliseconds, even one stuck in a single long line.
 */
int			 search_run(struct search_index *, struct corpus *,
			    struct search_pattern *, int flags, search_cb,
			    void *arg, const struct notify *, char **cause);

/*
 * As search_run, loading the candidates through tc (textcache.h) when it
 * is not NULL: an interface that searches again at every key keeps the
 * bytes of the articles it searched and reads again only the files
 * changed since.  The answers are search_run's: the cache serves only
 * bytes its files still have.  (It is synced first: what changed before
 * the search began is seen.)
 */
int			 search_run_cached(struct search_index *,
			    struct textcache *, struct corpus *,
			    struct search_pattern *, int flags, search_cb,
			    void *arg, const struct notify *, char **cause);

/*
 * As search_run_cached, over the articles i with within[i] != 0 only
 * (within has c->n entries; NULL: all).  For an interface that narrows a
 * search it has just run: it decides when that is sound (see ui-search.c).
 */
int			 search_run_within(struct search_index *,
			    struct textcache *, struct corpus *,
			    struct search_pattern *, int flags,
			    const uint32_t *within, search_cb, void *arg,
			    const struct notify *, char **cause);

/*
 * The command line's fast path: search the corpus of paths[0..npaths)
 * through its index as last built, without walking the directories or
 * reading the catalogue; only the candidate files are read (and verified
 * on their current contents).  Files added since the index was built are
 * not seen.  Returns -2 when there is no usable index (or flags has
 * SEARCH_NO_INDEX): open the corpus and use search_run.  Otherwise as
 * search_run; m->article numbers the candidates, not corpus articles.
 */
int			 search_paths(const char *const *paths,
			    size_t npaths, struct search_pattern *, int flags,
			    search_cb, void *arg, const struct notify *,
			    char **cause);

/*
 * Match the pattern against one loaded article only (for the UI's
 * highlighting of an article on screen).  Same returns as search_run;
 * m->article is set to a->index.
 */
int			 search_article(struct search_pattern *,
			    struct article *, search_cb, void *arg,
			    char **cause);

/* Remove the indexes whose corpus root no longer exists; returns the
   number removed or -1 with *cause. */
int			 search_index_prune(const struct notify *,
			    char **cause);

#endif
