/*
 * article: one news article, parsed from an in-memory buffer into a header,
 * blocks (title, headings, paragraphs) and sentences.
 *
 * Every span is a half-open byte range [start, end) into the ORIGINAL file
 * bytes (BOM, CR, invalid UTF-8 and all), so any later layer can point back
 * at the exact text: the file's bytes from start to end are the text of the
 * block or sentence.  Spans never include surrounding white space.
 *
 * Text is held only while needed: the catalogue can rebuild an article's
 * metadata and structure without reading the file; article_load() brings
 * the bytes in (a->text), article_unload() drops them.
 *
 * Files are at most ARTICLE_MAX_SIZE bytes, so offsets fit in 32 bits.
 */
#ifndef DEMARCHE_ARTICLE_H
#define DEMARCHE_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

struct json;
struct notify;

#define ARTICLE_MAX_SIZE 0xfffffff0u

enum block_kind {
	BLOCK_TITLE,		/* the headline: first line, when it reads as one */
	BLOCK_HEADING,		/* a section heading or Markdown '#' line */
	BLOCK_PARAGRAPH,
};

struct block {
	enum block_kind	 kind;
	uint32_t	 start, end;	/* bytes, trimmed; '#' marks excluded */
	uint32_t	 first;		/* index of its first sentence */
	uint32_t	 count;		/* number of its sentences */
};

struct sentence {
	uint32_t	 start, end;	/* bytes, trimmed */
	uint32_t	 block;		/* index of the block it belongs to */
};

enum article_flags {
	ARTICLE_NFC = 1 << 0,		/* valid UTF-8 and already NFC */
	ARTICLE_INVALID_UTF8 = 1 << 1,	/* has ill-formed sequences */
	ARTICLE_HEADER = 1 << 2,	/* began with a header block */
	ARTICLE_NUL = 1 << 3,		/* contains NUL bytes */
	ARTICLE_CRLF = 1 << 4,		/* has CRLF line ends */
	ARTICLE_BOM = 1 << 5,		/* began with a UTF-8 BOM */
	ARTICLE_CYRILLIC = 1 << 6,	/* mostly Cyrillic letters */
};

struct article {
	char		*id;		/* stable: path under the corpus root,
					   without .txt/.md */
	char		*file;		/* the path as the user gave it */
	char		*path;		/* the path to open */
	uint32_t	 index;		/* position in its corpus */

	/* Metadata; never NULL, "" when unknown.  date is YYYY-MM-DD. */
	char		*title;
	char		*date;
	char		*source;
	char		*url;
	char		*author;
	char		*language;	/* header value, else "en"/"ru"/"uk" guess */

	uint64_t	 size;		/* bytes, as last parsed */
	int64_t		 mtime;		/* nanoseconds since the epoch */
	uint64_t	 hash;		/* hash64 of the bytes */
	unsigned	 flags;		/* enum article_flags */
	uint32_t	 words;
	uint32_t	 title_start;	/* span of the title in the file, or */
	uint32_t	 title_end;	/* 0, 0 when it came from nowhere */
	uint32_t	 body_start;	/* first byte after the header block */

	struct block	*blocks;
	uint32_t	 nblocks;
	struct sentence	*sents;
	uint32_t	 nsents;
	uint32_t	 nheadings;
	uint32_t	 nparagraphs;
	int		 unparsed;	/* structure not filled in: parse on
					   article_load */
	int		 borrowed;	/* names and metadata point into memory
					   the article does not own (its
					   corpus's arena): never freed with
					   it; article_parse copies them */

	/* The bytes, while loaded (NUL-terminated, len bytes). */
	char		*text;
	size_t		 len;
	void		(*text_release)(void *); /* set when text is lent
					   (article_load_text): called with
					   text_owner instead of free */
	void		*text_owner;
	uint32_t	*lines;		/* start offset of each line, lazily */
	uint32_t	 nlines;
};

/* A new, empty article with the given names (copied). */
struct article	*article_create(const char *id, const char *file,
		    const char *path);
