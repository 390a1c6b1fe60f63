/* article: header, title, date, blocks, sentences, spans, bad input. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "tap.h"

static struct article *
parse(const char *text, size_t len, const char *name)
{
	struct article	*a = article_create("t", name, name);
	char		*cause = NULL;

	if (article_parse(a, text, len, name, &cause) != 0) {
		tap_diag("parse failed: %s", cause);
		free(cause);
		article_free(a);
		return NULL;
	}
	article_set_text(a, text, len);
	return a;
}

static char *
sent(struct article *a, uint32_t i)
{
	static char	buf[4096];
	size_t		n = a->sents[i].end - a->sents[i].start;

	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, a->text + a->sents[i].start, n);
	buf[n] = '\0';
	return buf;
}

/* Every span lies in the text, is trimmed, and sentences are ordered. */
static int
spans_sane(struct article *a)
{
	uint32_t	i;

	for (i = 0; i < a->nsents; i++) {
		const struct sentence *s = &a->sents[i];
		if (s->start >= s->end || s->end > a->len)
			return 0;
		if (strchr(" \t\r\n", a->text[s->start]) != NULL ||
		    strchr(" \t\r\n", a->text[s->end - 1]) != NULL)
			return 0;
		if (i > 0 && s->start < a->sents[i - 1].end)
			return 0;
	}
	return 1;
}

static void
test_header(void)
{
	const char	*t = "Title: Talks resume in Geneva\nDATE: March 11, 2025\n"
	    "source: Example Wire\n\nKyiv: officials said talks would go on. "
	    "More later.\n";
	struct article	*a = parse(t, strlen(t), "x.txt");

	ok(a != NULL && (a->flags & ARTICLE_HEADER), "header block recognised");
	is_str(a->title, "Talks resume in Geneva", "title from the header");
	is_str(a->date, "2025-03-11", "header date normalised");
	is_str(a->source, "Example Wire", "keys are case-insensitive");
	ok(memcmp(a->text + a->title_start, "Talks resume", 12) == 0, "title span points into the header");
	is_int(a->nsents, 2, "body has two sentences");
	is_str(sent(a, 0), "Kyiv: officials said talks would go on.", "a 'Kyiv:' line in the body is text");
	article_free(a);

	t = "Kyiv: the capital woke to sirens\n\nPeople went to shelters.\n";
	a = parse(t, strlen(t), "2014-09-05-kyiv.txt");
	ok(!(a->flags & ARTICLE_HEADER), "'Kyiv:' first line is not a header");
	is_str(a->title, "Kyiv: the capital woke to sirens", "it is the headline");
	is_str(a->date, "2014-09-05", "date from the file name");
	is_int(a->blocks[0].kind, BLOCK_TITLE, "first block is the title");
	article_free(a);

	t = "Аваков: новые детали\n\nТекст статьи.\n";
	a = parse(t, strlen(t), "a.txt");
	ok(!(a->flags & ARTICLE_HEADER), "'Аваков:' is not a header");
	is_str(a->language, "ru", "Russian guessed");
	article_free(a);

	t = "Title: x\nWeather: sunny\n\nBody.\n";
	a = parse(t, strlen(t), "a.txt");
	ok(!(a->flags & ARTICLE_HEADER), "an unknown key means no header");
	article_free(a);
}

