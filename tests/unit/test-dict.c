/* Unit tests for dict: parsing, overrides, lookups, roles, linting. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/dict.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/stem.h"
#include "tap.h"

static char	tmp[] = "/tmp/test-dict.XXXXXX";
static int	nwarn;
static char	lastwarn[512];

static void
warn(void *arg, const char *msg)
{
	(void)arg;
	nwarn++;
	snprintf(lastwarn, sizeof lastwarn, "%s", msg);
}

static void
put(const char *dir, const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s", dir, name);

	if (atomic_write(path, text, strlen(text), NULL) != 0)
		abort();
	free(path);
}

static void
test_names(void)
{
	enum side	 s;
	enum actor_kind	 k;

	is_str(side_name(SIDE_UKR), "UKR", "side name");
	ok(side_from_name("eur", &s) == 0 && s == SIDE_EUR, "side any case");
	ok(side_from_name("-", &s) == 0 && s == SIDE_NONE, "side none");
	ok(side_from_name("XYZ", &s) == -1, "bad side refused");
	ok(actor_kind_from_name("org", &k) == 0 && k == ACTOR_ORG, "kind");
	ok(actor_kind_from_name("thing", &k) == -1, "bad kind refused");
}

static void
test_fold(void)
{
	struct buf	b;

	buf_init(&b);
	dict_fold(&b, "Russia\xe2\x80\x99s  Foreign\tMinistry", 29);
	is_str(b.data, "russia's foreign ministry", "fold: case, quote, space");
	buf_reset(&b);
	dict_fold(&b, "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd", 10);
	is_str(b.data, "\xd0\xbf\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd",
	    "fold: Cyrillic lower case");
	buf_release(&b);
}

static void
test_load(void)
{
	struct notify		 n = { warn, NULL, NULL, NULL };
	struct dict		*d;
	char			*data, *dict, *user, *cause = NULL;
	const struct dict_entry	*e;
	const struct dict_match	*m;
	const struct dict_role	*r;
	int			 i;

	data = xasprintf("%s/data", tmp);
	dict = xasprintf("%s/data/dict", tmp);
	user = xasprintf("%s/user", tmp);
	if (mkdir_p(dict, NULL) != 0 || mkdir_p(user, NULL) != 0)
		abort();
	put(dict, "countries.dict", "# test\n"
	    "RUS | Ruritania | RU | Ruritanian | Strelsau | Castle\n"
	    "XXX | Nowhere\n");
	put(dict, "actors.dict",
	    "person | RUS | Rudolf Rassendyll | Rassendyll | "
	    "King of Ruritania 2001-01-01..2010-12-31 ; Envoy 2011-01-01..\n"
	    "person | OTH | Rupert Hentzau | Hentzau | Count 2000..2001\n"
	    "thing | RUS | Bad Kind\n"
	    "org | USA | United Testers | UT\n");
	put(dict, "titles.dict", "Special Envoy\n");
	put(dict, "stop.dict", "The Prisoner\n");
	put(user, "actors.dict", "org | EUR | United Testers | UT; Testers\n"
	    "just one field\n");
	nwarn = 0;
	d = dict_load(data, user, &n, &cause);
	ok(d != NULL, "dictionaries load");
	is_int(nwarn, 4, "four bad lines reported");
	ok(strstr(lastwarn, "user/actors.dict:2:") != NULL,
	    "warning names file and line: %s", lastwarn);
	i = dict_lookup(d, "ruritania");
	ok(i >= 0 && dict_entry(d, (size_t)i)->kind == ACTOR_STATE,
	    "state found in any case");
	i = dict_lookup(d, "Strelsau");
	e = dict_entry(d, (size_t)i);
	ok(e != NULL && e->kind == ACTOR_PLACE && e->side == SIDE_RUS &&
	    e->capital_of >= 0, "capital is a place with the state's side");
	m = dict_match_first(d, "strelsau", 8);
	ok(m != NULL && dict_match_next(d, m) != NULL &&
	    dict_match_next(d, m)->type == DICT_CAPITAL,
	    "capital also stands for its state");
	m = dict_match_first(d, "ut", 2);
	ok(m != NULL && m->exact != NULL && strcmp(m->exact, "UT") == 0,
	    "all-capital alias must match exactly");
	i = dict_lookup(d, "United Testers");
	ok(i >= 0 && dict_entry(d, (size_t)i)->side == SIDE_EUR &&
	    dict_lookup(d, "Testers") == i, "user entry overrides");
	i = dict_lookup(d, "Rassendyll");
	r = dict_role_at(d, (size_t)i, "2005-06-01");
	ok(r != NULL && strcmp(r->title, "King of Ruritania") == 0,
	    "role at a date");
	r = dict_role_at(d, (size_t)i, "2015-06-01");
	ok(r != NULL && strcmp(r->title, "Envoy") == 0, "open-ended role");
	ok(dict_is_title(d, "special envoy", 13), "title phrase");
	ok(dict_is_stop(d, "the prisoner", 12), "stop phrase");
	ok(dict_is_first_word(d, "special", 7), "first word of a phrase");
	ok(dict_max_words(d) >= 2, "max words");
	ok(dict_version(d) != 0, "version");
	dict_free(d);

	d = dict_load(NULL, NULL, &n, &cause);
	ok(d != NULL && dict_count(d) == 0, "no directories: empty dict");
	dict_free(d);
	free(data);
	free(dict);
	free(user);
}

static void
test_check(void)
{
	struct notify	 n = { warn, NULL, NULL, NULL };
	char		*path, *cause = NULL;
	int		 r;

	path = xasprintf("%s/actors.dict", tmp);
	put(tmp, "actors.dict", "person | RUS | A B\nperson | RUS\n"
	    "person | RUS | C D | | Boss 2020-13..\n\xff\xfe bad\n");
	nwarn = 0;
	r = dict_check_file(path, &n, &cause);
	is_int(r, 3, "lint counts the problems");
	free(path);
	path = xasprintf("%s/unknown.dict", tmp);
	put(tmp, "unknown.dict", "x\n");
	ok(dict_check_file(path, &n, &cause) == -1 && cause != NULL,
	    "unknown file type refused");
	free(cause);
	free(path);
}

/* A huge line is reported with its file and line and skipped; the lines
   around it are still used. */
