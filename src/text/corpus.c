/*
 * The corpus: walk the paths given, take each article from the catalogue
 * when its file is unchanged or read and parse it otherwise, sort, and save
 * the catalogue again when anything was read.
 *
 * The walk keeps the (device, inode) of every directory it entered, so a
 * symlink that leads back into the tree is reported once and not followed.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/lock.h"
#include "base/notify.h"
#include "base/xdg.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/catalog.h"
#include "text/corpus.h"

/* In a corpus of more than 100 times this many files, the catalogue is
   saved again only once this many files were read. */
#define CORPUS_CATALOG_BATCH	64

/* The walk keeps at most this many directories open for the fill. */
#define CORPUS_DIRFDS	256

/* At most this many files named one by one get no catalogue. */
#define CORPUS_SMALL	8
/*
 * How much older than the start of a read a file's mtime must be for its
 * catalogue entry to be trusted (catalog.h, racy entries): the coarsest
 * timestamps we expect, FAT's 2 s.
 */
#define CORPUS_RACY_NS	(2 * (int64_t)1000000000)

/*
 * A file found by the walk, before it becomes an article.  Its path is
 * the real path of the argument it was found under, followed by the names
 * as walked: symbolic links inside the corpus are followed but never
 * resolved, so that ids and the root come from the names under the root,
 * not from where links lead.
 */
struct corpus_file {
	char		*file;		/* as the user would name it */
	char		*real;		/* the path as above */
	uint64_t	 size;		/* unless dfd is not -1: */
	int64_t		 mtime;		/* (ns, corpus_mtime) */
	int		 dfd;		/* the directory to stat name in */
	const char	*name;		/* (the end of real) */
};

/* A directory's identity, to notice a symbolic link that loops. */
struct corpus_dirid {
	dev_t	dev;
	ino_t	ino;
	int	used;
};

struct corpus_walk {
	int			 walked_dir;	/* a directory was entered */
	struct corpus_file	*files;
	size_t			 n, alloc;
	struct corpus_dirid	*dirs;		/* directories entered, */
	size_t			 ndirs, nslots;	/* open-addressed */
	const char		*top;		/* real path of the argument
						   being walked */
	int			*dirfds;	/* directories kept open, */
	size_t			 ndirfds, adirfds; /* their files' dfd */
	struct arena		*strings;	/* the files' names: the
						   corpus's, which its
						   articles borrow */
	const struct notify	*notify;
};

static int
corpus_has_ext(const char *name)
{
	size_t	len = strlen(name);

	return (len > 4 && strcmp(name + len - 4, ".txt") == 0) ||
	    (len > 3 && strcmp(name + len - 3, ".md") == 0);
}

static int64_t
corpus_mtime(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

/* dir "/" name in ar (without a second '/'). */
static char *
corpus_join_in(struct arena *ar, const char *dir, const char *name)
{
	size_t	dlen = strlen(dir), nlen = strlen(name), slash;
	char	*s;

	slash = !(dlen > 0 && dir[dlen - 1] == '/');
	s = arena_alloc(ar, dlen + slash + nlen + 1);
	memcpy(s, dir, dlen);
	s[dlen] = '/';
	memcpy(s + dlen + slash, name, nlen + 1);
	return s;
}

/*
 * Add a regular file; real is its real path (malloc'd, freed here), or
 * NULL to find it.
 */
static void
corpus_add_file(struct corpus_walk *w, const char *file, char *real,
    const struct stat *st)
{
	if (real == NULL && (real = realpath(file, NULL)) == NULL) {
		notify_warn(w->notify, "cannot read '%s': %s", file,
		    strerror(errno));
		return;
	}
	w->files = xgrow(w->files, &w->alloc, w->n + 1, sizeof *w->files);
	w->files[w->n].file = arena_strdup(w->strings, file);
	w->files[w->n].real = arena_strdup(w->strings, real);
	w->files[w->n].size = (uint64_t)st->st_size;
	w->files[w->n].mtime = corpus_mtime(st);
	w->files[w->n].dfd = -1;
	w->files[w->n].name = NULL;
	w->n++;
	free(real);
}

/*
 * Add the file name of dir (whose real path is realdir) that readdir says
 * is regular, without stat'ing it: the fill does, on both cores, with
 * fstatat on dfd (kept open by the walk).  Its names go straight into the
 * corpus's arena: a malloc and a free for each of them (and for each
 * name readdir gave) were a tenth of an update's time.
 */
static void
corpus_add_unstated(struct corpus_walk *w, const char *dir,
    const char *realdir, const char *name, int dfd)
{
	struct corpus_file	*f;

	w->files = xgrow(w->files, &w->alloc, w->n + 1, sizeof *w->files);
	f = &w->files[w->n++];
	f->file = corpus_join_in(w->strings, dir, name);
	f->real = corpus_join_in(w->strings, realdir, name);
	f->dfd = dfd;
	f->name = f->real + strlen(f->real) - strlen(name);
}

/* Keep the directory dfd open for the fill; 0 when there are too many. */
static int
corpus_keep_dir(struct corpus_walk *w, int dfd)
{
	if (dfd == -1 || w->ndirfds >= CORPUS_DIRFDS)
		return 0;
	w->dirfds = xgrow(w->dirfds, &w->adirfds, w->ndirfds + 1,
	    sizeof *w->dirfds);
	w->dirfds[w->ndirfds++] = dfd;
	return 1;
}

static size_t
corpus_dir_slot(const struct corpus_dirid *dirs, size_t nslots, dev_t dev,
    ino_t ino)
{
	uint64_t	key[2] = { (uint64_t)dev, (uint64_t)ino };
	size_t		i;

	i = hash64(key, sizeof key, HASH_SEED) & (nslots - 1);
	while (dirs[i].used && (dirs[i].dev != dev || dirs[i].ino != ino))
		i = (i + 1) & (nslots - 1);
	return i;
}

/* Remember a directory; 0 when it was entered already (a loop). */
static int
corpus_enter_dir(struct corpus_walk *w, const struct stat *st)
{
	struct corpus_dirid	*old = w->dirs;
	size_t			 i, n = w->nslots;

	if (w->ndirs * 2 >= w->nslots) {
		w->nslots = n == 0 ? 64 : n * 2;
		w->dirs = xcalloc(w->nslots, sizeof *w->dirs);
		for (i = 0; i < n; i++) {
			if (old[i].used)
				w->dirs[corpus_dir_slot(w->dirs, w->nslots,
				    old[i].dev, old[i].ino)] = old[i];
		}
		free(old);
	}
	i = corpus_dir_slot(w->dirs, w->nslots, st->st_dev, st->st_ino);
	if (w->dirs[i].used)
		return 0;
	w->dirs[i].dev = st->st_dev;
	w->dirs[i].ino = st->st_ino;
	w->dirs[i].used = 1;
	w->ndirs++;
	return 1;
}

/* A directory entry as readdir gave it. */
struct corpus_entry {
	char		*name;
	unsigned char	 type;		/* DT_REG, DT_DIR, DT_LNK, DT_UNKNOWN... */
};

static int
corpus_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
corpus_entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct corpus_entry *)a)->name,
	    ((const struct corpus_entry *)b)->name);
}

