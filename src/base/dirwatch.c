/*
 * The directory watch: one inotify descriptor, non-blocking, and a map
 * from each directory path covered to what is watched on it.  A path's
 * own directory is watched for its entries (following a link, so a
 * linked folder's entries are watched where they are); it and every
 * directory above it are watched, not following links, for being moved,
 * removed or changed in status, which catches a folder or a link on the
 * way being replaced.  Any event moves the generation on.  An event that
 * can end or move a watch (a directory moved or removed, the watch
 * dropped, the queue overflowed) also forgets the whole map, so that the
 * next cover watches what the paths name now.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/dirwatch.h"
#include "base/strmap.h"
#include "base/xmalloc.h"

#ifdef HAVE_SYS_INOTIFY_H
#include <sys/inotify.h>
#include <sys/vfs.h>

/* What the map records of a directory path. */
#define DW_ENTRIES	1	/* its entries are watched */
#define DW_SELF		2	/* it is watched for itself */
#define DW_FAILED	4	/* a watch could not be added: none tried
				   again until the map is forgotten */

#define DW_ENTRY_EVENTS	(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | \
			 IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | \
			 IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
#define DW_SELF_EVENTS	(IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | \
			 IN_DONT_FOLLOW)
/* Events after which a watch may be gone or name another path. */
#define DW_FORGET	(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | \
			 IN_Q_OVERFLOW)

struct dirwatch {
	pthread_mutex_t	 lock;		/* the map and the reads */
	int		 fd;
	struct strmap	 dirs;		/* path: DW_* bits */
	atomic_ullong	 gen;
};

struct dirwatch *
dirwatch_create(void)
{
	struct dirwatch	*dw;
	int		 fd;

	if ((fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) == -1)
		return NULL;
	dw = xcalloc(1, sizeof *dw);
	pthread_mutex_init(&dw->lock, NULL);
	dw->fd = fd;
	atomic_init(&dw->gen, 1);
	return dw;
}

void
dirwatch_free(struct dirwatch *dw)
{
	if (dw == NULL)
		return;
	close(dw->fd);
	strmap_release(&dw->dirs);
	pthread_mutex_destroy(&dw->lock);
	free(dw);
}

/*
 * 1 when changes to a file system of this type are all made by this
 * kernel, so inotify sees them: not NFS, CIFS, FUSE and the like.
 */
static int
dirwatch_local_fs(long type)
{
	static const long local[] = {
		0xEF53,		/* ext2, ext3, ext4 */
		0x01021994,	/* tmpfs */
		0x58465342,	/* xfs */
		0x9123683E,	/* btrfs */
		0xF2F52010,	/* f2fs */
		0x794C7630,	/* overlayfs (containers) */
	};
	size_t	i;

	for (i = 0; i < sizeof local / sizeof local[0]; i++)
		if (type == local[i])
			return 1;
	return 0;
}

/* Watch dir (len bytes of a path) for what bit asks; lock held.  1 or 0. */
static int
dirwatch_dir(struct dirwatch *dw, const char *dir, size_t len, int bit)
{
	struct statfs	 fs;
	char		*path;
	int		*v, added, ok;

	v = strmap_put(&dw->dirs, dir, len, &added);
	if (added)
		*v = 0;
	if (*v & bit)
		return 1;
	if (*v & DW_FAILED)
		return 0;
	path = xstrndup(dir, len);
	ok = statfs(path, &fs) == 0 && dirwatch_local_fs((long)fs.f_type) &&
	    inotify_add_watch(dw->fd, path, (bit == DW_ENTRIES ?
	    DW_ENTRY_EVENTS : DW_SELF_EVENTS) | IN_MASK_ADD) != -1;
	free(path);
	*v |= ok ? bit : DW_FAILED;
	return ok;
}

/* The length of path's directory (0: none named, a bare file name). */
static size_t
dirwatch_parent(const char *path, size_t len)
{
	while (len > 0 && path[len - 1] != '/')
		len--;
	while (len > 1 && path[len - 1] == '/')
		len--;
	return len;
}

int
dirwatch_cover(struct dirwatch *dw, const char *path)
{
	struct stat	st;
	size_t		len;
	int		ok;

	if (dw == NULL || lstat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_nlink != 1)
		return 0;
	pthread_mutex_lock(&dw->lock);
	len = dirwatch_parent(path, strlen(path));
	ok = len > 0 ? dirwatch_dir(dw, path, len, DW_ENTRIES) :
	    dirwatch_dir(dw, ".", 1, DW_ENTRIES);
	/* The directories above, as named: "a/b/f" watches a/b, a and . */
	while (ok && len > 0) {
		ok = dirwatch_dir(dw, path, len, DW_SELF);
		if (len == 1 && path[0] == '/')
			break;
		len = dirwatch_parent(path, len);
	}
	if (ok && path[0] != '/')
		ok = dirwatch_dir(dw, ".", 1, DW_SELF);
	pthread_mutex_unlock(&dw->lock);
	return ok;
}

uint64_t
dirwatch_gen(struct dirwatch *dw)
{
	union {
		struct inotify_event	ev;
		char			bytes[4096];
	}		 u;
	const struct inotify_event *ev;
	ssize_t		 n, at;
	int		 any = 0, forget = 0;

	if (dw == NULL)
		return 0;
	pthread_mutex_lock(&dw->lock);
	for (;;) {
		if ((n = read(dw->fd, u.bytes, sizeof u.bytes)) == -1 &&
		    errno == EINTR)
			continue;
		if (n <= 0)
			break;
		any = 1;
		for (at = 0; at + (ssize_t)sizeof *ev <= n;
		    at += (ssize_t)sizeof *ev + ev->len) {
			ev = (const struct inotify_event *)(u.bytes + at);
			if (ev->mask & DW_FORGET)
				forget = 1;
		}
	}
	if (n == -1 && errno != EAGAIN)
		forget = any = 1;	/* cannot tell: trust nothing kept */
	if (forget)
		strmap_release(&dw->dirs);
	if (any)
		atomic_fetch_add(&dw->gen, 1);
	pthread_mutex_unlock(&dw->lock);
	return atomic_load(&dw->gen);
}

#else	/* no inotify: nothing is ever covered */

struct dirwatch *
dirwatch_create(void)
{
	return NULL;
}

void
dirwatch_free(struct dirwatch *dw)
{
	(void)dw;
}

int
dirwatch_cover(struct dirwatch *dw, const char *path)
{
	(void)dw;
	(void)path;
	return 0;
}

uint64_t
dirwatch_gen(struct dirwatch *dw)
{
	(void)dw;
	return 0;
}

#endif
