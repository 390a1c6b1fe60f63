/*
 * actor-codec: the actors of one article as a record of the actors cache
 * (actor-cache.h keeps records opaque), and back.
 *
 * The set coded is the set of one article alone, as
 * actors_extract_article() leaves it in an empty set:
 *
 *   record   u32 actor count, the actors, u32 mention count, the mentions
 *   actor    key, name (strings), u32 kind | side << 8, u32 dictionary
 *            entry (-1: none), u32 count and that many aliases, the same
 *            for titles, u32 count and that many descriptions (u32 start,
 *            u32 end), then the side's reason and the kind's reason
 *   reason   rule (string), u32 flags (1 rule, 2 dictionary file,
 *            4 a deciding sentence), u32 line, u32 start, u32 end
 *   mention  u32 start, end, sentence, actor id, kind | flags << 8
 *   string   u32 length in bytes, then the bytes (no NUL)
 *
 * all integers little-endian, spans in bytes of the article's file.  No
 * article number is stored: decoding gives every span a->index, and a
 * reason's dictionary file comes from the dictionary entry.  A format
 * change must bump ACTORS_RULES_VERSION (actors.c).
 */
#ifndef DEMARCHE_ACTOR_CODEC_H
#define DEMARCHE_ACTOR_CODEC_H

#include <stddef.h>

struct actor_set;
struct article;
struct buf;
struct dict;

/* Append the record of set, the actors of one article alone, to b. */
void	actor_codec_encode(const struct actor_set *, struct buf *b);

/*
 * Decode the record data[0, len) of article a into set, which must be
 * empty (actor_set_init()); rule texts are interned in the set.  Returns
 * 0, or -1 when the record is damaged, does not fit article a (a span
 * past its end, a sentence it does not have) or names an entry d does
 * not have: the set then holds part of it and is only fit for
 * actor_set_release().
 */
int	actor_codec_decode(struct actor_set *, const struct dict *d,
	    const struct article *a, const void *data, size_t len);

#endif
