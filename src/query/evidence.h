/*
 * evidence: the key that names one piece of evidence (a position's
 * sentence) across runs, for the rejections the interface keeps in its
 * state file and `positions --rejected`:
 *
 *	HASH ISSUE SIDE ARTICLE-ID
 *
 * HASH is 16 hex digits of hash64 of the sentence's bytes, so the key
 * survives a re-analysis, and edits elsewhere in the article, as long as
 * the sentence itself is unchanged.  The article id comes last (it may
 * hold spaces).
 */
#ifndef DEMARCHE_EVIDENCE_H
#define DEMARCHE_EVIDENCE_H

struct article;
struct pos_dict;
struct position;

/* The key of p in article a (text loaded), malloc'd; NULL when the text
   is not loaded or the span does not fit it. */
char		*evidence_key(const struct article *a, const struct position *p,
		    const struct pos_dict *pd);

/* The article id of a key (a pointer into it), or NULL when malformed. */
const char	*evidence_key_article(const char *key);

#endif
