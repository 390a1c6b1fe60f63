/*
 * pos-cache: the positions of one article as a record of the per-article
 * cache (private to pos-actors.c and its tests).
 *
 * The records live in the keyed, CRC-checked file of actor-cache.h, one
 * file per corpus next to its catalogue (corpus_cache_path(c,
 * "positions")), written atomically; a damaged file is ignored whole and
 * rewritten.  The file's version is pos_cache_version(): the positions
 * data files' fingerprint, the rules and the build, so a change to any of
 * them makes every record stale.  A record's key is pos_cache_key(): the
 * article's bytes, date and structure and every actor mention handed to
 * the extractor (span, side, kind, flags, name), so a change in the actors
 * layer recomputes the article too.
 *
 * A record, all integers little-endian:
 *   u32 count, then per position
 *   u32 sentence, start, end, cue_start, cue_end, trigger_start,
 *       trigger_end, holder_start, holder_end
 *   u16 issue, u8 side, u8 stance (0 oppose, 1 support), u8 modality,
 *   u8 how, u8 flags, u8 cue (enum pos_cue, or 255 for "stated"),
 *   u8 has_actor, u16 holder length, the holder's name
 * Decoding checks every field against the dictionary and the article and
 * fails as a whole (the article is then extracted again).
 */
#ifndef DEMARCHE_POS_CACHE_H
#define DEMARCHE_POS_CACHE_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct buf;
struct pos_dict;
struct pos_mention;
struct pos_set;

/* Bump when the rules change what an article yields. */
#define POS_RULES_VERSION	6

/* The version and the sources of the rules (rules-source.h): they are
   part of the cache's version. */
const char	*pos_rules_stamp(void);

uint64_t	pos_cache_version(const struct pos_dict *);
uint64_t	pos_cache_key(const struct article *,
		    const struct pos_mention *, size_t nm);

/* Append the positions set->v[from..n) as one record to b. */
void		pos_cache_encode(const struct pos_set *, size_t from,
		    struct buf *b);

/*
 * Append the positions of record data[0..len) to set, for article a whose
 * mentions are m[0..nm) (actor ids are taken from them).  Returns 0, or
 * -1 when the record is malformed (set is then as before).
 */
int		pos_cache_decode(struct pos_set *, const struct pos_dict *,
		    const struct article *, const struct pos_mention *,
		    size_t nm, const void *data, size_t len);

#endif