static void
test_long_line(void)
{
	struct notify	 n = { warn, NULL, NULL, NULL };
	struct dict	*d;
	struct buf	 text;
	char		*data, *dir, *path, *cause = NULL;
	size_t		 i;

	buf_init(&text);
	buf_adds(&text, "Mister Early\n");
	for (i = 0; i < 1024 * 1024; i++)
		buf_addc(&text, 'w');
	buf_adds(&text, "\nMister Late\n");
	data = xasprintf("%s/long", tmp);
	dir = xasprintf("%s/long/dict", tmp);
	if (mkdir_p(dir, NULL) != 0)
		abort();
	put(dir, "titles.dict", text.data);
	nwarn = 0;
	d = dict_load(data, NULL, &n, &cause);
	ok(d != NULL, "a file with a 1 MB line loads");
	is_int(nwarn, 1, "the long line is reported once");
	ok(strstr(lastwarn, "titles.dict:2: line too long") != NULL,
	    "with its file and line: %s", lastwarn);
	ok(d != NULL && dict_is_title(d, "mister early", 12) &&
	    dict_is_title(d, "mister late", 11), "the other lines are used");
	ok(d != NULL && !dict_is_first_word(d, "wwww", 4),
	    "the long line is not");
	dict_free(d);
	path = xasprintf("%s/titles.dict", dir);
	nwarn = 0;
	is_int(dict_check_file(path, &n, &cause), 1,
	    "lint counts the long line");
	ok(strstr(lastwarn, ":2: line too long") != NULL,
	    "lint names its line: %s", lastwarn);
	buf_release(&text);
	free(path);
	free(dir);
	free(data);
}

