/* notify: hooks may be missing; warnings are formatted; cancel is seen. */
#include "config.h"

#include <string.h>

#include "base/notify.h"
#include "tap.h"

static char	last[128];
static int	calls;

static void
warn(void *arg, const char *msg)
{
	(void)arg;
	strncpy(last, msg, sizeof last - 1);
	calls++;
}

int
main(void)
{
	atomic_int		stop = 0;
	struct notify		n = { warn, NULL, NULL, &stop };

	notify_warn(NULL, "ignored %d", 1);
	notify_progress(NULL, "x", 1, 2);
	ok(!notify_cancelled(NULL), "a NULL notify is never cancelled");
	notify_warn(&n, "cannot read '%s': %s", "a.txt", "Permission denied");
	is_str(last, "cannot read 'a.txt': Permission denied", "warning formatted");
	is_int(calls, 1, "one call");
	ok(!notify_cancelled(&n), "not cancelled yet");
	stop = 1;
	ok(notify_cancelled(&n), "cancelled once the flag is set");
	return tap_done();
}