static void
test_title(void)
{
	const char	*t = "A first sentence that is not a headline because the line "
	    "goes on. And then a second sentence follows on the same line, "
	    "which makes it a paragraph.\nAnother paragraph line here.\n";
	struct article	*a = parse(t, strlen(t), "n.txt");

	ok(strncmp(a->title, "A first sentence", 16) == 0 && a->title[strlen(a->title) - 1] == '.', "title is the first sentence: %s", a->title);
	is_str(a->date, "", "no date");
	ok(a->blocks[0].kind == BLOCK_PARAGRAPH, "no title block");
	article_free(a);
	t = "# Minsk talks\n\nSome text.\n\n## What comes next\n\nMore text.\n";
	a = parse(t, strlen(t), "m.md");
	is_str(a->title, "Minsk talks", "Markdown title without '#'");
	is_int(a->nheadings, 1, "one Markdown heading");
	ok(a->blocks[2].kind == BLOCK_HEADING && memcmp(a->text + a->blocks[2].start, "What comes next", 15) == 0, "heading span excludes '##'");
	article_free(a);
	/* a headline's bound is in characters, not bytes */
	{
		struct buf	h;
		int		i;

		buf_init(&h);
		for (i = 0; i < 13; i++)
			buf_adds(&h, "Переговори ");
		buf_adds(&h, "тривають\n\nТекст звернення.\n");
		a = parse(h.data, h.len, "u.txt");
		is_int(a->blocks[0].kind, BLOCK_TITLE,
		    "a Cyrillic headline of 151 characters (289 bytes)");
		article_free(a);
		buf_release(&h);
	}
}

/* The language of one Cyrillic sentence, from its own letters. */
static void
test_cyrillic_language(void)
{
	const char	*s;

	s = "Ми підтримуємо мир.";
	is_str(article_cyrillic_language(s, strlen(s)), "uk", "і: Ukrainian");
	s = "Мы выходим на площади.";
	is_str(article_cyrillic_language(s, strlen(s)), "ru", "ы: Russian");
	s = "Мир потрібен, а мы ждём.";
	ok(article_cyrillic_language(s, strlen(s)) == NULL,
	    "letters of both: undecided");
	s = "Война идет.";
	ok(article_cyrillic_language(s, strlen(s)) == NULL,
	    "letters of neither: undecided");
}

/* The language of an article without a Language: header, from its text
   (the sentences are ours). */
static void
test_language(void)
{
	static const struct {
		const char	*text, *want, *what;
	} c[] = {
		{ "Talks\n\nThe two delegations met in Geneva on Sunday and said "
		  "that the talks had been useful. They will meet again in a "
		  "week, and the ministers are to join them.\n", "en",
		  "English" },
		{ "Переговоры\n\nДелегации встретились в субботу. Стороны "
		  "обсудили обмен пленными и договорились продолжить "
		  "разговор.\n", "ru", "Russian" },
		{ "Переговори\n\nДелегації зустрілися в суботу. Сторони "
		  "обговорили обмін полоненими і домовилися продовжити "
		  "розмову.\n", "uk", "Ukrainian" },
		{ "Gespräche\n\nDie beiden Delegationen trafen sich am Sonntag "
		  "in Genf und sagten, die Gespräche seien nützlich gewesen. Sie "
		  "wollen sich in einer Woche wieder treffen.\n", "und",
		  "German is a language it does not read" },
		{ "会谈\n\n两国代表团星期日在日内瓦会面。\n", "und",
		  "Chinese too" },
		{ "Talks\n\nGeneva, Sunday.\n", "en",
		  "a text too short to tell is read as English" },
		{ "Language: de\n\nThe talks went on.\n", "de",
		  "the header wins" },
		{ "Notes\n\nWhich delegates came? Lucas, Maria, Pedro, Ana, "
		  "Jorge, Sofia, Bruno, Clara, Diego, Elena, Felipe, Gloria, "
		  "Hugo, Ines, Javier, Karla, Luis, Marta, Nicolas, Olga.\n",
		  "en", "one function word (which) in 24 words: English" },
		{ "Notes\n\nWhilst delegates came: Lucas, Maria, Pedro, Ana, "
		  "Jorge, Sofia, Bruno, Clara, Diego, Elena, Felipe, Gloria, "
		  "Hugo, Ines, Javier, Karla, Luis, Marta, Nicolas, Olga.\n",
		  "und", "none in 24 words: not English" },
	};
	struct article	*a;
	size_t		 i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		a = parse(c[i].text, strlen(c[i].text), "a.txt");
		is_str(a->language, c[i].want, c[i].what);
		article_free(a);
	}
}

