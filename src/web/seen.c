/*
 * seen: keys in an array (for saving in order) and a hash table of their
 * 64-bit hashes (for lookups); feeds' validators in a small array.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "web/seen.h"

static uint64_t
seen_hash(const char *key)
{
	uint64_t	h = hash64(key, strlen(key), HASH_SEED);

	return h == 0 ? 1 : h;
}

static void
seen_table_put(uint64_t *t, size_t size, uint64_t h)
{
	size_t	i = (size_t)h & (size - 1);

	while (t[i] != 0 && t[i] != h)
		i = (i + 1) & (size - 1);
	t[i] = h;
}

static void
seen_grow(struct seen *s)
{
	size_t	 i, size = s->tsize ? s->tsize * 2 : 1024;
	uint64_t *t = xcalloc(size, sizeof *t);

	for (i = 0; i < s->n; i++)
		seen_table_put(t, size, seen_hash(s->keys[i]));
	free(s->table);
	s->table = t;
	s->tsize = size;
}

static int
seen_has_key(const struct seen *s, const char *key)
{
	uint64_t	h = seen_hash(key);
	size_t		i;

	if (s->tsize == 0)
		return 0;
	for (i = (size_t)h & (s->tsize - 1); s->table[i] != 0;
	    i = (i + 1) & (s->tsize - 1))
		if (s->table[i] == h)
			return 1;
	return 0;
}

static void
seen_add_key(struct seen *s, const char *key)
{
	if (seen_has_key(s, key))
		return;
	if ((s->n + 1) * 2 > s->tsize)
		seen_grow(s);
	s->keys = xgrow(s->keys, &s->alloc, s->n + 1, sizeof *s->keys);
	s->keys[s->n++] = xstrdup(key);
	seen_table_put(s->table, s->tsize, seen_hash(key));
}

int
seen_has(const struct seen *s, const char *kind, const char *value)
{
	char	*k = xasprintf("%s %s", kind, value);
	int	 r = seen_has_key(s, k);

	free(k);
	return r;
}

void
seen_add(struct seen *s, const char *kind, const char *value)
{
	char	*k = xasprintf("%s %s", kind, value);

	seen_add_key(s, k);
	free(k);
}

void
seen_body_key(const char *body, size_t len, char *out)
{
	while (len > 0 && body[len - 1] == '\n')
		len--;
	snprintf(out, 17, "%016llx",
	    (unsigned long long)hash64(body, len, HASH_SEED));
}

const struct seen_feed *
seen_feed(const struct seen *s, const char *url)
{
	size_t	i;

	for (i = 0; i < s->nfeeds; i++)
		if (strcmp(s->feeds[i].url, url) == 0)
			return &s->feeds[i];
	return NULL;
}

static char *
seen_dup(const char *v)
{
	return v != NULL && *v != '\0' && strcmp(v, "-") != 0 &&
	    strpbrk(v, "\t\n\r") == NULL ? xstrdup(v) : NULL;
}

void
seen_set_feed(struct seen *s, const char *url, const char *etag,
    const char *last_modified)
{
	struct seen_feed	*f = (struct seen_feed *)seen_feed(s, url);

	if (f == NULL) {
		s->feeds = xgrow(s->feeds, &s->afeeds, s->nfeeds + 1,
		    sizeof *s->feeds);
		f = &s->feeds[s->nfeeds++];
		f->url = xstrdup(url);
	} else {
		free(f->etag);
		free(f->last_modified);
	}
	f->etag = seen_dup(etag);
	f->last_modified = seen_dup(last_modified);
}

/* One line of the state file; -1 with *why. */
static int
seen_line(struct seen *s, char *line, const char **why)
{
	char	*f[3], *p;
	int	 n = 0;

	if (*line == '\0')
		return 0;
	if (strncmp(line, "seen ", 5) == 0 && line[5] != '\0') {
		seen_add_key(s, line + 5);
		return 0;
	}
	if (strncmp(line, "feed ", 5) != 0)
		return *why = "neither 'seen' nor 'feed'", -1;
	for (p = line + 5; n < 3; n++) {
		f[n] = p;
		if ((p = strchr(p, '\t')) == NULL)
			break;
		*p++ = '\0';
	}
	if (n != 2)
		return *why = "a feed needs URL, ETag and Last-Modified", -1;
	seen_set_feed(s, f[0], f[1], f[2]);
	return 0;
}

