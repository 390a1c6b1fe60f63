/*
 * dlib: a shared library loaded on first use instead of linked, so that
 * the dynamic loader does no work at start-up for a library the command
 * never calls (libstemmer in a search, ncursesw outside the interface).
 * A library or a symbol that cannot be loaded is fatal, as a missing
 * linked library would be: "demarche: cannot load SONAME: WHY" on stderr
 * and exit status 2.  Callers load once (pthread_once) and keep the
 * pointers.
 */
#ifndef DEMARCHE_DLIB_H
#define DEMARCHE_DLIB_H

/* The library soname, opened; never NULL. */
void	*dlib_open(const char *soname);
/* Symbol name of lib (opened from soname); never NULL. */
void	*dlib_sym(void *lib, const char *soname, const char *name);

#endif