static void
test_sentences(void)
{
	const char	*t = "Headline\n\nMr. Smith met Dr. Jones in St. Petersburg on Jan. 15. "
	    "J. D. Vance spoke. The fund holds 2.5 billion. The U.S. Army said no. "
	    "He said \"it is over.\" Then he left! Did they agree? Yes… «Нет.» Путин "
	    "ответил. Talks at No. 2 were held by the U.S. The Kremlin agreed. "
	    "Sanctions, etc. are next.\n";
	const char	*want[] = {
		"Headline",
		"Mr. Smith met Dr. Jones in St. Petersburg on Jan. 15.",
		"J. D. Vance spoke.", "The fund holds 2.5 billion.",
		"The U.S. Army said no.", "He said \"it is over.\"",
		"Then he left!", "Did they agree?", "Yes…", "«Нет.»",
		"Путин ответил.", "Talks at No. 2 were held by the U.S.",
		"The Kremlin agreed.", "Sanctions, etc. are next.",
	};
	struct article	*a = parse(t, strlen(t), "s.txt");
	uint32_t	 i, n = sizeof want / sizeof want[0];

	is_int(a->nsents, n, "sentence count");
	for (i = 0; i < n && i < a->nsents; i++)
		is_str(sent(a, i), want[i], "sentence %u", i + 1);
	ok(spans_sane(a), "spans are trimmed and ordered");
	article_free(a);
}

static void
test_structure(void)
{
	const char	*t = "Talks stall\n\nThe first paragraph is wrapped\nover two lines. "
	    "It has two sentences.\n\nWhat comes next\n\nThe second paragraph.\n";
	struct article	*a = parse(t, strlen(t), "w.txt");

	is_int(a->nparagraphs, 2, "two paragraphs in wrapped text");
	is_int(a->nheadings, 1, "one heading");
	is_str(sent(a, 1), "The first paragraph is wrapped\nover two lines.", "a sentence spans a line break");
	is_int(a->sents[3].block, 2, "heading is block 2");
	article_free(a);

	/* Scraped text: long lines, one paragraph each, headings between. */
	t = "A long line that is a paragraph on its own and runs on for more than "
	    "a hundred bytes. So line mode applies here.\nThe Path Ahead\n"
	    "Another long line that is a paragraph on its own and also runs on past "
	    "a hundred bytes to keep line mode for this test.\n";
	a = parse(t, strlen(t), "l.txt");
	is_int(a->nparagraphs, 2, "long lines are paragraphs");
	is_int(a->nheadings, 1, "a short line between them is a heading");
	article_free(a);
}

