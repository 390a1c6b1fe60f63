/*
 * cmd-web: shared by extract, import and fetch.
 */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "cmd/cmd-web.h"
#include "web/extract.h"
#include "web/hints.h"
#include "web/url.h"

static struct hints	web_hints;
static int		web_hints_loaded;

const struct hints *
cmd_web_hints(void)
{
	char	*path, *dir, *cause = NULL;

	if (web_hints_loaded)
		return &web_hints;
	hints_init(&web_hints);
	path = xasprintf("%s/web/hints", cmd_data_dir());
	if (hints_load(&web_hints, path, &cause) != 0)
		goto fail;
	free(path);
	path = NULL;
	if ((dir = xdg_dir(XDG_CONFIG, 0, NULL)) != NULL) {
		path = xasprintf("%s/hints", dir);
		free(dir);
		if (access(path, F_OK) == 0 &&
		    hints_load(&web_hints, path, &cause) != 0)
			goto fail;
	}
	free(path);
	web_hints_loaded = 1;
	return &web_hints;
fail:
	cmd_error("%s", cause);
	free(cause);
	free(path);
	hints_release(&web_hints);
	return NULL;
}

int
cmd_web_extract(const char *what, struct extract *ex)
{
	const struct hints	*h;
	char			*data, *cause = NULL;
	size_t			 len;
	int			 r;

	if ((h = cmd_web_hints()) == NULL)
		return -1;
	if ((data = file_read(what, &len, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	r = extract_html(h, data, len, NULL, NULL, ex, &cause);
	free(data);
	if (r != 0) {
		cmd_error("'%s': %s", what, cause);
		free(cause);
	}
	return r;
}