/* The stem key of the folded words text (each by dict_stem_word()). */
static const struct dict_match *
stem_lookup(struct dict *d, const char *text)
{
	struct buf	 key;
	const char	*w = text;
	size_t		 n;
	const struct dict_match *m;

	buf_init(&key);
	while (*w != '\0') {
		n = strcspn(w, " ");
		buf_add(&key, w, dict_stem_word(d, w, n));
		w += n;
		if (*w == ' ')
			buf_addc(&key, *w++);
	}
	m = dict_match_stem(d, key.data, key.len);
	buf_release(&key);
	return (m);
}

static void
test_stems(void)
{
	struct notify		 n = { warn, NULL, NULL, NULL };
	struct dict		*d;
	struct stem		*st;
	const struct dict_match	*m;
	char			*data, *dict, *cause = NULL;

	data = xasprintf("%s/stems", tmp);
	dict = xasprintf("%s/stems/dict", tmp);
	if (mkdir_p(dict, NULL) != 0)
		abort();
	put(dict, "actors.dict",
	    "person | EUR | Charles Michel | Шарль Мишель; Шарль Мішель\n"
	    "person | UKR | Volodymyr Zelensky | Зеленський; Зеленский\n"
	    "person | UKR | Olena Zelenska | Зеленська\n"
	    "org | USA | United Testers | UT\n");
	put(dict, "endings.dict", "# uk\nою\nа\nbad\n");
	nwarn = 0;
	d = dict_load(data, NULL, &n, &cause);
	ok(d != NULL, "dictionaries with endings load");
	is_int(nwarn, 1, "a Latin ending is reported");
	is_int((int)dict_stem_word(d, "мішелем", strlen("мішелем")),
	    (int)strlen("мішел"), "a text word is cut to a name's stem");
	is_int((int)dict_stem_word(d, "мішелевими", strlen("мішелевими")),
	    (int)strlen("мішелевими"), "at most three letters go");
	m = stem_lookup(d, "шарлем мішелем");
	ok(m != NULL && m->stem && strcmp(m->folded, "шарль мішель") == 0 &&
	    strcmp(dict_entry(d, (size_t)m->entry)->name, "Charles Michel") == 0,
	    "two inflected words find the name");
	m = stem_lookup(d, "зеленського");
	ok(m != NULL && strcmp(dict_entry(d, (size_t)m->entry)->name,
	    "Volodymyr Zelensky") == 0, "Зеленського: his stem first");
	ok(m != NULL && (m = dict_match_next(d, m)) != NULL &&
	    strcmp(dict_entry(d, (size_t)m->entry)->name, "Olena Zelenska") == 0,
	    "then hers: stem_inflects() tells them apart");
	ok(stem_lookup(d, "ut") == NULL, "Latin names have no stem key");
	st = dict_stemmer(d);
	ok(stem_len(st, "україною", strlen("україною")) == strlen("україн"),
	    "the stemmer has the loaded endings");
	stem_free(st);
	dict_free(d);
	free(data);
	free(dict);
}

/* 1 when the folded word w has all the classes cls. */
static int
name_is(struct dict *d, const char *w, unsigned cls)
{
	return ((dict_name_word(d, w, strlen(w), NULL) & cls) == cls);
}

