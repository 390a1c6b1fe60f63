/*
 * ui: the curses front-end's shared state.  This is the one header that
 * includes curses; the core (src/) never sees it.
 *
 * The screen is a pane bar (row 0), the body (one pane, or the article
 * list beside the reader when the terminal is wide), a status bar and a
 * one-line prompt.  Each pane exports one const struct pane_ops.  A key
 * is looked up in the key map (the current pane's scope first) and gives
 * an action; the pane (or the global handler) applies it and returns
 * reaction bits; the main loop turns the reactions into a new layout and
 * a redraw.  Curses is only touched while drawing and reading keys.
 *
 * The files form layers, checked by tests/arch/ui-cycles.sh: at the
 * bottom the model (model.c, curses-free), the drawing helpers, the
 * lists and uictx.c; over them the panes, which never call each other,
 * the prompt, the commands or the loop (they ask through reaction bits:
 * REACT_LIMIT, and the prompt answers with REACT_ANSWER); at the top the
 * loop (ui.c) with the search, the commands, the screen and the reload.
 */
#ifndef DEMARCHE_UI_UI_H
#define DEMARCHE_UI_UI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "curses-lazy.h"
#include "keys.h"
#include "model.h"
#include "tui.h"
#include "uiconfig.h"
#include "uistate.h"

struct article;
struct buf;
struct corpus;
struct notify;
struct search_pattern;
struct search_index;
struct ui;
struct ui_script;

/* The mouse events the interface acts on: a click, the wheel. */
#define UI_MOUSE_ACTS	(BUTTON1_CLICKED | BUTTON1_PRESSED | \
			 BUTTON4_PRESSED | BUTTON5_PRESSED)

/* What an action asks the main loop to do. */
enum reaction {
	REACT_NONE = 0,
	REACT_DRAW = 1 << 0,		/* redraw the screen */
	REACT_LAYOUT = 1 << 1,		/* recompute the pane rectangles */
	REACT_QUIT = 1 << 2,		/* leave the loop */
	REACT_CLEAR = 1 << 3,		/* clear the terminal (Ctrl-L) */
	REACT_UNHANDLED = 1 << 4,	/* the pane did not use the action */
	REACT_LIMIT = 1 << 5,		/* set the limit to ui->limit_req */
	REACT_ANSWER = 1 << 6,		/* the prompt's line is in
					   ui->answer */
	REACT_COPY = 1 << 7,		/* copy ui->copy_req (y) */
};

enum pane_id {
	PANE_ARTICLES,
	PANE_READER,
	PANE_ACTORS,
	PANE_POSITIONS,
	PANE_HELP,
	PANE_COUNT
};
#define PANE_NUMBERED 4		/* panes reachable with 1-4 and Tab */

struct pane;

struct pane_ops {
	const char	*name;		/* "articles" */
	const char	*title;		/* "Articles", for the pane bar */
	enum key_scope	 scope;
	void		(*init)(struct ui *, struct pane *);
	void		(*free)(struct ui *, struct pane *);
	/* Draw into the pane's rectangle, every cell of it. */
	void		(*draw)(struct ui *, struct pane *);
	/* Apply an action; reaction bits (REACT_UNHANDLED when unused). */
	int		(*action)(struct ui *, struct pane *, enum action);
	/* Where we are, for the right of the status bar ("3/12"). */
	void		(*where)(struct ui *, struct pane *, struct buf *);
	/* The corpus, the limit or the search changed. */
	void		(*changed)(struct ui *, struct pane *);
	/* A click at row, col of the pane's rectangle; reaction bits. */
	int		(*click)(struct ui *, struct pane *, int row, int col);
};

struct pane {
	const struct pane_ops	*ops;
	void			*data;		/* the pane's own state */
	int			 y, x, h, w;	/* rectangle, 0 when hidden */
};

extern const struct pane_ops pane_articles_ops;
extern const struct pane_ops pane_reader_ops;
extern const struct pane_ops pane_actors_ops;
extern const struct pane_ops pane_positions_ops;
extern const struct pane_ops pane_help_ops;

