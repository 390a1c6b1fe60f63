/*
 * xmalloc: allocation that never fails.  On out-of-memory the process
 * prints one line and exits (status 2), so the core never has an OOM error
 * path.  All returned pointers are owned by the caller and freed with free().
 */
#ifndef DEMARCHE_XMALLOC_H
#define DEMARCHE_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
/* realloc of nmemb * size bytes, checking the multiplication. */
void	*xreallocarray(void *, size_t nmemb, size_t size);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* printf into a new string. */
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));

/* Grow *array (of *alloc elements of size) so that it holds at least need. */
void	*xgrow(void *array, size_t *alloc, size_t need, size_t size);

#endif
