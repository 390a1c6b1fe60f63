/*
 * The front door: pick the subcommand from argv[1] and hand over.  With no
 * subcommand (or only paths) the curses interface opens.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"

/*
 * The subcommands this program runs.  The web ones (extract, import,
 * fetch) run in demarche-web, so that this program never loads libcurl,
 * libxml2 and the libraries they bring (cmd-helper.c).
 */
static const struct cmd_run main_commands[] = {
	{ "list", cmd_list },
	{ "show", cmd_show },
	{ "search", cmd_search },
	{ "index", cmd_index },
	{ "actors", cmd_actors },
	{ "positions", cmd_positions },
	{ "diff", cmd_diff },
	{ "dict", cmd_dict },
	{ "extract", cmd_helper },
	{ "import", cmd_helper },
	{ "fetch", cmd_helper },
	{ "keys", cmd_keys },
	{ NULL, NULL }
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
	const struct cmd_run	*r;

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
		if ((r = cmd_find(main_commands, argv[1])) != NULL)
			return r->fn(argc - 1, argv + 1);
		if (argv[1][0] == '-' && strcmp(argv[1], "--") != 0) {
			cmd_error("unknown option '%s'", argv[1]);
			main_usage(stderr);
			return 2;
		}
		/* A word that names no file but nearly names a command. */
		if (access(argv[1], F_OK) != 0 && cmd_suggest(argv[1]) != NULL) {
			cmd_error("unknown command '%s' (did you mean '%s'?)",
			    argv[1], cmd_suggest(argv[1]));
			return 2;
		}
	}
	return cmd_tui(argc, argv);
}
