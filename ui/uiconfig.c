/*
 * The configuration parser: lines are split into at most CONFIG_MAXWORDS
 * words in a scratch copy, then each command applies itself to the
 * struct ui_config.  Errors are collected, never fatal.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "uiconfig.h"

#define CONFIG_MAXWORDS 16

static const char *role_names[ROLE_COUNT] = {
	"normal", "selected", "title", "heading", "meta", "status", "bar",
	"bar-current", "hit", "error", "mark",
	"side1", "side2", "side3", "side4", "side5", "side6",
};

static const char *colour_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct ui_style default_styles[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, 0 },
	[ROLE_SELECTED] = { -1, -1, UIATTR_REVERSE },
	[ROLE_TITLE] = { -1, -1, UIATTR_BOLD },
	[ROLE_HEADING] = { 6, -1, UIATTR_BOLD },
	[ROLE_META] = { -1, -1, UIATTR_DIM },
	[ROLE_STATUS] = { -1, -1, UIATTR_REVERSE },
	[ROLE_BAR] = { -1, -1, 0 },
	[ROLE_BAR_CURRENT] = { -1, -1, UIATTR_REVERSE | UIATTR_BOLD },
	[ROLE_HIT] = { 0, 3, UIATTR_REVERSE },
	[ROLE_ERROR] = { 1, -1, UIATTR_BOLD },
	[ROLE_MARK] = { 3, -1, UIATTR_BOLD },
	[ROLE_SIDE1] = { 4, -1, UIATTR_BOLD },
	[ROLE_SIDE2] = { 1, -1, UIATTR_BOLD },
	[ROLE_SIDE3] = { 2, -1, UIATTR_BOLD },
	[ROLE_SIDE4] = { 5, -1, UIATTR_BOLD },
	[ROLE_SIDE5] = { 6, -1, UIATTR_BOLD },
	[ROLE_SIDE6] = { 3, -1, UIATTR_BOLD },
};

void
uiconfig_init(struct ui_config *cf)
{
	memset(cf, 0, sizeof *cf);
	keymap_init(&cf->keys);
	memcpy(cf->styles, default_styles, sizeof cf->styles);
	cf->colors = 1;
	cf->search_delay = 150;
	cf->text_cache = 128;
}

void
uiconfig_release(struct ui_config *cf)
{
	size_t	i;

	keymap_release(&cf->keys);
	free(cf->corpus);
	free(cf->copy);
	for (i = 0; i < cf->nerrors; i++)
		free(cf->errors[i]);
	free(cf->errors);
	memset(cf, 0, sizeof *cf);
}

static void
uiconfig_error(struct ui_config *cf, const char *file, size_t line,
    const char *msg, const char *arg)
{
	cf->errors = xreallocarray(cf->errors, cf->nerrors + 1,
	    sizeof *cf->errors);
	if (arg != NULL)
		cf->errors[cf->nerrors++] = xasprintf("%s:%zu: %s '%s'", file,
		    line, msg, arg);
	else
		cf->errors[cf->nerrors++] = xasprintf("%s:%zu: %s", file, line,
		    msg);
}

/*
 * Split line (modified in place) into words; returns the count, or -1
 * when a quote is not closed or there are too many words.
 */
static int
uiconfig_split(char *line, char **words)
{
	int	 n = 0;
	char	*p = line, *out;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			return n;
		if (n == CONFIG_MAXWORDS)
			return -1;
		words[n++] = out = p;
		if (*p == '"') {
			words[n - 1] = out = ++p;
			while (*p != '"' && *p != '\0')
				p++;
			if (*p != '"')
				return -1;
			*p++ = '\0';
			if (*p != '\0' && *p != ' ' && *p != '\t')
				return -1;
			continue;
		}
		while (*p != ' ' && *p != '\t' && *p != '\0')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
}

/* "bind [SCOPE] KEY ACTION" and "unbind [SCOPE] KEY". */
static const char *
uiconfig_bind(struct ui_config *cf, int unbind, char **w, int n,
    const char **arg)
{
	int		 scope = SCOPE_GLOBAL, want = unbind ? 2 : 3;
	uint32_t	 key;
	enum action	 act = ACT_NONE;

	if (n == want + 1) {
		if ((scope = scope_by_name(w[1])) < 0)
			return *arg = w[1], "unknown scope";
		w++;
		n--;
	}
	if (n != want)
		return unbind ? "usage: unbind [SCOPE] KEY" :
		    "usage: bind [SCOPE] KEY ACTION";
	if ((key = keyc_by_name(w[1])) == KEYC_NONE)
		return *arg = w[1], "unknown key";
	if (!unbind) {
		act = action_by_name(w[2]);
		if (act == ACT_NONE && strcmp(w[2], "none") != 0)
			return *arg = w[2], "unknown action";
	}
	keymap_bind(&cf->keys, (enum key_scope)scope, key, act);
	return NULL;
}

/* A colour name or number into *out; -2 when unknown. */
static int
uiconfig_colour(const char *s)
{
	size_t	 i;
	char	*end;
	long	 n;

	if (strcasecmp(s, "default") == 0)
		return -1;
	for (i = 0; i < sizeof colour_names / sizeof colour_names[0]; i++) {
		if (strcasecmp(s, colour_names[i]) == 0)
			return (int)i;
	}
	if (strncasecmp(s, "colour", 6) == 0)
		s += 6;
	else if (strncasecmp(s, "color", 5) == 0)
		s += 5;
	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || n < 0 || n > 255)
		return -2;
	return (int)n;
}

static unsigned
uiconfig_attr(const char *s)
{
	if (strcmp(s, "bold") == 0)
		return UIATTR_BOLD;
	if (strcmp(s, "underline") == 0)
		return UIATTR_UNDERLINE;
	if (strcmp(s, "reverse") == 0)
		return UIATTR_REVERSE;
	if (strcmp(s, "dim") == 0)
		return UIATTR_DIM;
	if (strcmp(s, "none") == 0)
		return 0;
	return ~0u;
}