void		 article_free(struct article *);
/*
 * A new, empty article whose names are id, file and path themselves (not
 * copied, not owned: they must outlive it), with its metadata "" (a
 * static string, not owned either), for a reader that sets every field
 * at once in memory it also owns (the catalogue, into a corpus's arena)
 * or that needs only the names (the command line's search).
 * a->borrowed is set; article_parse copies every string before changing
 * one, so a borrowed article can be parsed like any other.
 */
struct article	*article_borrow(const char *id, const char *file,
		    const char *path);
/*
 * A copy of a that shares nothing with it, for another thread: the names
 * and metadata copied, the text not loaded, the structure left out (the
 * copy is unparsed: article_load parses it again) though its counts
 * (nblocks, nsents) are kept, as the analysis caches' keys use them.
 */
struct article	*article_copy(const struct article *a);

/*
 * Parse text[0..len) into a's metadata and structure, replacing any
 * previous structure.  The text is not kept (see article_load).  The name
 * (file name) is only consulted for an ISO date.  Returns 0, or -1 with
 * *cause when the bytes are not an article (binary data, UTF-16, too
 * large); the cause names no file (the caller adds it).
 */
int		 article_parse(struct article *, const char *text, size_t len,
		    const char *name, char **cause);

/*
 * Read the file into a->text.  When its bytes no longer match a->hash, or
 * its structure was never filled in (a->unparsed), the article is parsed
 * first, so structure and text always agree.
 * Returns 0 or -1 with *cause ("cannot read 'FILE': ...").
 */
int		 article_load(struct article *, char **cause);
/*
 * Read the file into a->text only when its bytes are still those a was
 * parsed from (size and hash); otherwise leave a as it is.  For output
 * that points into text analysed earlier.  Returns 0, or -1.
 */
int		 article_load_same(struct article *);
/*
 * Make text[0..len) (NUL-terminated: the file's bytes, read just now or
 * known to be unchanged since, whose hash64 is hash) a's loaded text, as
 * article_load does with the bytes it reads: a is parsed first when they
 * are not those it was parsed from.  With release NULL, a takes text
 * over (article_unload frees it); otherwise text is lent, never written,
 * and article_unload calls release(owner) instead.  Returns 0, or -1 with
 * *cause when the bytes are not an article; nothing is taken then.
 */
int		 article_load_text(struct article *, char *text, size_t len,
		    uint64_t hash, void (*release)(void *), void *owner,
		    char **cause);
void		 article_unload(struct article *);
/*
 * Attach a copy of text[0..len) as the loaded bytes, as article_load
 * would (replacing any), for text that is in no file: tests, fuzzing.
 * The structure is left as it is.
 */
void		 article_set_text(struct article *, const char *text,
		    size_t len);

/* 1-based line and 1-based byte column of offset off (text loaded). */
void		 article_line_col(struct article *, size_t off,
		    unsigned *line, unsigned *column);

/* Block i's or sentence i's text length and pointer (text loaded). */
#define ARTICLE_SPAN_TEXT(a, s)	((a)->text + (s)->start)
#define ARTICLE_SPAN_LEN(s)	((size_t)((s)->end - (s)->start))

/*
 * Write the shared span fields into the currently open JSON object:
 * "file", "id", "start", "end", "line", "column" (text loaded).
 */
void		 article_span_json(struct json *, struct article *,
		    size_t start, size_t end);

/*
 * "uk" when t[0..len) has letters only Ukrainian writes (і ї є ґ) and none
 * only Russian does (ы э ъ ё), "ru" the other way round, else NULL: the
 * language of a sentence, where an address in one quotes the other.
 */
const char	*article_cyrillic_language(const char *t, size_t len);

/* Exposed for tests: 1 when s[0..len) at a sentence end is an
   abbreviation that does not end a sentence ("Mr", "U.S", "Jan"). */
int		 article_is_abbreviation(const char *s, size_t len);

#endif
