/*
 * The state file and the string sets behind read marks and stars.  A set
 * is an open-addressing table of malloc'd strings, kept at most half full;
 * deletion re-inserts the rest of the cluster so probing stays correct.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "uistate.h"

#define UISTATE_MAGIC "demarche-state 1"

static int	uistate_read_other(struct ui_state *, const char *, char **);

static size_t
strset_slot(const struct strset *s, const char *key)
{
	size_t	i;

	i = (size_t)hash64(key, strlen(key), HASH_SEED) & (s->nslots - 1);
	while (s->slots[i] != NULL && strcmp(s->slots[i], key) != 0)
		i = (i + 1) & (s->nslots - 1);
	return i;
}

int
strset_has(const struct strset *s, const char *key)
{
	if (s->nslots == 0)
		return 0;
	return s->slots[strset_slot(s, key)] != NULL;
}

static void
strset_grow(struct strset *s)
{
	char	**old = s->slots;
	size_t	  i, nold = s->nslots;

	s->nslots = nold == 0 ? 64 : nold * 2;
	s->slots = xcalloc(s->nslots, sizeof *s->slots);
	for (i = 0; i < nold; i++) {
		if (old[i] != NULL)
			s->slots[strset_slot(s, old[i])] = old[i];
	}
	free(old);
}

int
strset_add(struct strset *s, const char *key)
{
	size_t	i;

	if ((s->n + 1) * 2 > s->nslots)
		strset_grow(s);
	i = strset_slot(s, key);
	if (s->slots[i] != NULL)
		return 0;
	s->slots[i] = xstrdup(key);
	s->n++;
	return 1;
}

int
strset_del(struct strset *s, const char *key)
{
	size_t	 i, j;
	char	*moved;

	if (s->nslots == 0)
		return 0;
	i = strset_slot(s, key);
	if (s->slots[i] == NULL)
		return 0;
	free(s->slots[i]);
	s->slots[i] = NULL;
	s->n--;
	for (j = (i + 1) & (s->nslots - 1); s->slots[j] != NULL;
	    j = (j + 1) & (s->nslots - 1)) {
		moved = s->slots[j];
		s->slots[j] = NULL;
		s->slots[strset_slot(s, moved)] = moved;
	}
	return 1;
}

void
strset_release(struct strset *s)
{
	size_t	i;

	for (i = 0; i < s->nslots; i++)
		free(s->slots[i]);
	free(s->slots);
	memset(s, 0, sizeof *s);
}

void
uistate_init(struct ui_state *st)
{
	memset(st, 0, sizeof *st);
}

void
uistate_release(struct ui_state *st)
{
	size_t	i;

	strset_release(&st->read);
	strset_release(&st->star);
	strset_release(&st->reject);
	for (i = 0; i < st->nops; i++)
		free(st->ops[i].key);
	free(st->ops);
	for (i = 0; i < st->nhistory; i++)
		free(st->history[i]);
	free(st->history);
	free(st->last);
	free(st->reading);
	free(st->sort);
	memset(st, 0, sizeof *st);
}

void
uistate_add_history(struct ui_state *st, const char *s)
{
	size_t	i;
	char	*keep = NULL;

	for (i = 0; i < st->nhistory; i++) {
		if (strcmp(st->history[i], s) == 0) {
			keep = st->history[i];
			memmove(&st->history[i], &st->history[i + 1],
			    (st->nhistory - i - 1) * sizeof *st->history);
			st->nhistory--;
			break;
		}
	}
	if (keep == NULL && st->nhistory == UISTATE_HISTORY_MAX) {
		free(st->history[0]);
		memmove(&st->history[0], &st->history[1],
		    (st->nhistory - 1) * sizeof *st->history);
		st->nhistory--;
	}
	st->history = xreallocarray(st->history, st->nhistory + 1,
	    sizeof *st->history);
	st->history[st->nhistory++] = keep != NULL ? keep : xstrdup(s);
}

struct strset *
uistate_set(struct ui_state *st, enum uistate_set which)
{
	switch (which) {
	case UISTATE_STAR:
		return &st->star;
	case UISTATE_REJECT:
		return &st->reject;
	default:
		return &st->read;
	}
}

int
uistate_mark(struct ui_state *st, enum uistate_set which, const char *key,
    int on)
{
	struct strset		*s = uistate_set(st, which);
	struct uistate_op	*op;

	if (!(on ? strset_add(s, key) : strset_del(s, key)))
		return 0;
	st->ops = xreallocarray(st->ops, st->nops + 1, sizeof *st->ops);
	op = &st->ops[st->nops++];
	op->set = which;
	op->on = on;
	op->key = xstrdup(key);
	st->dirty = 1;
	return 1;
}

/* Undo the escapes of v[0..len) into a new string; NULL when invalid. */
static char *
uistate_unescape(const char *v, size_t len)
{
	struct buf	b = { 0 };
	size_t		i;

	for (i = 0; i < len; i++) {
		if (v[i] == '\0') {
			buf_release(&b);
			return NULL;
		}
		if (v[i] != '\\') {
			buf_addc(&b, v[i]);
			continue;
		}
		if (++i == len || (v[i] != '\\' && v[i] != 'n')) {
			buf_release(&b);
			return NULL;
		}
		buf_addc(&b, v[i] == 'n' ? '\n' : '\\');
	}
	return buf_detach(&b, NULL);
}