/* A styled byte range [start, end) of some text, for draw_text. */
struct draw_span {
	uint32_t	 start, end;
	int		 role;		/* enum ui_role */
};

enum draw_flags {
	DRAW_FILL = 1 << 0,		/* clear the rest of the width */
	DRAW_ELLIPSIS = 1 << 1,		/* end a cut text with U+2026 */
	DRAW_RIGHT = 1 << 2,		/* align to the right */
};

/* The prompt at the bottom line. */
enum prompt_kind {
	PROMPT_NONE,
	PROMPT_SEARCH,
	PROMPT_LIMIT,
	PROMPT_COMMAND,
	PROMPT_SIDES,
	PROMPT_PIPE,
	PROMPT_FIND,		/* "/" in the actors pane */
	PROMPT_SPLIT,		/* t: the time view's date */
};

struct prompt {
	enum prompt_kind kind;
	struct buf	*text;		/* what was typed (UTF-8) */
	size_t		 cursor;	/* byte offset in text */
	size_t		 hist;		/* history position (nhistory: new) */
	int		 dirty;		/* changed since the last search */
	char		*saved;		/* search before the prompt opened */
};

/* The current search: a pattern and its hit count per article. */
struct ui_search {
	char			*pattern;
	struct search_pattern	*compiled;
	uint32_t		*hits;		/* per corpus article */
	size_t			 nhits;		/* matches in all */
	size_t			 narticles;	/* articles with a match */
	char			*error;		/* a pattern error, or NULL */
};

struct ui {
	struct corpus		*corpus;
	const struct tui_options *opts;
	char			*label;

	struct ui_config	 cf;
	struct ui_state		 st;
	char			*state_dir;	/* NULL: state not kept */
	double			 state_saved;	/* when last saved (monotonic) */
	int			 colors;	/* colour pairs in use */

	struct ui_model		 model;		/* the limit and analysis */

	/* The article list: the kept corpus indexes, in corpus (date)
	   order. */
	uint32_t		*list;
	size_t			 nlist;
	int			 sources;	/* the list shows a source column */
	char			**undo;		/* ids marked by read-all */
	size_t			 nundo;

	struct ui_search	 search;
	struct search_index	*index;		/* opened on first search */
	struct textcache	*texts;		/* articles' bytes kept
						   between searches (of
						   texts_mb megabytes) */
	int			 texts_mb;
	void			*running;	/* the search under way */
	int			 partial;	/* drawing its results so far */
	int			 partial_drawn;
	double			 key_time;	/* when the last key came */
	int			 index_failed;

	struct pane		 panes[PANE_COUNT];
	enum pane_id		 current;
	enum pane_id		 previous;	/* before help */
	int			 maximised;
	int			 wide;		/* list beside the reader */
	int			 rows, cols;

	struct prompt		 prompt;
	char			*message;
	int			 message_error;
	atomic_int		 cancel;
	double			 job_start;	/* when ui_notify was called */
	double			 job_polled;	/* last look for a key */
	double			 job_drawn;	/* last progress drawn */

	enum pane_id		 back;		/* where q in the reader goes */
	struct {
		uint32_t	 idx;		/* the reader's article, or
						   UINT32_MAX */
		uint32_t	 off;		/* byte offset of its top line */
		unsigned	 gen;		/* counts openings: the reader
						   loads when it changes */
	}			 rd;
	char			*limit_req;	/* REACT_LIMIT: the limit asked */
	char			*answer;	/* REACT_ANSWER: what was typed */
	char			*copy_req;	/* REACT_COPY: the text */
	enum prompt_kind	 answer_kind;	/* ... at which prompt */
	uint32_t		 select_req;	/* ... then select this article
						   (UINT32_MAX: none) */

	/* Hooks the loop sets for uictx.c, which calls nothing above it. */
	int			(*tick)(struct ui *);	/* a timely save;
						   1: a signal asks to stop */
	void			(*show_partial)(struct ui *); /* a search's
						   results so far */
	void			(*redraw)(struct ui *, const char *what);
	uint32_t		 mark_article;	/* the sentence the reader */
	uint32_t		 mark_start;	/* highlights (opened from */
	uint32_t		 mark_end;	/* evidence); UINT32_MAX: none */

