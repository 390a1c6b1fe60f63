/*
 * demarche list: one line per article (id, date, words, title, file,
 * separated by tabs), or a JSON array of the same with the structure
 * counts.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "base/json.h"
#include "cmd/cmd.h"
#include "text/article.h"
#include "query/limit.h"
#include "text/corpus.h"

static void
list_json(struct corpus *c, const uint8_t *keep)
{
	struct json	 j;
	struct article	*a;
	size_t		 i;

	json_init(&j, stdout, JSON_PRETTY);
	json_begin_array(&j);
	for (i = 0; i < c->n; i++) {
		if (keep != NULL && !keep[i])
			continue;
		a = c->articles[i];
		json_begin_object(&j);
		json_kv_string(&j, "id", a->id);
		json_kv_string(&j, "date", a->date);
		json_kv_int(&j, "words", a->words);
		json_kv_string(&j, "title", a->title);
		json_kv_string(&j, "file", a->file);
		json_kv_string(&j, "source", a->source);
		json_kv_string(&j, "url", a->url);
		json_kv_string(&j, "author", a->author);
		json_kv_string(&j, "language", a->language);
		json_kv_int(&j, "bytes", (int64_t)a->size);
		json_kv_int(&j, "sections", a->nheadings);
		json_kv_int(&j, "paragraphs", a->nparagraphs);
		json_kv_int(&j, "sentences", a->nsents);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_finish(&j);
}

/* A title may hold line breaks (a hard-wrapped sentence) or tabs:
   print them as spaces so that each article stays on one line. */
static void
list_flat(const char *s)
{
	size_t	n;

	while (*s != '\0') {
		n = strcspn(s, "\t\r\n");
		cmd_out_n(s, n);
		s += n;
		if (*s != '\0') {
			cmd_out(" ");
			s++;
		}
	}
}

static void
list_text(struct corpus *c, const uint8_t *keep)
{
	struct article	*a;
	size_t		 i;
	char		 num[32];

	for (i = 0; i < c->n; i++) {
		if (keep != NULL && !keep[i])
			continue;
		a = c->articles[i];
		cmd_field(a->id);
		cmd_out("\t");
		cmd_field(*a->date ? a->date : "-");
		snprintf(num, sizeof num, "\t%u\t", a->words);
		cmd_out(num);
		list_flat(a->title);
		cmd_out("\t");
		cmd_field(a->file);
		cmd_out("\n");
	}
}

int
cmd_list(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'l' },
		{ "lang", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct corpus	 c;
	struct limit	*l = NULL;
	uint8_t		*keep = NULL;
	char		*ltext = NULL;
	int		 ch, json = 0;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'l':
		case 'g':
			if (cmd_limit_option(&l, &ltext, ch == 'g', optarg)) {
				free(ltext);
				return CMD_ERROR;
			}
			break;
		case 'h':
			free(ltext);
			limit_free(l);
			return cmd_print_usage(stdout, "list", CMD_OK);
		default:
			free(ltext);
			limit_free(l);
			return cmd_print_usage(stderr, "list", CMD_ERROR);
		}
	}
	free(ltext);
	if (cmd_open_corpus(&c, argv + optind, argc - optind, 0) != 0) {
		limit_free(l);
		return CMD_ERROR;
	}
	if (l != NULL && (keep = cmd_limit_keep(l, &c, NULL, NULL,
	    NULL)) == NULL) {
		limit_free(l);
		corpus_release(&c);
		return CMD_ERROR;
	}
	if (json)
		list_json(&c, keep);
	else
		list_text(&c, keep);
	free(keep);
	limit_free(l);
	corpus_release(&c);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cmd_error("cannot write the output");
		return CMD_ERROR;
	}
	return CMD_OK;
}