static void
uistate_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			buf_adds(b, "\\\\");
		else if (*s == '\n')
			buf_adds(b, "\\n");
		else
			buf_addc(b, *s);
	}
}

/* "OFFSET ID": where the reader was; 0 or -1. */
static int
uistate_reading(struct ui_state *st, const char *v)
{
	unsigned long long	 off;
	char			*end;

	if (*v < '0' || *v > '9')
		return -1;
	errno = 0;
	off = strtoull(v, &end, 10);
	if (errno != 0 || off > UINT32_MAX || *end != ' ' || end[1] == '\0')
		return -1;
	free(st->reading);
	st->reading = xstrdup(end + 1);
	st->reading_off = (uint32_t)off;
	return 0;
}

/* Apply one line; 0 or -1 when it means nothing. */
static int
uistate_line(struct ui_state *st, const char *p, size_t n)
{
	const char	*sp;
	size_t		 kl;
	char		*v, *end;
	long		 pane;

	if ((sp = memchr(p, ' ', n)) == NULL)
		return -1;
	kl = (size_t)(sp - p);
	if ((v = uistate_unescape(sp + 1, n - kl - 1)) == NULL || *v == '\0') {
		free(v);
		return -1;
	}
	if (kl == 4 && memcmp(p, "read", 4) == 0)
		strset_add(&st->read, v);
	else if (kl == 4 && memcmp(p, "star", 4) == 0)
		strset_add(&st->star, v);
	else if (kl == 6 && memcmp(p, "reject", 6) == 0)
		strset_add(&st->reject, v);
	else if (kl == 6 && memcmp(p, "search", 6) == 0)
		uistate_add_history(st, v);
	else if (kl == 4 && memcmp(p, "last", 4) == 0) {
		free(st->last);
		st->last = v;
		return 0;
	} else if (kl == 4 && memcmp(p, "sort", 4) == 0) {
		free(st->sort);
		st->sort = v;
		return 0;
	} else if (kl == 7 && memcmp(p, "reading", 7) == 0) {
		if (uistate_reading(st, v) != 0) {
			free(v);
			return -1;
		}
	} else if (kl == 4 && memcmp(p, "pane", 4) == 0) {
		errno = 0;
		pane = strtol(v, &end, 10);
		if (*end != '\0' || errno != 0 || pane < 0 || pane > 3) {
			free(v);
			return -1;
		}
		st->pane = (int)pane;
	} else {
		free(v);
		return -1;
	}
	free(v);
	return 0;
}

int
uistate_parse(struct ui_state *st, const char *buf, size_t len,
    char **cause)
{
	const char	*p = buf, *end = buf + len, *nl;
	size_t		 n, lineno = 0;

	while (p < end) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL) {
			*cause = xasprintf("line %zu: truncated", lineno);
			return -1;
		}
		n = (size_t)(nl - p);
		if (lineno == 1) {
			if (n != strlen(UISTATE_MAGIC) ||
			    memcmp(p, UISTATE_MAGIC, n) != 0) {
				*cause = xstrdup("line 1: not a state file");
				return -1;
			}
		} else if (uistate_line(st, p, n) != 0) {
			*cause = xasprintf("line %zu: cannot parse", lineno);
			return -1;
		}
		p = nl + 1;
	}
	if (lineno == 0) {
		*cause = xstrdup("empty file");
		return -1;
	}
	return 0;
}

static void
uistate_write_set(const struct strset *s, const char *key, struct buf *b)
{
	size_t	i;

	for (i = 0; i < s->nslots; i++) {
		if (s->slots[i] == NULL)
			continue;
		buf_printf(b, "%s ", key);
		uistate_escape(b, s->slots[i]);
		buf_addc(b, '\n');
	}
}

void
uistate_write(const struct ui_state *st, struct buf *b)
{
	size_t	i;

	buf_adds(b, UISTATE_MAGIC "\n");
	uistate_write_set(&st->read, "read", b);
	uistate_write_set(&st->star, "star", b);
	uistate_write_set(&st->reject, "reject", b);
	for (i = 0; i < st->nhistory; i++) {
		buf_adds(b, "search ");
		uistate_escape(b, st->history[i]);
		buf_addc(b, '\n');
	}
	if (st->last != NULL) {
		buf_adds(b, "last ");
		uistate_escape(b, st->last);
		buf_addc(b, '\n');
	}
	if (st->reading != NULL) {
		buf_printf(b, "reading %lu ", (unsigned long)st->reading_off);
		uistate_escape(b, st->reading);
		buf_addc(b, '\n');
	}
	buf_printf(b, "pane %d\n", st->pane);
	if (st->sort != NULL) {
		buf_adds(b, "sort ");
		uistate_escape(b, st->sort);
		buf_addc(b, '\n');
	}
}