static void	corpus_walk_path(struct corpus_walk *, const char *, char *,
		    int, unsigned char, int, const char *);

/* dir "/" name, malloc'd (without a second '/'); called per article. */
static char *
corpus_join(const char *dir, const char *name)
{
	size_t	dlen = strlen(dir), nlen = strlen(name), slash;
	char	*s;

	slash = !(dlen > 0 && dir[dlen - 1] == '/');
	s = xmalloc(dlen + slash + nlen + 1);
	memcpy(s, dir, dlen);
	s[dlen] = '/';
	memcpy(s + dlen + slash, name, nlen + 1);
	return s;
}

/*
 * The entries of dir, sorted by name, without dot files, their names in
 * names; *dfd is a descriptor of dir for fstatat (-1 when none could be
 * had), for the caller to close.
 */
static struct corpus_entry *
corpus_read_dir(struct corpus_walk *w, const char *dir, size_t *np,
    int *dfd, struct arena *names)
{
	DIR			*d;
	struct dirent		*de;
	struct corpus_entry	*e = NULL;
	size_t			 n = 0, alloc = 0;

	*dfd = -1;
	if ((d = opendir(dir)) == NULL) {
		notify_warn(w->notify, "cannot read '%s': %s", dir,
		    strerror(errno));
		*np = 0;
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		e = xgrow(e, &alloc, n + 1, sizeof *e);
		e[n].name = arena_strdup(names, de->d_name);
		e[n++].type = de->d_type;
	}
	*dfd = fcntl(dirfd(d), F_DUPFD_CLOEXEC, 0);
	closedir(d);
	if (n > 1)
		qsort(e, n, sizeof *e, corpus_entry_cmp);
	*np = n;
	return e;
}

/*
 * Walk the directory dir, whose real path is realdir.  The real path of
 * an entry that is no symbolic link is realdir/name, which spares a
 * realpath() (a readlink per path component) per file; a regular file
 * with another extension is not even stat'ed.  Entries are stat'ed by
 * name relative to the directory: a stat of the whole path looked up
 * every component again, a third of the walk at 120,000 files.  Those
 * readdir says are regular files are stat'ed later, by the fill on both
 * cores, while the directory is kept open: the stats were most of the
 * walk, on one core.
 */
static void
corpus_walk_dir(struct corpus_walk *w, const char *dir, const char *realdir)
{
	struct corpus_entry	*e;
	struct arena		 names = { 0 };
	size_t			 n, i;
	char			*path, *real;
	int			 dfd, kept;

	e = corpus_read_dir(w, dir, &n, &dfd, &names);
	kept = corpus_keep_dir(w, dfd);
	for (i = 0; i < n; i++) {
		if (e[i].type == DT_REG && !corpus_has_ext(e[i].name))
			continue;
		if (kept && e[i].type == DT_REG) {
			corpus_add_unstated(w, dir, realdir, e[i].name, dfd);
			continue;
		}
		path = corpus_join(dir, e[i].name);
		real = corpus_join(realdir, e[i].name);
		corpus_walk_path(w, path, real, 0, e[i].type, dfd, e[i].name);
		free(path);
	}
	free(e);
	arena_release(&names);
	if (dfd != -1 && !kept)
		close(dfd);
}

/*
 * 1 when path, a directory that may be a symbolic link, resolves to the
 * argument being walked or to a directory above it ("/", ".."): walking
 * it would walk the corpus again, or the whole file system.
 */
static int
corpus_holds_top(struct corpus_walk *w, const char *path)
{
	char	*t;
	size_t	 len;
	int	 holds;

	if (w->top == NULL || (t = realpath(path, NULL)) == NULL)
		return 0;
	len = strlen(t);
	holds = strcmp(t, "/") == 0 || (strncmp(w->top, t, len) == 0 &&
	    (w->top[len] == '/' || w->top[len] == '\0'));
	free(t);
	return holds;
}

/* A directory: walk it once, unless it is a loop. */
static void
corpus_walk_subdir(struct corpus_walk *w, const char *path, char *real,
    const struct stat *st, int link)
{
	if (link && corpus_holds_top(w, path))
		notify_warn(w->notify, "skipping '%s': a symbolic link to a "
		    "folder that holds the corpus", path);
	else if (!corpus_enter_dir(w, st))
		notify_warn(w->notify, "skipping '%s': directory "
		    "loop through a symbolic link", path);
	else {
		w->walked_dir = 1;
		corpus_walk_dir(w, path, real);
	}
}

