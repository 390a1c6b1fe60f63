/*
 * fetch: what can be checked without a server (the shell test
 * tests/cli/fetch.sh runs one): schemes refused before any transfer, and
 * the defaults the issue sets.
 */
#include "config.h"

#include <string.h>

#include "web/fetch.h"
#include "tap.h"

int
main(void)
{
	struct fetch_opts	o;
	struct fetch_req	r[3];

	fetch_opts_init(&o);
	ok(o.timeout == 60 && o.connect_timeout == 10, "timeouts 60 s, 10 s");
	ok(o.max_bytes == 10u * 1024 * 1024, "10 MB at most");
	ok(o.max_total == 8 && o.max_host == 2, "8 at once, 2 per host");
	memset(r, 0, sizeof r);
	r[0].url = "file:///etc/passwd";
	r[1].url = "gopher://example.org/";
	r[2].url = "not a url";
	fetch_run(r, 3, &o);
	ok(r[0].error != NULL && strcmp(r[0].error,
	    "only http and https URLs are fetched") == 0, "file: refused");
	ok(r[1].error != NULL && r[2].error != NULL, "others refused");
	ok(r[0].data == NULL && r[0].status == 0, "nothing fetched");
	fetch_req_release(&r[0]);
	fetch_req_release(&r[1]);
	fetch_req_release(&r[2]);
	fetch_run(r, 0, &o);
	ok(r[0].data == NULL && r[0].error == NULL && r[0].status == 0,
	    "an empty batch touches no request");
	return tap_done();
}
