/*
 * feed: walk the parsed feed.  RSS 2.0 nests items in <channel>; RSS 1.0
 * puts them beside it under <rdf:RDF>; Atom has <entry> under <feed>.  One
 * item reader serves all three, picking each field from the first element
 * of a known local name.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/xmlsave.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "web/feed.h"
#include "web/url.h"


/* 1 when the prolog holds a DOCTYPE with an internal subset. */
static int
feed_has_internal_dtd(const char *data, size_t len)
{
	const char	*p = data, *end = data + len, *gt, *br;

	while (p < end) {
		p = memchr(p, '<', (size_t)(end - p));
		if (p == NULL || end - p < 2)
			return 0;
		if (p[1] == '?' || (end - p >= 4 && memcmp(p, "<!--", 4) == 0)) {
			p++;
			continue;
		}
		if (end - p < 9 || strncasecmp(p, "<!DOCTYPE", 9) != 0)
			return 0;
		gt = memchr(p, '>', (size_t)(end - p));
		br = memchr(p, '[', (size_t)(end - p));
		return br != NULL && (gt == NULL || br < gt);
	}
	return 0;
}

/* The local name of n is name. */
static int
is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

static char *
text_of(xmlNode *n)
{
	xmlChar	*t = xmlNodeGetContent(n);
	char	*s, *p, *q;

	if (t == NULL)
		return NULL;
	for (p = (char *)t; isspace((unsigned char)*p); p++)
		;
	s = xstrdup(p);
	xmlFree(t);
	for (q = s + strlen(s); q > s && isspace((unsigned char)q[-1]); q--)
		;
	*q = '\0';
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

static void
set_once(char **slot, char *v)
{
	if (*slot == NULL)
		*slot = v;
	else
		free(v);
}

/* Atom content: HTML as text (type html), or the XHTML serialised. */
static char *
atom_content(xmlNode *n)
{
	xmlChar		*type = xmlGetProp(n, BAD_CAST "type");
	xmlBufferPtr	 xb;
	xmlNode		*ch;
	char		*s = NULL;

	if (type == NULL || strcmp((char *)type, "xhtml") != 0) {
		if (type == NULL || strstr((char *)type, "html") != NULL)
			s = text_of(n);
		xmlFree(type);
		return s;
	}
	xmlFree(type);
	xb = xmlBufferCreate();
	for (ch = n->children; ch != NULL; ch = ch->next)
		xmlNodeDump(xb, n->doc, ch, 0, 0);
	s = xstrdup((const char *)xmlBufferContent(xb));
	xmlBufferFree(xb);
	return s;
}

/* The link of an Atom entry: rel=alternate or no rel. */
static char *
atom_link(xmlNode *n)
{
	xmlChar	*rel = xmlGetProp(n, BAD_CAST "rel"), *href;
	char	*s = NULL;

	if (rel == NULL || strcmp((char *)rel, "alternate") == 0) {
		href = xmlGetProp(n, BAD_CAST "href");
		if (href != NULL)
			s = xstrdup((char *)href);
		xmlFree(href);
	}
	xmlFree(rel);
	return s;
}

/* One field of an item from child element c. */
static void
item_field(struct feed_item *it, xmlNode *c, char **date, char **summary)
{
	const char	*nm = (const char *)c->name;

	if (strcmp(nm, "title") == 0)
		set_once(&it->title, text_of(c));
	else if (strcmp(nm, "link") == 0)
		set_once(&it->link, xmlHasProp(c, BAD_CAST "href") ?
		    atom_link(c) : text_of(c));
	else if (strcmp(nm, "guid") == 0 || strcmp(nm, "id") == 0)
		set_once(&it->guid, text_of(c));
	else if (strcmp(nm, "pubDate") == 0 || strcmp(nm, "published") == 0 ||
	    strcmp(nm, "date") == 0 || strcmp(nm, "updated") == 0)
		set_once(date, text_of(c));
	else if (strcmp(nm, "creator") == 0)
		set_once(&it->author, text_of(c));
	else if (strcmp(nm, "author") == 0) {
		xmlNode *a;
		for (a = c->children; a != NULL; a = a->next)
			if (is(a, "name"))
				set_once(&it->author, text_of(a));
		if (c->children != NULL && c->children->next == NULL)
			set_once(&it->author, text_of(c));
	} else if (strcmp(nm, "encoded") == 0)
		set_once(&it->content, text_of(c));
	else if (strcmp(nm, "content") == 0)
		set_once(&it->content, atom_content(c));
	else if (strcmp(nm, "description") == 0 || strcmp(nm, "summary") == 0)
		set_once(summary, text_of(c));
}

/* Read item n into it; 0, or -1 when it has no usable link. */
static int
feed_item(xmlNode *n, const char *url, struct feed_item *it)
{
	xmlNode	*c;
	xmlChar	*about;
	char	*date = NULL, *summary = NULL, *abs;

	memset(it, 0, sizeof *it);
	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			item_field(it, c, &date, &summary);
	if ((about = xmlGetProp(n, BAD_CAST "about")) != NULL) {
		set_once(&it->guid, xstrdup((char *)about));
		xmlFree(about);
	}
	it->date = feed_date(date);
	free(date);
	free(summary);
	if (it->link == NULL && it->guid != NULL && url_is_http(it->guid))
		it->link = xstrdup(it->guid);
	abs = url_resolve(url, it->link);
	free(it->link);
	it->link = abs;
	if (it->link == NULL || !url_is_http(it->link))
		return -1;
	return 0;
}

static void
feed_item_release(struct feed_item *it)
{
	free(it->guid);
	free(it->link);
	free(it->title);
	free(it->date);
	free(it->author);
	free(it->content);
}

/* Read the items among the children of n (and in a <channel>). */
static int
feed_items(struct feed *f, xmlNode *n, const char *url, size_t *alloc,
    char **cause)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (is(c, "channel")) {
			xmlNode *t;
			for (t = c->children; t != NULL; t = t->next)
				if (is(t, "title") && f->title == NULL)
					f->title = text_of(t);
			if (feed_items(f, c, url, alloc, cause) != 0)
				return -1;
		} else if (is(c, "title") && f->title == NULL)
			f->title = text_of(c);
		if (!is(c, "item") && !is(c, "entry"))
			continue;
		if (f->n >= FEED_MAX_ITEMS)
			return *cause = xasprintf("more than %d items",
			    FEED_MAX_ITEMS), -1;
		f->items = xgrow(f->items, alloc, f->n + 1, sizeof *f->items);
		if (feed_item(c, url, &f->items[f->n]) == 0)
			f->n++;
		else
			feed_item_release(&f->items[f->n]);
	}
	return 0;
}

