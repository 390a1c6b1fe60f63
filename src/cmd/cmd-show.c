/*
 * demarche show: one article with its headline, headings and numbered
 * sentences; with --json, every heading and sentence with its exact text
 * and span, so that the file's bytes from start to end are the text.
 */
#include "config.h"

#include <sys/stat.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json.h"
#include "cmd/cmd.h"
#include "text/article.h"
#include "text/corpus.h"

static const char *const show_kinds[] = { "title", "heading", "paragraph" };

static void
show_json_meta(struct json *j, struct article *a)
{
	json_kv_string(j, "id", a->id);
	json_kv_string(j, "file", a->file);
	json_kv_string(j, "title", a->title);
	json_kv_string(j, "date", a->date);
	json_kv_string(j, "source", a->source);
	json_kv_string(j, "url", a->url);
	json_kv_string(j, "author", a->author);
	json_kv_string(j, "language", a->language);
	json_kv_int(j, "words", a->words);
	json_key(j, "nfc");
	json_bool(j, (a->flags & ARTICLE_NFC) != 0);
}

static void
show_json_span(struct json *j, struct article *a, uint32_t start,
    uint32_t end)
{
	json_key(j, "text");
	json_string_n(j, a->text + start, end - start);
	article_span_json(j, a, start, end);
}

static void
show_json(struct article *a)
{
	struct json	j;
	uint32_t	i, k;

	json_init(&j, stdout, JSON_PRETTY);
	json_begin_object(&j);
	show_json_meta(&j, a);
	json_key(&j, "blocks");
	json_begin_array(&j);
	for (i = 0; i < a->nblocks; i++) {
		json_begin_object(&j);
		json_kv_string(&j, "kind", show_kinds[a->blocks[i].kind]);
		show_json_span(&j, a, a->blocks[i].start, a->blocks[i].end);
		json_key(&j, "sentences");
		json_begin_array(&j);
		for (k = 0; k < a->blocks[i].count; k++)
			json_int(&j, a->blocks[i].first + k + 1);
		json_end_array(&j);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_key(&j, "headings");
	json_begin_array(&j);
	for (i = 0; i < a->nblocks; i++) {
		if (a->blocks[i].kind != BLOCK_HEADING)
			continue;
		json_begin_object(&j);
		show_json_span(&j, a, a->blocks[i].start, a->blocks[i].end);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_key(&j, "sentences");
	json_begin_array(&j);
	for (i = 0; i < a->nsents; i++) {
		json_begin_object(&j);
		json_kv_int(&j, "n", i + 1);
		json_kv_int(&j, "block", a->sents[i].block);
		show_json_span(&j, a, a->sents[i].start, a->sents[i].end);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_end_object(&j);
	json_finish(&j);
}

/* Print a span on one line: line breaks inside it become spaces. */
static void
show_flat(struct article *a, uint32_t start, uint32_t end)
{
	uint32_t	i, run = start;

	for (i = start; i < end; i++) {
		if (a->text[i] != '\n' && a->text[i] != '\r')
			continue;
		cmd_out_n(a->text + run, i - run);
		if (a->text[i] == '\n')
			cmd_out(" ");
		run = i + 1;
	}
	cmd_out_n(a->text + run, end - run);
}

static void
show_field(const char *name, const char *value)
{
	if (*value == '\0')
		return;
	cmd_out(name);
	cmd_field(value);
	cmd_out("\n");
}

static void
show_text(struct article *a)
{
	uint32_t	i, k;
	char		num[32];

	show_field("Title: ", a->title);
	show_field("Date: ", a->date);
	show_field("Source: ", a->source);
	show_field("Author: ", a->author);
	show_field("URL: ", a->url);
	show_field("Id: ", a->id);
	show_field("File: ", a->file);
	for (i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		cmd_out("\n");
		if (b->kind != BLOCK_PARAGRAPH) {
			cmd_out(b->kind == BLOCK_TITLE ? "= " : "## ");
			show_flat(a, b->start, b->end);
			cmd_out("\n");
			continue;
		}
		for (k = b->first; k < b->first + b->count; k++) {
			snprintf(num, sizeof num, "%4u  ", k + 1);
			cmd_out(num);
			show_flat(a, a->sents[k].start, a->sents[k].end);
			cmd_out("\n");
		}
	}
}

static int
show_is_file(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int
cmd_show(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct corpus	 c;
	struct article	*a;
	char		*cause = NULL, *name;
	int		 ch, json = 0, rc = CMD_ERROR;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'h':
			return cmd_print_usage(stdout, "show", CMD_OK);
		default:
			return cmd_print_usage(stderr, "show", CMD_ERROR);
		}
	}
	if (optind >= argc)
		return cmd_print_usage(stderr, "show", CMD_ERROR);
	name = argv[optind++];
	/* "show FILE" alone opens just that file. */
	if (optind == argc && show_is_file(name)) {
		if (cmd_open_corpus(&c, &name, 1, 0) != 0)
			return CMD_ERROR;
	} else if (cmd_open_corpus(&c, argv + optind, argc - optind, 0) != 0)
		return CMD_ERROR;
	if ((a = corpus_find(&c, name)) == NULL)
		cmd_error("no article '%s'", name);
	else if (article_load(a, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
	} else {
		if (json)
			show_json(a);
		else
			show_text(a);
		rc = CMD_OK;
	}
	corpus_release(&c);
	return rc;
}
