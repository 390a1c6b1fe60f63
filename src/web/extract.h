/*
 * extract: an HTML page to an article: its metadata and its main text.
 *
 * The page is converted to UTF-8 (charset.h) and parsed by libxml2's HTML
 * parser with no network access; the extractor then scores the elements
 * of the tree (text density, link density, paragraph counts, class and id
 * hints from hints.h), keeps the best container and the siblings that
 * belong to it, drops the boilerplate inside it, and writes the text.
 *
 * The body is UTF-8 text: one paragraph per block, paragraphs separated
 * by one blank line, headings inside the article written "## Heading".
 * Whitespace is collapsed; no control characters but '\n' remain.
 *
 * Metadata: title (og:title, <title>, <h1>), date as YYYY-MM-DD (JSON-LD
 * datePublished, article:published_time and kin, <time datetime>, the URL),
 * author (JSON-LD, <meta name=author>, bylines), source (og:site_name, else
 * the URL's host), url (<link rel=canonical>, og:url, else the URL given,
 * with tracking parameters stripped) and language (<html lang>, else
 * guessed from the letters: "en", "ru", "uk").  Any of them may be NULL.
 *
 * Ownership: every string of struct extract is malloc'd and owned by it;
 * extract_release frees them.  Errors: -1 with a malloc'd *cause when the
 * page cannot be parsed or holds no text at all.
 */
#ifndef DEMARCHE_EXTRACT_H
#define DEMARCHE_EXTRACT_H

#include <stddef.h>

struct hints;

/* Bounds on what a page may hold. */
#define EXTRACT_MAX_BYTES	(10u * 1024 * 1024)
#define EXTRACT_MAX_DEPTH	256

struct extract {
	char	*title;
	char	*date;		/* YYYY-MM-DD */
	char	*author;
	char	*source;
	char	*url;		/* canonical when the page names one */
	char	*language;	/* two letters */
	char	*body;		/* never NULL after success */
};

/*
 * Extract from html[0..len).  url (may be NULL) is where the page came
 * from, used to resolve the date, source and relative canonical links;
 * content_type (may be NULL) is the HTTP Content-Type header.
 */
int	extract_html(const struct hints *, const char *html, size_t len,
	    const char *url, const char *content_type, struct extract *,
	    char **cause);

/*
 * The main text of an HTML fragment (a feed's content:encoded), already
 * UTF-8, without scoring: every block's text.  Malloc'd, never NULL.
 */
char	*extract_fragment(const struct hints *, const char *html, size_t len);

void	extract_release(struct extract *);

/* The language of UTF-8 text guessed from its letters: "en", "ru", "uk". */
const char *extract_guess_language(const char *text);

#endif
