/*
 * Headless runs (tig's way): with DEMARCHE_TUI_SCRIPT=FILE the interface
 * draws into curses' own screen (the terminal output goes to /dev/null),
 * takes its keys from FILE instead of the keyboard and writes the screen
 * as text where the script asks.  Tests then need no terminal and no
 * tmux, and a screen is the same text that `tmux capture-pane -p` gives.
 *
 * The script is read whole; one command a line:
 *
 *	# comment
 *	KEY ...			keys by their config names: j, Enter, C-d,
 *				Space, F1, or any one character
 *	type TEXT		each character of TEXT (spaces too)
 *	pause			a pause in typing (the search prompt's timer)
 *	resize COLS ROWS	the terminal's new size
 *	dump FILE		the screen as text into FILE ("-": stdout)
 *
 * The pending keys of the current line sit in a small queue.  A bad line
 * ends the run with "script:LINE: ..." as the cause.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/atomic.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "ui.h"

struct ui_script {
	char		*text;		/* the whole file, NUL-terminated */
	size_t		 len, at;	/* the next line starts at text[at] */
	unsigned	 line;
	uint32_t	 keys[256];	/* what the current line still sends */
	size_t		 nkeys, next;
	char		*error;
};

struct ui_script *
script_open(const char *path, char **cause)
{
	struct ui_script	*s;
	char			*why = NULL;
	size_t			 len;
	char			*text;

	if ((text = file_read(path, &len, &why)) == NULL) {
		*cause = why;
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->text = text;
	s->len = len;
	return s;
}

void
script_free(struct ui_script *s)
{
	if (s == NULL)
		return;
	free(s->text);
	free(s->error);
	free(s);
}

const char *
script_error(struct ui_script *s)
{
	return s->error;
}

/* The character in the cell at y, x and its width; 0 past the line. */
static int
script_cell(int y, int x, wchar_t *wch, size_t size)
{
	cchar_t		cc;
	attr_t		attrs;
	short		pair;
	int		w;

	if (mvwin_wch(stdscr, y, x, &cc) == ERR ||
	    getcchar(&cc, wch, &attrs, &pair, NULL) == ERR)
		return 0;
	(void)size;
	if (wch[0] == L'\0')
		wch[0] = L' ', wch[1] = L'\0';
	if (attrs & A_ALTCHARSET) {
		/* The line-drawing set, as a UTF-8 terminal shows it. */
		if (wch[0] == L'x')
			wch[0] = 0x2502;
		else if (wch[0] == L'q')
			wch[0] = 0x2500;
	}
	w = wcwidth(wch[0]);
	return w < 1 ? 1 : w;
}

/* Write the screen as text, trailing blanks cut, one line each. */
static void
script_dump(FILE *f)
{
	wchar_t	 wch[CCHARW_MAX + 1];
	char	 enc[4];
	char	*line;
	size_t	 n, alloc = 256, i, k;
	int	 y, x, w, rows, cols;

	getmaxyx(stdscr, rows, cols);
	line = xmalloc(alloc);
	for (y = 0; y < rows; y++) {
		n = 0;
		for (x = 0; x < cols; x += w) {
			memset(wch, 0, sizeof wch);
			if ((w = script_cell(y, x, wch, CCHARW_MAX)) == 0)
				break;
			for (i = 0; i < CCHARW_MAX && wch[i] != L'\0'; i++) {
				k = utf8_encode((uint32_t)wch[i], enc);
				line = xgrow(line, &alloc, n + k + 1, 1);
				memcpy(line + n, enc, k);
				n += k;
			}
		}
		while (n > 0 && line[n - 1] == ' ')
			n--;
		fwrite(line, 1, n, f);
		fputc('\n', f);
	}
	free(line);
	fflush(f);
}

/* "dump FILE": the screen into FILE; 0 or -1 with s->error. */
static int
script_do_dump(struct ui_script *s, const char *path)
{
	FILE	*f;

	if (strcmp(path, "-") == 0) {
		script_dump(stdout);
		return 0;
	}
	if ((f = fopen(path, "w")) == NULL) {
		s->error = xasprintf("script:%u: cannot open '%s': %s",
		    s->line, path, strerror(errno));
		return -1;
	}
	script_dump(f);
	fclose(f);
	return 0;
}

/* Queue the characters of text (one key each). */
static int
script_type(struct ui_script *s, const char *text)
{
	uint32_t	cp;
	size_t		len = strlen(text), k;

	while (len > 0 && s->nkeys < sizeof s->keys / sizeof s->keys[0]) {
		k = utf8_decode(text, len, &cp, NULL);
		s->keys[s->nkeys++] = cp == '\n' ? KEYC_ENTER : cp;
		text += k;
		len -= k;
	}
	return 0;
}

/* Queue the keys named in words of line (modified). */
static int
script_names(struct ui_script *s, char *line)
{
	char		*w, *save = NULL;
	uint32_t	 key;

	for (w = strtok_r(line, " \t", &save); w != NULL;
	    w = strtok_r(NULL, " \t", &save)) {
		if ((key = keyc_by_name(w)) == KEYC_NONE) {
			s->error = xasprintf("script:%u: unknown key '%s'",
			    s->line, w);
			return -1;
		}
		if (s->nkeys < sizeof s->keys / sizeof s->keys[0])
			s->keys[s->nkeys++] = key;
	}
	return 0;
}

/*
 * Run one line: queue its keys, or do what it says.  Returns 0, 1 for a
 * pause or a resize (*key says which), or -1 on error.
 */
static int
script_line(struct ui_script *s, char *line, uint32_t *key)
{
	int	cols, rows;

	if (*line == '#' || *line == '\0')
		return 0;
	if (strncmp(line, "type ", 5) == 0)
		return script_type(s, line + 5);
	if (strcmp(line, "pause") == 0) {
		*key = SCRIPT_PAUSE;
		return 1;
	}
	if (strncmp(line, "dump ", 5) == 0)
		return script_do_dump(s, line + 5);
	if (sscanf(line, "resize %d %d", &cols, &rows) == 2) {
		if (cols < 1 || rows < 1 || cols > 1000 || rows > 1000) {
			s->error = xasprintf("script:%u: bad size", s->line);
			return -1;
		}
		resizeterm(rows, cols);
		*key = KEYC_RESIZE;
		return 1;
	}
	return script_names(s, line);
}

uint32_t
script_next(struct ui_script *s)
{
	char		*nl, *line;
	uint32_t	 key = KEYC_NONE;
	int		 rc;

	while (s->next >= s->nkeys) {
		s->next = s->nkeys = 0;
		if (s->error != NULL || s->at >= s->len)
			return KEYC_NONE;
		line = s->text + s->at;
		if ((nl = memchr(line, '\n', s->len - s->at)) != NULL) {
			*nl = '\0';
			s->at = (size_t)(nl - s->text) + 1;
		} else
			s->at = s->len;
		s->line++;
		if (nl != NULL && nl > line && nl[-1] == '\r')
			nl[-1] = '\0';
		if ((rc = script_line(s, line, &key)) < 0)
			return KEYC_NONE;
		if (rc == 1)
			return key;
	}
	return s->keys[s->next++];
}
