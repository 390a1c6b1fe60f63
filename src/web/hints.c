/*
 * hints: word lists of the extractor, one array of lowercase words per
 * class.  Matching is a substring search per word: the lists are short
 * (dozens) and class attributes a few dozen bytes.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "base/xmalloc.h"
#include "web/hints.h"

static const char *const hint_names[HINT_NCLASSES] = {
	"positive", "negative", "drop", "keep", "phrase"
};

void
hints_init(struct hints *h)
{
	memset(h, 0, sizeof *h);
}

void
hints_release(struct hints *h)
{
	size_t	c, i;

	for (c = 0; c < HINT_NCLASSES; c++) {
		for (i = 0; i < h->n[c]; i++)
			free(h->words[c][i]);
		free(h->words[c]);
	}
	memset(h, 0, sizeof *h);
}

static void
hints_add(struct hints *h, int c, const char *w, size_t len)
{
	char	*s;
	size_t	 i, j = 0;

	s = xmalloc(len + 1);
	for (i = 0; i < len; i++) {
		if (c == HINT_PHRASE && w[i] == ' ')
			continue;
		s[j++] = (char)tolower((unsigned char)w[i]);
	}
	s[j] = '\0';
	h->words[c] = xgrow(h->words[c], &h->alloc[c], h->n[c] + 1,
	    sizeof *h->words[c]);
	h->words[c][h->n[c]++] = s;
}

/* One line without its newline; -1 with *why. */
static int
hints_line(struct hints *h, const char *p, const char *end, const char **why)
{
	const char	*w;
	size_t		 n;
	int		 c;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		end--;
	if (p == end || *p == '#')
		return 0;
	for (w = p; w < end && *w != ' ' && *w != '\t'; w++)
		;
	n = (size_t)(w - p);
	for (c = 0; c < HINT_NCLASSES; c++) {
		if (strlen(hint_names[c]) == n &&
		    memcmp(hint_names[c], p, n) == 0)
			break;
	}
	if (c == HINT_NCLASSES)
		return *why = "unknown class (positive, negative, drop, keep "
		    "or phrase)", -1;
	while (w < end && (*w == ' ' || *w == '\t'))
		w++;
	if (w == end)
		return *why = "a word is missing after the class", -1;
	for (p = w; p < end; p++) {
		if ((unsigned char)*p >= 0x80 || (c != HINT_PHRASE &&
		    (*p == ' ' || *p == '\t')))
			return *why = c == HINT_PHRASE ? "not ASCII" :
			    "one word per line", -1;
	}
	hints_add(h, c, w, (size_t)(end - w));
	return 0;
}

int
hints_parse(struct hints *h, const char *text, size_t len, const char *file,
    char **cause)
{
	const char	*p = text, *end = text + len, *nl, *why;
	unsigned	 lineno = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		lineno++;
		if (memchr(p, '\0', (size_t)(nl - p)) != NULL) {
			*cause = xasprintf("%s:%u: NUL byte", file, lineno);
			return -1;
		}
		if (hints_line(h, p, nl, &why) != 0) {
			*cause = xasprintf("%s:%u: %s", file, lineno, why);
			return -1;
		}
		p = nl + 1;
	}
	return 0;
}

int
hints_load(struct hints *h, const char *path, char **cause)
{
	char	*text;
	size_t	 len;
	int	 r;

	if ((text = file_read(path, &len, cause)) == NULL)
		return -1;
	r = hints_parse(h, text, len, path, cause);
	free(text);
	return r;
}

int
hints_match(const struct hints *h, enum hint_class c, const char *s)
{
	size_t	i;

	for (i = 0; i < h->n[c]; i++) {
		if (strstr(s, h->words[c][i]) != NULL)
			return 1;
	}
	return 0;
}

int
hints_is_phrase(const struct hints *h, const char *s, size_t len)
{
	char	 key[64];
	size_t	 i, j = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\n' || s[i] == ':' || s[i] == '.')
			continue;
		if (j + 1 >= sizeof key)
			return 0;
		key[j++] = (char)tolower((unsigned char)s[i]);
	}
	key[j] = '\0';
	for (i = 0; i < h->n[HINT_PHRASE]; i++) {
		if (strcmp(key, h->words[HINT_PHRASE][i]) == 0)
			return 1;
	}
	return 0;
}
