/*
 * Tests of the limit language (query/limit.h) and of base/date.h: every
 * pattern kind, their combinations, the errors with their columns in
 * characters, evaluated over the sample corpus with its real analysis.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/positions.h"
#include "base/date.h"
#include "query/limit.h"
#include "text/article.h"
#include "text/corpus.h"

static struct corpus	 corpus;
static struct actor_set	 actors;
static struct pos_set	 positions;
static struct pos_dict	*pdict;

static void
test_dates(void)
{
	int32_t	f, l;
	char	*cause = NULL;

	ok(date_parse("2022-03-01", 10, &f, &l, &cause) == 0 &&
	    f == 20220301 && l == 20220301, "a day");
	ok(date_parse("2022-03", 7, &f, &l, &cause) == 0 && f == 20220301 &&
	    l == 20220331, "a month is its first to its last day");
	ok(date_parse("2024-02", 7, &f, &l, &cause) == 0 && l == 20240229,
	    "February of a leap year");
	ok(date_parse("2022", 4, &f, &l, &cause) == 0 && f == 20220101 &&
	    l == 20221231, "a year");
	ok(date_parse("2022-3-1", 8, &f, &l, &cause) == 0 && f == 20220301,
	    "2022-3-1 is 2022-03-01");
	ok(date_parse("2022-13-45", 10, &f, &l, &cause) == -1 && cause &&
	    strcmp(cause, "bad date '2022-13-45' (want YYYY-MM-DD)") == 0,
	    "2022-13-45 is refused: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	ok(date_parse("2023-02-29", 10, &f, &l, &cause) == -1,
	    "2023-02-29 does not exist");
	free(cause);
	cause = NULL;
	ok(date_parse("2022-00", 7, &f, &l, &cause) == -1, "month 0");
	free(cause);
	cause = NULL;
	ok(date_parse("22-03-01", 8, &f, &l, &cause) == -1, "two-digit year");
	free(cause);
	cause = NULL;
	ok(date_parse("2022-03-", 8, &f, &l, &cause) == -1, "a trailing dash");
	free(cause);
	is_int(date_value("2022-03-07"), 20220307, "an article's date");
	is_int(date_value(""), 0, "an unknown date");
	is_int(date_next(20221231), 20230101, "the day after new year's eve");
	is_int(date_prev(20240301), 20240229, "the day before 1 March 2024");
}

/* The error of text, which must fail. */
static char *
parse_error(const char *text)
{
	struct limit	*l;
	char		*cause = NULL;

	if ((l = limit_parse(text, &cause)) != NULL) {
		limit_free(l);
		return strdup("(parsed)");
	}
	return cause;
}

static void
error_is(const char *text, const char *want)
{
	char	*got = parse_error(text);

	is_str(got, want, "error of '%s'", text);
	free(got);
}

static void
test_errors(void)
{
	error_is("~d 2022 ~q", "unknown pattern '~q' at column 9");
	error_is("путин ~я", "unknown pattern '~я' at column 7");
	error_is("~d 2022-13-45",
	    "bad date '2022-13-45' (want YYYY-MM-DD) at column 4");
	error_is("~d", "'~d' needs a date at column 3");
	error_is("~a", "'~a' needs an actor at column 3");
	error_is("(~N | ~F", "missing ')' at column 9");
	error_is("~N)", "unexpected ')' at column 3");
	error_is("~N |", "a pattern is missing after '|' at column 5");
	error_is("| ~N", "a pattern is missing before '|' at column 1");
	error_is("!", "a pattern is missing at column 2");
	error_is("~a \"Putin", "unterminated string at column 4");
	error_is("~d 2022-05..2022-03",
	    "the period ends before it begins at column 4");
	error_is("~d ..", "'..' needs a date on one side at column 4");
	/* Columns in characters: the '(' is the 8th character, byte 13. */
	error_is("Україна (",
	    "a pattern is missing at column 10");
	error_is("~N мирний(", "a pattern is missing at column 11");
	error_is("~N 'мирний('",
	    "bad regular expression 'мирний(': missing closing parenthesis "
	    "at column 12");
	{
		char	deep[300];

		memset(deep, '(', 100);
		strcpy(deep + 100, "~N");
		error_is(deep, "parentheses nested too deeply at column 65");
		memset(deep, '!', 100);
		strcpy(deep + 100, "~N");
		error_is(deep, "'!' nested too deeply at column 65");
	}
	error_is("~s 'a[b'", "bad regular expression 'a[b': missing "
	    "terminating ] for character class at column 8");
}

