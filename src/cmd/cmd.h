/*
 * cmd: the command-line front door.  Each subcommand is one function
 * taking its own argc/argv (argv[0] is the subcommand's name) and returning
 * the process exit status: 0 success, 2 error; search follows grep
 * (0 found, 1 none, 2 error).
 *
 * Subcommands print through the terminal sanitiser (termsafe) when writing
 * text, and through the JSON writer with --json.
 */
#ifndef DEMARCHE_CMD_H
#define DEMARCHE_CMD_H

#include <stdio.h>

struct article;
struct corpus;

#define CMD_OK		0
#define CMD_NONE	1
#define CMD_ERROR	2

struct cmd_entry {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;		/* the SYNOPSIS lines, without "demarche";
					   alternative forms separated by '\n' */
	const char	*summary;
};

extern const struct cmd_entry cmd_table[];

int	cmd_list(int, char **);
int	cmd_show(int, char **);
int	cmd_search(int, char **);
int	cmd_index(int, char **);
int	cmd_actors(int, char **);
int	cmd_positions(int, char **);
int	cmd_diff(int, char **);
int	cmd_dict(int, char **);
int	cmd_keys(int, char **);
int	cmd_tui(int, char **);

/* The usage line of a subcommand ("list [--json] [PATH ...]"). */
/* Print each form of a usage string on its own line after prefix. */
void		 cmd_print_forms(FILE *f, const char *prefix, const char *usage);
/* Print "usage: demarche LINE" to f; status is returned for convenience. */
int		 cmd_print_usage(FILE *f, const char *name, int status);

/* "demarche: MESSAGE" on standard error, sanitised. */
void		 cmd_error(const char *fmt, ...)
		    __attribute__((format(printf, 1, 2)));

/*
 * Open the corpus named by paths (or $DEMARCHE_CORPUS, or the bundled
 * samples when npaths is 0), printing each warning on standard error and a
 * progress bar when standard error is a terminal.  flags are corpus_flags.
 * Returns 0 or -1 after printing the error.
 */
int		 cmd_open_corpus(struct corpus *, char **paths, int npaths,
		    int flags);

/*
 * The text of a as it was analysed, read again on demand, or NULL when its
 * file is gone or changed since.  Output that quotes many articles keeps
 * only the last few of them loaded, so a run holds its results, not the
 * corpus; a pointer stays valid until a few more articles are asked for.
 * cmd_texts_release() unloads them (before the corpus goes).
 */
const char	*cmd_article_text(struct article *);
void		 cmd_texts_release(void);

/* The directory of the bundled sample corpus (installed or source). */
const char	*cmd_samples_dir(void);
/* The directory of the shipped data files (installed or source). */
const char	*cmd_data_dir(void);

/* Write one field (a name, an id) sanitised to stdout: tabs and newlines
   in it are escaped too, so a record stays on its line. */
void		 cmd_field(const char *s);
/* Write s sanitised to stdout (tabs and newlines kept). */
void		 cmd_out(const char *s);
void		 cmd_out_n(const char *s, size_t len);

#endif
