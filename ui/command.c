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

static int
command_quit(struct ui *ui, const char *rest)
{
	(void)ui;
	(void)rest;
	return REACT_QUIT;
}

static int
command_help(struct ui *ui, const char *rest)
{
	(void)rest;
	return ui_select_pane(ui, PANE_HELP);
}

static int
command_man(struct ui *ui, const char *rest)
{
	(void)rest;
	ui_run_man(ui);
	return REACT_DRAW | REACT_LAYOUT;
}

static int
command_open_cmd(struct ui *ui, const char *rest)
{
	return command_open(ui, rest);
}

/* ":search PATTERN": as / and Enter; the search first, then the hit. */
static int
command_search(struct ui *ui, const char *rest)
{
	int	r;

	r = uisearch_set(ui, rest, 1);
	return r | uisearch_next(ui, 0);
}

static int
command_limit(struct ui *ui, const char *rest)
{
	return uisearch_limit(ui, rest);
}

static int
command_reload_cmd(struct ui *ui, const char *rest)
{
	(void)rest;
	return command_reload(ui);
}

static int
command_sides(struct ui *ui, const char *rest)
{
	char	a[32], b[32];

	if (sscanf(rest, "%31s %31s", a, b) != 2) {
		ui_message(ui, 1, "usage: side SIDE1 SIDE2");
		return REACT_DRAW;
	}
	positions_set_sides(ui, a, b);
	return ui_select_pane(ui, PANE_POSITIONS) | REACT_DRAW;
}

/* The commands, by their first word; config lines take the whole line. */
static const struct {
	const char	*name;
	int		(*fn)(struct ui *, const char *rest);
	int		 whole;		/* fn takes the whole line */
} command_table[] = {
	{ "q", command_quit, 0 },
	{ "quit", command_quit, 0 },
	{ "help", command_help, 0 },
	{ "man", command_man, 0 },
	{ "open", command_open_cmd, 0 },
	{ "search", command_search, 0 },
	{ "limit", command_limit, 0 },
	{ "reload", command_reload_cmd, 0 },
	{ "side", command_sides, 0 },
	{ "sides", command_sides, 0 },
	{ "bind", command_config, 1 },
	{ "unbind", command_config, 1 },
	{ "set", command_config, 1 },
	{ "color", command_config, 1 },
	{ "colour", command_config, 1 },
};

int
ui_command(struct ui *ui, const char *line)
{
	const char	*rest;
	size_t		 n, i;

	line += strspn(line, " ");
	n = strcspn(line, " ");
	if (n == 0)
		return REACT_DRAW;
	rest = line + n;
	rest += strspn(rest, " ");
	for (i = 0; i < sizeof command_table / sizeof command_table[0]; i++) {
		if (strlen(command_table[i].name) == n &&
		    strncmp(line, command_table[i].name, n) == 0)
			return command_table[i].fn(ui,
			    command_table[i].whole ? line : rest);
	}
	ui_message(ui, 1, "unknown command '%.*s'", n > 31 ? 31 : (int)n,
	    line);
	return REACT_DRAW;
}