int
seen_load(struct seen *s, const char *path, char **cause)
{
	char		*text, *p, *nl;
	const char	*why = NULL;
	size_t		 len;
	unsigned	 ln = 0;

	memset(s, 0, sizeof *s);
	s->path = xstrdup(path);
	if (access(path, F_OK) != 0)
		return 0;
	if ((text = file_read(path, &len, cause)) == NULL)
		return -1;
	for (p = text; p < text + len; p = nl + 1) {
		if ((nl = memchr(p, '\n', len - (size_t)(p - text))) == NULL)
			nl = text + len;
		*nl = '\0';
		ln++;
		if (strlen(p) != (size_t)(nl - p))
			why = "NUL byte";
		if (why != NULL || seen_line(s, p, &why) != 0) {
			*cause = xasprintf("%s:%u: %s", path, ln, why);
			free(text);
			return -1;
		}
	}
	free(text);
	return 0;
}

/* Add the URL header and the body hash of one article file. */
static void
seen_scan_file(struct seen *s, const char *path)
{
	char	*text, *p, *body, key[17];
	size_t	 len;

	if ((text = file_read(path, &len, NULL)) == NULL)
		return;
	body = strstr(text, "\n\n");
	if (body != NULL && strncmp(text, "Title:", 6) == 0) {
		*body = '\0';
		if ((p = strstr(text, "\nURL: ")) != NULL ||
		    (p = strncmp(text, "URL: ", 5) == 0 ? text - 1 : NULL)) {
			p += 6;
			p[strcspn(p, "\n")] = '\0';
			seen_add(s, "url", p);
		}
		body += 2;
		seen_body_key(body, len - (size_t)(body - text), key);
		seen_add(s, "hash", key);
	}
	free(text);
}

/* Walk dir for .md files, down to depth levels. */
static void
seen_scan_walk(struct seen *s, const char *dir, int depth)
{
	DIR		*d;
	struct dirent	*e;
	char		*path;
	size_t		 n;

	if (depth < 0 || (d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		n = strlen(e->d_name);
		if (n > 3 && strcmp(e->d_name + n - 3, ".md") == 0)
			seen_scan_file(s, path);
		else if (strchr(e->d_name, '.') == NULL)
			seen_scan_walk(s, path, depth - 1);
		free(path);
	}
	closedir(d);
}

void
seen_scan(struct seen *s, const char *dir)
{
	seen_scan_walk(s, dir, 1);
}

int
seen_save(struct seen *s, char **cause)
{
	struct buf	b;
	size_t		i;
	int		r;

	buf_init(&b);
	for (i = 0; i < s->nfeeds; i++)
		buf_printf(&b, "feed %s\t%s\t%s\n", s->feeds[i].url,
		    s->feeds[i].etag ? s->feeds[i].etag : "-",
		    s->feeds[i].last_modified ? s->feeds[i].last_modified :
		    "-");
	for (i = 0; i < s->n; i++)
		buf_printf(&b, "seen %s\n", s->keys[i]);
	r = atomic_write(s->path, b.data ? b.data : "", b.len, cause);
	buf_release(&b);
	return r;
}

void
seen_release(struct seen *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++)
		free(s->keys[i]);
	for (i = 0; i < s->nfeeds; i++) {
		free(s->feeds[i].url);
		free(s->feeds[i].etag);
		free(s->feeds[i].last_modified);
	}
	free(s->keys);
	free(s->table);
	free(s->feeds);
	free(s->path);
	memset(s, 0, sizeof *s);
}