static void
test_odd_bytes(void)
{
	const char	 crlf[] = "\xef\xbb\xbfTitle line\r\n\r\nFirst one. Second one.\r\n";
	const char	 nul[] = "Text with a NUL\0 byte. And more.\n";
	const char	 bad[] = "Bad \xff byte here. Then \xc0\xaf more.\n";
	struct article	*a;
	unsigned	 line, col;
	char		*cause = NULL, *junk;
	size_t		 i;

	a = parse(crlf, sizeof crlf - 1, "c.txt");
	ok((a->flags & ARTICLE_BOM) && (a->flags & ARTICLE_CRLF), "BOM and CRLF flagged");
	article_free(a);
	a = parse("Lone\rCR. Then text.\r", 20, "c.txt");
	ok(!(a->flags & ARTICLE_CRLF), "a CR without LF, inside or last: no CRLF");
	article_free(a);
	a = parse("Two\r\r\nCRs. Then text.\n", 22, "c.txt");
	ok(a->flags & ARTICLE_CRLF, "CR CR LF: CRLF");
	article_free(a);
	a = parse(crlf, sizeof crlf - 1, "c.txt");
	is_str(a->title, "Title line", "title without BOM or CR");
	is_str(sent(a, 2), "Second one.", "CR not in the sentence");
	article_line_col(a, a->sents[2].start, &line, &col);
	ok(line == 3 && col == 12, "line 3 column 12 (got %u:%u)", line, col);
	article_free(a);

	a = parse(nul, sizeof nul - 1, "n.txt");
	ok(a != NULL && (a->flags & ARTICLE_NUL), "a few NUL bytes are text");
	is_int(a->nsents, 2, "sentences around the NUL");
	article_free(a);

	/* The NFC flag: composed Cyrillic is NFC; a decomposed short I
	   (И and a combining breve) is not, nor an accent alone after a
	   Cyrillic letter that has no composition with it. */
	a = parse("Переговоры в Йошкар-Оле.\n", strlen("Переговоры в Йошкар-Оле.\n"), "c.txt");
	ok(a != NULL && (a->flags & ARTICLE_NFC), "composed Cyrillic is NFC");
	article_free(a);
	a = parse("Переговоры в \xd0\x98\xcc\x86ошкар-Оле.\n", strlen("Переговоры в \xd0\x98\xcc\x86ошкар-Оле.\n"), "d.txt");
	ok(a != NULL && !(a->flags & ARTICLE_NFC), "decomposed Й is not NFC");
	article_free(a);
	a = parse("Переговоры\xcc\x81 начались.\n", strlen("Переговоры\xcc\x81 начались.\n"), "e.txt");
	ok(a != NULL && (a->flags & ARTICLE_NFC) == (utf8_is_nfc("Переговоры\xcc\x81 начались.\n", strlen("Переговоры\xcc\x81 начались.\n")) ? ARTICLE_NFC : 0), "a stress accent: as the full check says");
	article_free(a);

	a = parse(bad, sizeof bad - 1, "b.txt");
	ok(a != NULL && (a->flags & ARTICLE_INVALID_UTF8) && !(a->flags & ARTICLE_NFC), "invalid UTF-8 flagged, not NFC");
	is_int(a->nsents, 2, "offsets unshifted: two sentences");
	article_free(a);

	junk = xmalloc(4096);
	for (i = 0; i < 4096; i++)
		junk[i] = (char)((i * 7919 + 13) % 251);
	a = article_create("j", "j", "j");
	ok(article_parse(a, junk, 4096, "j.bin", &cause) == -1 && cause != NULL, "binary junk refused: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	ok(article_parse(a, "\xff\xfeh\0i\0", 6, "u.txt", &cause) == -1 && strstr(cause, "UTF-16") != NULL, "UTF-16 named as such");
	free(cause);
	cause = NULL;
	for (i = 0; i < 200; i++)
		junk[i] = i % 5 == 3 ? '\x01' : i % 10 == 9 ? '\t' : 'a';
	ok(article_parse(a, junk, 200, "c.txt", &cause) == -1 && strstr(cause, "control") != NULL, "forty control bytes among ASCII refused");
	free(cause);
	cause = NULL;
	for (i = 0; i < 200; i++)
		junk[i] = i % 10 == 9 ? '\t' : 'a';
	ok(article_parse(a, junk, 200, "t.txt", &cause) == 0, "tabs are no control bytes");
	free(cause);
	article_free(a);
	free(junk);
}

static void
test_long_line(void)
{
	size_t		 n = 70000, i, len = 0;
	char		*t = xmalloc(n + 64);
	struct article	*a;

	while (len < n) {
		memcpy(t + len, "Talks went on in Geneva. ", 25);
		len += 25;
	}
	t[len++] = '\n';
	a = parse(t, len, "long.txt");
	is_int(a->nsents, len / 25, "a 70 KB line splits into all its sentences");
	ok(spans_sane(a), "spans sane");
	article_free(a);
	/* One run-on sentence: cut to bounded pieces, nothing lost. */
	for (i = 0; i < n; i++)
		t[i] = (i % 6 == 5) ? ' ' : 'a';
	a = parse(t, n, "runon.txt");
	ok(a->nsents > 1 && a->sents[0].end - a->sents[0].start < 9000, "run-on sentence cut");
	ok(a->sents[0].start == 0 && a->sents[a->nsents - 1].end == n, "covering the whole line");
	article_free(a);
	free(t);
}

/* Loading from the file: article_load re-parses a changed file, while
   article_load_same refuses it and leaves the structure alone. */
static void
test_load(void)
{
	char		 tmpl[] = "/tmp/demarche-article-XXXXXX", *dir, *path;
	char		*cause = NULL;
	const char	*v1 = "Talks in Geneva\n\nThe envoys met. They talked.\n";
	const char	*v2 = "Talks in Riyadh\n\nThe envoys met. No deal. None.\n";
	struct article	*a;
	uint32_t	 nsents;

	dir = mkdtemp(tmpl);
	path = xasprintf("%s/a.txt", dir);
	a = article_create("a", path, path);
	atomic_write(path, v1, strlen(v1), &cause);
	ok(article_load(a, &cause) == 0 && a->nsents > 0 && a->size == strlen(v1), "article_load parses a new file");
	nsents = a->nsents;
	article_unload(a);
	ok(article_load_same(a) == 0 && a->text != NULL && a->len == strlen(v1), "load_same: unchanged bytes load");
	article_unload(a);
	atomic_write(path, v2, strlen(v2), &cause);
	ok(article_load_same(a) == -1 && a->text == NULL, "load_same: changed bytes are refused");
	ok(a->nsents == nsents && a->size == strlen(v1), "and the structure is the one analysed");
	article_free(a);
	/* What the search fast path makes: size and hash, no structure. */
	a = article_create("a", path, path);
	a->size = strlen(v2);
	a->hash = hash64_text(v2, strlen(v2));
	ok(article_load(a, &cause) == 0 && a->nblocks == 0, "article_load does not parse unchanged bytes it was not asked to");
	article_unload(a);
	a->unparsed = 1;
	ok(article_load(a, &cause) == 0 && a->nblocks > 0 && !a->unparsed, "but does when the structure is missing");
	article_unload(a);
	unlink(path);
	ok(article_load_same(a) == -1, "load_same: a vanished file is refused");
	article_free(a);
	rmdir(dir);
	free(path);
}

/* A borrowed article frees none of its strings and owns them once parsed. */
static void
test_borrow(void)
{
	struct arena	 ar = { 0 };
	struct article	*a, *c;
	char		*cause = NULL;
	const char	*text = "Talks in Geneva\n\nThe envoys met.\n";
	char		*id = arena_strdup(&ar, "geneva"), *file;

	file = arena_strdup(&ar, "news/geneva.txt");
	a = article_borrow(id, file, file);
	ok(a->borrowed && a->id == id && a->file == file && a->path == file &&
	    a->title != NULL && *a->title == '\0' && *a->language == '\0',
	    "borrow keeps the names given, metadata empty");
	a->title = arena_strdup(&ar, "Old title");
	a->date = a->source = a->url = a->author = a->language =
	    arena_strdup(&ar, "");
	c = article_copy(a);
	ok(!c->borrowed && c->id != id && strcmp(c->title, "Old title") == 0,
	    "a copy owns its strings");
	article_free(c);
	ok(article_parse(a, text, strlen(text), "geneva.txt", &cause) == 0 &&
	    !a->borrowed && a->id != id && strcmp(a->id, "geneva") == 0 &&
	    strcmp(a->file, "news/geneva.txt") == 0 &&
	    strcmp(a->title, "Talks in Geneva") == 0,
	    "parsing copies the strings first, then changes them");
	ok(strcmp(id, "geneva") == 0, "leaving the arena's as they were");
	article_free(a);
	a = article_borrow(id, file, file);
	article_free(a);
	ok(strcmp(file, "news/geneva.txt") == 0,
	    "freeing a borrowed article leaves its strings alone");
	arena_release(&ar);
}

int
main(void)
{
	test_borrow();
	test_header();
	test_title();
	test_language();
	test_cyrillic_language();
	test_sentences();
	test_structure();
	test_odd_bytes();
	test_long_line();
	test_load();
	ok(article_is_abbreviation("Mr", 2) && !article_is_abbreviation("Putin", 5), "abbreviation list");
	return tap_done();
}