/* An argument that is a directory: its real path is the top. */
static void
corpus_walk_top(struct corpus_walk *w, const char *path,
    const struct stat *st)
{
	char	*real;

	if ((real = realpath(path, NULL)) == NULL) {
		notify_warn(w->notify, "cannot read '%s': %s", path,
		    strerror(errno));
		return;
	}
	w->top = real;
	corpus_walk_subdir(w, path, real, st, 0);
	w->top = NULL;
	free(real);
}

/*
 * A path from the command line (explicit) or found inside a directory
 * (type is its readdir type); real is its path as the walk names it
 * (owned), NULL for an argument.  dfd, when not -1, is the directory the
 * path was found in and name its name there.
 */
static void
corpus_walk_path(struct corpus_walk *w, const char *path, char *real,
    int explicit, unsigned char type, int dfd, const char *name)
{
	struct stat	st;
	int		rc;

	rc = dfd != -1 ? fstatat(dfd, name, &st, 0) : stat(path, &st);
	if (rc != 0) {
		if (errno == ELOOP)
			notify_warn(w->notify, "cannot read '%s': symbolic "
			    "link loop", path);
		else
			notify_warn(w->notify, "cannot read '%s': %s", path,
			    strerror(errno));
		free(real);
		return;
	}
	if (S_ISDIR(st.st_mode) && explicit)
		corpus_walk_top(w, path, &st);
	else if (S_ISDIR(st.st_mode))
		corpus_walk_subdir(w, path, real, &st, type != DT_DIR);
	else if (S_ISREG(st.st_mode) && (explicit || corpus_has_ext(path))) {
		corpus_add_file(w, path, real, &st);
		return;
	} else if (explicit || corpus_has_ext(path))
		notify_warn(w->notify, "skipping '%s': not a regular file",
		    path);
	free(real);
}

/*
 * Narrow *root (NULL at first) to the deepest directory holding
 * real[0..len) (real need not be NUL-terminated).
 */
static void
corpus_root_addn(char **root, const char *real, size_t len)
{
	char	*slash;
	size_t	 rlen;

	if (*root == NULL) {
		*root = xstrndup(real, len);
		if ((slash = strrchr(*root, '/')) != NULL)
			slash[slash == *root ? 1 : 0] = '\0';
		return;
	}
	for (;;) {
		rlen = strlen(*root);
		if (rlen <= len && memcmp(real, *root, rlen) == 0 &&
		    ((rlen < len && real[rlen] == '/') || rlen == 1))
			return;
		slash = strrchr(*root, '/');
		if (slash == NULL || slash == *root) {
			strcpy(*root, "/");
			return;
		}
		*slash = '\0';
	}
}

static void
corpus_root_add(char **root, const char *real)
{
	corpus_root_addn(root, real, strlen(real));
}

/* The deepest directory that holds every real path. */
static char *
corpus_common_root(struct corpus_walk *w)
{
	char	*root = NULL;
	size_t	 i;

	for (i = 0; i < w->n; i++)
		corpus_root_add(&root, w->files[i].real);
	return root != NULL ? root : xstrdup("/");
}

/*
 * id: the real path under the root, without .txt or .md; its start in
 * real, its length in *len.
 */
static const char *
corpus_id_span(const char *root, const char *real, size_t *len)
{
	size_t		 rlen = strlen(root);
	const char	*id;

	if (rlen == 1)
		rlen = 0;
	id = real + rlen + (real[rlen] == '/');
	*len = strlen(id);
	if (*len > 4 && strcmp(id + *len - 4, ".txt") == 0)
		*len -= 4;
	else if (*len > 3 && strcmp(id + *len - 3, ".md") == 0)
		*len -= 3;
	return id;
}

/* The cache key: a hash of the sorted real paths of the arguments. */
static char *
corpus_make_key(const char *const *paths, size_t npaths)
{
	char		**real, *r;
	uint64_t	  h = HASH_SEED;
	size_t		  i;

	real = xcalloc(npaths, sizeof *real);
	for (i = 0; i < npaths; i++) {
		r = realpath(paths[i], NULL);
		real[i] = r != NULL ? r : xstrdup(paths[i]);
	}
	qsort(real, npaths, sizeof *real, corpus_name_cmp);
	for (i = 0; i < npaths; i++) {
		h = hash64(real[i], strlen(real[i]) + 1, h);
		free(real[i]);
	}
	free(real);
	return xasprintf("%016llx", (unsigned long long)h);
}


/* Read and parse one file; NULL (after a warning) when it is no article. */
static struct article *
corpus_read(const struct corpus_file *f, struct article *a, int keep,
    const struct notify *n)
{
	char	*text, *cause = NULL;
	size_t	 len;

	text = file_read(f->file, &len, &cause);
	if (text == NULL) {
		notify_warn(n, "%s", cause);
		free(cause);
		return NULL;
	}
	if (len == 0) {
		notify_warn(n, "skipping '%s': empty file", f->file);
		free(text);
		return NULL;
	}
	if (article_parse(a, text, len, f->file, &cause) != 0) {
		notify_warn(n, "skipping '%s': %s", f->file, cause);
		free(cause);
		free(text);
		return NULL;
	}
	if (a->flags & ARTICLE_INVALID_UTF8)
		notify_warn(n, "'%s': invalid UTF-8, shown as U+FFFD",
		    f->file);
	if (keep) {
		a->text = text;
		a->len = len;
	} else
		free(text);
	return a;
}

