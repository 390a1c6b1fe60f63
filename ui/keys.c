/*
 * The key map: a flat array of (scope, key, action) bindings, at most one
 * per (scope, key).  It is small (a hundred entries), so lookups walk it.
 * The action table below is the single source of the names and help lines
 * shown by `?`, `demarche keys` and checked against the man page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/json.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "keys.h"

static const struct action_info action_table[ACT_COUNT] = {
	[ACT_NONE] = { "none", "do nothing" },
	[ACT_DOWN] = { "down", "move down one line" },
	[ACT_UP] = { "up", "move up one line" },
	[ACT_TOP] = { "top", "go to the first line" },
	[ACT_BOTTOM] = { "bottom", "go to the last line" },
	[ACT_HALF_DOWN] = { "half-page-down", "move down half a page" },
	[ACT_HALF_UP] = { "half-page-up", "move up half a page" },
	[ACT_PAGE_DOWN] = { "page-down", "move down one page" },
	[ACT_PAGE_UP] = { "page-up", "move up one page" },
	[ACT_OPEN] = { "open", "open the selected item" },
	[ACT_BACK] = { "back", "go back (quit from the article list)" },
	[ACT_QUIT] = { "quit", "quit demarche" },
	[ACT_NEXT_PANE] = { "next-pane", "switch to the next pane" },
	[ACT_PREV_PANE] = { "previous-pane", "switch to the previous pane" },
	[ACT_PANE_1] = { "articles-pane", "show the articles pane" },
	[ACT_PANE_2] = { "reader-pane", "show the reader pane" },
	[ACT_PANE_3] = { "actors-pane", "show the actors pane" },
	[ACT_PANE_4] = { "positions-pane", "show the positions pane" },
	[ACT_MAXIMISE] = { "maximise", "maximise the current pane or undo it" },
	[ACT_REDRAW] = { "redraw", "redraw the screen" },
	[ACT_SUSPEND] = { "suspend", "suspend demarche" },
	[ACT_CANCEL] = { "cancel", "cancel a prompt or a running job" },
	[ACT_SEARCH] = { "search", "search the articles (regular expression)" },
	[ACT_SEARCH_NEXT] = { "search-next", "go to the next search hit" },
	[ACT_SEARCH_PREV] = { "search-previous",
	    "go to the previous search hit" },
	[ACT_LIMIT] = { "limit",
	    "limit every pane to the articles a limit names" },
	[ACT_TOGGLE_READ] = { "toggle-read", "mark the article read or unread" },
	[ACT_TOGGLE_STAR] = { "toggle-star", "star or unstar the article" },
	[ACT_READ_ALL] = { "read-all", "mark all listed articles read" },
	[ACT_UNDO] = { "undo", "undo the last mark-all" },
	[ACT_LEFT] = { "left", "move to the cell on the left" },
	[ACT_RIGHT] = { "right", "move to the cell on the right" },
	[ACT_DIFF_SIDES] = { "diff-sides", "pick the two sides to compare" },
	[ACT_TIME_VIEW] = { "toggle-time",
	    "compare one side before and since a date (asks which)" },
	[ACT_COMMAND] = { "command-prompt", "enter a command" },
	[ACT_HELP] = { "help", "show the key bindings" },
	[ACT_MAN] = { "man", "show the manual page" },
	[ACT_EXPLAIN] = { "explain",
	    "explain how the selected evidence was read" },
	[ACT_REJECT] = { "reject",
	    "reject the selected evidence, or restore it" },
	[ACT_OPEN_URL] = { "open-url", "open the article's URL in a browser" },
	[ACT_PIPE] = { "pipe", "pipe the article to a command" },
	[ACT_COPY] = { "copy",
	    "copy the selected evidence with its citation" },
	[ACT_TIMELINE] = { "timeline",
	    "show one side's stances quarter by quarter, or leave" },
	[ACT_FETCH] = { "fetch",
	    "fetch the feeds in the background, then list the new articles" },
	[ACT_SORT] = { "sort",
	    "sort the list by date, title, source, hits or unread first" },
};

static const char *scope_names[SCOPE_COUNT] = {
	"global", "articles", "reader", "actors", "positions", "help"
};

static const struct {
	const char	*name;
	uint32_t	 key;
} keyc_names[] = {
	{ "Up", KEYC_UP },
	{ "Down", KEYC_DOWN },
	{ "Left", KEYC_LEFT },
	{ "Right", KEYC_RIGHT },
	{ "Home", KEYC_HOME },
	{ "End", KEYC_END },
	{ "PageUp", KEYC_PPAGE },
	{ "PPage", KEYC_PPAGE },
	{ "PageDown", KEYC_NPAGE },
	{ "NPage", KEYC_NPAGE },
	{ "BTab", KEYC_BTAB },
	{ "BSpace", KEYC_BSPACE },
	{ "Delete", KEYC_DC },
	{ "Insert", KEYC_IC },
	{ "Enter", KEYC_ENTER },
	{ "Tab", KEYC_TAB },
	{ "Esc", KEYC_ESC },
	{ "Escape", KEYC_ESC },
	{ "Space", ' ' },
};

/* The defaults, in the order `?` shows them. */
static const struct {
	enum key_scope	 scope;
	const char	*key;
	enum action	 action;
} default_bindings[] = {
	{ SCOPE_GLOBAL, "j", ACT_DOWN },
	{ SCOPE_GLOBAL, "Down", ACT_DOWN },
	{ SCOPE_GLOBAL, "k", ACT_UP },
	{ SCOPE_GLOBAL, "Up", ACT_UP },
	{ SCOPE_GLOBAL, "g", ACT_TOP },
	{ SCOPE_GLOBAL, "Home", ACT_TOP },
	{ SCOPE_GLOBAL, "G", ACT_BOTTOM },
	{ SCOPE_GLOBAL, "End", ACT_BOTTOM },
	{ SCOPE_GLOBAL, "C-d", ACT_HALF_DOWN },
	{ SCOPE_GLOBAL, "C-u", ACT_HALF_UP },
	{ SCOPE_GLOBAL, "Space", ACT_PAGE_DOWN },
	{ SCOPE_GLOBAL, "PageDown", ACT_PAGE_DOWN },
	{ SCOPE_GLOBAL, "C-f", ACT_PAGE_DOWN },
	{ SCOPE_GLOBAL, "PageUp", ACT_PAGE_UP },
	{ SCOPE_GLOBAL, "C-b", ACT_PAGE_UP },
	{ SCOPE_GLOBAL, "Enter", ACT_OPEN },
	{ SCOPE_GLOBAL, "q", ACT_BACK },
	{ SCOPE_GLOBAL, "BSpace", ACT_BACK },
	{ SCOPE_GLOBAL, "Q", ACT_QUIT },
	{ SCOPE_GLOBAL, "Tab", ACT_NEXT_PANE },
	{ SCOPE_GLOBAL, "BTab", ACT_PREV_PANE },
	{ SCOPE_GLOBAL, "1", ACT_PANE_1 },
	{ SCOPE_GLOBAL, "2", ACT_PANE_2 },
	{ SCOPE_GLOBAL, "3", ACT_PANE_3 },
	{ SCOPE_GLOBAL, "4", ACT_PANE_4 },
	{ SCOPE_GLOBAL, "z", ACT_MAXIMISE },
	{ SCOPE_GLOBAL, "o", ACT_OPEN_URL },
	{ SCOPE_GLOBAL, "|", ACT_PIPE },
	{ SCOPE_GLOBAL, "S", ACT_SORT },
	{ SCOPE_GLOBAL, "C-l", ACT_REDRAW },
	{ SCOPE_GLOBAL, "C-z", ACT_SUSPEND },
	{ SCOPE_GLOBAL, "Esc", ACT_CANCEL },
	{ SCOPE_GLOBAL, "C-g", ACT_CANCEL },
	{ SCOPE_GLOBAL, "/", ACT_SEARCH },
	{ SCOPE_GLOBAL, "n", ACT_SEARCH_NEXT },
	{ SCOPE_GLOBAL, "N", ACT_SEARCH_PREV },
	{ SCOPE_GLOBAL, "l", ACT_LIMIT },
	{ SCOPE_GLOBAL, "&", ACT_LIMIT },
	{ SCOPE_GLOBAL, "r", ACT_TOGGLE_READ },
	{ SCOPE_GLOBAL, "s", ACT_TOGGLE_STAR },
	{ SCOPE_GLOBAL, "A", ACT_READ_ALL },
	{ SCOPE_GLOBAL, "R", ACT_FETCH },
	{ SCOPE_GLOBAL, "u", ACT_UNDO },
	{ SCOPE_GLOBAL, ":", ACT_COMMAND },
	{ SCOPE_GLOBAL, "?", ACT_HELP },
	{ SCOPE_GLOBAL, "F1", ACT_MAN },
	{ SCOPE_POSITIONS, "h", ACT_LEFT },
	{ SCOPE_POSITIONS, "Left", ACT_LEFT },
	{ SCOPE_POSITIONS, "l", ACT_RIGHT },
	{ SCOPE_POSITIONS, "Right", ACT_RIGHT },
	{ SCOPE_POSITIONS, "d", ACT_DIFF_SIDES },
	{ SCOPE_POSITIONS, "t", ACT_TIME_VIEW },
	{ SCOPE_POSITIONS, "T", ACT_TIMELINE },
	{ SCOPE_POSITIONS, "x", ACT_EXPLAIN },
	{ SCOPE_POSITIONS, "!", ACT_REJECT },
	{ SCOPE_POSITIONS, "y", ACT_COPY },
};

