/*
 * cmd-web: what extract, import and fetch share: the extractor's hints
 * (loaded once) and turning a file or URL into an extracted article.
 * Functions print their errors (cmd_error) and return 0 or -1.
 */
#ifndef DEMARCHE_CMD_WEB_H
#define DEMARCHE_CMD_WEB_H

struct extract;
struct hints;

/* The hints: shipped data/web/hints, then the user's; NULL on error. */
const struct hints	*cmd_web_hints(void);
/* Read (or fetch) what and extract it into ex. */
int			 cmd_web_extract(const char *what, struct extract *ex);

#endif
