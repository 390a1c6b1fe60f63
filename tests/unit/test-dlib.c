/* test-dlib: a library and its symbols loaded on first use; a missing
   one is a message and exit status 2. */
#include "config.h"

#include <sys/wait.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/dlib.h"
#include "tap.h"

/* The exit status of a child that calls dlib_open(soname), or -1. */
static int
open_in_child(const char *soname)
{
	pid_t	pid = fork();
	int	st;

	if (pid == 0) {
		if (freopen("/dev/null", "w", stderr) == NULL)
			_exit(3);
		dlib_open(soname);
		_exit(0);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

int
main(void)
{
	void	*lib = dlib_open("libc.so.6");
	size_t	(*len)(const char *);

	ok(lib != NULL, "a library that is there opens");
	len = (size_t (*)(const char *))dlib_sym(lib, "libc.so.6", "strlen");
	ok(len != NULL && len("seven c") == 7, "its symbol is the function");
	ok(open_in_child("libdemarche-absent.so.0") == 2,
	    "a missing library: exit status 2");
	return tap_done();
}