/* "color ROLE FG [BG] [ATTR ...]" */
static const char *
uiconfig_color(struct ui_config *cf, char **w, int n, const char **arg)
{
	struct ui_style	 st = { -1, -1, 0 };
	int		 role, i = 3, c;
	unsigned	 a;

	if (n < 3)
		return "usage: color ROLE FG [BG] [ATTR ...]";
	for (role = 0; role < ROLE_COUNT; role++) {
		if (strcmp(role_names[role], w[1]) == 0)
			break;
	}
	if (role == ROLE_COUNT)
		return *arg = w[1], "unknown role";
	if ((st.fg = uiconfig_colour(w[2])) == -2)
		return *arg = w[2], "unknown colour";
	if (n > 3 && (c = uiconfig_colour(w[3])) != -2) {
		st.bg = c;
		i = 4;
	}
	for (; i < n; i++) {
		if ((a = uiconfig_attr(w[i])) == ~0u)
			return *arg = w[i], "unknown attribute";
		st.attrs |= a;
	}
	cf->styles[role] = st;
	return NULL;
}

/* A whole decimal number in [0, max] into *v; 0 or -1. */
static int
uiconfig_number(const char *s, long max, int *v)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || n < 0 || n > max)
		return -1;
	*v = (int)n;
	return 0;
}

/* "set corpus PATH", "set colors on|off", "set search-delay MS",
   "set text-cache MB", "set mouse on|off", "set copy COMMAND". */
static const char *
uiconfig_set(struct ui_config *cf, char **w, int n, const char **arg)
{
	if (n != 3)
		return "usage: set OPTION VALUE";
	if (strcmp(w[1], "corpus") == 0) {
		free(cf->corpus);
		cf->corpus = xstrdup(w[2]);
		return NULL;
	}
	if (strcmp(w[1], "copy") == 0) {
		free(cf->copy);
		cf->copy = *w[2] != '\0' ? xstrdup(w[2]) : NULL;
		return NULL;
	}
	if (strcmp(w[1], "search-delay") == 0) {
		if (uiconfig_number(w[2], 10000, &cf->search_delay) != 0)
			return *arg = w[2], "expected milliseconds (0-10000), "
			    "not";
		return NULL;
	}
	if (strcmp(w[1], "text-cache") == 0) {
		if (uiconfig_number(w[2], 65536, &cf->text_cache) != 0)
			return *arg = w[2], "expected megabytes (0-65536), "
			    "not";
		return NULL;
	}
	if (strcmp(w[1], "mouse") == 0) {
		if (strcmp(w[2], "on") == 0 || strcmp(w[2], "off") == 0)
			cf->mouse = strcmp(w[2], "on") == 0;
		else
			return *arg = w[2], "expected on or off, not";
		return NULL;
	}
	if (strcmp(w[1], "colors") == 0 || strcmp(w[1], "colours") == 0) {
		if (strcmp(w[2], "on") == 0)
			cf->colors = 1;
		else if (strcmp(w[2], "off") == 0)
			cf->colors = 0;
		else
			return *arg = w[2], "expected on or off, not";
		return NULL;
	}
	return *arg = w[1], "unknown option";
}

/* Apply one line (modified); an error message or NULL. */
static const char *
uiconfig_line(struct ui_config *cf, char *line, const char **arg)
{
	char	*w[CONFIG_MAXWORDS];
	int	 n;

	*arg = NULL;
	if ((n = uiconfig_split(line, w)) < 0)
		return "unclosed quote or too many words";
	if (n == 0 || w[0][0] == '#')
		return NULL;
	if (strcmp(w[0], "bind") == 0)
		return uiconfig_bind(cf, 0, w, n, arg);
	if (strcmp(w[0], "unbind") == 0)
		return uiconfig_bind(cf, 1, w, n, arg);
	if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0)
		return uiconfig_color(cf, w, n, arg);
	if (strcmp(w[0], "set") == 0)
		return uiconfig_set(cf, w, n, arg);
	return *arg = w[0], "unknown command";
}

size_t
uiconfig_parse(struct ui_config *cf, const char *buf, size_t len,
    const char *file)
{
	size_t		 lineno = 0, before = cf->nerrors, n;
	const char	*p = buf, *end = buf + len, *nl, *msg, *arg;
	char		*line;

	while (p < end) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl != NULL ? nl : end) - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		line = xstrndup(p, n);
		if (strlen(line) != n)
			msg = "NUL byte in line", arg = NULL;
		else if (n > 4096)
			msg = "line too long", arg = NULL;
		else
			msg = uiconfig_line(cf, line, &arg);
		if (msg != NULL)
			uiconfig_error(cf, file, lineno, msg, arg);
		free(line);
		p = nl != NULL ? nl + 1 : end;
	}
	return cf->nerrors - before;
}

size_t
uiconfig_load(struct ui_config *cf)
{
	char	*dir, *path, *data, *cause = NULL;
	size_t	 len, n = 0;

	if ((dir = xdg_dir(XDG_CONFIG, 0, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	path = xasprintf("%s/config", dir);
	free(dir);
	data = file_read(path, &len, &cause);
	if (data == NULL) {
		if (access(path, F_OK) == 0) {
			cf->errors = xreallocarray(cf->errors, cf->nerrors + 1,
			    sizeof *cf->errors);
			cf->errors[cf->nerrors++] = cause;
			n = 1;
		} else
			free(cause);
		free(path);
		return n;
	}
	n = uiconfig_parse(cf, data, len, path);
	free(data);
	free(path);
	return n;
}
