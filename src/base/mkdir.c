/*
 * mkdir: mkdir -p (mkdir.h).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/mkdir.h"
#include "base/xmalloc.h"

static void
mkdir_cause(char **cause, const char *what, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("cannot %s '%s': %s", what, path,
		    strerror(err));
}

int
mkdir_p(const char *dir, char **cause)
{
	char	*p, *s;

	p = xstrdup(dir);
	for (s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			mkdir_cause(cause, "create directory", p, errno);
			free(p);
			return -1;
		}
		*s = '/';
	}
	if (mkdir(p, 0700) != 0 && errno != EEXIST) {
		mkdir_cause(cause, "create directory", p, errno);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}
