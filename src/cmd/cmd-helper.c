/*
 * cmd-helper: the web commands (extract, import, fetch) are a program of
 * their own, demarche-web, linked with libcurl and libxml2, so that this
 * program does not load them and the forty libraries they bring (TLS,
 * Kerberos, LDAP, ICU, ...) at every start.  demarche runs it in its own
 * place with execv: the same process (the interface's fetch job keeps
 * its process id and its signals), the same standard streams, and the
 * helper's output and exit status as its own.
 *
 * The helper is looked for next to this program first, which is where
 * the build tree has it (src/demarche-web beside src/demarche), then in
 * $(pkglibexecdir), where make install puts it.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/xmalloc.h"
#include "cmd/cmd.h"

#define CMD_HELPER_NAME	"demarche-web"

/* demarche-web in the folder of this program's file, or NULL. */
static char *
cmd_helper_beside(void)
{
	char	 self[PATH_MAX], *slash, *path;
	ssize_t	 n;

	if ((n = readlink("/proc/self/exe", self, sizeof self - 1)) <= 0)
		return NULL;
	self[n] = '\0';
	if ((slash = strrchr(self, '/')) == NULL)
		return NULL;
	*slash = '\0';
	path = xasprintf("%s/%s", self, CMD_HELPER_NAME);
	if (access(path, X_OK) != 0) {
		free(path);
		return NULL;
	}
	return path;
}

int
cmd_helper(int argc, char **argv)
{
	char	**args, *path;
	int	  i;

	if ((path = cmd_helper_beside()) == NULL)
		path = xstrdup(PKGLIBEXECDIR "/" CMD_HELPER_NAME);
	args = xcalloc((size_t)argc + 2, sizeof *args);
	args[0] = path;
	for (i = 0; i < argc; i++)
		args[i + 1] = argv[i];
	fflush(NULL);
	execv(path, args);
	cmd_error("cannot run '%s': %s", path, strerror(errno));
	free(args);
	free(path);
	return CMD_ERROR;
}
