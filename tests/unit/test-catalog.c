/* catalog: round trip, staleness, and rejection of damaged files. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/catalog.h"
#include "tap.h"

static const char *const texts[] = {
	"Title: Minsk II signed\nDate: 2015-02-12\n\nLeaders met in Minsk. They agreed on a truce.\n",
	"Переговоры в Стамбуле\n\nДелегации встретились. Итогов нет.\n",
};

static struct article *
make(int i, char **real)
{
	struct article	*a = article_create("id", "f", "f");
	char		*cause = NULL;

	article_parse(a, texts[i], strlen(texts[i]), "f.txt", &cause);
	a->mtime = 1000 + i;
	*real = xasprintf("/corpus/file%d.txt", i);
	return a;
}

int
main(void)
{
	char		 tmpl[] = "/tmp/demarche-cat-XXXXXX", *dir, *path;
	struct article	*arts[2], *b;
	char		*reals[2], *cause = NULL, *data;
	struct catalog	 cat;
	size_t		 len, i;
	int		 all = 1;

	dir = mkdtemp(tmpl);
	path = xasprintf("%s/x.catalog", dir);
	arts[0] = make(0, &reals[0]);
	arts[1] = make(1, &reals[1]);
	/* Entry 1 (mtime 1001) is racy: read in the tick it was written. */
	ok(catalog_write(path, arts, reals, 2, 1001, &cause) == 0, "catalogue written");
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 2, "read back two entries");
	b = article_create("id", "f", "f");
	ok(catalog_lookup(&cat, reals[0], arts[0]->size, 1000, b), "fresh entry found");
	is_str(b->title, "Minsk II signed", "title restored");
	is_str(b->date, "2015-02-12", "date restored");
	ok(b->nsents == arts[0]->nsents && b->nblocks == arts[0]->nblocks, "structure restored");
	for (i = 0; i < b->nsents; i++)
		all &= b->sents[i].start == arts[0]->sents[i].start && b->sents[i].end == arts[0]->sents[i].end;
	ok(all, "sentence spans identical");
	ok(b->hash == arts[0]->hash && b->flags == arts[0]->flags, "hash and flags restored");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(!catalog_lookup(&cat, reals[1], arts[1]->size, 999, b), "changed mtime is stale");
	ok(!catalog_lookup(&cat, reals[1], arts[1]->size, 1001, b), "a racy entry never matches");
	ok(!catalog_lookup(&cat, "/elsewhere.txt", 1, 1, b), "unknown path absent");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(catalog_lookup_meta(&cat, reals[0], arts[0]->size, 1000, b), "metadata alone found");
	ok(b->unparsed && b->nblocks == 0 && b->blocks == NULL && b->nsents == 0,
	    "without the structure: unparsed");
	ok(b->hash == arts[0]->hash && strcmp(b->date, "2015-02-12") == 0, "hash and date restored");
	ok(!catalog_lookup_meta(&cat, reals[0], arts[0]->size, 999, b), "stale as catalog_lookup");
	catalog_release(&cat);

	/* An article written without its structure never matches again. */
	ok(catalog_write(path, &b, reals, 1, 2000, &cause) == 0, "an unparsed article written");
	article_free(b);
	b = article_create("id", "f", "f");
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 1 &&
	    !catalog_lookup(&cat, reals[0], arts[0]->size, 1000, b) &&
	    !catalog_lookup_meta(&cat, reals[0], arts[0]->size, 1000, b),
	    "and its entry does not match: its file will be read");
	article_free(b);
	catalog_release(&cat);
	ok(catalog_write(path, arts, reals, 2, 1001, &cause) == 0, "catalogue written again");

	data = file_read(path, &len, &cause);
	data[len / 2] ^= 0x10;
	atomic_write(path, data, len, &cause);
	ok(catalog_read(&cat, path, &cause) == -1 && cause != NULL, "bit flip detected: %s", cause ? cause : "");
	ok(cat.count == 0, "and nothing trusted");
	free(cause);
	cause = NULL;
	data[len / 2] ^= 0x10;
	atomic_write(path, data, len - 7, &cause);
	ok(catalog_read(&cat, path, &cause) == -1, "truncation detected");
	free(cause);
	cause = NULL;
	memcpy(data, "NOTACATL", 8);
	atomic_write(path, data, len, &cause);
	ok(catalog_read(&cat, path, &cause) == -1, "foreign file rejected");
	free(cause);
	cause = NULL;
	unlink(path);
	ok(catalog_read(&cat, path, &cause) == 0 && cat.count == 0, "a missing catalogue is empty, not an error");
	free(data);
	for (i = 0; i < 2; i++) {
		article_free(arts[i]);
		free(reals[i]);
	}
	free(path);
	rmdir(dir);
	return tap_done();
}
