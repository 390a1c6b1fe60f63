/*
 * extract-meta: an article's title, date, author, source, URL and language
 * from the page's head, its JSON-LD and a few elements of the body.  Each
 * field keeps the first value found in the order of preference of its
 * sources (struct meta holds one slot per source).
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "web/extract.h"
#include "web/extract-int.h"
#include "web/url.h"

#define META_MAX_DEPTH	EXTRACT_MAX_DEPTH

enum {
	M_OG_TITLE, M_TITLE, M_H1,
	M_LD_DATE, M_META_DATE, M_TIME,
	M_LD_AUTHOR, M_META_AUTHOR, M_BYLINE,
	M_SITE, M_CANONICAL, M_OG_URL, M_LANG, M_META_LANG,
	M_NSLOTS
};

struct meta {
	char	*slot[M_NSLOTS];
};

/*
 * s as a header line, malloc'd: runs of white space (line breaks too)
 * become one space, other control characters are dropped, and the ends
 * are trimmed.  A page's title or author must not break the article's
 * header, nor reach a terminal as a control sequence.
 */
static char *
one_line(const char *s)
{
	struct buf	 b;
	char		*line;
	int		 space = 1;

	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			if (!space)
				buf_addc(&b, ' ');
			space = 1;
		} else if ((unsigned char)*s >= 0x20 && *s != 0x7f) {
			buf_addc(&b, *s);
			space = 0;
		}
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	line = buf_detach(&b, NULL);
	return line != NULL ? line : xstrdup("");
}

static void
meta_set(struct meta *m, int i, const char *v)
{
	char	*line;

	if (m->slot[i] != NULL || v == NULL)
		return;
	line = one_line(v);
	if (*line != '\0')
		m->slot[i] = line;
	else
		free(line);
}

static void
meta_set_prop(struct meta *m, int i, xmlNode *n, const char *attr)
{
	xmlChar	*v;

	if (m->slot[i] != NULL)
		return;
	v = xmlGetNoNsProp(n, BAD_CAST attr);
	meta_set(m, i, (char *)v);
	xmlFree(v);
}

/* The text of n on one line (see one_line), malloc'd. */
static char *
node_text(xmlNode *n)
{
	xmlChar	*t = xmlNodeGetContent(n);
	char	*line = one_line(t != NULL ? (char *)t : "");

	xmlFree(t);
	return line;
}

/* <meta property|name|itemprop=K content=V>. */
static void
meta_tag(struct meta *m, xmlNode *n)
{
	static const struct { const char *key; int slot; } keys[] = {
		{ "og:title", M_OG_TITLE },
		{ "article:published_time", M_META_DATE },
		{ "datepublished", M_META_DATE },
		{ "date", M_META_DATE }, { "pubdate", M_META_DATE },
		{ "publishdate", M_META_DATE }, { "dc.date", M_META_DATE },
		{ "dc.date.issued", M_META_DATE },
		{ "sailthru.date", M_META_DATE },
		{ "parsely-pub-date", M_META_DATE },
		{ "author", M_META_AUTHOR }, { "dc.creator", M_META_AUTHOR },
		{ "parsely-author", M_META_AUTHOR },
		{ "sailthru.author", M_META_AUTHOR },
		{ "og:site_name", M_SITE }, { "og:url", M_OG_URL },
		{ "og:locale", M_META_LANG },
		{ "content-language", M_META_LANG },
	};
	static const char *const attrs[] = { "property", "name", "itemprop",
	    "http-equiv" };
	xmlChar	*k;
	size_t	 a, i;

	for (a = 0; a < 4; a++) {
		if ((k = xmlGetNoNsProp(n, BAD_CAST attrs[a])) == NULL)
			continue;
		for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
			if (strcasecmp((char *)k, keys[i].key) == 0)
				meta_set_prop(m, keys[i].slot, n, "content");
		}
		xmlFree(k);
	}
}

/*
 * Add one decoded character of a JSON string to b.  JSON-LD is the page's
 * text too, so it is held to the same rule: a line break stays, other
 * white space is a space, and other control characters (raw, which lax
 * pages contain, or escaped, even \u0000) are dropped.
 */
