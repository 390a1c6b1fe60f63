/*
 * libFuzzer harness for the dictionary loader.  The input is split on
 * form feeds into the five files (countries, actors, titles, stop, verbs),
 * written into a private directory and loaded as the user's dictionaries
 * (the shipped ones are exercised by fuzz-extract).  Properties: loading never fails on content;
 * every entry has a name and a valid side and kind; every entry is found
 * again by its canonical name; the loaded dictionary then drives the
 * actor extractor over a fixed article without a fault.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "base/buf.h"
#include "text/article.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *names[] = {
	"countries", "actors", "titles", "stop", "verbs"
};
static char	 dir[] = "/tmp/fuzz-dict.XXXXXX";

static const char text[] =
    "Talks in Geneva\n\n"
    "President Volodymyr Zelensky said on Monday that Ukraine would not "
    "cede Crimea. The Kremlin rejected the plan, Peskov told reporters. "
    "U.S. envoy Steve Witkoff met Putin in Moscow; the EU and Britain "
    "welcomed it. Foreign Minister Sybiha spoke to Rubio.\n\n"
    "Зеленський і Путін не зустрілися в Києві.\n";

static void
cleanup(void)
{
	char	path[64];
	size_t	i;

	for (i = 0; i < 5; i++) {
		snprintf(path, sizeof path, "%s/%s.dict", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (mkdtemp(dir) == NULL)
		abort();
	atexit(cleanup);
	return 0;
}

/* Write part i of the input (between form feeds) as names[i]. */
static void
write_parts(const uint8_t *data, size_t len)
{
	const uint8_t	*p = data, *end = data + len, *ff;
	char		 path[64];
	FILE		*f;
	size_t		 i;

	for (i = 0; i < 5; i++) {
		snprintf(path, sizeof path, "%s/%s.dict", dir, names[i]);
		ff = p < end ? memchr(p, '\f', (size_t)(end - p)) : NULL;
		if (ff == NULL)
			ff = end;
		if ((f = fopen(path, "w")) == NULL)
			abort();
		if (p < ff)
			fwrite(p, 1, (size_t)(ff - p), f);
		fclose(f);
		p = ff < end ? ff + 1 : end;
	}
}

static void
check_entries(const struct dict *d)
{
	const struct dict_entry	*e;
	size_t			 i, j;
	int			 k;

	for (i = 0; i < dict_count(d); i++) {
		e = dict_entry(d, i);
		if (e->name == NULL || e->file == NULL || e->line == 0 ||
		    (int)e->side < 0 || e->side >= SIDE_COUNT ||
		    (int)e->kind < 0 || e->kind >= ACTOR_KIND_COUNT)
			abort();
		if (e->capital_of < -1 || e->capital_of >= (int)dict_count(d))
			abort();
		for (j = 0; j < e->nroles; j++) {
			if (e->roles[j].title == NULL ||
			    memchr(e->roles[j].from, '\0', 11) == NULL ||
			    memchr(e->roles[j].to, '\0', 11) == NULL)
				abort();
			dict_role_at(d, i, e->roles[j].from);
		}
		dict_role_at(d, i, "");
		k = dict_lookup(d, e->name);
		if (k < 0 || (size_t)k >= dict_count(d))
			abort();
	}
}

static void
check_matches(const struct dict *d, const struct dict_entry *e)
{
	const struct dict_match	*m;
	struct buf		 b;

	buf_init(&b);
	dict_fold(&b, e->name, strlen(e->name));
	for (m = dict_match_first(d, b.data, b.len); m != NULL;
	    m = dict_match_next(d, m))
		if (m->entry < 0 || (size_t)m->entry >= dict_count(d))
			abort();
	m = dict_match_stem(d, b.data, b.len);
	if (m != NULL && (m->entry < 0 || (size_t)m->entry >= dict_count(d)))
		abort();
	dict_is_first_word(d, b.data, b.len);
	dict_is_title(d, b.data, b.len);
	dict_is_stop(d, b.data, b.len);
	buf_release(&b);
}

static void
extract(const struct dict *d)
{
	struct actor_set	 set;
	struct article		*a;
	char			*cause = NULL;
	size_t			 i, len = sizeof text - 1;

	a = article_create("f", "f.txt", "f.txt");
	if (article_parse(a, text, len, "2025-03-11-f.txt", &cause) != 0)
		abort();
	article_set_text(a, text, len);
	actor_set_init(&set);
	if (actors_extract_article(&set, d, a, &cause) != 0)
		free(cause);
	for (i = 0; i < set.nmentions; i++)
		if (set.mentions[i].end > len ||
		    set.mentions[i].start >= set.mentions[i].end ||
		    set.mentions[i].actor >= set.n)
			abort();
	actor_set_release(&set);
	article_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct dict	*d;
	char		*cause = NULL;
	size_t		 i;

	write_parts(data, len);
	d = dict_load(NULL, dir, NULL, &cause);
	if (d == NULL)
		abort();	/* content alone never makes loading fail */
	check_entries(d);
	for (i = 0; i < dict_count(d) && i < 64; i++)
		check_matches(d, dict_entry(d, i));
	extract(d);
	dict_free(d);
	return 0;
}
