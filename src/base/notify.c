/* Warnings, progress and cancellation, forwarded to the caller's hooks. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>

#include "base/notify.h"
#include "base/xmalloc.h"

void
notify_warn(const struct notify *n, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	if (n == NULL || n->warn == NULL)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	n->warn(n->arg, msg);
	free(msg);
}

void
notify_progress(const struct notify *n, const char *stage, uint64_t done,
    uint64_t total)
{
	if (n != NULL && n->progress != NULL)
		n->progress(n->arg, stage, done, total);
}

int
notify_cancelled(const struct notify *n)
{
	return n != NULL && n->cancel != NULL && *n->cancel != 0;
}