static void
json_add_char(struct buf *b, unsigned cp)
{
	char	enc[4];

	if (cp == '\n')
		buf_addc(b, '\n');
	else if (cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v')
		buf_addc(b, ' ');
	else if (cp >= 0x20 && cp != 0x7f)
		buf_add(b, enc, utf8_encode(cp, enc));
}

/* Add one byte of a JSON string's text, raw or after a backslash. */
static void
json_add_byte(struct buf *b, char c)
{
	if ((unsigned char)c >= 0x80)	/* part of a UTF-8 sequence */
		buf_addc(b, c);
	else
		json_add_char(b, (unsigned char)c);
}

/* 1 when p starts with four hex digits (no sign, no space): their value. */
static int
json_hex4(const char *p, unsigned *cp)
{
	char	digits[5];
	int	i;

	for (i = 0; i < 4; i++)
		if (!isxdigit((unsigned char)p[i]))
			return 0;
	memcpy(digits, p, 4);
	digits[4] = '\0';
	*cp = (unsigned)strtoul(digits, NULL, 16);
	return 1;
}

/* Decode the JSON string that starts after the quote at p, into b. */
static const char *
json_string_at(const char *p, struct buf *b)
{
	unsigned	 cp;

	for (; *p != '\0' && *p != '"'; p++) {
		if (*p != '\\') {
			json_add_byte(b, *p);
			continue;
		}
		p++;
		if (*p == 'n' || *p == 'r' || *p == 't')
			buf_addc(b, *p == 'n' ? '\n' : ' ');
		else if (*p == 'u' && json_hex4(p + 1, &cp)) {
			if (cp >= 0xd800 && cp < 0xe000)
				cp = 0xfffd;
			json_add_char(b, cp);
			p += 4;
		} else if (*p != '\0')
			json_add_byte(b, *p);
		else
			break;
	}
	return p;
}

/*
 * The string value of "key" in the JSON text s, or, when the value is an
 * object or array, of the first "name" inside it.  Malloc'd or NULL.
 */
static char *
json_find(const char *s, const char *key)
{
	struct buf	 b;
	const char	*p;
	char		 pat[64];

	snprintf(pat, sizeof pat, "\"%s\"", key);
	if ((p = strstr(s, pat)) == NULL)
		return NULL;
	p += strlen(pat);
	while (isspace((unsigned char)*p))
		p++;
	if (*p++ != ':')
		return NULL;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '{' || *p == '[')
		return strncmp(key, "name", 4) == 0 ? NULL :
		    json_find(p, "name");
	if (*p != '"')
		return NULL;
	buf_init(&b);
	json_string_at(p + 1, &b);
	return buf_detach(&b, NULL);
}

static void
meta_json_ld(struct meta *m, xmlNode *n)
{
	xmlChar	*t = xmlNodeGetContent(n);
	char	*v;

	if (t == NULL)
		return;
	v = json_find((char *)t, "datePublished");
	meta_set(m, M_LD_DATE, v);
	free(v);
	v = json_find((char *)t, "author");
	meta_set(m, M_LD_AUTHOR, v);
	free(v);
	xmlFree(t);
}

/* 1 when the element's class or rel names a byline. */
static int
is_byline(xmlNode *n)
{
	xmlChar	*v;
	int	 r = 0;

	if ((v = xmlGetNoNsProp(n, BAD_CAST "rel")) != NULL) {
		r = strcasecmp((char *)v, "author") == 0;
		xmlFree(v);
	}
	if (!r && (v = xmlGetNoNsProp(n, BAD_CAST "class")) != NULL) {
		r = strstr((char *)v, "byline") != NULL ||
		    strstr((char *)v, "author-name") != NULL;
		xmlFree(v);
	}
	return r;
}

static void	meta_walk(struct meta *, xmlNode *, int);

