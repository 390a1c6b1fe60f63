/*
 * The ':' command line: the first word names the command, the rest are
 * its arguments.  Configuration commands (bind, unbind, color, set) are
 * handed to the config parser, so anything the config file can say can
 * also be typed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

/* ":open NAME": by id, file name or path. */
static int
command_open(struct ui *ui, const char *name)
{
	struct article	*a;

	if (*name == '\0') {
		ui_message(ui, 1, "usage: open ARTICLE");
		return REACT_DRAW;
	}
	if ((a = corpus_find(ui->corpus, name)) == NULL) {
		ui_message(ui, 1, "no article '%s' in this corpus", name);
		return REACT_DRAW;
	}
	return ui_open_article(ui, a->index, 0) | REACT_DRAW;
}

/* ":reload": open the corpus again, keeping the place by id. */
static int
command_reload(struct ui *ui)
{
	if (ui_reopen_corpus(ui) == 0)
		ui_message(ui, 0, "%zu articles", ui->corpus->n);
	return REACT_DRAW | REACT_LAYOUT;
}

/* A configuration line typed at the prompt. */
static int
command_config(struct ui *ui, const char *line)
{
	size_t	before = ui->cf.nerrors;

	if (uiconfig_parse(&ui->cf, line, strlen(line), "command") > 0)
		ui_message(ui, 1, "%s", ui->cf.errors[before]);
	ui_apply_config(ui);
	return REACT_DRAW | REACT_CLEAR;
}

int
ui_command(struct ui *ui, const char *line)
{
	char		 word[32], a[32], b[32];
	const char	*rest;
	size_t		 n;

	line += strspn(line, " ");
	n = strcspn(line, " ");
	if (n == 0)
		return REACT_DRAW;
	if (n >= sizeof word) {
		ui_message(ui, 1, "unknown command");
		return REACT_DRAW;
	}
	memcpy(word, line, n);
	word[n] = '\0';
	rest = line + n;
	rest += strspn(rest, " ");
	if (strcmp(word, "q") == 0 || strcmp(word, "quit") == 0)
		return REACT_QUIT;
	if (strcmp(word, "help") == 0)
		return ui_select_pane(ui, PANE_HELP);
	if (strcmp(word, "man") == 0) {
		ui_run_man(ui);
		return REACT_DRAW | REACT_LAYOUT;
	}
	if (strcmp(word, "open") == 0)
		return command_open(ui, rest);
	if (strcmp(word, "search") == 0)
		return uisearch_set(ui, rest, 1) | uisearch_next(ui, 0);
	if (strcmp(word, "limit") == 0)
		return uisearch_limit(ui, rest);
	if (strcmp(word, "reload") == 0)
		return command_reload(ui);
	if (strcmp(word, "side") == 0 || strcmp(word, "sides") == 0) {
		if (sscanf(rest, "%31s %31s", a, b) != 2) {
			ui_message(ui, 1, "usage: side SIDE1 SIDE2");
			return REACT_DRAW;
		}
		positions_set_sides(ui, a, b);
		return ui_select_pane(ui, PANE_POSITIONS) | REACT_DRAW;
	}
	if (strcmp(word, "bind") == 0 || strcmp(word, "unbind") == 0 ||
	    strcmp(word, "set") == 0 || strcmp(word, "color") == 0 ||
	    strcmp(word, "colour") == 0)
		return command_config(ui, line);
	ui_message(ui, 1, "unknown command '%s'", word);
	return REACT_DRAW;
}