static xmlDocPtr
feed_read(const char *data, size_t len, const char *url, char **cause)
{
	xmlDocPtr	 doc;
	const xmlError	*e;

	if (feed_has_internal_dtd(data, len))
		return *cause = xstrdup("entity declarations are refused"),
		    NULL;
	if (len > 0x7fffffff)
		return *cause = xstrdup("too large"), NULL;
	xmlResetLastError();
	doc = xmlReadMemory(data, (int)len, url, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (doc == NULL) {
		e = xmlGetLastError();
		*cause = e != NULL && e->message != NULL ?
		    xasprintf("not XML: line %d: %.*s", e->line,
		    (int)strcspn(e->message, "\n"), e->message) :
		    xstrdup("not XML");
	}
	return doc;
}

int
feed_parse(const char *data, size_t len, const char *url, struct feed *f,
    char **cause)
{
	xmlDocPtr	 doc;
	xmlNode		*root;
	size_t		 alloc = 0;
	int		 r = 0;

	memset(f, 0, sizeof *f);
	if ((doc = feed_read(data, len, url, cause)) == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (root == NULL || (!is(root, "rss") && !is(root, "RDF") &&
	    !is(root, "feed"))) {
		*cause = xasprintf("not a feed (root element '%s')",
		    root != NULL ? (const char *)root->name : "");
		r = -1;
	} else
		r = feed_items(f, root, url, &alloc, cause);
	xmlFreeDoc(doc);
	if (r != 0)
		feed_release(f);
	return r;
}

void
feed_release(struct feed *f)
{
	size_t	i;

	for (i = 0; i < f->n; i++)
		feed_item_release(&f->items[i]);
	free(f->items);
	free(f->title);
	memset(f, 0, sizeof *f);
}

char *
feed_date(const char *s)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	char		 mon[4];
	const char	*m;
	int		 y, mo, d;

	if (s == NULL)
		return NULL;
	while (isspace((unsigned char)*s))
		s++;
	if (sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) == 3)
		goto ok;
	if (strchr(s, ',') != NULL)
		s = strchr(s, ',') + 1;
	if (sscanf(s, "%2d %3s %4d", &d, mon, &y) != 3)
		return NULL;
	mon[0] = (char)tolower((unsigned char)mon[0]);
	mon[1] = (char)tolower((unsigned char)mon[1]);
	mon[2] = (char)tolower((unsigned char)mon[2]);
	if ((m = strstr(months, mon)) == NULL || (m - months) % 3 != 0)
		return NULL;
	mo = (int)(m - months) / 3 + 1;
	if (y < 100)
		y += 2000;
ok:
	if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, mo, d);
}