/* Look at one element; 1 when its children need no walk. */
static int
meta_element(struct meta *m, xmlNode *n)
{
	const char	*name = (const char *)n->name;
	xmlChar		*v;
	char		*t;

	if (strcmp(name, "meta") == 0)
		meta_tag(m, n);
	else if (strcmp(name, "html") == 0)
		meta_set_prop(m, M_LANG, n, "lang");
	else if (strcmp(name, "link") == 0) {
		if ((v = xmlGetNoNsProp(n, BAD_CAST "rel")) != NULL &&
		    strcasecmp((char *)v, "canonical") == 0)
			meta_set_prop(m, M_CANONICAL, n, "href");
		xmlFree(v);
	} else if (strcmp(name, "script") == 0) {
		if ((v = xmlGetNoNsProp(n, BAD_CAST "type")) != NULL &&
		    strcasecmp((char *)v, "application/ld+json") == 0)
			meta_json_ld(m, n);
		xmlFree(v);
		return 1;
	} else if (strcmp(name, "time") == 0)
		meta_set_prop(m, M_TIME, n, "datetime");
	else if (strcmp(name, "title") == 0 || strcmp(name, "h1") == 0 ||
	    (m->slot[M_BYLINE] == NULL && is_byline(n))) {
		t = node_text(n);
		meta_set(m, name[0] == 't' ? M_TITLE : name[0] == 'h' &&
		    name[1] == '1' ? M_H1 : M_BYLINE, t);
		free(t);
		return 1;
	} else if (strcmp(name, "style") == 0)
		return 1;
	return 0;
}

static void
meta_walk(struct meta *m, xmlNode *n, int depth)
{
	xmlNode	*ch;

	if (depth > META_MAX_DEPTH)
		return;
	for (ch = n; ch != NULL; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		if (!meta_element(m, ch))
			meta_walk(m, ch->children, depth + 1);
	}
}

/* s as YYYY-MM-DD when it starts with a date, else NULL; malloc'd. */
static char *
date_normalise(const char *s)
{
	int	y, mo, d, n = 0;

	if (s == NULL)
		return NULL;
	while (*s == ' ')
		s++;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 &&
	    sscanf(s, "%4d/%2d/%2d%n", &y, &mo, &d, &n) != 3)
		return NULL;
	if (n != 10 || y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1 ||
	    d > 31)
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, mo, d);
}

/* A date in the URL's path: /2025/03/11/ or 2025-03-11. */
static char *
date_from_url(const char *url)
{
	const char	*p;
	char		*d;
	int		 y, mo, dd, n;

	for (p = url; p != NULL && *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || (p > url &&
		    isdigit((unsigned char)p[-1])))
			continue;
		if ((d = date_normalise(p)) != NULL)
			return d;
		n = 0;
		if (sscanf(p, "%4d/%2d/%2d%n", &y, &mo, &dd, &n) == 3 &&
		    n >= 8 && y >= 1990 && y < 2200 && mo >= 1 && mo <= 12 &&
		    dd >= 1 && dd <= 31)
			return xasprintf("%04d-%02d-%02d", y, mo, dd);
	}
	return NULL;
}

static char *
meta_date(struct meta *m, const char *url)
{
	static const int order[] = { M_LD_DATE, M_META_DATE, M_TIME };
	size_t	 i;
	char	*d;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if ((d = date_normalise(m->slot[order[i]])) != NULL)
			return d;
	}
	return date_from_url(url);
}

/*
 * The title: og:title, else the <h1> when <title> starts with it, else
 * <title> without a trailing " | Site" or " - Site".
 */
static char *
meta_title(struct meta *m)
{
	char		*t = m->slot[M_TITLE], *cut;
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x94 ",
	    " \xe2\x80\x93 ", " :: " };
	size_t		 i;

	if (m->slot[M_OG_TITLE] != NULL)
		return xstrdup(m->slot[M_OG_TITLE]);
	if (t == NULL)
		return m->slot[M_H1] != NULL ? xstrdup(m->slot[M_H1]) : NULL;
	if (m->slot[M_H1] != NULL && strncmp(t, m->slot[M_H1],
	    strlen(m->slot[M_H1])) == 0)
		return xstrdup(m->slot[M_H1]);
	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		cut = strstr(t, seps[i]);
		if (cut != NULL && cut - t >= 15)
			return xstrndup(t, (size_t)(cut - t));
	}
	return xstrdup(t);
}