static int
test_marked(void *arg, const struct article *a, enum limit_mark m)
{
	(void)arg;
	if (m == LIMIT_MARK_STAR)
		return strstr(a->id, "minsk") != NULL;
	return a->index % 2 == 0;	/* even ones read */
}

/* The ids kept by text, joined by spaces (first letters of dates). */
static char *
eval_ids(const char *text)
{
	struct limit_ctx	 ctx = { &corpus, &actors, &positions, NULL,
				    NULL, test_marked, NULL, NULL };
	struct limit		*l;
	uint8_t			*keep;
	char			*cause = NULL, buf[4096] = "";
	size_t			 i;

	ctx.pdict = pdict;
	if ((l = limit_parse(text, &cause)) == NULL)
		return cause;
	keep = calloc(corpus.n + 1, 1);
	if (limit_eval(l, &ctx, keep, &cause) < 0) {
		free(keep);
		limit_free(l);
		return cause;
	}
	for (i = 0; i < corpus.n; i++) {
		if (!keep[i])
			continue;
		if (buf[0] != '\0')
			strcat(buf, " ");
		strncat(buf, corpus.articles[i]->date, 10);
	}
	free(keep);
	limit_free(l);
	return strdup(buf);
}

static void
eval_is(const char *text, const char *want)
{
	char	*got = eval_ids(text);

	is_str(got, want, "limit '%s'", text);
	free(got);
}

static void
test_patterns(void)
{
	eval_is("", "2014-09-05 2015-02-12 2019-12-09 2022-03-07 2022-03-29 "
	    "2022-07-22 2023-06-19 2023-07-12 2024-06-16 2025-03-11 "
	    "2025-05-16 2025-08-15 2025-11-23");
	eval_is("~d 2022-03-01..2022-05-31", "2022-03-07 2022-03-29");
	eval_is("~d 2022-03", "2022-03-07 2022-03-29");
	eval_is("~d 2022-3-7", "2022-03-07");
	eval_is("~d >2025-05-16", "2025-08-15 2025-11-23");
	eval_is("~d >=2025-05-16", "2025-05-16 2025-08-15 2025-11-23");
	eval_is("~d <2015", "2014-09-05");
	eval_is("~d <=2015-02-12", "2014-09-05 2015-02-12");
	eval_is("~d 2025-08..", "2025-08-15 2025-11-23");
	eval_is("~d ..2015", "2014-09-05 2015-02-12");
	eval_is("~s example", "2014-09-05 2025-03-11 2025-11-23");
	eval_is("~s '^Example Wire$'", "2014-09-05 2025-03-11 2025-11-23");
	eval_is("~l uk", "2025-11-23");
	eval_is("~l RU", "2025-05-16");
	eval_is("~F", "2014-09-05 2015-02-12");
	eval_is("~N ~d 2022", "2022-03-07 2022-07-22");
	eval_is("~a Zelensky ~d 2022", "2022-03-07 2022-03-29 2022-07-22");
	eval_is("~a 'Володимир Зеленський' ~d 2022",
	    "2022-03-07 2022-03-29 2022-07-22");
	eval_is("~a zelensky ~d 2022", "2022-03-07 2022-03-29 2022-07-22");
	eval_is("~i security_guarantees", "2022-03-29 2023-07-12");
	eval_is("~i security_guarantees ~p UKR", "2022-03-29");
	eval_is("~p RUS ~d 2025", "2025-05-16 2025-08-15 2025-11-23");
	eval_is("Alaska", "2025-08-15");
	eval_is("'grain|Alaska'", "2022-07-22 2023-06-19 2025-08-15");
	eval_is("grain | Alaska", "2022-07-22 2023-06-19 2025-08-15");
	eval_is("Grain", "");
	eval_is("перемир", "2025-05-16");
	eval_is("!~d 2014..2024", "2025-03-11 2025-05-16 2025-08-15 "
	    "2025-11-23");
	eval_is("~d 2025 !(~l en | Alaska)", "2025-05-16 2025-11-23");
	eval_is("!!~F", "2014-09-05 2015-02-12");
	eval_is("(~F | ~l uk) ~d 2015..", "2015-02-12 2025-11-23");
	eval_is("~a Putn", "no actor 'Putn' at column 4");
	eval_is("~i peace", "no issue 'peace' at column 4");
	eval_is("~p XYZ", "no side 'XYZ' at column 4");
}

