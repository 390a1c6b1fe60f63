/*
 * uiconfig: the interface's configuration file, parsed from a buffer.
 *
 * $XDG_CONFIG_HOME/demarche/config holds one command a line; '#' starts a
 * comment line; words are split on blanks, "double quotes" group words:
 *
 *	bind [SCOPE] KEY ACTION		bind a key (scope: global, articles,
 *					reader, actors, positions, help)
 *	unbind [SCOPE] KEY		remove a binding
 *	color ROLE FG [BG] [ATTR ...]	colours (names, "default" or 0-255)
 *					and attributes (bold, underline,
 *					reverse, dim)
 *	set corpus PATH			the corpus opened without arguments
 *	set colors on|off		colour or monochrome
 *	set search-delay MS		the pause in typing after which a
 *					pattern that needs a full scan is
 *					searched (0-10000, default 150)
 *	set text-cache MB		the article text kept in memory
 *					between searches (0-65536, default
 *					128; 0: none)
 *
 * A bad line is reported as "FILE:LINE: message" and skipped; the rest of
 * the file still applies.  No curses here.
 */
#ifndef DEMARCHE_UI_UICONFIG_H
#define DEMARCHE_UI_UICONFIG_H

#include <stddef.h>

#include "keys.h"

/* What is drawn in a colour of its own. */
enum ui_role {
	ROLE_NORMAL,
	ROLE_SELECTED,
	ROLE_TITLE,
	ROLE_HEADING,
	ROLE_META,
	ROLE_STATUS,
	ROLE_BAR,
	ROLE_BAR_CURRENT,
	ROLE_HIT,
	ROLE_ERROR,
	ROLE_MARK,
	ROLE_SIDE1,
	ROLE_SIDE2,
	ROLE_SIDE3,
	ROLE_SIDE4,
	ROLE_SIDE5,
	ROLE_SIDE6,
	ROLE_COUNT
};
#define ROLE_NSIDES 6

enum ui_attr {
	UIATTR_BOLD = 1 << 0,
	UIATTR_UNDERLINE = 1 << 1,
	UIATTR_REVERSE = 1 << 2,
	UIATTR_DIM = 1 << 3,
};

/* A colour: -1 is the terminal's default, 0-7 the ANSI colours. */
struct ui_style {
	int		fg, bg;
	unsigned	attrs;		/* enum ui_attr */
};

struct ui_config {
	struct keymap	 keys;
	struct ui_style	 styles[ROLE_COUNT];
	int		 colors;	/* 0: monochrome */
	char		*corpus;	/* NULL: the samples */
	int		 search_delay;	/* milliseconds */
	int		 text_cache;	/* megabytes; 0: none */
	int		 mouse;		/* set mouse on: clicks and wheel */
	char		*copy;		/* set copy "COMMAND": y pipes the
					   citation to it; NULL: a file */
	char		**errors;	/* "FILE:LINE: message" */
	size_t		 nerrors;
};

void		 uiconfig_init(struct ui_config *);	/* the defaults */
void		 uiconfig_release(struct ui_config *);
/*
 * Apply the commands in buf[0..len); file names the source in messages.
 * Returns the number of bad lines (each appended to errors).
 */
size_t		 uiconfig_parse(struct ui_config *, const char *buf, size_t len,
		    const char *file);
/*
 * Load $XDG_CONFIG_HOME/demarche/config (a missing file is no error).
 * Returns the number of errors added.
 */
size_t		 uiconfig_load(struct ui_config *);

#endif
