/*
 * dlib: shared libraries loaded on first use (see dlib.h).
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/dlib.h"

/* What dlerror() says of the last failure, then exit 2. */
static void
dlib_fail(const char *soname)
{
	const char	*why = dlerror();

	fprintf(stderr, "demarche: cannot load %s: %s\n", soname,
	    why != NULL ? why : "unknown error");
	exit(2);
}

void *
dlib_open(const char *soname)
{
	void	*lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (lib == NULL)
		dlib_fail(soname);
	return lib;
}

void *
dlib_sym(void *lib, const char *soname, const char *name)
{
	void	*p = dlsym(lib, name);

	if (p == NULL)
		dlib_fail(soname);
	return p;
}
