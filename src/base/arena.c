/*
 * The arena: a list of blocks, newest first, each filled from the front.
 * A request larger than a quarter of the usual block gets a block of its
 * own, put behind the newest so that the newest keeps its free space.
 */
#include "config.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/xmalloc.h"

#define ARENA_BLOCK	(64 * 1024)	/* usual block size, header included */
#define ARENA_ALIGN	alignof(max_align_t)

struct arena_block {
	struct arena_block	*next;
	alignas(max_align_t) unsigned char data[];
};

/* len rounded up to the alignment; SIZE_MAX (never allocated) on overflow. */
static size_t
arena_round(size_t len)
{
	if (len > SIZE_MAX - ARENA_ALIGN)
		return SIZE_MAX;
	return (len + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

/* A new block of size bytes of data, linked in first or second. */
static struct arena_block *
arena_block_new(struct arena *ar, size_t size, int first)
{
	struct arena_block	*b;

	/* An impossible size asks xmalloc for SIZE_MAX: it fails and says so. */
	b = xmalloc(size > SIZE_MAX - sizeof *b ? SIZE_MAX : sizeof *b + size);
	if (first || ar->blocks == NULL) {
		b->next = ar->blocks;
		ar->blocks = b;
		ar->used = 0;
		ar->size = size;
	} else {
		b->next = ar->blocks->next;
		ar->blocks->next = b;
	}
	return b;
}

/* len bytes at an offset that is a multiple of align (a power of 2). */
static void *
arena_take(struct arena *ar, size_t len, size_t align)
{
	size_t	 at;
	void	*p;

	if (len > (ARENA_BLOCK - sizeof(struct arena_block)) / 4)
		return arena_block_new(ar, len, 0)->data;
	at = (ar->used + align - 1) & ~(align - 1);
	if (ar->blocks == NULL || at > ar->size || ar->size - at < len) {
		arena_block_new(ar, ARENA_BLOCK - sizeof(struct arena_block),
		    1);
		at = 0;
	}
	p = ar->blocks->data + at;
	ar->used = at + len;
	return p;
}

void *
arena_alloc(struct arena *ar, size_t len)
{
	return arena_take(ar, arena_round(len), ARENA_ALIGN);
}

char *
arena_strndup(struct arena *ar, const char *s, size_t len)
{
	char	*p;

	len = strnlen(s, len);
	p = arena_take(ar, len + 1, 1);		/* strings need no alignment */
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
arena_strdup(struct arena *ar, const char *s)
{
	return arena_strndup(ar, s, strlen(s));
}

void
arena_release(struct arena *ar)
{
	struct arena_block	*b, *next;

	for (b = ar->blocks; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	memset(ar, 0, sizeof *ar);
}

void
arena_join(struct arena *ar, struct arena *from)
{
	struct arena_block	*tail;

	if (from->blocks == NULL)
		return;
	if (ar->blocks == NULL) {
		*ar = *from;
		memset(from, 0, sizeof *from);
		return;
	}
	/* Behind the newest, which keeps its free space. */
	for (tail = from->blocks; tail->next != NULL; tail = tail->next)
		;
	tail->next = ar->blocks->next;
	ar->blocks->next = from->blocks;
	memset(from, 0, sizeof *from);
}
