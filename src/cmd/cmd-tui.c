/*
 * The interface from the command line: `demarche [PATH ...]` opens the
 * corpus and hands it to the curses front-end; `demarche keys` prints the
 * live key map.  No curses here (ui/tui.h hides it).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "text/corpus.h"
#include "ui/tui.h"

int
cmd_tui(int argc, char **argv)
{
	struct corpus		 c;
	struct tui_options	 o;
	const char		*dflt[1];
	char			*config = NULL, *cause = NULL;
	char			**paths = argv + 1;
	int			 npaths = argc - 1, rv = CMD_OK;
	int			 samples = 0;
	struct timespec		 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);

	if (npaths > 0 && strcmp(paths[0], "--") == 0) {
		paths++;
		npaths--;
	}
	if (npaths == 0) {
		dflt[0] = getenv("DEMARCHE_CORPUS");
		if (dflt[0] == NULL || *dflt[0] == '\0')
			dflt[0] = config = tui_config_corpus();
		if (dflt[0] == NULL || *dflt[0] == '\0') {
			dflt[0] = cmd_samples_dir();
			samples = 1;
		}
		paths = (char **)dflt;
		npaths = 1;
	}
	memset(&o, 0, sizeof o);
	/* The first screen from the catalogue; the walk comes after it. */
	if (corpus_open_cached(&c, (const char *const *)paths,
	    (size_t)npaths) == 0)
		o.provisional = 1;
	else if (cmd_open_corpus(&c, paths, npaths, 0) != 0) {
		free(config);
		return CMD_ERROR;
	}
	o.samples = samples;
	o.paths = (const char *const *)paths;
	o.npaths = (size_t)npaths;
	o.data_dir = cmd_data_dir();
	o.man_page = SRCDIR "/man/demarche.1";
	o.start = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	if (tui_run(&c, &o, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		rv = CMD_ERROR;
	}
	corpus_release(&c);
	free(config);
	return rv;
}

int
cmd_keys(int argc, char **argv)
{
	int	json = 0;

	if (argc == 2 && strcmp(argv[1], "--help") == 0)
		return cmd_print_usage(stdout, "keys", CMD_OK);
	if (argc == 2 && strcmp(argv[1], "--json") == 0)
		json = 1;
	else if (argc != 1)
		return cmd_print_usage(stderr, "keys", CMD_ERROR);
	tui_print_keys(stdout, stderr, json);
	return CMD_OK;
}
