/*
 * pos-cache: positions to and from cache records (format in pos-cache.h).
 * The writer appends fixed-width little-endian fields to a buf; the
 * reader walks the record with a bounds-checked cursor and validates each
 * field before anything is appended to the set.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/pos-cache.h"
#include "analysis/pos-dict.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "text/article.h"

#define POS_CUE_STATED		255

uint64_t
pos_cache_version(const struct pos_dict *d)
{
	uint64_t	v = pos_dict_version(d);

	v = hash64(&v, sizeof v, POS_RULES_VERSION);
	return hash64(pos_rules_stamp(), strlen(pos_rules_stamp()), v);
}

uint64_t
pos_cache_key(const struct article *a, const struct pos_mention *m,
    size_t nm)
{
	uint64_t	v[4], h;
	uint32_t	f[5];
	size_t		i;

	v[0] = a->hash;
	v[1] = hash64(a->date, strlen(a->date), HASH_SEED);
	v[2] = (uint64_t)a->nsents << 32 | a->nblocks;
	v[3] = (uint64_t)a->body_start << 32 | (uint32_t)a->size;
	h = hash64(v, sizeof v, HASH_SEED);
	for (i = 0; i < nm; i++) {
		f[0] = m[i].start;
		f[1] = m[i].end;
		f[2] = (uint32_t)m[i].side;
		f[3] = (uint32_t)m[i].kind;
		f[4] = m[i].flags;
		h = hash64(f, sizeof f, h);
		if (m[i].name != NULL)
			h = hash64(m[i].name, strlen(m[i].name), h);
	}
	return h;
}

static void
put_u8(struct buf *b, unsigned v)
{
	buf_addc(b, (char)(v & 0xff));
}

/* The number of a cue name, POS_CUE_STATED for "stated". */
static unsigned
cue_id(const char *cue)
{
	int	i;

	for (i = 0; i < POS_C_COUNT; i++) {
		if (strcmp(cue, pos_cue_name(i)) == 0)
			return (unsigned)i;
	}
	return POS_CUE_STATED;
}

void
pos_cache_encode(const struct pos_set *set, size_t from, struct buf *b)
{
	const struct position	*p;
	size_t			 i, len;

	buf_put_le32(b, (uint32_t)(set->n - from));
	for (i = from; i < set->n; i++) {
		p = &set->v[i];
		buf_put_le32(b, p->sentence);
		buf_put_le32(b, p->start);
		buf_put_le32(b, p->end);
		buf_put_le32(b, p->cue_start);
		buf_put_le32(b, p->cue_end);
		buf_put_le32(b, p->trigger_start);
		buf_put_le32(b, p->trigger_end);
		buf_put_le32(b, p->holder_start);
		buf_put_le32(b, p->holder_end);
		buf_put_le16(b, (unsigned)p->issue);
		put_u8(b, (unsigned)p->side);
		put_u8(b, p->stance > 0);
		put_u8(b, (unsigned)p->modality);
		put_u8(b, (unsigned)p->how);
		put_u8(b, p->flags);
		put_u8(b, cue_id(p->cue));
		put_u8(b, p->actor != -1);
		len = strlen(p->holder);
		if (len > 0xffff)
			len = 0xffff;
		buf_put_le16(b, (unsigned)len);
		buf_add(b, p->holder, len);
	}
}

/* A bounds-checked reader; err is set by any read past the end. */
struct cursor {
	const unsigned char	*p, *end;
	int			 err;
};

static uint32_t
get_n(struct cursor *c, int bytes)
{
	uint32_t	v = 0;
	int		i;

	if (c->err || c->end - c->p < bytes) {
		c->err = 1;
		return 0;
	}
	for (i = 0; i < bytes; i++)
		v |= (uint32_t)c->p[i] << (8 * i);
	c->p += bytes;
	return v;
}

/* The actor id of the mention at [start, end), or -2 when none. */
static int
mention_actor(const struct pos_mention *m, size_t nm, uint32_t start,
    uint32_t end)
{
	size_t	i;

	for (i = 0; i < nm; i++) {
		if (m[i].start == start && m[i].end == end)
			return m[i].actor;
	}
	return -2;
}

/* Read and check one position into p; -1 when malformed. */
static int
decode_one(struct cursor *c, struct position *p, const struct pos_dict *d,
    const struct article *a, const struct pos_mention *m, size_t nm)
{
	uint32_t	 v[9];
	unsigned	 cue, has_actor, len;
	int		 i;

	for (i = 0; i < 9; i++)
		v[i] = get_n(c, 4);
	p->sentence = v[0];
	p->start = v[1], p->end = v[2];
	p->cue_start = v[3], p->cue_end = v[4];
	p->trigger_start = v[5], p->trigger_end = v[6];
	p->holder_start = v[7], p->holder_end = v[8];
	p->issue = (int)get_n(c, 2);
	p->side = (enum side)get_n(c, 1);
	p->stance = get_n(c, 1) ? POS_SUPPORT : POS_OPPOSE;
	p->modality = (enum pos_modality)get_n(c, 1);
	p->how = (enum pos_how)get_n(c, 1);
	p->flags = get_n(c, 1);
	cue = get_n(c, 1);
	has_actor = get_n(c, 1);
	len = get_n(c, 2);
	if (c->err || (size_t)(c->end - c->p) < len)
		return -1;
	if (p->sentence >= a->nsents || (size_t)p->issue >=
	    pos_dict_nissues(d) || p->side == SIDE_NONE ||
	    (unsigned)p->side >= SIDE_COUNT ||
	    (unsigned)p->modality >= POS_MODALITY_COUNT ||
	    (unsigned)p->how >= POS_HOW_COUNT || p->flags > 3 ||
	    (cue >= POS_C_COUNT && cue != POS_CUE_STATED) || has_actor > 1)
		return -1;
	for (i = 1; i < 9; i += 2) {
		if (v[i] > v[i + 1] || v[i + 1] > a->size)
			return -1;
	}
	p->cue = cue == POS_CUE_STATED ? "stated" : pos_cue_name((int)cue);
	p->actor = -1;
	if (has_actor && (p->actor = mention_actor(m, nm, p->holder_start,
	    p->holder_end)) < 0)
		return -1;
	p->article = a->index;
	p->holder = xstrndup((const char *)c->p, len);
	c->p += len;
	return 0;
}

int
pos_cache_decode(struct pos_set *set, const struct pos_dict *d,
    const struct article *a, const struct pos_mention *m, size_t nm,
    const void *data, size_t len)
{
	struct cursor	 c;
	struct position	 p;
	uint32_t	 n, i;
	size_t		 from = set->n;

	c.p = data;
	c.end = c.p + len;
	c.err = 0;
	n = get_n(&c, 4);
	if (c.err || n > len / 40 + 1)
		return -1;
	for (i = 0; i < n; i++) {
		memset(&p, 0, sizeof p);
		if (decode_one(&c, &p, d, a, m, nm) != 0)
			goto bad;
		set->v = xgrow(set->v, &set->alloc, set->n + 1,
		    sizeof *set->v);
		set->v[set->n++] = p;
	}
	if (c.p != c.end)
		goto bad;
	return 0;
bad:
	while (set->n > from)
		free(set->v[--set->n].holder);
	return -1;
}
