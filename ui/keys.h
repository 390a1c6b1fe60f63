/*
 * keys: key codes, named actions and the key map, without curses.
 *
 * A key code (keyc) is a Unicode code point for an ordinary key (control
 * keys are their C0 code: Enter is '\r', Tab is '\t', Esc is 0x1b), or
 * KEYC_BASE plus a number for a function or cursor key.  The front-end
 * turns what get_wch() returns into a keyc; everything past that point
 * (bindings, config, `demarche keys`) works on keycs and names only.
 *
 * The key map holds, for each scope (global or one pane), the action bound
 * to each key.  A pane's own binding wins over a global one.  The defaults
 * are vi-like; the config file may bind, unbind and rebind anything.
 */
#ifndef DEMARCHE_UI_KEYS_H
#define DEMARCHE_UI_KEYS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define KEYC_NONE	0u
#define KEYC_BASE	0x200000u
enum {
	KEYC_UP = KEYC_BASE,
	KEYC_DOWN,
	KEYC_LEFT,
	KEYC_RIGHT,
	KEYC_HOME,
	KEYC_END,
	KEYC_PPAGE,
	KEYC_NPAGE,
	KEYC_BTAB,
	KEYC_BSPACE,
	KEYC_DC,
	KEYC_IC,
	KEYC_RESIZE,
	KEYC_MOUSE,	/* a click or the wheel: see getmouse() */
	KEYC_F1,	/* KEYC_F1 + n - 1 is Fn, up to F12 */
	KEYC_F12 = KEYC_F1 + 11,
	KEYC_LAST
};
#define KEYC_ENTER	0x0du
#define KEYC_TAB	0x09u
#define KEYC_ESC	0x1bu
#define KEYC_CTRL(c)	((uint32_t)((c) & 0x1f))

/* The scopes of bindings: global, then one per pane. */
enum key_scope {
	SCOPE_GLOBAL,
	SCOPE_ARTICLES,
	SCOPE_READER,
	SCOPE_ACTORS,
	SCOPE_POSITIONS,
	SCOPE_HELP,
	SCOPE_COUNT
};

/* Everything a key can do. */
enum action {
	ACT_NONE,
	ACT_DOWN,
	ACT_UP,
	ACT_TOP,
	ACT_BOTTOM,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_OPEN,
	ACT_BACK,
	ACT_QUIT,
	ACT_NEXT_PANE,
	ACT_PREV_PANE,
	ACT_PANE_1,
	ACT_PANE_2,
	ACT_PANE_3,
	ACT_PANE_4,
	ACT_MAXIMISE,
	ACT_REDRAW,
	ACT_SUSPEND,
	ACT_CANCEL,
	ACT_SEARCH,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_LIMIT,
	ACT_TOGGLE_READ,
	ACT_TOGGLE_STAR,
	ACT_READ_ALL,
	ACT_UNDO,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_DIFF_SIDES,
	ACT_TIME_VIEW,
	ACT_COMMAND,
	ACT_HELP,
	ACT_MAN,
	ACT_EXPLAIN,
	ACT_REJECT,
	ACT_OPEN_URL,
	ACT_PIPE,
	ACT_SORT,
	ACT_TIMELINE,
	ACT_COPY,
	ACT_FETCH,
	ACT_COUNT
};

struct action_info {
	const char	*name;		/* "half-page-down" */
	const char	*help;		/* one line for `?` and the man page */
};

/* One binding. */
struct key_binding {
	enum key_scope	 scope;
	uint32_t	 key;
	enum action	 action;
};

struct keymap {
	struct key_binding	*b;
	size_t			 n, alloc;
};

const struct action_info *action_info(enum action);
/* The action with that name, or ACT_NONE. */
enum action	 action_by_name(const char *);

/* The scope with that name ("global", "articles", ...), or -1. */
int		 scope_by_name(const char *);

/*
 * The key with that name: "j", "C-d", "Space", "Enter", "Tab", "BTab",
 * "BSpace", "Esc", "Up", "PageDown", "F1", a single UTF-8 character.
 * Returns KEYC_NONE when the name means nothing.
 */
uint32_t	 keyc_by_name(const char *);
/* The name of key written into out (at least 16 bytes). */
const char	*keyc_name(uint32_t key, char *out, size_t size);

void		 keymap_init(struct keymap *);	/* the defaults */
void		 keymap_release(struct keymap *);
/* Bind (replace) or, with ACT_NONE, unbind key in scope. */
void		 keymap_bind(struct keymap *, enum key_scope, uint32_t key,
		    enum action);
/* What key does in scope (pane first, then global); ACT_NONE if nothing. */
enum action	 keymap_lookup(const struct keymap *, enum key_scope,
		    uint32_t key);
/*
 * The keys bound to action in scope (exactly that scope), as names joined
 * by ", " into out; returns the number of keys.
 */
size_t		 keymap_keys_for(const struct keymap *, enum key_scope,
		    enum action, char *out, size_t size);

/* Print the map as text (one "SCOPE KEY ACTION" line each) or JSON. */
void		 keymap_print(const struct keymap *, FILE *, int json);

#endif
