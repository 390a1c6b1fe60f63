/* Unit tests for actor-codec: an article's actors as a cache record. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actor-codec.h"
#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "tap.h"
#include "text/article.h"

static struct dict	*d;

static const char text[] = "Envoys meet\n\n"
    "US envoy Steve Witkoff met Russian President Vladimir Putin in "
    "Moscow on Tuesday. Putin said the Kremlin wanted peace.\n\n"
    "A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv would "
    "wait. Brightwater added that the Hungarian Development Bank (HDB) "
    "stood with Ukraine.\n";

/* An article of text s, parsed and loaded. */
static struct article *
article_of(const char *name, const char *s)
{
	struct article	*a;
	char		*cause = NULL;

	a = article_create(name, name, name);
	if (article_parse(a, s, strlen(s), name, &cause) != 0) {
		tap_diag("parse: %s", cause);
		abort();
	}
	a->text = xstrdup(s);
	a->len = strlen(s);
	return (a);
}

/* Decode data[0, len) for article a into a fresh set; its result. */
static int
decode(const struct article *a, const void *data, size_t len)
{
	struct actor_set	set;
	int			r;

	actor_set_init(&set);
	r = actor_codec_decode(&set, d, a, data, len);
	actor_set_release(&set);
	return (r);
}

static void
test_round_trip(struct article *a, const struct buf *rec)
{
	struct actor_set	 back;
	struct buf		 again;
	const struct actor	*ac;
	int			 i;

	actor_set_init(&back);
	ok(actor_codec_decode(&back, d, a, rec->data, rec->len) == 0,
	    "the record decodes");
	buf_init(&again);
	actor_codec_encode(&back, &again);
	ok(again.len == rec->len && memcmp(again.data, rec->data,
	    rec->len) == 0, "decoding and encoding again gives the same bytes");
	i = actor_set_find(&back, "Oksana Brightwater");
	ac = i < 0 ? NULL : &back.actors[i];
	ok(ac != NULL && ac->side == SIDE_UKR && ac->mentions == 2 &&
	    ac->side_why.rule != NULL && ac->side_why.article == 0,
	    "a person of the text keeps its side, mentions and reason");
	i = actor_set_find(&back, "Vladimir Putin");
	ok(i >= 0 && back.actors[i].side_why.file != NULL,
	    "a dictionary actor's reason names its file again");
	buf_release(&again);
	actor_set_release(&back);
}

static void
test_damage(struct article *a, const struct buf *rec)
{
	struct article	*small;
	struct buf	 more;
	size_t		 len;
	int		 all = 1;

	for (len = 0; len < rec->len; len++) {
		if (decode(a, rec->data, len) != -1) {
			tap_diag("a record cut at %zu bytes decoded", len);
			all = 0;
		}
	}
	ok(all, "every truncated record is rejected");
	buf_init(&more);
	buf_add(&more, rec->data, rec->len);
	buf_addc(&more, '\0');
	ok(decode(a, more.data, more.len) == -1,
	    "a record with a byte too many is rejected");
	buf_release(&more);
	small = article_of("small.txt", "Short\n\nPutin spoke.\n");
	ok(decode(small, rec->data, rec->len) == -1,
	    "a record that does not fit its article is rejected");
	article_free(small);
}

int
main(void)
{
	struct actor_set	 set;
	struct article		*a;
	struct buf		 rec;
	char			*cause = NULL;

	d = dict_load(SRCDIR "/data", NULL, NULL, &cause);
	if (d == NULL || dict_count(d) == 0)
		tap_skip_all("cannot load the shipped dictionaries");
	a = article_of("envoys.txt", text);
	actor_set_init(&set);
	if (actors_extract_article(&set, d, a, &cause) != 0) {
		tap_diag("extract: %s", cause);
		abort();
	}
	buf_init(&rec);
	actor_codec_encode(&set, &rec);
	ok(set.n >= 5 && rec.len > 0, "an article with %zu actors encodes",
	    set.n);
	test_round_trip(a, &rec);
	test_damage(a, &rec);
	buf_release(&rec);
	actor_set_release(&set);
	article_free(a);
	dict_free(d);
	return (tap_done());
}
