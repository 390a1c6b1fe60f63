/*
 * tui: the entry points of the curses interface, for the command line.
 * This header includes no curses, so src/cmd/cmd-tui.c can use it.
 */
#ifndef DEMARCHE_UI_TUI_H
#define DEMARCHE_UI_TUI_H

#include <stddef.h>
#include <stdio.h>

struct corpus;

struct tui_options {
	const char	*const *paths;	/* what the corpus was opened from */
	size_t		 npaths;
	const char	*label;		/* name shown in the status bar */
	const char	*data_dir;	/* the shipped dictionaries, or NULL */
	const char	*man_page;	/* man/demarche.1 in the source tree */
	int		 corpus_flags;	/* enum corpus_flags, for :reload */
	int		 samples;	/* the bundled samples: R does not
					   fetch into them */
	int		 provisional;	/* the corpus came from the catalogue
					   alone: open it for real after the
					   first screen */
	double		 start;		/* CLOCK_MONOTONIC seconds at start,
					   for DEMARCHE_TUI_LOG; 0 if unknown */
};

/*
 * Run the interface on an open corpus until the user quits.  Config
 * errors and state warnings are shown in the status line.  Returns 0, or
 * -1 with *cause when the terminal cannot be used.
 */
int	 tui_run(struct corpus *, const struct tui_options *, char **cause);

/* The default corpus named in the config file (malloc'd), or NULL. */
char	*tui_config_corpus(void);

/*
 * Print the live key map (defaults plus the config file) as text or
 * JSON; config errors go to err.  Returns the number of config errors.
 */
size_t	 tui_print_keys(FILE *out, FILE *err, int json);

#endif
