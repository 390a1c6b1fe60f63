/*
 * actor-codec: one article's actors as a cache record and back (the
 * format is in actor-codec.h).  Encoding writes what the set holds;
 * decoding reads through a bounds-checked cursor that turns any short,
 * overlong or out-of-range field into a rejected record.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actor-codec.h"
#include "analysis/actor-set.h"
#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"

static void
enc_str(struct buf *b, const char *s, size_t len)
{
	buf_put_le32(b, (uint32_t)len);
	buf_add(b, s, len);
}

static void
enc_why(struct buf *b, const struct actor_why *w)
{
	enc_str(b, w->rule != NULL ? w->rule : "", w->rule != NULL ?
	    strlen(w->rule) : 0);
	buf_put_le32(b, (w->rule != NULL) | (w->file != NULL) << 1 |
	    (w->article >= 0) << 2);
	buf_put_le32(b, w->line);
	buf_put_le32(b, w->start);
	buf_put_le32(b, w->end);
}

/* Encode actor ac, of key [0, klen). */
static void
enc_actor(struct buf *b, const struct actor *ac, const char *key,
    size_t klen)
{
	size_t	j;

	enc_str(b, key, klen);
	enc_str(b, ac->name, strlen(ac->name));
	buf_put_le32(b, ac->kind | (uint32_t)ac->side << 8);
	buf_put_le32(b, (uint32_t)ac->entry);
	buf_put_le32(b, (uint32_t)ac->naliases);
	for (j = 0; j < ac->naliases; j++)
		enc_str(b, ac->aliases[j], strlen(ac->aliases[j]));
	buf_put_le32(b, (uint32_t)ac->ntitles);
	for (j = 0; j < ac->ntitles; j++)
		enc_str(b, ac->titles[j], strlen(ac->titles[j]));
	buf_put_le32(b, (uint32_t)ac->ndescs);
	for (j = 0; j < ac->ndescs; j++) {
		buf_put_le32(b, ac->descs[j].start);
		buf_put_le32(b, ac->descs[j].end);
	}
	enc_why(b, &ac->side_why);
	enc_why(b, &ac->kind_why);
}

/* Encode the actors of one article (a set of that article alone). */
void
actor_codec_encode(const struct actor_set *set, struct buf *b)
{
	const struct actor_mention	*m;
	const char			**keys;
	size_t				*lens, i;

	keys = xcalloc(set->n + 1, sizeof *keys);
	lens = xcalloc(set->n + 1, sizeof *lens);
	actor_set_keys(set, keys, lens);
	buf_put_le32(b, (uint32_t)set->n);
	for (i = 0; i < set->n; i++)
		enc_actor(b, &set->actors[i], keys[i], lens[i]);
	buf_put_le32(b, (uint32_t)set->nmentions);
	for (i = 0; i < set->nmentions; i++) {
		m = &set->mentions[i];
		buf_put_le32(b, m->start);
		buf_put_le32(b, m->end);
		buf_put_le32(b, m->sentence);
		buf_put_le32(b, m->actor);
		buf_put_le32(b, m->kind | (uint32_t)m->flags << 8);
	}
	free(keys);
	free(lens);
}

/* A bounds-checked reader of a cached record. */
struct dec {
	const unsigned char	*p, *end;
	int			 bad;
};

