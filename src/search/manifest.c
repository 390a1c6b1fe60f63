/*
 * manifest: the file naming an index's live segments (format in
 * manifest.h), written atomically under the index's lock.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "search/index.h"
#include "search/manifest.h"
#include "search/seg.h"

#define MAN_MAGIC	"DMIXMAN1"

/* "DIR/manifest", malloc'd. */
static char *
manifest_path(const char *dir)
{
	return xasprintf("%s/manifest", dir);
}

static void
put_u32(struct buf *b, uint32_t v)
{
	buf_put_le32(b, v);
}

int
manifest_write(const char *dir, const char *root, const struct seg *segs,
    size_t n, char **cause)
{
	struct buf	 b;
	char		*path = manifest_path(dir);
	size_t		 k, j;
	int		 rc;

	buf_init(&b);
	buf_add(&b, MAN_MAGIC, 8);
	put_u32(&b, INDEX_VERSION);
	put_u32(&b, (uint32_t)strlen(root));
	buf_adds(&b, root);
	put_u32(&b, (uint32_t)n);
	for (k = 0; k < n; k++) {
		put_u32(&b, (uint32_t)strlen(segs[k].name));
		buf_adds(&b, segs[k].name);
		put_u32(&b, (uint32_t)segs[k].ndeleted);
		for (j = 0; j < segs[k].ndeleted; j++)
			put_u32(&b, segs[k].deleted[j]);
	}
	put_u32(&b, crc32_update(0, b.data, b.len));
	rc = atomic_write(path, b.data, b.len, cause);
	buf_release(&b);
	free(path);
	return rc;
}

static int
get_u32(const char *p, size_t len, size_t *i, uint32_t *v)
{
	if (len - *i < 4 || *i > len)
		return 0;
	*v = le32_load(p + *i);
	*i += 4;
	return 1;
}

/*
 * manifest_read, or with open 0 manifest_list: the segments named and
 * their deleted lists, not opened (see manifest.h).
 */
static int
manifest_parse(const char *dir, char **root, struct seg **segs,
    size_t *nsegs, int open, char **cause)
{
	char		*path = manifest_path(dir), *data, *name;
	size_t		 len, i = 8;
	uint32_t	 v, n, k, rl, nl, nd, j, crc;
	struct seg	*s;

	if (access(path, F_OK) != 0 && errno == ENOENT) {
		free(path);
		return 1;
	}
	if ((data = file_read(path, &len, cause)) == NULL) {
		free(path);
		return -1;
	}
	if (len < 12 || memcmp(data, MAN_MAGIC, 8) != 0)
		goto bad;
	crc = le32_load(data + len - 4);
	if (crc != crc32_update(0, data, len - 4))
		goto bad;
	len -= 4;
	if (!get_u32(data, len, &i, &v))
		goto bad;
	if (v != INDEX_VERSION) {
		*cause = xasprintf("index file '%s' is of version %u, not %u",
		    path, v, INDEX_VERSION);
		free(data);
		free(path);
		return -1;
	}
	if (!get_u32(data, len, &i, &rl) || rl > len - i)
		goto bad;
	free(*root);
	*root = xstrndup(data + i, rl);
	i += rl;
	if (!get_u32(data, len, &i, &n))
		goto bad;
	for (k = 0; k < n; k++) {
		if (!get_u32(data, len, &i, &nl) || nl > len - i || nl == 0)
			goto bad;
		name = xstrndup(data + i, nl);
		i += nl;
		*segs = xreallocarray(*segs, *nsegs + 1, sizeof **segs);
		s = &(*segs)[*nsegs];
		if (strchr(name, '/') != NULL)
			*cause = xasprintf("index file '%s' names a segment "
			    "outside its folder", path);
		if (!open && strchr(name, '/') == NULL) {
			memset(s, 0, sizeof *s);
			s->name = name;	/* seg_close frees it */
			name = NULL;
		} else if (strchr(name, '/') != NULL ||
		    seg_open(s, dir, name, cause) != 0) {
			free(name);
			seg_close(s);
			free(data);
			free(path);
			return -1;
		}
		free(name);
		(*nsegs)++;
		if (!get_u32(data, len, &i, &nd) || nd > (len - i) / 4)
			goto bad;
		s->deleted = xreallocarray(NULL, nd + 1, sizeof *s->deleted);
		for (j = 0; j < nd; j++) {
			get_u32(data, len, &i, &s->deleted[j]);
			if (j > 0 && s->deleted[j] <= s->deleted[j - 1])
				goto bad;
		}
		s->ndeleted = nd;
	}
	free(data);
	free(path);
	return 0;
bad:
	*cause = xasprintf("index file '%s' is corrupt", path);
	free(data);
	free(path);
	return -1;
}

int
manifest_read(const char *dir, char **root, struct seg **segs,
    size_t *nsegs, char **cause)
{
	return manifest_parse(dir, root, segs, nsegs, 1, cause);
}

int
manifest_list(const char *dir, char **root, struct seg **segs,
    size_t *nsegs, char **cause)
{
	return manifest_parse(dir, root, segs, nsegs, 0, cause);
}
