/*
 * feeds: the urls file, tokenised the way newsboat reads it (words
 * separated by blanks, double quotes around a word with blanks), and OPML
 * through libxml2 (read with no network and no entities, written with its
 * tree API).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "web/feeds.h"
#include "web/url.h"

void
feeds_init(struct feeds *f)
{
	memset(f, 0, sizeof *f);
}

void
feeds_release(struct feeds *f)
{
	size_t	i;

	for (i = 0; i < f->n; i++) {
		free(f->v[i].url);
		free(f->v[i].title);
		free(f->v[i].tags);
	}
	free(f->v);
	memset(f, 0, sizeof *f);
}

/* The next word of p[..end) into w; NULL at the end or on a bad quote. */
static const char *
feeds_word(const char *p, const char *end, struct buf *w, const char **why)
{
	buf_reset(w);
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end)
		return NULL;
	if (*p != '"') {
		while (p < end && *p != ' ' && *p != '\t')
			buf_addc(w, *p++);
		return p;
	}
	for (p++; p < end && *p != '"'; p++) {
		if (*p == '\\' && p + 1 < end)
			p++;
		buf_addc(w, *p);
	}
	if (p == end) {
		*why = "unterminated quote";
		return NULL;
	}
	return p + 1;
}

/* Control bytes (a line break in an OPML title) become spaces. */
static char *
feeds_clean(char *s)
{
	char	*p;

	for (p = s; p != NULL && *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return s;
}

static void
feeds_push(struct feeds *f, char *url, char *title, char *tags, unsigned ln)
{
	feeds_clean(title);
	f->v = xgrow(f->v, &f->alloc, f->n + 1, sizeof *f->v);
	f->v[f->n].url = url;
	f->v[f->n].title = title;
	f->v[f->n].tags = tags;
	f->v[f->n].line = ln;
	f->n++;
}

/*
 * Append prefix and w as one word of the urls format: quoted (with '"'
 * and '\\' escaped) when it has a prefix, is empty, or holds blanks,
 * quotes or backslashes, so that reading it back gives w again.
 */
static void
feeds_put_word(struct buf *b, const char *prefix, const char *w)
{
	const char	*p;

	if (*prefix == '\0' && *w != '\0' && *w != '#' &&
	    strpbrk(w, " \t\r\"\\") == NULL) {
		buf_adds(b, w);
		return;
	}
	buf_addc(b, '"');
	buf_adds(b, prefix);
	for (p = w; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
}

/* One line; -1 with *why. */
static int
feeds_line(struct feeds *f, const char *p, const char *end, unsigned ln,
    const char **why)
{
	struct buf	 w, tags;
	char		*url, *title = NULL;

	while (end > p && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
		end--;
	buf_init(&w);
	if ((p = feeds_word(p, end, &w, why)) == NULL || w.len == 0 ||
	    w.data[0] == '#') {
		if (p != NULL && w.len == 0)
			*why = "empty URL";
		buf_release(&w);
		return *why != NULL ? -1 : 0;
	}
	if (strncmp(w.data, "query:", 6) == 0) {
		buf_release(&w);
		return 0;
	}
	if (!url_is_http(w.data)) {
		buf_release(&w);
		*why = "not an http or https URL";
		return -1;
	}
	url = buf_detach(&w, NULL);
	buf_init(&tags);
	while ((p = feeds_word(p, end, &w, why)) != NULL) {
		if (w.len > 0 && w.data[0] == '~' && title == NULL)
			title = xstrdup(w.data + 1);
		else {
			if (tags.len > 0)
				buf_addc(&tags, ' ');
			feeds_put_word(&tags, "", w.data != NULL ? w.data : "");
		}
	}
	buf_release(&w);
	if (*why != NULL) {
		free(url), free(title), buf_release(&tags);
		return -1;
	}
	feeds_push(f, url, title, buf_detach(&tags, NULL), ln);
	return 0;
}

int
feeds_parse(struct feeds *f, const char *text, size_t len, const char *file,
    char **cause)
{
	const char	*p = text, *end = text + len, *nl, *why;
	unsigned	 ln = 0;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		ln++;
		why = NULL;
		if (memchr(p, '\0', (size_t)(nl - p)) != NULL)
			why = "NUL byte";
		if (why != NULL || feeds_line(f, p, nl, ln, &why) != 0) {
			*cause = xasprintf("%s:%u: %s", file, ln, why);
			return -1;
		}
		p = nl + 1;
	}
	return 0;
}

int
feeds_load(struct feeds *f, const char *path, int missing_ok, char **cause)
{
	char	*text;
	size_t	 len;
	int	 r;

	if (missing_ok && access(path, F_OK) != 0)
		return 0;
	if ((text = file_read(path, &len, cause)) == NULL)
		return -1;
	r = feeds_parse(f, text, len, path, cause);
	free(text);
	return r;
}

int
feeds_add(struct feeds *f, const char *url, const char *title)
{
	size_t	i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].url, url) == 0)
			return 0;
	feeds_push(f, xstrdup(url), title != NULL ? xstrdup(title) : NULL,
	    NULL, 0);
	return 1;
}

