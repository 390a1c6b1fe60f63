/*
 * demarche-web: the front door of the web commands.  demarche runs it in
 * its own place (cmd-helper.c) for extract, import and fetch, with the
 * same arguments after the program's name; it alone links libcurl and
 * libxml2.  Its messages, usage and exit statuses are demarche's.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "cmd/cmd.h"

static const struct cmd_run web_commands[] = {
	{ "extract", cmd_extract },
	{ "import", cmd_import },
	{ "fetch", cmd_fetch },
	{ NULL, NULL }
};

int
main(int argc, char **argv)
{
	const struct cmd_run	*r;

	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_ALL, "C.UTF-8");
	if (argc > 1 && (r = cmd_find(web_commands, argv[1])) != NULL)
		return r->fn(argc - 1, argv + 1);
	cmd_error("demarche-web runs demarche's extract, import and fetch; "
	    "run 'demarche %s' instead", argc > 1 ? argv[1] : "--help");
	return CMD_ERROR;
}