static int
corpus_article_cmp(const void *x, const void *y)
{
	const struct article	*a = *(struct article *const *)x;
	const struct article	*b = *(struct article *const *)y;
	int			 c;

	if ((c = strcmp(a->date, b->date)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

static void
corpus_walk_release(struct corpus_walk *w)
{
	size_t	i;

	free(w->files);
	free(w->dirs);
	for (i = 0; i < w->ndirfds; i++)
		close(w->dirfds[i]);
	free(w->dirfds);
}

static int
corpus_file_cmp(const void *x, const void *y)
{
	return strcmp(((const struct corpus_file *)x)->real,
	    ((const struct corpus_file *)y)->real);
}

/* 1 when the walked files are in strictly increasing order of real path. */
static int
corpus_files_sorted(const struct corpus_walk *w)
{
	size_t	i;

	for (i = 1; i < w->n; i++) {
		if (strcmp(w->files[i - 1].real, w->files[i].real) >= 0)
			return 0;
	}
	return 1;
}

/*
 * Sort the walked files by real path and drop second mentions.  A walk of
 * one directory gives them in that order already, unless a name sorts
 * before '/' (a-b after a/...), so it is checked first: sorting 123,000
 * paths took 15 ms.
 */
static void
corpus_dedupe(struct corpus_walk *w)
{
	size_t	i, out = 0;

	if (corpus_files_sorted(w))
		return;
	qsort(w->files, w->n, sizeof *w->files, corpus_file_cmp);
	for (i = 0; i < w->n; i++) {
		if (out > 0 && strcmp(w->files[out - 1].real,
		    w->files[i].real) == 0)
			continue;	/* its names stay in the arena */
		w->files[out++] = w->files[i];
	}
	w->n = out;
}

/*
 * Whether to write the catalogue again.  Rewriting costs the size of the
 * whole corpus (tens of megabytes at 100,000 articles) while an entry left
 * stale only costs reading that one file again next time; so a large
 * corpus waits until enough files were read, or articles came or went.
 */
static int
corpus_catalog_stale(const struct corpus *c, size_t saved)
{
	if (saved != c->n)
		return 1;
	if (c->n < CORPUS_CATALOG_BATCH * 100)
		return c->nread > 0;
	return c->nread >= CORPUS_CATALOG_BATCH;
}

/* Now, on the clock file systems stamp mtimes with, in nanoseconds. */
static int64_t
corpus_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void
corpus_save_catalog(struct corpus *c, char **reals, const char *path,
    int64_t racy_from, const struct notify *n)
{
	char	*cause = NULL;
	int	 lock;

	lock = lock_acquire(c->cache_dir, 2000, &cause);
	if (lock == -1) {
		notify_warn(n, "not saving the catalogue: %s", cause);
		free(cause);
		return;
	}
	if (catalog_write(path, c->articles, reals, c->n, racy_from,
	    &cause) != 0) {
		notify_warn(n, "%s", cause);
		free(cause);
	}
	lock_release(lock);
}

/*
 * Before saving the catalogue, give the articles taken from it without
 * their structure (CORPUS_NO_SPANS) their structure back from it, so
 * that the new one keeps it; one that cannot have it is saved as never
 * to match (catalog_write), its file read again next time.
 */
static void
corpus_restore_spans(struct corpus *c, const struct catalog *cat,
    char *const *reals)
{
	struct article	*a;
	size_t		 i, rank;

	for (i = 0; i < c->n; i++) {
		a = c->articles[i];
		if (a->unparsed && a->text == NULL &&
		    catalog_lookup_ranked(cat, reals[i], a->size, a->mtime, 1,
		    a, &rank, a->borrowed ? &c->strings : NULL))
			a->unparsed = 0;
	}
}

/* What became of one walked file. */
struct corpus_slot {
	struct article	*a;		/* NULL: skipped */
	char		*warning;	/* the one warning it gave, if any */
	int		 read;		/* read from the file */
	int		 empty;		/* skipped: an empty file */
	size_t		 rank;		/* its catalogue entry's, or SIZE_MAX */
};

/*
 * One warning for all the empty files of a walk: 50,000 of them gave
 * 50,000 lines on every run.
 */
static void
corpus_warn_empty(const struct corpus_walk *w, const struct corpus_slot *s,
    const struct notify *n)
{
	size_t	i, count = 0, first = 0;

	for (i = 0; i < w->n; i++) {
		if (s[i].empty && count++ == 0)
			first = i;
	}
	if (count == 1)
		notify_warn(n, "skipping '%s': empty file", w->files[first].file);
	else if (count > 1)
		notify_warn(n, "skipping %zu empty files ('%s' and others)",
		    count, w->files[first].file);
}

/* Two threads turn the walked files into articles, a chunk at a time. */
struct corpus_job {
	const struct corpus	*c;
	struct corpus_walk	*w;		/* each file is one thread's */
	const struct catalog	*cat;
	int			 flags;
	const struct notify	*n;		/* for cancellation only */
	struct arena		*strings2;	/* the second thread's */
	struct corpus_slot	*slots;
	atomic_size_t		 next;		/* first file not taken */
	atomic_size_t		 done;
};

#define CORPUS_CHUNK	64

static void
corpus_slot_warn(void *arg, const char *msg)
{
	struct corpus_slot	*s = arg;

	if (s->warning == NULL)
		s->warning = xstrdup(msg);
}

/*
 * f's article from the catalogue: 1 when it is there and unchanged, with
 * the entry's rank in *rank and its strings in ar.
 */
static int
corpus_lookup(const struct corpus_job *j, const struct corpus_file *f,
    struct article *a, size_t *rank, struct arena *ar)
{
	return catalog_lookup_ranked(j->cat, f->real,
	    f->size, a->mtime, !(j->flags & CORPUS_NO_SPANS),
	    a, rank, ar);
}

/*
 * A borrowed article for f, its names in ar: a malloc per string (nine
 * an article) and a free each at the end were a third of the time spent
 * on articles that come from the catalogue.  One read from its file
 * gets strings of its own when parsed (article_parse).
 */
static struct article *
corpus_new_article(const struct corpus_job *j, const struct corpus_file *f,
    struct arena *ar)
{
	const char	*id;
	size_t		 len;

	id = corpus_id_span(j->c->root, f->real, &len);
	return article_borrow(arena_strndup(ar, id, len), f->file, f->file);
}

/*
 * Stat a file the walk did not (corpus_add_unstated), with the warnings
 * corpus_walk_path would give; 0 when it is a regular file.
 */
static int
corpus_stat(struct corpus_file *f, const struct notify *rec)
{
	struct stat	st;

	if (f->dfd == -1)
		return 0;
	if (fstatat(f->dfd, f->name, &st, 0) != 0) {
		notify_warn(rec, "cannot read '%s': %s", f->file,
		    strerror(errno));
		return -1;
	}
	f->dfd = -1;
	if (!S_ISREG(st.st_mode)) {
		notify_warn(rec, "skipping '%s': not a regular file", f->file);
		return -1;
	}
	f->size = (uint64_t)st.st_size;
	f->mtime = corpus_mtime(&st);
	return 0;
}

/* One file, from the catalogue or by reading it; strings go into ar. */
static void
corpus_fill_file(const struct corpus_job *j, size_t i, struct arena *ar)
{
	struct corpus_file	*f = &j->w->files[i];
	struct corpus_slot	*s = &j->slots[i];
	struct notify		 rec = { corpus_slot_warn, NULL, s, NULL };
	struct article		*a;

	s->rank = SIZE_MAX;
	if (corpus_stat(f, &rec) != 0)
		return;
	if (f->size == 0) {
		s->empty = 1;	/* told once for all (corpus_fill) */
		return;
	}
	a = corpus_new_article(j, f, ar);
	a->mtime = f->mtime;
	if (!(j->flags & CORPUS_FRESH) &&
	    corpus_lookup(j, f, a, &s->rank, ar)) {
		if ((j->flags & CORPUS_KEEP_TEXT) &&
		    article_load(a, NULL) != 0) {
			article_free(a);
			return;
		}
	} else if (corpus_read(f, a, j->flags & CORPUS_KEEP_TEXT,
	    &rec) == NULL) {
		article_free(a);
		return;
	} else {
		a->mtime = f->mtime;
		s->read = 1;
	}
	s->a = a;
}

/*
 * Take chunks of files until none is left; 1 when one was taken.  ar is
 * the calling thread's own arena.
 */
static int
corpus_fill_chunk(struct corpus_job *j, struct arena *ar)
{
	size_t	from = atomic_fetch_add(&j->next, CORPUS_CHUNK), i;

	if (from >= j->w->n || notify_cancelled(j->n))
		return 0;
	for (i = from; i < from + CORPUS_CHUNK && i < j->w->n; i++)
		corpus_fill_file(j, i, ar);
	atomic_fetch_add(&j->done, i - from);
	return 1;
}

static void *
corpus_fill_thread(void *arg)
{
	struct corpus_job	*j = arg;

	while (corpus_fill_chunk(j, j->strings2))
		;
	return NULL;
}

/*
 * Turn the walked files into articles, on both cores: reading a cold
 * corpus is mostly parsing, a warm one mostly building articles from the
 * catalogue.  Warnings and progress go out from this thread, warnings in
 * the order of the files.  reals[i] is the real path of articles[i] (the
 * walk's, taken from it), ranks[i] the rank of its catalogue entry.
 */
static void
corpus_fill(struct corpus *c, struct corpus_walk *w, struct catalog *cat,
    int flags, const struct notify *n, char **reals, size_t *ranks)
{
	struct corpus_job	 j;
	pthread_t		 th;
	size_t			 i;
	int			 threaded;

	memset(&j, 0, sizeof j);
	j.c = c;
	j.w = w;
	j.cat = cat;
	j.flags = flags;
	j.n = n;
	j.strings2 = &c->strings2;
	j.slots = xcalloc(w->n + 1, sizeof *j.slots);
	atomic_init(&j.next, 0);
	atomic_init(&j.done, 0);
	threaded = w->n > CORPUS_CHUNK &&
	    pthread_create(&th, NULL, corpus_fill_thread, &j) == 0;
	while (corpus_fill_chunk(&j, &c->strings))
		notify_progress(n, "reading", atomic_load(&j.done), w->n);
	if (threaded)
		pthread_join(th, NULL);
	c->articles = xreallocarray(NULL, w->n + 1, sizeof *c->articles);
	c->alloc = w->n + 1;
	corpus_warn_empty(w, j.slots, n);
	for (i = 0; i < w->n; i++) {
		if (j.slots[i].warning != NULL)
			notify_warn(n, "%s", j.slots[i].warning);
		free(j.slots[i].warning);
		if (j.slots[i].a == NULL)
			continue;
		reals[c->n] = w->files[i].real;
		ranks[c->n] = j.slots[i].rank;
		c->articles[c->n++] = j.slots[i].a;
		c->bytes += j.slots[i].a->size;
		c->nread += j.slots[i].read;
	}
	free(j.slots);
}

/* 1 when arts[0..n) are in order already. */
static int
corpus_sorted(struct article *const *arts, size_t n)
{
	size_t	i;

	for (i = 1; i < n; i++) {
		if (corpus_article_cmp(&arts[i - 1], &arts[i]) > 0)
			return 0;
	}
	return 1;
}

static void
corpus_sort_all(struct article **arts, size_t n)
{
	if (!corpus_sorted(arts, n))
		qsort(arts, n, sizeof *arts, corpus_article_cmp);
}

/*
 * Put the articles with a rank below nrank first, in the order of their
 * ranks, and the others after them; returns how many had one.  A rank
 * seen twice (which a sound catalogue never gives) counts as none.
 */
static size_t
corpus_order_ranked(struct corpus *c, const size_t *ranks, size_t nrank)
{
	struct article	**byrank, **out;
	size_t		  i, k = 0, ntail = 0, nranked;

	byrank = xcalloc(nrank + 1, sizeof *byrank);
	out = xreallocarray(NULL, c->n + 1, sizeof *out);
	for (i = 0; i < c->n; i++) {
		if (ranks[i] < nrank && byrank[ranks[i]] == NULL)
			byrank[ranks[i]] = c->articles[i];
		else
			out[ntail++] = c->articles[i];
	}
	nranked = c->n - ntail;
	memmove(out + nranked, out, ntail * sizeof *out);
	for (i = 0; i < nrank; i++) {
		if (byrank[i] != NULL)
			out[k++] = byrank[i];
	}
	memcpy(c->articles, out, c->n * sizeof *out);
	free(out);
	free(byrank);
	return nranked;
}

/* Merge the sorted runs arts[0..mid) and arts[mid..n). */
static void
corpus_merge_runs(struct article **arts, size_t mid, size_t n)
{
	struct article	**out;
	size_t		  i = 0, k = mid, o = 0;

	if (mid == 0 || mid == n)
		return;
	out = xreallocarray(NULL, n + 1, sizeof *out);
	while (i < mid && k < n)
		out[o++] = corpus_article_cmp(&arts[k], &arts[i]) < 0 ?
		    arts[k++] : arts[i++];
	while (i < mid)
		out[o++] = arts[i++];
	while (k < n)
		out[o++] = arts[k++];
	memcpy(arts, out, n * sizeof *out);
	free(out);
}

/*
 * Sort by the catalogue's ranks: it was saved in the corpus's order, so
 * the unchanged articles, in the order of their entries, are sorted
 * already (checked: n comparisons, not n log n), and only the few read
 * from their files need sorting and merging in.  Sorting all 123,000 of
 * bench/search's articles by date and id took 40 ms of every update.
 */
static void
corpus_sort_ranked(struct corpus *c, const size_t *ranks, size_t nrank)
{
	size_t	nranked = corpus_order_ranked(c, ranks, nrank);

	if (!corpus_sorted(c->articles, nranked)) {
		corpus_sort_all(c->articles, c->n);
		return;
	}
	corpus_sort_all(c->articles + nranked, c->n - nranked);
	corpus_merge_runs(c->articles, nranked, c->n);
}

/*
 * Sort the articles by date, then id, and number them; reals[i] (the real
 * path of articles[i]) follows its article.  The catalogue is saved in
 * this order, so that corpus_open_cached finds it sorted.  ranks (or
 * NULL) are the ranks of the articles' catalogue entries, SIZE_MAX for
 * none, below nrank.
 */
static void
corpus_sort(struct corpus *c, char **reals, const size_t *ranks,
    size_t nrank)
{
	char	**moved;
	size_t	  i;

	for (i = 0; i < c->n; i++)
		c->articles[i]->index = (uint32_t)i;
	if (ranks != NULL)
		corpus_sort_ranked(c, ranks, nrank);
	else
		corpus_sort_all(c->articles, c->n);
	if (reals != NULL) {
		moved = xcalloc(c->n + 1, sizeof *moved);
		for (i = 0; i < c->n; i++)
			moved[i] = reals[c->articles[i]->index];
		memcpy(reals, moved, c->n * sizeof *reals);
		free(moved);
	}
	for (i = 0; i < c->n; i++)
		c->articles[i]->index = (uint32_t)i;
}

/* The catalogue, read on the other core while this one walks. */
struct corpus_catload {
	struct catalog	 cat;
	char		*path;		/* NULL: no catalogue */
	char		*why;		/* the warning of a damaged one */
	pthread_t	 th;
	int		 threaded;
};

static void *
corpus_catload_thread(void *arg)
{
	struct corpus_catload	*l = arg;

	if (catalog_read(&l->cat, l->path, &l->why) != 0 && l->why == NULL)
		l->why = xstrdup("cannot read the catalogue");
	return NULL;
}

/*
 * Whether the paths may make a corpus that keeps a catalogue: anything
 * but a few files named one by one (corpus_open says for sure after the
 * walk).
 */
static int
corpus_may_catalog(const char *const *paths, size_t npaths)
{
	struct stat	st;
	size_t		i;

	if (npaths > CORPUS_SMALL)
		return 1;
	for (i = 0; i < npaths; i++) {
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			return 1;
	}
	return 0;
}

/*
 * Start reading c's catalogue: checking 100 MB of it took as long as a
 * third of the walk, which leaves the other core idle.
 */
static void
corpus_catload_start(struct corpus_catload *l, struct corpus *c,
    const char *const *paths, size_t npaths, int flags)
{
	memset(l, 0, sizeof *l);
	if ((flags & CORPUS_NO_CATALOG) || !corpus_may_catalog(paths, npaths))
		return;
	if ((c->cache_dir = xdg_dir(XDG_CACHE, 1, NULL)) == NULL)
		return;
	l->path = corpus_cache_path(c, "catalog");
	l->threaded = pthread_create(&l->th, NULL, corpus_catload_thread,
	    l) == 0;
	if (!l->threaded)
		corpus_catload_thread(l);
}

/* Wait for the catalogue; use 0: the corpus keeps none after all. */
static void
corpus_catload_finish(struct corpus_catload *l, struct corpus *c, int use,
    const struct notify *n)
{
	if (l->threaded)
		pthread_join(l->th, NULL);
	l->threaded = 0;
	if (!use) {
		catalog_release(&l->cat);
		free(l->path);
		l->path = NULL;
		free(c->cache_dir);
		c->cache_dir = NULL;
	} else if (l->why != NULL)
		notify_warn(n, "%s", l->why);
	free(l->why);
	l->why = NULL;
}

int
corpus_open(struct corpus *c, const char *const *paths, size_t npaths,
    int flags, const struct notify *n, char **cause)
{
	struct corpus_walk	 w = { .notify = n };
	struct corpus_catload	 l;
	char			**reals;
	size_t			 i, saved, *ranks;
	int64_t			 racy_from = corpus_now() - CORPUS_RACY_NS;

	memset(c, 0, sizeof *c);
	w.strings = &c->strings;
	c->key = corpus_make_key(paths, npaths);
	corpus_catload_start(&l, c, paths, npaths, flags);
	for (i = 0; i < npaths; i++)
		corpus_walk_path(&w, paths[i], NULL, 1, DT_UNKNOWN, -1,
		    NULL);
	if (w.n == 0 && npaths > 0) {
		for (i = 0; i < npaths; i++) {
			if (access(paths[i], F_OK) == 0)
				break;
		}
		if (i == npaths) {
			*cause = xasprintf("no articles: cannot read '%s'",
			    paths[0]);
			corpus_catload_finish(&l, c, 0, n);
			corpus_walk_release(&w);
			corpus_release(c);
			return -1;
		}
	}
	c->root = corpus_common_root(&w);
	/* A few files named one by one are cheaper to read than to keep a
	   catalogue for, and would fill the cache with one per command. */
	corpus_catload_finish(&l, c, w.walked_dir || w.n > CORPUS_SMALL, n);
	corpus_dedupe(&w);
	reals = xcalloc(w.n + 1, sizeof *reals);
	ranks = xcalloc(w.n + 1, sizeof *ranks);
	corpus_fill(c, &w, &l.cat, flags, n, reals, ranks);
	saved = l.cat.count;
	corpus_sort(c, reals, ranks, saved);
	free(ranks);
	if (l.path != NULL && corpus_catalog_stale(c, saved) &&
	    !notify_cancelled(n)) {
		corpus_restore_spans(c, &l.cat, reals);
		corpus_save_catalog(c, reals, l.path, racy_from, n);
	}
	catalog_release(&l.cat);
	free(reals);		/* the walk's names, in the arena */
	free(l.path);
	corpus_walk_release(&w);
	if (notify_cancelled(n)) {
		*cause = xstrdup("cancelled");
		corpus_release(c);
		return -1;
	}
	return 0;
}

/*
 * Which argument real lies under: its index, with in *rest the part of
 * real below it (NULL when real is the argument itself); -1 when none.
 */
static long
corpus_display_arg(const char *real, char *const *reals, size_t n,
    const char **rest)
{
	size_t	i, len;

	for (i = 0; i < n; i++) {
		len = strlen(reals[i]);
		if (strncmp(real, reals[i], len) != 0)
			continue;
		if (real[len] == '\0') {
			*rest = NULL;
			return (long)i;
		}
		if (real[len] == '/') {
			*rest = real + len + 1;
			return (long)i;
		}
	}
	return -1;
}

char *
corpus_display_name_in(struct arena *ar, const char *real,
    const char *const *paths, char *const *reals, size_t n)
{
	const char	*rest;
	long		 i = corpus_display_arg(real, reals, n, &rest);
	size_t		 dlen, slash, nlen;
	char		*s;

	if (i < 0)
		return NULL;
	if (rest == NULL)
		return arena_strdup(ar, paths[i]);
	dlen = strlen(paths[i]);
	nlen = strlen(rest);
	slash = !(dlen > 0 && paths[i][dlen - 1] == '/');
	s = arena_alloc(ar, dlen + slash + nlen + 1);
	memcpy(s, paths[i], dlen);
	s[dlen] = '/';
	memcpy(s + dlen + slash, rest, nlen + 1);
	return s;
}

/*
 * Two threads turn the catalogue's entries into articles, a chunk at a
 * time, the second after checking the catalogue's checksum: building
 * 150,000 articles was two thirds of a first screen, and the checksum
 * alone left the other core idle most of that time.
 */
struct corpus_cachejob {
	struct corpus		*c;		/* articles[rank], root set */
	const struct catalog	*cat;
	const char *const	*paths;
	char *const		*reals;		/* reals[i]: paths[i]'s */
	size_t			 npaths;
	atomic_size_t		 next;		/* first entry not taken */
	atomic_int		 failed;
	int			 verified;	/* by the second thread */
};

#define CORPUS_CACHED_CHUNK	256

/*
 * The article of entry k, its strings in ar; real is a buffer for the
 * entry's path, NUL-terminated, grown as needed.  NULL when the entry has
 * no name under the paths or is not sound.
 */
static struct article *
corpus_cached_article(struct corpus_cachejob *j, size_t k, struct arena *ar,
    char **real, size_t *realsize)
{
	const struct catalog_entry *e = &j->cat->entries[k];
	struct article	*a;
	const char	*id;
	char		*file;
	size_t		 len;

	if (e->pathlen + 1 > *realsize) {
		*realsize = e->pathlen + 1;
		*real = xrealloc(*real, *realsize);
	}
	memcpy(*real, e->path, e->pathlen);
	(*real)[e->pathlen] = '\0';
	file = corpus_display_name_in(ar, *real, j->paths, j->reals,
	    j->npaths);
	if (file == NULL)
		return NULL;
	id = corpus_id_span(j->c->root, *real, &len);
	a = article_borrow(arena_strndup(ar, id, len), file, file);
	if (!catalog_restore(j->cat, k, a, ar)) {
		article_free(a);
		return NULL;
	}
	return a;
}

/* Take chunks of entries until none is left (or one failed). */
static void
corpus_cached_chunks(struct corpus_cachejob *j, struct arena *ar)
{
	struct article	**arts = j->c->articles;
	char		 *real = NULL;
	size_t		  from, k, size = 0;

	while (!atomic_load(&j->failed) && (from = atomic_fetch_add(&j->next,
	    CORPUS_CACHED_CHUNK)) < j->cat->count) {
		for (k = from; k < from + CORPUS_CACHED_CHUNK &&
		    k < j->cat->count; k++) {
			if ((arts[k] = corpus_cached_article(j, k, ar, &real,
			    &size)) == NULL) {
				atomic_store(&j->failed, 1);
				break;
			}
		}
	}
	free(real);
}

static void *
corpus_cached_thread(void *arg)
{
	struct corpus_cachejob	*j = arg;

	if ((j->verified = catalog_verify(j->cat)) == 0)
		atomic_store(&j->failed, 1);
	corpus_cached_chunks(j, &j->c->strings2);
	return NULL;
}

/*
 * Fill c from cat, on both cores, and check cat's checksum meanwhile; -1
 * when anything fails, the checksum included.  The articles' strings go
 * into the corpus's arenas (a malloc each was most of the time of a first
 * screen); file and path are the same string there.
 */
static int
corpus_fill_verified(struct corpus *c, const struct catalog *cat,
    const char *const *paths, char *const *reals, size_t npaths)
{
	struct corpus_cachejob	 j = { .c = c, .cat = cat, .paths = paths,
				    .reals = reals, .npaths = npaths };
	pthread_t		 th;
	size_t			 k;

	for (k = 0; k < cat->count; k++)
		corpus_root_addn(&c->root, cat->entries[k].path,
		    cat->entries[k].pathlen);
	c->articles = xcalloc(cat->count + 1, sizeof *c->articles);
	c->n = cat->count;	/* the NULL of a failure are freed as well */
	atomic_init(&j.next, 0);
	atomic_init(&j.failed, 0);
	if (pthread_create(&th, NULL, corpus_cached_thread, &j) != 0)
		corpus_cached_thread(&j);
	else {
		corpus_cached_chunks(&j, &c->strings);
		pthread_join(th, NULL);
	}
	if (atomic_load(&j.failed) || !j.verified)
		return -1;
	for (k = 0; k < c->n; k++)
		c->bytes += c->articles[k]->size;
	return 0;
}

int
corpus_open_cached(struct corpus *c, const char *const *paths,
    size_t npaths)
{
	struct catalog	 cat = { 0 };
	char		*catpath, **reals;
	size_t		 i;
	int		 rc = -1;

	memset(c, 0, sizeof *c);
	if (npaths == 0 || (c->cache_dir = xdg_dir(XDG_CACHE, 0, NULL)) ==
	    NULL)
		return -1;
	c->key = corpus_make_key(paths, npaths);
	catpath = corpus_cache_path(c, "catalog");
	reals = xcalloc(npaths + 1, sizeof *reals);
	for (i = 0; i < npaths; i++) {
		if ((reals[i] = realpath(paths[i], NULL)) == NULL)
			break;
	}
	if (i == npaths && catalog_read_unverified(&cat, catpath) == 0 &&
	    cat.count > 0)
		rc = corpus_fill_verified(c, &cat, paths, reals, npaths);
	catalog_release(&cat);
	for (i = 0; i < npaths; i++)
		free(reals[i]);
	free(reals);
	free(catpath);
	if (rc != 0) {
		corpus_release(c);
		memset(c, 0, sizeof *c);
		return -1;
	}
	corpus_sort(c, NULL, NULL, 0);
	return 0;
}

void
corpus_release(struct corpus *c)
{
	size_t	i;

	for (i = 0; i < c->n; i++)
		article_free(c->articles[i]);
	free(c->articles);
	arena_release(&c->strings);
	arena_release(&c->strings2);
	free(c->root);
	free(c->key);
	free(c->cache_dir);
	memset(c, 0, sizeof *c);
}

void
corpus_copy(struct corpus *dst, const struct corpus *src)
{
	size_t	i;

	*dst = *src;
	memset(&dst->strings, 0, sizeof dst->strings);	/* copies own theirs */
	memset(&dst->strings2, 0, sizeof dst->strings2);
	dst->root = src->root != NULL ? xstrdup(src->root) : NULL;
	dst->key = src->key != NULL ? xstrdup(src->key) : NULL;
	dst->cache_dir = src->cache_dir != NULL ? xstrdup(src->cache_dir) :
	    NULL;
	dst->articles = xreallocarray(NULL, src->n + 1, sizeof *dst->articles);
	dst->alloc = src->n + 1;
	for (i = 0; i < src->n; i++)
		dst->articles[i] = article_copy(src->articles[i]);
}

struct article *
corpus_find(struct corpus *c, const char *name)
{
	char	*real;
	size_t	 i;

	for (i = 0; i < c->n; i++) {
		if (strcmp(c->articles[i]->id, name) == 0 ||
		    strcmp(c->articles[i]->file, name) == 0)
			return c->articles[i];
	}
	real = realpath(name, NULL);
	if (real == NULL)
		return NULL;
	for (i = 0; i < c->n; i++) {
		char *r = realpath(c->articles[i]->path, NULL);
		int same = r != NULL && strcmp(r, real) == 0;
		free(r);
		if (same) {
			free(real);
			return c->articles[i];
		}
	}
	free(real);
	return NULL;
}

char *
corpus_cache_path(const struct corpus *c, const char *suffix)
{
	if (c->cache_dir == NULL)
		return NULL;
	return xasprintf("%s/%s.%s", c->cache_dir, c->key, suffix);
}