const struct action_info *
action_info(enum action a)
{
	if ((unsigned)a >= ACT_COUNT)
		a = ACT_NONE;
	return &action_table[a];
}

enum action
action_by_name(const char *name)
{
	int	i;

	for (i = 1; i < ACT_COUNT; i++) {
		if (strcmp(action_table[i].name, name) == 0)
			return (enum action)i;
	}
	return ACT_NONE;
}

static const char *
scope_name(enum key_scope s)
{
	if ((unsigned)s >= SCOPE_COUNT)
		return "?";
	return scope_names[s];
}

int
scope_by_name(const char *name)
{
	int	i;

	for (i = 0; i < SCOPE_COUNT; i++) {
		if (strcmp(scope_names[i], name) == 0)
			return i;
	}
	return -1;
}

/* "F1" to "F12", or KEYC_NONE. */
static uint32_t
key_function(const char *name)
{
	char	*end;
	long	 n;

	if ((name[0] != 'F' && name[0] != 'f') || name[1] < '1' ||
	    name[1] > '9')
		return KEYC_NONE;
	n = strtol(name + 1, &end, 10);
	if (*end != '\0' || n < 1 || n > 12)
		return KEYC_NONE;
	return KEYC_F1 + (uint32_t)n - 1;
}

uint32_t
keyc_by_name(const char *name)
{
	size_t		 i, len = strlen(name), n;
	uint32_t	 cp;
	int		 valid = 1;

	if (len == 0)
		return KEYC_NONE;
	for (i = 0; i < sizeof keyc_names / sizeof keyc_names[0]; i++) {
		if (strcasecmp(keyc_names[i].name, name) == 0)
			return keyc_names[i].key;
	}
	if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-') {
		cp = (unsigned char)name[2];
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    cp == '[' || cp == '\\' || cp == ']' || cp == '_')
			return KEYC_CTRL(cp);
		return KEYC_NONE;
	}
	if (len > 1 && key_function(name) != KEYC_NONE)
		return key_function(name);
	n = utf8_decode(name, len, &cp, &valid);
	if (!valid || n != len || cp < 0x20 || cp == 0x7f)
		return KEYC_NONE;
	return cp;
}

