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

#include <stdint.h>
#include <stdio.h>

struct actor_set;
struct article;
struct corpus;
struct limit;
struct pos_dict;
struct pos_set;

#define CMD_OK		0
#define CMD_NONE	1
#define CMD_ERROR	2

/* What --help says of one subcommand (cmd-table.c). */
struct cmd_entry {
	const char	*name;
	const char	*usage;		/* the SYNOPSIS lines, without "demarche";
					   alternative forms separated by '\n' */
	const char	*summary;
	const char	*options;	/* --help's lines after the usage:
					   "  --json\tprint JSON\n"... */
};

/* Every subcommand of either program, ended by a NULL name. */
extern const struct cmd_entry cmd_table[];

/*
 * One subcommand a program runs: demarche (main.c) runs all but the web
 * ones, which it hands to demarche-web (main-web.c) with cmd_helper.
 * Tables end with a NULL name.
 */
struct cmd_run {
	const char	*name;
	int		(*fn)(int, char **);
};

/* The entry of t named name, or NULL. */
const struct cmd_run	*cmd_find(const struct cmd_run *t, const char *name);

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
int	cmd_extract(int, char **);
int	cmd_fetch(int, char **);
int	cmd_import(int, char **);

/*
 * cmd-helper.c: run the subcommand in argv (argv[0] is its name) in
 * demarche-web, in this process's place (exec), so that its output, exit
 * status and signals are the helper's.  The helper is looked for next to
 * this program (the build tree), then in $(pkglibexecdir) (installed).
 * Returns only on failure: CMD_ERROR after printing why.
 */
int	cmd_helper(int, char **);

/* The usage line of a subcommand ("list [--json] [PATH ...]"). */
/* Print each form of a usage string on its own line after prefix. */
void		 cmd_print_forms(FILE *f, const char *prefix, const char *usage);
/*
 * Print "usage: demarche LINE" to f; status is returned for convenience.
 * With status CMD_OK (the user asked, --help) the summary and each
 * option and argument follow.
 */
int		 cmd_print_usage(FILE *f, const char *name, int status);

/*
 * The subcommand closest to name (at most two edits away), or NULL: for
 * "unknown command 'serch' (did you mean 'search'?)".
 */
const char	*cmd_suggest(const char *name);

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

/* cmd-limit.c: --limit EXPR (query/limit.h) on the command line. */
/*
 * One --limit EXPR (lang 0) or --lang LANG (lang 1) option: *text (NULL
 * at first, malloc'd, the caller frees it) gathers them, "--lang ru"
 * standing for "~l ru", and *l is the parse of all of them together:
 * the articles in every one.  0, or -1 after printing the error.
 */
int		 cmd_limit_option(struct limit **l, char **text, int lang,
		    const char *arg);
/*
 * The articles of c in the limit, a malloc'd byte per article (1: in),
 * computed with as, ps and pd when given (over the whole corpus) and
 * bringing in what else the expression needs; NULL after printing.
 */
uint8_t		*cmd_limit_keep(const struct limit *, struct corpus *c,
		    const struct actor_set *as, const struct pos_set *ps,
		    const struct pos_dict *pd);
/* Cut as and ps (either may be NULL) to the limit l (NULL: none);
   0, or -1 after printing. */
int		 cmd_limit_cut(const struct limit *l, struct corpus *c,
		    struct actor_set *as, struct pos_set *ps,
		    const struct pos_dict *pd);

/*
 * Leave out of ps the evidence the interface's user rejected (the state
 * file's reject keys, query/evidence.h); with only, keep only that.
 */
void		 cmd_rejected_cut(struct corpus *c, struct pos_set *ps,
		    const struct pos_dict *pd, int only);

#endif