/* The author without a leading "By "; NULL when it is a URL. */
static char *
meta_author(struct meta *m)
{
	static const int order[] = { M_LD_AUTHOR, M_META_AUTHOR, M_BYLINE };
	const char	*a;
	size_t		 i;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		a = m->slot[order[i]];
		if (a == NULL || strncmp(a, "http", 4) == 0 || strlen(a) > 100)
			continue;
		if (strncasecmp(a, "by ", 3) == 0)
			a += 3;
		return xstrdup(a);
	}
	return NULL;
}

/* The canonical URL: rel=canonical, og:url, else the URL given. */
static char *
meta_url(struct meta *m, const char *url)
{
	static const int order[] = { M_CANONICAL, M_OG_URL };
	char	*abs, *c;
	size_t	 i;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (m->slot[order[i]] == NULL)
			continue;
		abs = url_resolve(url, m->slot[order[i]]);
		c = url_canonical(abs);
		free(abs);
		if (c != NULL)
			return c;
	}
	return url_canonical(url);
}

/* Two lowercase letters of a language tag ("en-US", "ru_RU"). */
static char *
meta_language(struct meta *m)
{
	const char	*l = m->slot[M_LANG];

	if (l == NULL || !isalpha((unsigned char)l[0]) ||
	    !isalpha((unsigned char)l[1]))
		l = m->slot[M_META_LANG];
	if (l == NULL || !isalpha((unsigned char)l[0]) ||
	    !isalpha((unsigned char)l[1]) || isalpha((unsigned char)l[2]))
		return NULL;
	return xasprintf("%c%c", tolower((unsigned char)l[0]),
	    tolower((unsigned char)l[1]));
}

void
extract_meta(htmlDocPtr doc, const char *url, struct extract *ex)
{
	struct meta	m;
	size_t		i;

	memset(&m, 0, sizeof m);
	meta_walk(&m, xmlDocGetRootElement(doc), 0);
	ex->title = meta_title(&m);
	ex->url = meta_url(&m, url);
	ex->date = meta_date(&m, ex->url != NULL ? ex->url : url);
	ex->author = meta_author(&m);
	ex->source = m.slot[M_SITE] != NULL ? xstrdup(m.slot[M_SITE]) :
	    url_host(ex->url != NULL ? ex->url : url);
	ex->language = meta_language(&m);
	for (i = 0; i < M_NSLOTS; i++)
		free(m.slot[i]);
}

/* Find the first JSON-LD script under n holding an articleBody. */
static char *
ld_body_walk(xmlNode *n, int depth)
{
	xmlChar	*t, *v;
	char	*body = NULL;

	for (; n != NULL && depth < META_MAX_DEPTH && body == NULL;
	    n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "script") != 0) {
			body = ld_body_walk(n->children, depth + 1);
			continue;
		}
		v = xmlGetNoNsProp(n, BAD_CAST "type");
		if (v != NULL && strcasecmp((char *)v, "application/ld+json") ==
		    0 && (t = xmlNodeGetContent(n)) != NULL) {
			body = json_find((char *)t, "articleBody");
			xmlFree(t);
		}
		xmlFree(v);
	}
	return body;
}

char *
extract_ld_body(htmlDocPtr doc)
{
	return ld_body_walk(xmlDocGetRootElement(doc), 0);
}

const char *
extract_guess_language(const char *text)
{
	const char	*p = text;
	size_t		 len = strlen(text), n;
	uint32_t	 cp;
	unsigned	 cyr = 0, lat = 0, uk = 0, ru = 0;

	while (len > 0) {
		n = utf8_decode(p, len, &cp, NULL);
		p += n;
		len -= n;
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			lat++;
		else if (cp >= 0x400 && cp < 0x500) {
			cyr++;
			uk += cp == 0x456 || cp == 0x457 || cp == 0x454 ||
			    cp == 0x491 || cp == 0x406 || cp == 0x407;
			ru += cp == 0x44b || cp == 0x44d || cp == 0x44a ||
			    cp == 0x451;
		}
	}
	if (cyr <= lat)
		return "en";
	return uk > ru ? "uk" : "ru";
}
