/*
 * xdg: demarche's directories of the XDG base directory spec (xdg.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/mkdir.h"
#include "base/xdg.h"
#include "base/xmalloc.h"

char *
xdg_dir(enum xdg_kind kind, int create, char **cause)
{
	static const char *const env[] = {
		"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"
	};
	static const char *const dflt[] = {
		".cache", ".config", ".local/state"
	};
	const char	*base, *home;
	char		*dir;

	base = getenv(env[kind]);
	if (base != NULL && *base == '/')
		dir = xasprintf("%s/demarche", base);
	else {
		home = getenv("HOME");
		if (home == NULL || *home == '\0') {
			if (cause != NULL)
				*cause = xasprintf("neither %s nor HOME is set",
				    env[kind]);
			return NULL;
		}
		dir = xasprintf("%s/%s/demarche", home, dflt[kind]);
	}
	if (create && mkdir_p(dir, cause) != 0) {
		free(dir);
		return NULL;
	}
	return dir;
}
