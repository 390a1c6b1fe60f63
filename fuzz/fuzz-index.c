/*
 * libFuzzer harness for the index file reader.  At start, a small corpus
 * is written and indexed in a private cache (on /dev/shm when there is
 * one, so rebuilds are cheap), and its manifest and segment kept.  Each
 * input damages one of them: the first byte picks the file and the way
 * (bit 0: manifest or segment; bit 1: replace it whole with the rest of
 * the input, or XOR the rest, taken as (u16 offset, byte) pairs, into the
 * good file).  Then the index is opened and queried.  Properties: no
 * fault on any bytes; an open index either refuses a query as corrupt or
 * returns every article whose trigrams satisfy it (damage never hides a
 * match).
 */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/utf8.h"
#include "search/index.h"
#include "search/rxplan.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define NART	24
#define NQ	6

static const char *patterns[NQ] = {
	"ceasefire", "prisoner exchange", "geneva|jeddah", "w0[0-4]\\d\\dx",
	"зеленськ", "talks on day 1\\d",
};
static const char *words[] = {
	"ceasefire", "prisoner exchange", "Geneva", "Jeddah", "Зеленський",
	"talks", "guarantees", "sanctions", "envoy", "deadline",
};

static char		 top[64];
static char		*ixdir;
static struct corpus	 corpus;
static struct rxplan	 plans[NQ];
static uint8_t		 truth[NQ][NART];
static char		*good_man, *good_seg, *seg_name;
static size_t		 good_man_len, good_seg_len;

struct keys {
	uint64_t	*v;
	size_t		 n, alloc;
};


static void
write_corpus(const char *dir)
{
	char	 path[256];
	FILE	*f;
	int	 i, s;

	mkdir(dir, 0700);
	srand(1);
	for (i = 0; i < NART; i++) {
		snprintf(path, sizeof path, "%s/2025-02-%02d-a%02d.txt", dir,
		    1 + i, i);
		if ((f = fopen(path, "w")) == NULL)
			abort();
		fprintf(f, "Report %d\n\n", i);
		for (s = 0; s < 4 + i % 7; s++)
			fprintf(f, "The %s came up on day %d, code w%05dx. ",
			    words[rand() % 10], rand() % 30, rand() % 900);
		fputc('\n', f);
		fclose(f);
	}
}

/* Which articles each query must keep: their folded trigrams satisfy it. */
static void
compute_truth(void)
{
	struct keys	 k = { NULL, 0, 0 };
	struct article	*a;
	char		*cause = NULL, *nfc;
	size_t		 i, q, nlen;

	for (i = 0; i < corpus.n && i < NART; i++) {
		a = corpus.articles[i];
		if (article_load(a, &cause) != 0)
			abort();
		nfc = utf8_nfc(a->text, a->len, &nlen);
		k.n = 0;
		rxq_text_trigrams(nfc, nlen, &k.v, &k.n, &k.alloc);
		for (q = 0; q < NQ; q++)
			truth[q][i] = (uint8_t)rxq_eval_keys(plans[q].query,
			    k.v, k.n);
		free(nfc);
		article_unload(a);
	}
	free(k.v);
}

static char *
slurp(const char *dir, const char *name, size_t *len)
{
	char	path[512], *cause = NULL, *d;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((d = file_read(path, len, &cause)) == NULL)
		abort();
	return d;
}

static void
put(const char *name, const void *data, size_t len)
{
	char	 path[512];
	FILE	*f;

	snprintf(path, sizeof path, "%s/%s", ixdir, name);
	if ((f = fopen(path, "w")) == NULL)
		abort();
	if (len > 0)
		fwrite(data, 1, len, f);
	fclose(f);
}

/* Leave only the good manifest and segment (and the lock). */
static void
restore(void)
{
	DIR		*d;
	struct dirent	*e;
	char		 path[512];

	if ((d = opendir(ixdir)) == NULL)
		abort();
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, "lock") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", ixdir, e->d_name);
		unlink(path);
	}
	closedir(d);
	put("manifest", good_man, good_man_len);
	put(seg_name, good_seg, good_seg_len);
}

static void
cleanup(void)
{
	char	cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", top);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct index	*ix;
	const char	*paths[1];
	char		 dir[128], *cause = NULL;
	DIR		*d;
	struct dirent	*e;
	size_t		 q;

	(void)argc;
	(void)argv;
	snprintf(top, sizeof top, "%s/fuzz-index.XXXXXX",
	    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	if (mkdtemp(top) == NULL)
		abort();
	atexit(cleanup);
	snprintf(dir, sizeof dir, "%s/cache", top);
	setenv("XDG_CACHE_HOME", dir, 1);
	setenv("HOME", top, 1);
	snprintf(dir, sizeof dir, "%s/c", top);
	write_corpus(dir);
	paths[0] = dir;
	if (corpus_open(&corpus, paths, 1, 0, NULL, &cause) != 0)
		abort();
	if ((ix = index_open(&corpus, SEARCH_INDEX_UPDATE, NULL, &cause)) ==
	    NULL)
		abort();
	index_close(ix);
	ixdir = corpus_cache_path(&corpus, "index");
	good_man = slurp(ixdir, "manifest", &good_man_len);
	if ((d = opendir(ixdir)) == NULL)
		abort();
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, "seg-", 4) == 0 && seg_name == NULL)
			seg_name = strdup(e->d_name);
	closedir(d);
	if (seg_name == NULL)
		abort();
	good_seg = slurp(ixdir, seg_name, &good_seg_len);
	for (q = 0; q < NQ; q++)
		rxplan_parse(&plans[q], patterns[q], strlen(patterns[q]));
	compute_truth();
	return 0;
}

static void
query_all(struct index *ix)
{
	uint32_t	*out;
	size_t		 n, q, i, j;
	char		*cause = NULL;

	for (q = 0; q < NQ; q++) {
		out = NULL;
		n = 0;
		if (index_candidates(ix, plans[q].query, &out, &n, &cause) !=
		    0) {
			free(cause);	/* damage found while reading: fine */
			cause = NULL;
			free(out);
			continue;
		}
		for (i = 0; i < corpus.n && i < NART; i++) {
			if (!truth[q][i])
				continue;
			for (j = 0; j < n && out[j] != i; j++)
				;
			if (j == n) {
				fprintf(stderr, "damage hid article %zu from "
				    "'%s'\n", i, patterns[q]);
				abort();
			}
		}
		free(out);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct index	*ix;
	const char	*name;
	char		*copy, *cause = NULL;
	size_t		 glen, i;
	int		 seg;

	if (len < 1)
		return 0;
	restore();
	seg = data[0] & 1;
	name = seg ? seg_name : "manifest";
	glen = seg ? good_seg_len : good_man_len;
	if (data[0] & 2)
		put(name, data + 1, len - 1);
	else {
		copy = malloc(glen);
		memcpy(copy, seg ? good_seg : good_man, glen);
		for (i = 1; i + 3 <= len; i += 3)
			copy[(data[i] | (size_t)data[i + 1] << 8) % glen] ^=
			    (char)data[i + 2];
		put(name, copy, glen);
		free(copy);
	}
	ix = index_open(&corpus, 0, NULL, &cause);
	if (ix == NULL) {
		free(cause);
		return 0;
	}
	query_all(ix);
	index_close(ix);
	return 0;
}
