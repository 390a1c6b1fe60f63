/*
 * The one-line prompt at the bottom: a small line editor over a struct
 * buf (UTF-8, cursor as a byte offset), with history for searches and
 * limits, and the ':' command line.  A search prompt searches as the user
 * types: each edit marks the prompt dirty; when no more keys are waiting,
 * uisearch_type() searches at once or, for a pattern that needs a full
 * scan, leaves it dirty and the main loop calls prompt_idle() after a
 * short pause without keys.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

static const char *
prompt_prefix(enum prompt_kind k)
{
	switch (k) {
	case PROMPT_SEARCH:
		return "/";
	case PROMPT_LIMIT:
		return "limit: ";
	case PROMPT_COMMAND:
		return ":";
	case PROMPT_SIDES:
		return "sides (two, e.g. USA RUS): ";
	case PROMPT_PIPE:
		return "pipe the article to: ";
	case PROMPT_FIND:
		return "find actor: ";
	case PROMPT_SPLIT:
		return "split the time view at (YYYY-MM-DD): ";
	default:
		return "";
	}
}

static void
prompt_close(struct ui *ui)
{
	ui->prompt.kind = PROMPT_NONE;
	ui->prompt.dirty = 0;
}

/* Byte offset of the character before / after the cursor. */
static size_t
prompt_prev(struct prompt *p, size_t at)
{
	if (at == 0)
		return 0;
	at--;
	while (at > 0 && ((unsigned char)p->text->data[at] & 0xc0) == 0x80)
		at--;
	return at;
}

static size_t
prompt_next(struct prompt *p, size_t at)
{
	uint32_t	cp;

	if (at >= p->text->len)
		return p->text->len;
	return at + utf8_decode(p->text->data + at, p->text->len - at, &cp,
	    NULL);
}

static void
prompt_delete(struct prompt *p, size_t from, size_t to)
{
	memmove(p->text->data + from, p->text->data + to,
	    p->text->len - to + 1);
	p->text->len -= to - from;
	if (p->cursor > to)
		p->cursor -= to - from;
	else if (p->cursor > from)
		p->cursor = from;
	p->dirty = 1;
}

static void
prompt_insert(struct prompt *p, uint32_t cp)
{
	char	enc[4];
	size_t	n = utf8_encode(cp, enc), tail = p->text->len - p->cursor;

	buf_grow(p->text, n);
	memmove(p->text->data + p->cursor + n, p->text->data + p->cursor,
	    tail + 1);
	memcpy(p->text->data + p->cursor, enc, n);
	p->text->len += n;
	p->cursor += n;
	p->dirty = 1;
}

static void
prompt_history(struct ui *ui, int dir)
{
	struct prompt	*p = &ui->prompt;

	if (dir < 0 && p->hist == 0)
		return;
	if (dir > 0 && p->hist >= ui->st.nhistory)
		return;
	p->hist = dir < 0 ? p->hist - 1 : p->hist + 1;
	buf_reset(p->text);
	buf_adds(p->text, p->hist < ui->st.nhistory ?
	    ui->st.history[p->hist] : "");
	p->cursor = p->text->len;
	p->dirty = 1;
}

/*
 * Enter: hand the line back to the loop, which decides what it means
 * (ui->answer, REACT_ANSWER); searches and limits go into the history.
 */
static int
prompt_accept(struct ui *ui)
{
	struct prompt	*p = &ui->prompt;
	enum prompt_kind k = p->kind;
	char		*line = xstrdup(p->text->data != NULL ?
			    p->text->data : "");

	prompt_close(ui);
	if ((k == PROMPT_SEARCH || k == PROMPT_LIMIT) && *line != '\0') {
		uistate_add_history(&ui->st, line);
		ui->st.dirty = 1;
	}
	free(ui->answer);
	ui->answer = line;
	ui->answer_kind = k;
	return REACT_DRAW | REACT_ANSWER;
}

/* Esc: close, and take back an incremental search. */
static int
prompt_cancel(struct ui *ui)
{
	struct prompt	*p = &ui->prompt;
	char		*saved = p->saved;

	p->saved = NULL;
	if (p->kind == PROMPT_SEARCH) {
		if (saved != NULL)
			uisearch_set(ui, saved, 1);
		else
			uisearch_clear(ui);
	}
	free(saved);
	prompt_close(ui);
	return REACT_DRAW | REACT_LAYOUT;
}

