/*
 * libFuzzer harness for the interface's state file parser.  Properties:
 * any bytes parse or are refused with a cause; whatever parsed writes out
 * as a state file that parses again, whole, into the same state (so a
 * save never produces a file the next start would set aside).  The sets
 * are compared by membership: their order on disk follows the hash table.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "uistate.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
same_set(const struct strset *x, const struct strset *y)
{
	size_t	i;

	if (x->n != y->n)
		return 0;
	for (i = 0; i < x->nslots; i++)
		if (x->slots[i] != NULL && !strset_has(y, x->slots[i]))
			return 0;
	return 1;
}

static int
same_state(const struct ui_state *a, const struct ui_state *b)
{
	size_t	i;

	if (!same_set(&a->read, &b->read) || !same_set(&a->star, &b->star) ||
	    a->nhistory != b->nhistory || a->pane != b->pane ||
	    (a->last == NULL) != (b->last == NULL) ||
	    (a->last != NULL && strcmp(a->last, b->last) != 0))
		return 0;
	for (i = 0; i < a->nhistory; i++)
		if (strcmp(a->history[i], b->history[i]) != 0)
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct ui_state	 a, b;
	struct buf	 one;
	char		*cause = NULL;

	uistate_init(&a);
	if (uistate_parse(&a, (const char *)data, len, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		cause = NULL;
	}
	buf_init(&one);
	uistate_write(&a, &one);
	uistate_init(&b);
	if (uistate_parse(&b, one.data, one.len, &cause) != 0)
		abort();	/* our own output must always parse */
	if (!same_state(&a, &b) || a.nhistory > UISTATE_HISTORY_MAX)
		abort();	/* and gives back the same state */
	buf_release(&one);
	uistate_release(&a);
	uistate_release(&b);
	return 0;
}