static void
test_apply(void)
{
	struct limit_ctx	 ctx = { &corpus, NULL, NULL, NULL, NULL, NULL,
				    NULL, NULL };
	struct limit		*l;
	uint8_t			*keep;
	char			*cause = NULL;
	size_t			 i, bad = 0, total = 0;
	int			 id;

	l = limit_parse("~d 2022", &cause);
	keep = calloc(corpus.n + 1, 1);
	is_int(limit_eval(l, &ctx, keep, &cause), 3, "three articles of 2022");
	ok((limit_needs(l) & LIMIT_NEEDS_ACTORS) == 0, "~d needs no actors");
	limit_positions(&positions, keep);
	for (i = 0; i < positions.n; i++)
		bad += !keep[positions.v[i].article];
	ok(positions.n > 0 && bad == 0, "positions cut to the limit");
	limit_actors(&actors, keep);
	for (i = 0; i < actors.nmentions; i++)
		bad += !keep[actors.mentions[i].article];
	for (i = 0; i < actors.n; i++)
		total += actors.actors[i].mentions;
	ok(bad == 0 && total == actors.nmentions,
	    "mentions cut, actors' counts follow");
	id = actor_set_find(&actors, "Zelensky");
	ok(id >= 0 && actors.actors[id].narticles == 3,
	    "an actor's articles cut to the limit");
	free(keep);
	limit_free(l);
	l = limit_parse("~a Putin ~N", &cause);
	ok(limit_needs(l) == (LIMIT_NEEDS_ACTORS | LIMIT_NEEDS_MARKS),
	    "needs of ~a and ~N");
	limit_free(l);
}

static int
open_samples(void)
{
	const char	*paths[1] = { SRCDIR "/data/samples" };
	char		 dir[] = "/tmp/test-limit.XXXXXX";
	char		*cause = NULL;
	struct dict	*d;

	if (mkdtemp(dir) == NULL)
		return -1;
	setenv("XDG_CACHE_HOME", dir, 1);
	if (corpus_open(&corpus, paths, 1, CORPUS_NO_CATALOG, NULL,
	    &cause) != 0)
		return -1;
	if ((d = dict_load(SRCDIR "/data", NULL, NULL, &cause)) == NULL ||
	    (pdict = pos_dict_load(SRCDIR "/data", NULL, NULL,
	    &cause)) == NULL)
		return -1;
	actor_set_init(&actors);
	pos_set_init(&positions);
	if (actors_extract_corpus(&actors, d, &corpus, NULL, &cause) != 0 ||
	    positions_corpus(&positions, pdict, &actors, &corpus, NULL,
	    &cause) != 0)
		return -1;
	dict_free(d);
	tap_rmtree(dir);
	return 0;
}

int
main(void)
{
	test_dates();
	test_errors();
	if (open_samples() != 0)
		tap_skip_all("cannot open the sample corpus");
	test_patterns();
	test_apply();
	pos_set_release(&positions);
	actor_set_release(&actors);
	pos_dict_free(pdict);
	corpus_release(&corpus);
	return tap_done();
}
