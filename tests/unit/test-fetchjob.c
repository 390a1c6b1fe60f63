/*
 * Tests of ui/fetchjob.h, which has no curses: the fetcher's progress,
 * failures and summary parsed from what it writes (records ended by CR
 * or LF, in pieces of any size), and a child run, read and reaped, or
 * stopped.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../tap.h"
#include "ui/fetchjob.h"

static void
feed(struct fetchjob *j, int err, const char *s, size_t step)
{
	size_t	len = strlen(s), i;

	for (i = 0; i < len; i += step)
		fetchjob_input(j, err, s + i, len - i < step ? len - i : step);
}

static void
test_parse(size_t step)
{
	struct fetchjob	j;

	fetchjob_init(&j);
	feed(&j, 1, "\rfetch: 1/3, 0 new, 0.0 MB \rfetch: 2/3, 0 new, "
	    "0.1 MB ", step);
	ok(j.phase == FETCHJOB_FEEDS && j.done == 1 && j.total == 3,
	    "step %zu: a record counts once its CR comes", step);
	feed(&j, 1, "\rdemarche: feed 'http://x/a': HTTP 404\n", step);
	ok(j.done == 2 && j.nerrors == 1 && j.first_error != NULL &&
	    strcmp(j.first_error, "feed 'http://x/a': HTTP 404") == 0,
	    "step %zu: a failure line is counted and kept", step);
	feed(&j, 1, "\r                    \r\rfetch: 4/6, 3 new, 1.0 MB ",
	    step);
	feed(&j, 1, "\r", step);
	ok(j.phase == FETCHJOB_PAGES && j.done == 4 && j.total == 6 &&
	    j.fresh == 3 && j.nfeeds == 3,
	    "step %zu: a cleared line starts the pages", step);
	feed(&j, 1, "\r    \r\rcatalogue  [#######    ]  45%\r", step);
	ok(j.phase == FETCHJOB_STORE && strcmp(j.stage, "catalogue") == 0 &&
	    j.percent == 45, "step %zu: the catalogue's progress", step);
	ok(j.feeds == -1, "step %zu: no summary yet", step);
	feed(&j, 0, "3 feeds, 1 failed; 6 new articles, 1 already known, "
	    "2 pages failed\n", step);
	ok(j.feeds == 3 && j.feeds_failed == 1 && j.written == 6 &&
	    j.pages_failed == 2, "step %zu: the summary's numbers", step);
	feed(&j, 1, "demarche: \x1b[31mred\x07\n", step);
	ok(j.nerrors == 2 && strchr(j.first_error, '\x1b') == NULL,
	    "step %zu: control bytes are not kept", step);
	fetchjob_release(&j);
}

static void
test_long(void)
{
	struct fetchjob	j;
	char		big[3 * FETCHJOB_LINE];

	fetchjob_init(&j);
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	memcpy(big, "demarche: ", 10);
	feed(&j, 1, big, 100);
	feed(&j, 1, "\n", 1);
	ok(j.nerrors == 1 && strlen(j.first_error) < FETCHJOB_LINE,
	    "a long line is cut");
	fetchjob_release(&j);
}

/* Poll until the child has ended; 0 when it did within 5 s. */
static int
wait_end(struct fetchjob *j)
{
	struct timespec	ts = { 0, 10 * 1000 * 1000 };
	int		i;

	for (i = 0; i < 500 && !j->ended; i++) {
		fetchjob_poll(j);
		nanosleep(&ts, NULL);
	}
	return j->ended ? 0 : -1;
}

static void
test_child(void)
{
	struct fetchjob	 j;
	char		*cause = NULL;
	char		*argv[] = { (char *)"/bin/sh", (char *)"-c",
			    (char *)"printf 'fetch: 1/2, 1 new, 0.0 MB \\r'"
			    " >&2; [ -t 2 ] && echo 'demarche: on a tty' >&2;"
			    " [ -t 0 ] || echo '2 feeds, 0 failed; 1 new "
			    "articles, 0 already known, 0 pages failed';"
			    " exit 1", NULL };
	char		*slow[] = { (char *)"/bin/sh", (char *)"-c",
			    (char *)"sleep 30", NULL };
	char		*none[] = { (char *)"/nonexistent/demarche", NULL };

	fetchjob_init(&j);
	ok(fetchjob_start(&j, argv, &cause) == 0, "a child starts");
	ok(fetchjob_running(&j), "and runs");
	ok(wait_end(&j) == 0 && !fetchjob_running(&j), "it is reaped");
	ok(j.status == 1 && j.done == 1 && j.fresh == 1 && j.written == 1,
	    "its status, progress and summary are read");
	ok(j.nerrors == 1, "its standard error is a terminal");
	fetchjob_release(&j);

	fetchjob_init(&j);
	ok(fetchjob_start(&j, slow, &cause) == 0, "a slow child starts");
	fetchjob_stop(&j, 1000);
	ok(!fetchjob_running(&j) && j.ended && j.status == -1,
	    "and is stopped by a signal");
	fetchjob_release(&j);

	fetchjob_init(&j);
	ok(fetchjob_start(&j, none, &cause) == -1 && cause != NULL,
	    "a missing program is an error");
	free(cause);
	fetchjob_release(&j);
}

int
main(void)
{
	test_parse(1);
	test_parse(7);
	test_parse(4096);
	test_long();
	test_child();
	return tap_done();
}
