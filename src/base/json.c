/*
 * A streaming JSON writer.  count[depth] says how many values the open
 * container holds so far, which decides whether a comma goes first.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "base/utf8.h"

void
json_init(struct json *j, FILE *f, int flags)
{
	memset(j, 0, sizeof *j);
	j->f = f;
	j->flags = flags;
}

static void
json_newline(struct json *j)
{
	int	i;

	if (!(j->flags & JSON_PRETTY))
		return;
	fputc('\n', j->f);
	for (i = 0; i < j->depth; i++)
		fputs("  ", j->f);
}

/* Write what goes before a value: a comma and indentation, unless a key. */
static void
json_before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth > 0) {
		if (j->count[j->depth] > 0)
			fputc(',', j->f);
		json_newline(j);
		j->count[j->depth]++;
	}
}

static void
json_open(struct json *j, char c)
{
	json_before_value(j);
	fputc(c, j->f);
	if (j->depth + 1 < JSON_MAX_DEPTH)
		j->depth++;
	j->count[j->depth] = 0;
}

static void
json_close(struct json *j, char c)
{
	int	had = j->count[j->depth];

	if (j->depth > 0)
		j->depth--;
	if (had)
		json_newline(j);
	fputc(c, j->f);
}

void
json_begin_array(struct json *j)
{
	json_open(j, '[');
}

void
json_end_array(struct json *j)
{
	json_close(j, ']');
}

void
json_begin_object(struct json *j)
{
	json_open(j, '{');
}

void
json_end_object(struct json *j)
{
	json_close(j, '}');
}

/*
 * The length of a C1 control or a bidirectional control (U+200E, U+200F,
 * U+2028 to U+202E, U+2066 to U+2069) at p, valid UTF-8: JSON may carry
 * them raw, but JSON is read on terminals too, so they are escaped.  0 for
 * anything else.
 */
static size_t
json_invisible(const unsigned char *p, size_t left, unsigned *cp)
{
	if (left >= 2 && p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
		*cp = p[1];
		return 2;
	}
	if (left >= 3 && p[0] == 0xe2 && ((p[1] == 0x80 && (p[2] == 0x8e ||
	    p[2] == 0x8f || (p[2] >= 0xa8 && p[2] <= 0xae))) ||
	    (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9))) {
		*cp = 0x2000 | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
		return 3;
	}
	return 0;
}

static void
json_quote(struct buf *b, const char *s, size_t len)
{
	struct buf	 fixed = { 0 };
	const char	*p = s;
	size_t		 i, n, start = 0;
	unsigned char	 c;
	unsigned	 cp;

	if (!utf8_valid(s, len)) {
		utf8_repair(&fixed, s, len);
		p = fixed.data;
		len = fixed.len;
	}
	buf_addc(b, '"');
	for (i = 0; i < len; i++) {
		c = (unsigned char)p[i];
		n = 0;
		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f &&
		    (n = json_invisible((const unsigned char *)p + i, len - i,
		    &cp)) == 0)
			continue;
		buf_add(b, p + start, i - start);
		if (n != 0) {
			buf_printf(b, "\\u%04x", cp);
			i += n - 1;
			start = i + 1;
			continue;
		}
		start = i + 1;
		switch (c) {
		case '"':  buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\t': buf_adds(b, "\\t"); break;
		case '\r': buf_adds(b, "\\r"); break;
		default:   buf_printf(b, "\\u%04x", c); break;
		}
	}
	buf_add(b, p + start, len - start);
	buf_addc(b, '"');
	buf_release(&fixed);
}

void
json_key(struct json *j, const char *key)
{
	struct buf	b = { 0 };

	json_before_value(j);
	json_quote(&b, key, strlen(key));
	fwrite(b.data, 1, b.len, j->f);
	fputs((j->flags & JSON_PRETTY) ? ": " : ":", j->f);
	buf_release(&b);
	j->after_key = 1;
}

void
json_string_n(struct json *j, const char *s, size_t len)
{
	struct buf	b = { 0 };

	json_before_value(j);
	json_quote(&b, s, len);
	fwrite(b.data, 1, b.len, j->f);
	buf_release(&b);
}

void
json_string(struct json *j, const char *s)
{
	if (s == NULL)
		json_null(j);
	else
		json_string_n(j, s, strlen(s));
}

void
json_int(struct json *j, int64_t v)
{
	json_before_value(j);
	fprintf(j->f, "%" PRId64, v);
}

void
json_bool(struct json *j, int v)
{
	json_before_value(j);
	fputs(v ? "true" : "false", j->f);
}

void
json_null(struct json *j)
{
	json_before_value(j);
	fputs("null", j->f);
}

void
json_kv_string(struct json *j, const char *k, const char *v)
{
	json_key(j, k);
	json_string(j, v);
}

void
json_kv_int(struct json *j, const char *k, int64_t v)
{
	json_key(j, k);
	json_int(j, v);
}

int
json_finish(struct json *j)
{
	fputc('\n', j->f);
	if (fflush(j->f) != 0 || ferror(j->f))
		return -1;
	return 0;
}