const char *
keyc_name(uint32_t key, char *out, size_t size)
{
	size_t	i, n;

	for (i = 0; i < sizeof keyc_names / sizeof keyc_names[0]; i++) {
		if (keyc_names[i].key == key) {
			snprintf(out, size, "%s", keyc_names[i].name);
			return out;
		}
	}
	if (key >= KEYC_F1 && key <= KEYC_F12)
		snprintf(out, size, "F%u", (unsigned)(key - KEYC_F1 + 1));
	else if (key >= 1 && key < 0x20)
		snprintf(out, size, "C-%c", (char)(key + 'a' - 1));
	else if (key < 0x110000 && key >= 0x20 && size > 4) {
		n = utf8_encode(key, out);
		out[n] = '\0';
	} else
		snprintf(out, size, "0x%x", (unsigned)key);
	return out;
}

void
keymap_init(struct keymap *km)
{
	size_t	i;

	memset(km, 0, sizeof *km);
	for (i = 0; i < sizeof default_bindings / sizeof default_bindings[0];
	    i++) {
		keymap_bind(km, default_bindings[i].scope,
		    keyc_by_name(default_bindings[i].key),
		    default_bindings[i].action);
	}
}

void
keymap_release(struct keymap *km)
{
	free(km->b);
	memset(km, 0, sizeof *km);
}

