/*
 * mkdir: creating directories.
 *
 * Errors: functions return 0 or -1 (or NULL); on failure *cause (when
 * cause is not NULL) is a malloc'd message naming the file, such as
 * "cannot read 'x': Permission denied", which the caller frees.
 */
#ifndef DEMARCHE_MKDIR_H
#define DEMARCHE_MKDIR_H


/* mkdir -p with mode 0700 for the final component. */
int	mkdir_p(const char *dir, char **cause);

#endif
