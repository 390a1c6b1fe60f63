/*
 * xdg: demarche's cache, configuration and state directories.
 *
 * Errors: functions return 0 or -1 (or NULL); on failure *cause (when
 * cause is not NULL) is a malloc'd message naming the file, such as
 * "cannot read 'x': Permission denied", which the caller frees.
 */
#ifndef DEMARCHE_XDG_H
#define DEMARCHE_XDG_H


enum xdg_kind { XDG_CACHE, XDG_CONFIG, XDG_STATE };

/*
 * demarche's own directory of that kind ("$XDG_CACHE_HOME/demarche", with
 * the spec's defaults under $HOME), created when create is set.  Returns a
 * malloc'd path or NULL with *cause.
 */
char	*xdg_dir(enum xdg_kind, int create, char **cause);

#endif