void
feeds_format(const struct feeds *f, struct buf *b)
{
	size_t	i;

	for (i = 0; i < f->n; i++) {
		feeds_put_word(b, "", f->v[i].url);
		if (f->v[i].title != NULL) {
			buf_addc(b, ' ');
			feeds_put_word(b, "~", f->v[i].title);
		}
		if (f->v[i].tags != NULL && *f->v[i].tags != '\0') {
			buf_addc(b, ' ');
			buf_adds(b, f->v[i].tags);
		}
		buf_addc(b, '\n');
	}
}

/* Every outline with an xmlUrl under n. */
static void
opml_walk(struct feeds *f, xmlNode *n, int depth)
{
	xmlChar	*u, *t;

	for (; n != NULL && depth < 64; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "outline") == 0 &&
		    (u = xmlGetProp(n, BAD_CAST "xmlUrl")) != NULL) {
			t = xmlGetProp(n, BAD_CAST "title");
			if (t == NULL)
				t = xmlGetProp(n, BAD_CAST "text");
			if (url_is_http((char *)u))
				feeds_add(f, (char *)u, (char *)t);
			xmlFree(u);
			xmlFree(t);
		}
		opml_walk(f, n->children, depth + 1);
	}
}

int
feeds_parse_opml(struct feeds *f, const char *data, size_t len,
    char **cause)
{
	xmlDocPtr	doc;

	if (memmem(data, len, "<!ENTITY", 8) != NULL)
		return *cause = xstrdup("entity declarations are refused"), -1;
	doc = xmlReadMemory(data, (int)(len > 0x7fffffff ? 0x7fffffff : len),
	    NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (doc == NULL)
		return *cause = xstrdup("not XML"), -1;
	if (xmlDocGetRootElement(doc) == NULL || strcmp((const char *)
	    xmlDocGetRootElement(doc)->name, "opml") != 0) {
		xmlFreeDoc(doc);
		return *cause = xstrdup("not an OPML document"), -1;
	}
	opml_walk(f, xmlDocGetRootElement(doc), 0);
	xmlFreeDoc(doc);
	return 0;
}

void
feeds_format_opml(const struct feeds *f, struct buf *b)
{
	xmlDocPtr	 doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode		*root, *head, *body, *o;
	xmlChar		*mem;
	int		 len;
	size_t		 i;

	root = xmlNewNode(NULL, BAD_CAST "opml");
	xmlNewProp(root, BAD_CAST "version", BAD_CAST "2.0");
	xmlDocSetRootElement(doc, root);
	head = xmlNewChild(root, NULL, BAD_CAST "head", NULL);
	xmlNewTextChild(head, NULL, BAD_CAST "title",
	    BAD_CAST "demarche subscriptions");
	body = xmlNewChild(root, NULL, BAD_CAST "body", NULL);
	for (i = 0; i < f->n; i++) {
		const char *t = f->v[i].title ? f->v[i].title : f->v[i].url;
		o = xmlNewChild(body, NULL, BAD_CAST "outline", NULL);
		xmlNewProp(o, BAD_CAST "type", BAD_CAST "rss");
		xmlNewProp(o, BAD_CAST "text", BAD_CAST t);
		xmlNewProp(o, BAD_CAST "title", BAD_CAST t);
		xmlNewProp(o, BAD_CAST "xmlUrl", BAD_CAST f->v[i].url);
	}
	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
	buf_add(b, mem, (size_t)len);
	xmlFree(mem);
	xmlFreeDoc(doc);
}