int
prompt_key(struct ui *ui, uint32_t key)
{
	struct prompt	*p = &ui->prompt;

	switch (key) {
	case KEYC_ENTER:
		return prompt_accept(ui);
	case KEYC_ESC:
	case KEYC_CTRL('g'):
		return prompt_cancel(ui);
	case KEYC_BSPACE:
		if (p->text->len == 0)
			return prompt_cancel(ui);
		if (p->cursor > 0)
			prompt_delete(p, prompt_prev(p, p->cursor), p->cursor);
		break;
	case KEYC_DC:
	case KEYC_CTRL('d'):
		prompt_delete(p, p->cursor, prompt_next(p, p->cursor));
		break;
	case KEYC_LEFT:
	case KEYC_CTRL('b'):
		p->cursor = prompt_prev(p, p->cursor);
		break;
	case KEYC_RIGHT:
	case KEYC_CTRL('f'):
		p->cursor = prompt_next(p, p->cursor);
		break;
	case KEYC_HOME:
	case KEYC_CTRL('a'):
		p->cursor = 0;
		break;
	case KEYC_END:
	case KEYC_CTRL('e'):
		p->cursor = p->text->len;
		break;
	case KEYC_CTRL('u'):
		prompt_delete(p, 0, p->cursor);
		break;
	case KEYC_CTRL('w'):
		while (p->cursor > 0 && p->text->data[p->cursor - 1] == ' ')
			prompt_delete(p, p->cursor - 1, p->cursor);
		while (p->cursor > 0 && p->text->data[p->cursor - 1] != ' ')
			prompt_delete(p, prompt_prev(p, p->cursor), p->cursor);
		break;
	case KEYC_UP:
	case KEYC_DOWN:
		if (p->kind == PROMPT_SEARCH || p->kind == PROMPT_LIMIT)
			prompt_history(ui, key == KEYC_UP ? -1 : 1);
		break;
	default:
		if (key >= 0x20 && key < KEYC_BASE && key != 0x7f)
			prompt_insert(p, key);
		break;
	}
	if (p->kind != PROMPT_SEARCH)
		p->dirty = 0;
	else if (p->dirty && !ui_input_pending())
		return REACT_DRAW | uisearch_type(ui, p->text->data != NULL ?
		    p->text->data : "");
	return REACT_DRAW;
}

int
prompt_idle(struct ui *ui)
{
	struct prompt	*p = &ui->prompt;

	p->dirty = 0;
	if (p->kind != PROMPT_SEARCH)
		return REACT_NONE;
	return uisearch_set(ui, p->text->data != NULL ? p->text->data : "", 0);
}

void
prompt_draw(struct ui *ui, int y)
{
	struct prompt	*p = &ui->prompt;
	const char	*prefix;
	int		 pw, cw, skip = 0, x;
	size_t		 start = 0;

	if (p->kind == PROMPT_NONE) {
		draw_str(ui, y, 0, ui->cols, ui->message != NULL ?
		    ui->message : "", ui->message_error ? ROLE_ERROR :
		    ROLE_NORMAL, DRAW_FILL | DRAW_ELLIPSIS);
		return;
	}
	prefix = prompt_prefix(p->kind);
	draw_fill(ui, y, 0, ui->cols, ROLE_NORMAL);
	pw = draw_str(ui, y, 0, ui->cols, prefix, ROLE_NORMAL, 0);
	cw = text_width(p->text->data, p->cursor, ui->cols * 4);
	/* Scroll the text so the cursor stays on screen. */
	while (pw + cw - skip >= ui->cols && start < p->cursor) {
		size_t next = prompt_next(p, start);
		skip += text_width(p->text->data + start, next - start, 8);
		start = next;
	}
	x = pw + draw_text(ui, y, pw, ui->cols - pw, p->text->data + start,
	    p->text->len - start, ROLE_NORMAL, NULL, 0, 0, 0);
	if (p->kind == PROMPT_SEARCH && ui->search.error != NULL &&
	    x + 3 < ui->cols)
		x += draw_str(ui, y, x + 2, ui->cols - x - 2, ui->search.error,
		    ROLE_ERROR, 0) + 2;
	move(y, pw + cw - skip < ui->cols ? pw + cw - skip : ui->cols - 1);
	curs_set(1);
}
