/*
 * curses-lazy: libncursesw loaded with dlopen when the interface first
 * calls it, not linked.  Linked, it and libtinfo were loaded by every
 * start of demarche, some 0.15 ms of the dynamic loader (an empty
 * program linked with the two starts in 1.29 ms, without them in 1.13
 * ms), paid by every command line search although only the interface
 * draws.  configure finds its soname (NCURSESW_SONAME); without one it
 * is linked as before and this header changes nothing.
 *
 * Included by ui.h after <curses.h>: each curses function the interface
 * calls (directly or through a curses macro) becomes a call through the
 * table ui_curses() fills on first use, and stdscr, curscr, LINES,
 * COLORS and _nc_wacs (behind WACS_*) the library's own variables.  A function of curses used anywhere in ui/
 * must be in UI_CURSES_FUNCS: curses-lazy.c checks each type against
 * <curses.h>, and a missing one is an undefined symbol at link time.
 */
#ifndef DEMARCHE_UI_CURSES_LAZY_H
#define DEMARCHE_UI_CURSES_LAZY_H

#ifdef NCURSESW_SONAME

/* X(return type, name, parameter types) */
#define UI_CURSES_FUNCS(X)						\
	X(int, clearok, (WINDOW *, bool))				\
	X(int, curs_set, (int))						\
	X(int, def_prog_mode, (void))					\
	X(void, delscreen, (SCREEN *))					\
	X(int, endwin, (void))						\
	X(int, getcchar, (const cchar_t *, wchar_t *, attr_t *,	\
	    NCURSES_PAIRS_T *, void *))					\
	X(int, getmouse, (MEVENT *))					\
	X(bool, has_colors, (void))					\
	X(int, init_pair, (NCURSES_PAIRS_T, NCURSES_COLOR_T,		\
	    NCURSES_COLOR_T))						\
	X(int, keypad, (WINDOW *, bool))				\
	X(int, mouseinterval, (int))					\
	X(mmask_t, mousemask, (mmask_t, mmask_t *))			\
	X(SCREEN *, newterm, (const char *, FILE *, FILE *))		\
	X(int, noecho, (void))						\
	X(int, nonl, (void))						\
	X(int, raw, (void))						\
	X(int, reset_prog_mode, (void))					\
	X(int, resizeterm, (int, int))					\
	X(int, set_escdelay, (int))					\
	X(int, setcchar, (cchar_t *, const wchar_t *, const attr_t,	\
	    NCURSES_PAIRS_T, const void *))				\
	X(int, start_color, (void))					\
	X(int, unget_wch, (const wchar_t))				\
	X(int, ungetch, (int))						\
	X(int, use_default_colors, (void))				\
	X(int, wadd_wch, (WINDOW *, const cchar_t *))			\
	X(int, wget_wch, (WINDOW *, wint_t *))				\
	X(int, win_wch, (WINDOW *, cchar_t *))				\
	X(int, wmove, (WINDOW *, int, int))				\
	X(int, wrefresh, (WINDOW *))					\
	X(void, wtimeout, (WINDOW *, int))

#define UI_CURSES_MEMBER(ret, name, args)	ret (*f_##name) args;
struct ui_curses {
	UI_CURSES_FUNCS(UI_CURSES_MEMBER)
	WINDOW	**v_stdscr;
	WINDOW	**v_curscr;
	int	 *v_LINES;
	int	 *v_COLORS;
	cchar_t	**v_nc_wacs;	/* the WACS_ line drawing characters */
};
#undef UI_CURSES_MEMBER

/* The table, the library loaded the first time; exits when it cannot
   be loaded, saying so. */
const struct ui_curses	*ui_curses(void);

/* The real names (curses-lazy.c, which fills the table) keep theirs. */
#ifndef UI_CURSES_REAL_NAMES
#undef stdscr
#undef curscr
#undef LINES
#undef COLORS
#undef _nc_wacs
#define stdscr			(*ui_curses()->v_stdscr)
#define curscr			(*ui_curses()->v_curscr)
#define LINES			(*ui_curses()->v_LINES)
#define COLORS			(*ui_curses()->v_COLORS)
#define _nc_wacs		(*ui_curses()->v_nc_wacs)
#define clearok			(ui_curses()->f_clearok)
#define curs_set		(ui_curses()->f_curs_set)
#define def_prog_mode		(ui_curses()->f_def_prog_mode)
#define delscreen		(ui_curses()->f_delscreen)
#define endwin			(ui_curses()->f_endwin)
#define getcchar		(ui_curses()->f_getcchar)
#define getmouse		(ui_curses()->f_getmouse)
#define has_colors		(ui_curses()->f_has_colors)
#define init_pair		(ui_curses()->f_init_pair)
#define keypad			(ui_curses()->f_keypad)
#define mouseinterval		(ui_curses()->f_mouseinterval)
#define mousemask		(ui_curses()->f_mousemask)
#define newterm			(ui_curses()->f_newterm)
#define noecho			(ui_curses()->f_noecho)
#define nonl			(ui_curses()->f_nonl)
#define raw			(ui_curses()->f_raw)
#define reset_prog_mode		(ui_curses()->f_reset_prog_mode)
#define resizeterm		(ui_curses()->f_resizeterm)
#define set_escdelay		(ui_curses()->f_set_escdelay)
#define setcchar		(ui_curses()->f_setcchar)
#define start_color		(ui_curses()->f_start_color)
#define unget_wch		(ui_curses()->f_unget_wch)
#define ungetch			(ui_curses()->f_ungetch)
#define use_default_colors	(ui_curses()->f_use_default_colors)
#define wadd_wch		(ui_curses()->f_wadd_wch)
#define wget_wch		(ui_curses()->f_wget_wch)
#define win_wch			(ui_curses()->f_win_wch)
#define wmove			(ui_curses()->f_wmove)
#define wrefresh		(ui_curses()->f_wrefresh)
#define wtimeout		(ui_curses()->f_wtimeout)
#endif /* UI_CURSES_REAL_NAMES */

#endif /* NCURSESW_SONAME */
#endif
