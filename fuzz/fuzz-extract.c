/*
 * libFuzzer harness for actor and position extraction on arbitrary article
 * bytes, with the shipped dictionaries and positions data.  Properties:
 * every mention and every position lies inside the file, inside its
 * sentence, names an actor and an issue that exist, and has a valid side,
 * stance and modality.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/positions.h"
#include "text/article.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct dict	*dict;
static struct pos_dict	*pdict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*cause = NULL;

	(void)argc;
	(void)argv;
	dict = dict_load(SRCDIR "/data", NULL, NULL, &cause);
	pdict = pos_dict_load(SRCDIR "/data", NULL, NULL, &cause);
	if (dict == NULL || pdict == NULL)
		abort();
	return 0;
}

static void
check_actors(const struct actor_set *set, const struct article *a)
{
	const struct actor_mention	*m;
	size_t				 i;

	for (i = 0; i < set->nmentions; i++) {
		m = &set->mentions[i];
		if (m->start >= m->end || m->end > a->len ||
		    m->actor >= set->n || m->sentence >= a->nsents ||
		    m->start < a->sents[m->sentence].start ||
		    m->end > a->sents[m->sentence].end)
			abort();
		if (i > 0 && m->start < set->mentions[i - 1].start)
			abort();
	}
	for (i = 0; i < set->n; i++)
		if (set->actors[i].name == NULL ||
		    set->actors[i].side >= SIDE_COUNT ||
		    set->actors[i].kind >= ACTOR_KIND_COUNT)
			abort();
}

static void
check_positions(const struct pos_set *ps, const struct actor_set *set,
    const struct article *a)
{
	const struct position	*p;
	size_t			 i;

	for (i = 0; i < ps->n; i++) {
		p = &ps->v[i];
		if (p->sentence >= a->nsents ||
		    p->start != a->sents[p->sentence].start ||
		    p->end != a->sents[p->sentence].end ||
		    p->cue_start > p->cue_end || p->cue_end > a->len ||
		    p->trigger_start > p->trigger_end ||
		    p->trigger_end > a->len ||
		    p->holder_start > p->holder_end ||
		    p->holder_end > a->len)
			abort();
		if (p->issue < 0 ||
		    (size_t)p->issue >= pos_dict_nissues(pdict) ||
		    p->side >= SIDE_COUNT ||
		    (p->stance != POS_SUPPORT && p->stance != POS_OPPOSE) ||
		    p->modality >= POS_MODALITY_COUNT ||
		    p->actor >= (int)set->n || p->cue == NULL)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct article		*a;
	struct actor_set	 set;
	struct pos_set		 ps;
	char			*cause = NULL;

	a = article_create("f", "f.txt", "f.txt");
	if (article_parse(a, (const char *)data, len, "2025-01-01-f.txt",
	    &cause) != 0) {
		free(cause);
		article_free(a);
		return 0;
	}
	article_set_text(a, (const char *)data, len);
	actor_set_init(&set);
	if (actors_extract_article(&set, dict, a, &cause) != 0) {
		free(cause);
		cause = NULL;
	}
	check_actors(&set, a);
	pos_set_init(&ps);
	positions_article(&ps, pdict, &set, a);
	check_positions(&ps, &set, a);
	pos_set_release(&ps);
	actor_set_release(&set);
	article_free(a);
	return 0;
}
