/* url: scheme checks, hosts, resolution and canonical forms. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "web/url.h"
#include "tap.h"

static void
canon(const char *in, const char *want, const char *what)
{
	char	*s = url_canonical(in);

	is_str(s != NULL ? s : "(null)", want, "%s", what);
	free(s);
}

int
main(void)
{
	char	*s;

	ok(url_is_http("http://example.org/"), "http");
	ok(url_is_http("HTTPS://example.org/a"), "https, any case");
	ok(!url_is_http("file:///etc/passwd"), "file: is refused");
	ok(!url_is_http("ftp://example.org/"), "ftp: is refused");
	ok(!url_is_http("javascript:alert(1)"), "javascript: is refused");
	ok(!url_is_http("/relative/path"), "a relative path is not a URL");
	ok(!url_is_http("http:///nohost"), "no host");
	s = url_host("https://WWW.Example.ORG:8080/x");
	is_str(s, "example.org", "host lowercased without www.");
	free(s);
	s = url_resolve("http://example.org/a/b.html", "../c.html");
	is_str(s, "http://example.org/c.html", "resolve a relative link");
	free(s);
	canon("HTTP://Example.org/a?utm_source=x&id=7&fbclid=abc#top",
	    "http://example.org/a?id=7", "tracking parameters and fragment go");
	canon("https://example.org/a?utm_medium=m", "https://example.org/a",
	    "a query of trackers only goes entirely");
	canon("https://example.org", "https://example.org/", "an empty path");
	canon("https://example.org/a?utmost=1", "https://example.org/a?utmost=1",
	    "a parameter that only starts like one stays");
	ok(url_canonical("file:///x") == NULL, "no canonical form for file:");
	return tap_done();
}
