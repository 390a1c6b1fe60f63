/*
 * curses-lazy: the table of curses-lazy.h, filled on first use.
 */
#include "config.h"

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>	/* not ui.h: the real names are needed here */

#ifdef NCURSESW_SONAME
#include <pthread.h>

#include "base/dlib.h"

#define UI_CURSES_REAL_NAMES
#include "curses-lazy.h"

/* Each pointer has the type <curses.h> gives the function (unevaluated:
   no reference to the symbol is made). */
#define UI_CURSES_CHECK(ret, name, args)				\
	_Static_assert(_Generic(&name, ret (*) args: 1, default: 0),	\
	    #name " is not of the type curses-lazy.h says");
UI_CURSES_FUNCS(UI_CURSES_CHECK)
#undef UI_CURSES_CHECK

static struct ui_curses	ui_curses_table;
static pthread_once_t	ui_curses_once = PTHREAD_ONCE_INIT;

/* One symbol of the library; its absence is fatal (dlib). */
static void *
ui_curses_sym(void *lib, const char *name)
{
	return dlib_sym(lib, NCURSESW_SONAME, name);
}

static void
ui_curses_load(void)
{
	struct ui_curses	*t = &ui_curses_table;
	void			*lib = dlib_open(NCURSESW_SONAME);

#define UI_CURSES_LOAD(ret, name, args)					\
	t->f_##name = (ret (*) args)ui_curses_sym(lib, #name);
	UI_CURSES_FUNCS(UI_CURSES_LOAD)
#undef UI_CURSES_LOAD
	t->v_stdscr = ui_curses_sym(lib, "stdscr");
	t->v_curscr = ui_curses_sym(lib, "curscr");
	t->v_LINES = ui_curses_sym(lib, "LINES");
	t->v_COLORS = ui_curses_sym(lib, "COLORS");
	t->v_nc_wacs = ui_curses_sym(lib, "_nc_wacs");
}

const struct ui_curses *
ui_curses(void)
{
	pthread_once(&ui_curses_once, ui_curses_load);
	return &ui_curses_table;
}
#endif /* NCURSESW_SONAME */
