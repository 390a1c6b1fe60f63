/*
 * demarche extract: print what import would write for one page, without
 * writing: the header fields and the body, or with --json one object with
 * title, date, author, source, url, language and body.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "cmd/cmd.h"
#include "cmd/cmd-web.h"
#include "web/extract.h"
#include "web/save.h"

static void
extract_json(const struct extract *ex)
{
	struct json	j;

	json_init(&j, stdout, JSON_PRETTY);
	json_begin_object(&j);
	json_kv_string(&j, "title", ex->title ? ex->title : "");
	json_kv_string(&j, "date", ex->date ? ex->date : "");
	json_kv_string(&j, "author", ex->author ? ex->author : "");
	json_kv_string(&j, "source", ex->source ? ex->source : "");
	json_kv_string(&j, "url", ex->url ? ex->url : "");
	json_kv_string(&j, "language", ex->language ? ex->language : "");
	json_kv_string(&j, "body", ex->body);
	json_end_object(&j);
	json_finish(&j);
}

int
cmd_extract(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct extract	 ex;
	struct buf	 b;
	int		 ch, json = 0;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "jh", longopts, NULL)) != -1) {
		if (ch == 'j')
			json = 1;
		else
			return cmd_print_usage(ch == 'h' ? stdout : stderr,
			    "extract", ch == 'h' ? CMD_OK : CMD_ERROR);
	}
	if (argc - optind != 1)
		return cmd_print_usage(stderr, "extract", CMD_ERROR);
	if (cmd_web_extract(argv[optind], &ex) != 0)
		return CMD_ERROR;
	if (json)
		extract_json(&ex);
	else {
		buf_init(&b);
		save_format(&ex, &b);
		cmd_out_n(b.data, b.len);
		buf_release(&b);
	}
	extract_release(&ex);
	return CMD_OK;
}