int
uistate_load(struct ui_state *st, const char *dir, char **warning)
{
	char	*path, *data, *cause = NULL, *aside;
	size_t	 len;
	int	 n;

	path = xasprintf("%s/state", dir);
	if (access(path, F_OK) != 0 && errno == ENOENT) {
		free(path);
		return 0;
	}
	if ((data = file_read(path, &len, &cause)) == NULL) {
		*warning = cause;
		free(path);
		return -1;
	}
	if (uistate_parse(st, data, len, &cause) != 0) {
		aside = xasprintf("%s.corrupt.%lld", path,
		    (long long)time(NULL));
		/* Never over an earlier damaged copy (same second). */
		for (n = 1; access(aside, F_OK) == 0 && n < 1000; n++) {
			free(aside);
			aside = xasprintf("%s.corrupt.%lld.%d", path,
			    (long long)time(NULL), n);
		}
		if (rename(path, aside) == 0)
			*warning = xasprintf("state file '%s' is damaged (%s); "
			    "kept as '%s'", path, cause, aside);
		else
			*warning = xasprintf("state file '%s' is damaged (%s)",
			    path, cause);
		free(aside);
		free(cause);
	}
	free(data);
	free(path);
	return 0;
}

void
uistate_load_default(struct ui_state *st)
{
	char	*dir, *cause = NULL;

	if ((dir = xdg_dir(XDG_STATE, 0, &cause)) == NULL) {
		free(cause);
		return;
	}
	if (uistate_read_other(st, dir, &cause) != 0)
		free(cause);
	free(dir);
}

int
uistate_marked(void *arg, const struct article *a, enum limit_mark m)
{
	struct ui_state	*st = arg;

	return strset_has(m == LIMIT_MARK_STAR ? &st->star : &st->read,
	    a->id);
}

int
uistate_save(const struct ui_state *st, const char *dir, char **cause)
{
	struct buf	 b = { 0 };
	char		*path;
	int		 rv;

	if (mkdir_p(dir, cause) != 0)
		return -1;
	uistate_write(st, &b);
	path = xasprintf("%s/state", dir);
	rv = atomic_write(path, b.data, b.len, cause);
	free(path);
	buf_release(&b);
	return rv;
}

/* Replay st's journal over fresh's sets, and st's history after fresh's. */
static void
uistate_replay(struct ui_state *fresh, const struct ui_state *st)
{
	const struct uistate_op	*op;
	struct strset		*s;
	size_t			 i;

	for (i = 0; i < st->nops; i++) {
		op = &st->ops[i];
		s = uistate_set(fresh, op->set);
		if (op->on)
			strset_add(s, op->key);
		else
			strset_del(s, op->key);
	}
	for (i = 0; i < st->nhistory; i++)
		uistate_add_history(fresh, st->history[i]);
	free(fresh->last);
	fresh->last = st->last != NULL ? xstrdup(st->last) : NULL;
	free(fresh->reading);
	fresh->reading = st->reading != NULL ? xstrdup(st->reading) : NULL;
	fresh->reading_off = st->reading_off;
	fresh->pane = st->pane;
	free(fresh->sort);
	fresh->sort = st->sort != NULL ? xstrdup(st->sort) : NULL;
}

/* Read DIR/state into fresh as far as it parses; -1 when unreadable. */
static int
uistate_read_other(struct ui_state *fresh, const char *dir, char **cause)
{
	char	*path, *data, *why = NULL;
	size_t	 len;

	path = xasprintf("%s/state", dir);
	if (access(path, F_OK) != 0 && errno == ENOENT) {
		free(path);
		return 0;
	}
	data = file_read(path, &len, cause);
	free(path);
	if (data == NULL)
		return -1;
	uistate_parse(fresh, data, len, &why);
	free(why);
	free(data);
	return 0;
}

int
uistate_merge_save(struct ui_state *st, const char *dir, int wait_ms,
    char **cause)
{
	struct ui_state	fresh;
	int		fd, rv;

	if (mkdir_p(dir, cause) != 0)
		return -1;
	if ((fd = lock_acquire(dir, wait_ms, cause)) == -1)
		return -1;
	uistate_init(&fresh);
	if (uistate_read_other(&fresh, dir, cause) != 0) {
		lock_release(fd);
		uistate_release(&fresh);
		return -1;
	}
	uistate_replay(&fresh, st);
	rv = uistate_save(&fresh, dir, cause);
	lock_release(fd);
	if (rv != 0) {
		uistate_release(&fresh);
		return -1;
	}
	uistate_release(st);
	*st = fresh;
	return 0;
}
