/*
 * The front door: pick the subcommand from argv[1] and hand over.  With no
 * subcommand (or only paths) the curses interface opens.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"

const struct cmd_entry cmd_table[] = {
	{ "list", cmd_list, "list [--json] [PATH ...]",
	  "list the articles: id, date, words, title, file" },
	{ "show", cmd_show, "show [--json] ARTICLE [PATH ...]",
	  "show one article with headings, paragraphs and sentences" },
	{ "search", cmd_search,
	  "search [-i | -s] [-w] [-F] [-U] [-l | -c | -o] [-m NUM] "
	  "[-e PATTERN ...] [-f FILE ...] [--max-columns NUM] [--null] "
	  "[--color=WHEN] [--json] [--fresh] [--no-index] "
	  "[--deadline SECONDS] PATTERN [PATH ...]",
	  "search the articles with a PCRE2 regular expression" },
	{ "index", cmd_index, "index [--stats] [--prune] [PATH ...]",
	  "build or update the search index" },
	{ "actors", cmd_actors,
	  "actors [--json] [--side SIDE] [--kind KIND] [--explain] [--stats] [PATH ...]",
	  "list the people, states and organisations that act" },
	{ "positions", cmd_positions,
	  "positions [--json] [--issue ID] [--side SIDE] [--all] [--explain] "
	  "[--stats] [PATH ...]",
	  "list what each side holds on each issue" },
	{ "diff", cmd_diff,
	  "diff [--json] SIDE1 SIDE2 [PATH ...]\n"
	  "diff [--json] --matrix [PATH ...]\n"
	  "diff [--json] --since DATE SIDE [PATH ...]",
	  "compare the positions of two sides, or one side over time" },
	{ "dict", cmd_dict, "dict --check [FILE ...]",
	  "check the dictionaries" },
	{ "keys", cmd_keys, "keys [--json]",
	  "print the key bindings of the interface" },
	{ NULL, NULL, NULL, NULL }
};

static void
main_usage(FILE *f)
{
	const struct cmd_entry	*c;

	fprintf(f, "usage: demarche [PATH ...]\n");
	for (c = cmd_table; c->name != NULL; c++)
		cmd_print_forms(f, "       demarche ", c->usage);
	fprintf(f, "       demarche --help | --version\n");
}

int
main(int argc, char **argv)
{
	const struct cmd_entry	*c;

	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_ALL, "C.UTF-8");
	if (argc > 1 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		main_usage(stdout);
		return 0;
	}
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("demarche %s\n", PACKAGE_VERSION);
		return 0;
	}
	if (argc > 1) {
		for (c = cmd_table; c->name != NULL; c++) {
			if (strcmp(argv[1], c->name) == 0)
				return c->fn(argc - 1, argv + 1);
		}
		if (argv[1][0] == '-' && strcmp(argv[1], "--") != 0) {
			cmd_error("unknown option '%s'", argv[1]);
			main_usage(stderr);
			return 2;
		}
	}
	return cmd_tui(argc, argv);
}