static uint32_t
dec_u32(struct dec *r)
{
	uint32_t	v;

	if (r->bad || r->end - r->p < 4) {
		r->bad = 1;
		return 0;
	}
	v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 |
	    (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
	r->p += 4;
	return v;
}

/* A count of items of at least size bytes each that can still follow. */
static uint32_t
dec_count(struct dec *r, size_t size)
{
	uint32_t	n = dec_u32(r);

	if (!r->bad && (size_t)n > (size_t)(r->end - r->p) / size)
		r->bad = 1;
	return r->bad ? 0 : n;
}

/* A string: a pointer into the record (no NUL), its length in *len. */
static const char *
dec_str(struct dec *r, size_t *len)
{
	uint32_t	n = dec_u32(r);
	const char	*s;

	if (r->bad || (size_t)(r->end - r->p) < n || memchr(r->p, '\0',
	    n) != NULL) {
		r->bad = 1;
		*len = 0;
		return "";
	}
	s = (const char *)r->p;
	r->p += n;
	*len = n;
	return s;
}

static void
dec_why(struct dec *r, struct actor_set *set, const struct dict *d,
    int entry, const struct article *a, struct actor_why *w)
{
	const char	*s;
	size_t		 len;
	uint32_t	 fl;

	s = dec_str(r, &len);
	fl = dec_u32(r);
	w->line = dec_u32(r);
	w->start = dec_u32(r);
	w->end = dec_u32(r);
	w->rule = (fl & 1) ? actor_set_intern(set, s, len) : NULL;
	w->file = NULL;
	if ((fl & 2) && entry >= 0)
		w->file = dict_entry(d, (size_t)entry)->file;
	w->article = (fl & 4) ? (int32_t)a->index : -1;
	if (w->start > w->end || w->end > a->size)
		r->bad = 1;
}

/* Decode the aliases, titles and descriptions of actor ac. */
static void
dec_lists(struct dec *r, struct actor *ac, const struct article *a)
{
	const char	*s;
	size_t		 len, k, cnt;

	cnt = dec_count(r, 4);
	for (k = 0; k < cnt && !r->bad; k++) {
		s = dec_str(r, &len);
		actor_set_strlist_add(&ac->aliases, &ac->naliases, s, len);
	}
	cnt = dec_count(r, 4);
	for (k = 0; k < cnt && !r->bad; k++) {
		s = dec_str(r, &len);
		actor_set_strlist_add(&ac->titles, &ac->ntitles, s, len);
	}
	cnt = dec_count(r, 8);
	if (cnt > ACTORS_MAX_DESCS)
		r->bad = 1;
	for (k = 0; k < cnt && !r->bad; k++) {
		ac->descs = xreallocarray(ac->descs, ac->ndescs + 1,
		    sizeof *ac->descs);
		ac->descs[ac->ndescs].article = a->index;
		ac->descs[ac->ndescs].start = dec_u32(r);
		ac->descs[ac->ndescs].end = dec_u32(r);
		ac->ndescs++;
	}
}

/* Decode one actor of a record into set (of this article alone). */
static void
dec_actor(struct dec *r, struct actor_set *set, const struct dict *d,
    const struct article *a)
{
	struct actor	*ac;
	const char	*key, *name;
	size_t		 klen, nlen;
	uint32_t	 kind, entry;
	int		 id;
	char		*nm;

	key = dec_str(r, &klen);
	name = dec_str(r, &nlen);
	kind = dec_u32(r);
	entry = dec_u32(r);
	if (r->bad || (kind & 0xff) >= ACTOR_KIND_COUNT ||
	    (kind >> 8) >= SIDE_COUNT || klen == 0 || nlen == 0 ||
	    ((int32_t)entry < -1 || (int32_t)entry >= (int32_t)dict_count(d))) {
		r->bad = 1;
		return;
	}
	nm = xstrndup(name, nlen);
	id = actor_set_add(set, key, klen, nm, (enum actor_kind)(kind & 0xff),
	    (enum side)(kind >> 8), (int32_t)entry);
	free(nm);
	if ((size_t)id + 1 != set->n) {
		r->bad = 1;	/* two actors with one key */
		return;
	}
	ac = &set->actors[id];
	dec_lists(r, ac, a);
	dec_why(r, set, d, ac->entry, a, &ac->side_why);
	dec_why(r, set, d, ac->entry, a, &ac->kind_why);
}

/* Decode a record into set (empty); 0, or -1 when it does not hold. */
int
actor_codec_decode(struct actor_set *set, const struct dict *d,
    const struct article *a, const void *data, size_t len)
{
	struct dec		 r;
	struct actor_mention	*m;
	struct actor		*ac;
	uint32_t		 n, i, v;

	r.p = data;
	r.end = r.p + len;
	r.bad = 0;
	n = dec_count(&r, 24);
	for (i = 0; i < n && !r.bad; i++)
		dec_actor(&r, set, d, a);
	n = dec_count(&r, 20);
	if (r.bad)
		return -1;
	set->mentions = xcalloc(n + 1, sizeof *set->mentions);
	set->mentions_alloc = n + 1;
	for (i = 0; i < n && !r.bad; i++) {
		m = &set->mentions[i];
		m->article = a->index;
		m->start = dec_u32(&r);
		m->end = dec_u32(&r);
		m->sentence = dec_u32(&r);
		m->actor = dec_u32(&r);
		v = dec_u32(&r);
		m->kind = (enum actor_kind)(v & 0xff);
		m->flags = v >> 8;
		if (m->start > m->end || m->end > a->size ||
		    m->sentence >= a->nsents || m->actor >= set->n ||
		    (v & 0xff) >= ACTOR_KIND_COUNT || (i > 0 &&
		    m->start < m[-1].start))
			r.bad = 1;
		set->nmentions++;
	}
	if (r.bad || r.p != r.end)
		return -1;
	for (i = 0; i < set->nmentions; i++) {
		ac = &set->actors[set->mentions[i].actor];
		if (ac->mentions++ == 0) {
			ac->articles = xcalloc(1, sizeof *ac->articles);
			ac->articles[0] = a->index;
			ac->narticles = 1;
		}
	}
	for (i = 0; i < set->n; i++) {
		if (set->actors[i].mentions == 0)
			return -1;
	}
	return 0;
}
