/*
 * libFuzzer harness for the positions data parser (issues, triggers, cues,
 * markers).  The input is split on form feeds into the four files, parsed
 * in that order on top of a base issue list, and the result drives the
 * extractor over a fixed article with fixed holder mentions.  Properties:
 * the parser never faults, every phrase it keeps is well formed (words,
 * alternatives, a class in range), every position found names a known
 * issue and lies inside its sentence.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/pos-dict.h"
#include "analysis/positions.h"
#include "text/article.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *types[] = { "issues", "triggers", "cues", "markers" };

static const char base[] =
    "ceasefire\ta ceasefire\nterritory\tland\n";

static const char text[] =
    "Talks\n\n"
    "Russia rejected the ceasefire proposed by the United States, and "
    "Ukraine said it would never accept the annexation of Crimea. "
    "The EU urged Russia to stop opposing the truce.\n";

static void
check_dict(const struct pos_dict *d)
{
	size_t	i, j, k;

	for (i = 0; i < d->nph; i++) {
		const struct pos_phrase *ph = &d->ph[i];
		if (ph->nw == 0 || ph->file == NULL || ph->line == 0)
			abort();
		if (ph->type == POS_P_TRIGGER && (ph->cls < 0 ||
		    (size_t)ph->cls >= d->nissues))
			abort();
		if (ph->type == POS_P_CUE &&
		    (ph->cls < 0 || ph->cls >= POS_C_COUNT))
			abort();
		if (ph->type == POS_P_MARKER &&
		    (ph->cls < 0 || ph->cls >= POS_M_COUNT))
			abort();
		for (j = 0; j < ph->nw; j++) {
			if (ph->w[j].kind != POS_WK_WORD)
				continue;
			if (ph->w[j].nalts == 0)
				abort();
			for (k = 0; k < ph->w[j].nalts; k++)
				if (ph->w[j].alts[k] == NULL)
					abort();
		}
	}
}

static void
extract(const struct pos_dict *d)
{
	struct article		*a;
	struct pos_set		 ps;
	struct pos_mention	 m[4];
	char			*cause = NULL;
	const char		*who[] = { "Russia", "United States", "Ukraine",
				    "EU" };
	enum side		 sides[] = { SIDE_RUS, SIDE_USA, SIDE_UKR,
				    SIDE_EUR };
	size_t			 i, len = sizeof text - 1;
	const char		*at;

	a = article_create("f", "f.txt", "f.txt");
	if (article_parse(a, text, len, "2025-03-11-f.txt", &cause) != 0)
		abort();
	article_set_text(a, text, len);
	for (i = 0; i < 4; i++) {
		at = strstr(text, who[i]);
		m[i].start = (uint32_t)(at - text);
		m[i].end = m[i].start + (uint32_t)strlen(who[i]);
		m[i].side = sides[i];
		m[i].kind = ACTOR_STATE;
		m[i].actor = -1;
		m[i].name = who[i];
		m[i].flags = 0;
	}
	/* Sorted by start, as the contract asks. */
	{
		struct pos_mention t;
		size_t j;
		for (i = 1; i < 4; i++)
			for (j = i; j > 0 && m[j].start < m[j - 1].start; j--) {
				t = m[j]; m[j] = m[j - 1]; m[j - 1] = t;
			}
	}
	pos_set_init(&ps);
	positions_article_mentions(&ps, d, a, m, 4);
	for (i = 0; i < ps.n; i++)
		if (ps.v[i].issue < 0 || (size_t)ps.v[i].issue >= d->nissues ||
		    ps.v[i].sentence >= a->nsents || ps.v[i].end > len ||
		    ps.v[i].cue_end > len || ps.v[i].trigger_end > len)
			abort();
	pos_set_release(&ps);
	article_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct pos_dict	*d;
	const uint8_t	*p = data, *end = data + len, *ff;
	size_t		 i;

	d = pos_dict_new();
	pos_dict_parse(d, "issues", "base", base, sizeof base - 1, NULL);
	for (i = 0; i < 4; i++) {
		ff = p < end ? memchr(p, '\f', (size_t)(end - p)) : NULL;
		if (ff == NULL)
			ff = end;
		if (pos_dict_parse(d, types[i], types[i], (const char *)p,
		    (size_t)(ff - p), NULL) < 0)
			abort();
		p = ff < end ? ff + 1 : end;
	}
	check_dict(d);
	extract(d);
	pos_dict_free(d);
	return 0;
}