	struct ui_script	*script;	/* headless: keys from a file */
	void			*fetch;		/* struct uifetch: R's fetch */
	char			*fetch_status;	/* its progress, for the status
						   bar, or NULL */
	int			 save_held;	/* no timely save (the fetch
						   holds the state's lock) */
	void			*positions;	/* struct ui_positions */
};

/* screen.c: layout and drawing of the whole screen. */
void	 ui_layout(struct ui *);
void	 ui_draw(struct ui *);
/* The pane whose name on the bar is under column x; reaction bits. */
int	 ui_bar_click(struct ui *, int x);
/* One line in DEMARCHE_TUI_LOG: what was drawn, ms since 'since'. */
void	 ui_log(const char *what, double since);

/* uictx.c: what every part may use (it calls nothing above it). */
void	 ui_set_scripted(void);
double	 ui_now(void);
/* 1 when the terminal is gone (hung up) though no SIGHUP came. */
int	 ui_input_gone(void);
void	 ui_message(struct ui *, int error, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Draw the whole screen now; what names it in DEMARCHE_TUI_LOG. */
void	 ui_redraw(struct ui *, const char *what);
int	 ui_select_pane(struct ui *, enum pane_id);
/* The article keys act on: the reader's, else the selected; or -1. */
long	 ui_target_article(struct ui *);
/* The corpus index of the selected article, or -1. */
long	 ui_selected_article(struct ui *);
/* Select corpus article idx in the list (when listed); 0 or -1. */
int	 ui_select_article(struct ui *, uint32_t idx);
/* Open the reader on article idx, scrolled to byte off; q comes back. */
int	 ui_open_article(struct ui *, uint32_t idx, uint32_t off);
/* The same, scrolled to bytes [start, end) of it and highlighting them. */
int	 ui_open_span(struct ui *, uint32_t idx, uint32_t start,
	    uint32_t end);
/* Tell every pane the limit, the corpus or the search changed. */
void	 ui_changed(struct ui *);
/* Apply the config's terminal settings (colours, mouse). */
void	 ui_apply_config(struct ui *);
/* listing.c: the article list from the model's limit, in its order. */
/* Make the list again; tell the panes. */
void	 ui_list_update(struct ui *);
/* S: the next order (kept in the state); reaction bits. */
int	 ui_sort_next(struct ui *);
/* The order's name when it is not the date's, else NULL. */
const char *ui_sort_name(struct ui *);
void	 ui_mark_read(struct ui *, uint32_t idx, int read);
int	 ui_is_read(struct ui *, uint32_t idx);
int	 ui_is_starred(struct ui *, uint32_t idx);
int	 ui_input_pending(void);
void	 ui_notify(struct ui *, struct notify *);

int	 ui_command(struct ui *, const char *line);
int	 ui_reopen_corpus(struct ui *);
struct article *ui_article(struct ui *, uint32_t idx);

/* spawn.c: other programs, curses suspended. */
void	 ui_run_man(struct ui *);
/* o: the article's URL in $BROWSER (or xdg-open), as one argument. */
int	 ui_open_url(struct ui *, uint32_t idx);
/*
 * y: hand text to the command of "set copy" on its standard input, or
 * else add it to $XDG_STATE_HOME/demarche/clippings (atomically).
 */
int	 ui_copy_text(struct ui *, const char *text);
/* |: run the user's command (sh -c) with the article on its input. */
int	 ui_pipe_article(struct ui *, uint32_t idx, const char *command);

/*
 * ui-fetch.c: R, `demarche fetch` in the background (fetchjob.h) into
 * the corpus folder; the corpus reloaded when it ends.
 */
int	 uifetch_start(struct ui *);
/* Read its progress; when it has ended, reload and sum up.  Reactions. */
int	 uifetch_poll(struct ui *);
/* Only read what it wrote (from inside a long job): no reload. */
void	 uifetch_pump(struct ui *);
int	 uifetch_running(struct ui *);
/* Stop it (quitting); 1 when one was running. */
int	 uifetch_stop(struct ui *);
void	 uifetch_free(struct ui *);

/* session.c: the state kept between runs, and signals. */
#define SESSION_POLL_MS 250	/* the loop's longest wait for a key */
void	 session_signals(void);
/* SIGHUP or SIGTERM when one came, else 0. */
int	 session_signalled(void);
void	 session_reraise(void);
void	 session_load(struct ui *);
/* Merge and write the state now; 0 or -1 with *cause. */
int	 session_save(struct ui *, char **cause);
/*
 * Save when the marks changed and the last save is a second old; returns
 * the milliseconds until a save is due, or -1 when none is pending.
 */
int	 session_tick(struct ui *);

/* draw.c */
int	 draw_text(struct ui *, int y, int x, int w, const char *s,
	    size_t len, int role, const struct draw_span *spans,
	    size_t nspans, uint32_t base, int flags);
int	 draw_str(struct ui *, int y, int x, int w, const char *s, int role,
	    int flags);
void	 draw_fill(struct ui *, int y, int x, int w, int role);
void	 draw_blank(struct ui *, struct pane *);
/* Columns s[0..len) takes when drawn (escapes included), at most limit. */
int	 text_width(const char *s, size_t len, int limit);
/*
 * How many bytes of s[0..len) fit on one line of width columns, breaking
 * after a space when a word would be cut; at least one character.
 */
size_t	 text_fit(const char *s, size_t len, int width);

/* prompt.c */
void	 prompt_open(struct ui *, enum prompt_kind, const char *initial);
int	 prompt_key(struct ui *, uint32_t key);
int	 prompt_idle(struct ui *);
void	 prompt_draw(struct ui *, int y);

/* search in the UI: ui-search.c */
int	 uisearch_set(struct ui *, const char *pattern, int final);
/*
 * The search prompt changed to pattern: search now when the index can
 * answer it, show a parse error now, or leave the prompt dirty so that a
 * pattern needing a full scan runs after a pause.
 */
int	 uisearch_type(struct ui *, const char *pattern);
/*
 * Draw the results of the search under way so far (called from the
 * progress callback, on the calling thread): the list's counts fill in
 * from the top, the status says it is still searching.  Nothing that
 * loads an article is drawn meanwhile.
 */
void	 uisearch_partial(struct ui *);
void	 uisearch_clear(struct ui *);
/* Set the limit (the language of query/limit.h; "" clears it). */
int	 uisearch_limit(struct ui *, const char *text);
/* Hit spans of article a (loaded) into *spans; returns their number. */
size_t	 uisearch_spans(struct ui *, struct article *,
	    struct draw_span **spans);
int	 uisearch_next(struct ui *, int dir);

/* Headless runs: script.c. */
#define SCRIPT_PAUSE	(KEYC_LAST + 1)	/* a pause in typing */
struct ui_script *script_open(const char *path, char **cause);
void	 script_free(struct ui_script *);
/* The error that ended the script, or NULL. */
const char *script_error(struct ui_script *);
/*
 * The next key of the script, SCRIPT_PAUSE, KEYC_RESIZE after a resize,
 * or KEYC_NONE at the end (or on an error); dumps are done on the way.
 */
uint32_t script_next(struct ui_script *);

/* Pane helpers. */
void	 reader_show(struct ui *, uint32_t idx, uint32_t off);
int	 reader_next_hit(struct ui *, int dir);
size_t	 ui_actor_spans(struct ui *, struct article *,
	    struct draw_span **spans);
void	 positions_set_sides(struct ui *, const char *a, const char *b);
/* Show the time view split at date (checked; the message says why not). */
void	 positions_set_split(struct ui *, const char *date);

/* A scrolling list: selection and first visible row. */
struct ui_list {
	size_t	sel, top;
};
int	 list_action(struct ui_list *, size_t n, int h, enum action);
void	 list_clamp(struct ui_list *, size_t n, int h);

#endif
