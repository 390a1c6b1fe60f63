/*
 * lock: advisory locks.
 *
 * Errors: functions return 0 or -1 (or NULL); on failure *cause (when
 * cause is not NULL) is a malloc'd message naming the file, such as
 * "cannot read 'x': Permission denied", which the caller frees.
 */
#ifndef DEMARCHE_LOCK_H
#define DEMARCHE_LOCK_H


/*
 * Take an exclusive advisory lock on "DIR/lock", waiting at most
 * wait_ms milliseconds (0: do not wait).  Returns a descriptor to pass to
 * lock_release, or -1 with *cause (errno EWOULDBLOCK when another process
 * holds it).
 */
int	lock_acquire(const char *dir, int wait_ms, char **cause);
void	lock_release(int fd);

#endif
