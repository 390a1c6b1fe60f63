/* A growable, always NUL-terminated byte buffer. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/xmalloc.h"

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->alloc = 0;
}

void
buf_release(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

void
buf_grow(struct buf *b, size_t extra)
{
	b->data = xgrow(b->data, &b->alloc, b->len + extra + 1, 1);
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n != 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	ap, ap2;
	int	n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n > 0) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
}

char *
buf_detach(struct buf *b, size_t *lenp)
{
	char	*p;

	if (b->data == NULL)
		buf_grow(b, 0), b->data[0] = '\0';
	p = b->data;
	if (lenp != NULL)
		*lenp = b->len;
	buf_init(b);
	return p;
}

void
buf_put_le16(struct buf *b, uint16_t v)
{
	unsigned char	p[2] = { v & 0xff, v >> 8 };

	buf_add(b, p, 2);
}

void
buf_put_le32(struct buf *b, uint32_t v)
{
	unsigned char	p[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff,
			    v >> 24 };

	buf_add(b, p, 4);
}

void
buf_put_le64(struct buf *b, uint64_t v)
{
	buf_put_le32(b, (uint32_t)v);
	buf_put_le32(b, (uint32_t)(v >> 32));
}

uint32_t
le32_load(const void *v)
{
	const unsigned char	*p = v;

	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

uint64_t
le64_load(const void *v)
{
	const unsigned char	*p = v;

	return (uint64_t)le32_load(p) | (uint64_t)le32_load(p + 4) << 32;
}