void
keymap_bind(struct keymap *km, enum key_scope scope, uint32_t key,
    enum action action)
{
	size_t	i;

	for (i = 0; i < km->n; i++) {
		if (km->b[i].scope != scope || km->b[i].key != key)
			continue;
		if (action == ACT_NONE) {
			memmove(&km->b[i], &km->b[i + 1],
			    (km->n - i - 1) * sizeof km->b[0]);
			km->n--;
		} else
			km->b[i].action = action;
		return;
	}
	if (action == ACT_NONE)
		return;
	km->b = xgrow(km->b, &km->alloc, km->n + 1, sizeof km->b[0]);
	km->b[km->n].scope = scope;
	km->b[km->n].key = key;
	km->b[km->n].action = action;
	km->n++;
}

/* The binding of key in exactly scope, or ACT_NONE. */
static enum action
keymap_find(const struct keymap *km, enum key_scope scope, uint32_t key)
{
	size_t	i;

	for (i = 0; i < km->n; i++) {
		if (km->b[i].scope == scope && km->b[i].key == key)
			return km->b[i].action;
	}
	return ACT_NONE;
}

enum action
keymap_lookup(const struct keymap *km, enum key_scope scope, uint32_t key)
{
	enum action	a;

	if (scope != SCOPE_GLOBAL) {
		a = keymap_find(km, scope, key);
		if (a != ACT_NONE)
			return a;
	}
	return keymap_find(km, SCOPE_GLOBAL, key);
}

size_t
keymap_keys_for(const struct keymap *km, enum key_scope scope,
    enum action action, char *out, size_t size)
{
	size_t	i, count = 0, used = 0;
	char	name[32];

	if (size > 0)
		out[0] = '\0';
	for (i = 0; i < km->n; i++) {
		if (km->b[i].scope != scope || km->b[i].action != action)
			continue;
		keyc_name(km->b[i].key, name, sizeof name);
		if (used < size)
			used += (size_t)snprintf(out + used, size - used,
			    "%s%s", count ? ", " : "", name);
		count++;
	}
	return count;
}

/* Order for printing: scope, then action, then the order of binding. */
static int
keymap_cmp(const void *a, const void *b)
{
	const struct key_binding *x = *(const struct key_binding *const *)a;
	const struct key_binding *y = *(const struct key_binding *const *)b;

	if (x->scope != y->scope)
		return x->scope < y->scope ? -1 : 1;
	if (x->action != y->action)
		return x->action < y->action ? -1 : 1;
	return x < y ? -1 : x > y;
}

void
keymap_print(const struct keymap *km, FILE *f, int json)
{
	const struct key_binding	**v;
	struct json			  j;
	size_t				  i;
	char				  name[32];

	v = xreallocarray(NULL, km->n + 1, sizeof *v);
	for (i = 0; i < km->n; i++)
		v[i] = &km->b[i];
	qsort(v, km->n, sizeof *v, keymap_cmp);
	if (json) {
		json_init(&j, f, JSON_PRETTY);
		json_begin_array(&j);
	}
	for (i = 0; i < km->n; i++) {
		keyc_name(v[i]->key, name, sizeof name);
		if (!json) {
			fprintf(f, "%-10s %-10s %-16s %s\n",
			    scope_name(v[i]->scope), name,
			    action_info(v[i]->action)->name,
			    action_info(v[i]->action)->help);
			continue;
		}
		json_begin_object(&j);
		json_kv_string(&j, "scope", scope_name(v[i]->scope));
		json_kv_string(&j, "key", name);
		json_kv_string(&j, "action", action_info(v[i]->action)->name);
		json_kv_string(&j, "help", action_info(v[i]->action)->help);
		json_end_object(&j);
	}
	if (json) {
		json_end_array(&j);
		json_finish(&j);
	}
	free(v);
}