static void
test_name_words(void)
{
	struct notify	 n = { warn, NULL, NULL, NULL };
	struct dict	*d;
	char		*data, *dict, *cause = NULL;
	const char	*canon = NULL, *c2 = NULL;
	size_t		 stem = 0;

	data = xasprintf("%s/names", tmp);
	dict = xasprintf("%s/names/dict", tmp);
	if (mkdir_p(dict, NULL) != 0)
		abort();
	put(dict, "names.dict", "# test\n"
	    "male | Андрей; Павел/Павл; Иван; Сергей; Олексій; Дмитро\n"
	    "female | Мария; Евгения\nmale | Евгений\n"
	    "patronymic | ович; евич; овна; евна; івна\n"
	    "case | а; я; у; е; и; ем; ом; ой; ия; ей; ы; ию; ія; ого; ым\n"
	    "surname | ов; ин; ский; енко\n"
	    "title | губернатор\nplace | область\nverb | заявил\n"
	    "given | Иван\nmale | Ivan\n");
	nwarn = 0;
	d = dict_load(data, NULL, &n, &cause);
	ok(d != NULL, "names.dict loads");
	is_int(nwarn, 2, "an unknown class and a Latin word are reported");
	ok(name_is(d, "андрей", DICT_NAME_MALE) &&
	    name_is(d, "андреем", DICT_NAME_MALE) &&
	    name_is(d, "андрея", DICT_NAME_MALE), "a given name in its cases");
	ok(name_is(d, "павла", DICT_NAME_MALE) &&
	    name_is(d, "дмитро", DICT_NAME_MALE) &&
	    name_is(d, "олексія", DICT_NAME_MALE), "another stem, and a "
	    "nominative ending the case list lacks");
	ok(!name_is(d, "иванов", DICT_NAME_MALE) &&
	    !name_is(d, "павлов", DICT_NAME_MALE) &&
	    !name_is(d, "андреевич", DICT_NAME_MALE),
	    "a surname or patronymic from a given name is not one");
	ok(name_is(d, "евгения", DICT_NAME_MALE | DICT_NAME_FEMALE) &&
	    name_is(d, "марией", DICT_NAME_FEMALE), "a woman, or a man "
	    "in the genitive");
	dict_name_word(d, "павла", strlen("павла"), &canon);
	dict_name_word(d, "павел", strlen("павел"), &c2);
	ok(canon != NULL && c2 != NULL && strcmp(canon, c2) == 0,
	    "one stem for every form");
	ok(name_is(d, "губернатором", DICT_NAME_TITLE), "a title in a case");
	ok(name_is(d, "области", DICT_NAME_PLACE), "a place noun in a case");
	ok(name_is(d, "заявил", DICT_NAME_VERB) &&
	    !name_is(d, "заявила", DICT_NAME_VERB), "verbs as written");
	is_int((int)dict_name_patronymic(d, "ивановича",
	    strlen("ивановича"), &stem), DICT_NAME_MALE, "a patronymic");
	is_int((int)stem, (int)strlen("иванович"), "its stem");
	is_int((int)dict_name_patronymic(d, "сергеевной",
	    strlen("сергеевной"), &stem), DICT_NAME_FEMALE,
	    "a woman's, the root another form of the name");
	is_int((int)dict_name_patronymic(d, "олексіївна",
	    strlen("олексіївна"), &stem), 0, "not from a listed ending");
	is_int((int)dict_name_patronymic(d, "абрамович",
	    strlen("абрамович"), &stem), DICT_NAME_MALE | DICT_NAME_UNSURE,
	    "a root that is no given name: maybe a surname");
	is_int((int)dict_name_patronymic(d, "сахипзадовна",
	    strlen("сахипзадовна"), &stem), DICT_NAME_FEMALE,
	    "a woman's patronymic needs no known root");
	ok(dict_name_surname(d, "бочаровым", strlen("бочаровым")) &&
	    dict_name_surname(d, "зеленского", strlen("зеленского")) &&
	    dict_name_surname(d, "романченко", strlen("романченко")) &&
	    !dict_name_surname(d, "ов", strlen("ов")) &&
	    !dict_name_surname(d, "москвы", strlen("москвы")),
	    "surname endings, with case endings after them");
	dict_free(d);
	free(data);
	free(dict);
}

int
main(void)
{
	char	*cmd;

	if (mkdtemp(tmp) == NULL)
		tap_skip_all("cannot make a temporary directory");
	test_names();
	test_fold();
	test_load();
	test_stems();
	test_name_words();
	test_check();
	test_long_line();
	cmd = xasprintf("rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		tap_diag("cannot remove %s", tmp);
	free(cmd);
	return tap_done();
}
