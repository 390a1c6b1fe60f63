/* Tests of the interface's state file: parse, write, corruption. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>

#include "../tap.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "ui/uistate.h"

static void
test_strset(void)
{
	struct strset	s = { 0 };
	char		key[32];
	int		i, fine = 1;

	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		strset_add(&s, key);
	}
	is_int(s.n, 1000, "1000 keys");
	for (i = 0; i < 1000; i += 2) {
		snprintf(key, sizeof key, "k%d", i);
		strset_del(&s, key);
	}
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		if (strset_has(&s, key) != (i % 2))
			fine = 0;
	}
	ok(fine, "deletes keep the others findable");
	is_int(strset_add(&s, "k1"), 0, "no duplicate");
	strset_release(&s);
}

static void
test_roundtrip(void)
{
	struct ui_state	 a, b;
	struct buf	 out = { 0 }, again = { 0 };
	char		*cause = NULL;

	uistate_init(&a);
	strset_add(&a.read, "en/one");
	strset_add(&a.read, "odd\nname\\x");
	strset_add(&a.star, "cyr/два");
	uistate_add_history(&a, "ceasefire");
	uistate_add_history(&a, "talks");
	uistate_add_history(&a, "ceasefire");
	a.last = strdup("en/one");
	a.pane = 2;
	a.reading = strdup("cyr/два 2");
	a.reading_off = 4096;
	uistate_write(&a, &out);
	uistate_init(&b);
	is_int(uistate_parse(&b, out.data, out.len, &cause), 0, "parses back");
	ok(strset_has(&b.read, "odd\nname\\x"), "escaped id back");
	ok(strset_has(&b.star, "cyr/два"), "star back");
	is_int(b.nhistory, 2, "history deduplicated");
	is_str(b.nhistory == 2 ? b.history[1] : NULL, "ceasefire",
	    "latest last");
	is_str(b.last, "en/one", "last position");
	is_int(b.pane, 2, "pane");
	is_str(b.reading, "cyr/два 2", "reading article (with a space)");
	is_int(b.reading_off, 4096, "reading offset");
	uistate_write(&b, &again);
	ok(again.len == out.len, "same size written again");
	is_int(uistate_parse(&b, "demarche-state 1\nreading 12\n", 28,
	    &cause), -1, "reading without an article is refused");
	free(cause);
	cause = NULL;
	is_int(uistate_parse(&b, "demarche-state 1\nreading x y\n", 29,
	    &cause), -1, "reading without an offset is refused");
	free(cause);
	cause = NULL;
	buf_release(&out);
	buf_release(&again);
	uistate_release(&a);
	uistate_release(&b);
}

static void
test_corrupt(void)
{
	struct ui_state	 st;
	char		*cause = NULL, dir[] = "/tmp/uistate.XXXXXX", path[512];
	const char	*bad = "demarche-state 1\nread a\nstar b\nnonsense\n"
	    "read c\n";
	char		*warning = NULL;
	DIR		*d;
	struct dirent	*e;
	int		 aside = 0;

	uistate_init(&st);
	is_int(uistate_parse(&st, bad, strlen(bad), &cause), -1, "corrupt");
	is_str(cause, "line 4: cannot parse", "cause names the line");
	free(cause);
	cause = NULL;
	ok(strset_has(&st.read, "a") && strset_has(&st.star, "b"),
	    "lines before the damage kept");
	is_int(uistate_parse(&st, "demarche-state 1\nread x", 23, &cause), -1,
	    "truncated file");
	free(cause);
	cause = NULL;
	is_int(uistate_parse(&st, "\x01\x02", 2, &cause), -1, "garbage");
	free(cause);
	uistate_release(&st);

	if (mkdtemp(dir) == NULL)
		tap_skip_all("cannot make a temporary directory");
	snprintf(path, sizeof path, "%s/state", dir);
	atomic_write(path, bad, strlen(bad), NULL);
	uistate_init(&st);
	is_int(uistate_load(&st, dir, &warning), 0, "load never fails");
	ok(warning != NULL && strstr(warning, "damaged") != NULL,
	    "warning given");
	free(warning);
	ok(access(path, F_OK) != 0, "corrupt file moved");
	d = opendir(dir);
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "state.corrupt.", 14) == 0) {
			aside = 1;
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
	}
	if (d != NULL)
		closedir(d);
	ok(aside, "corrupt file kept aside");
	strset_add(&st.star, "z");
	is_int(uistate_save(&st, dir, NULL), 0, "saved");
	uistate_release(&st);
	uistate_init(&st);
	warning = NULL;
	uistate_load(&st, dir, &warning);
	ok(warning == NULL && strset_has(&st.star, "z") &&
	    strset_has(&st.read, "a"), "saved state loads cleanly");
	uistate_release(&st);
	snprintf(path, sizeof path, "%s/state", dir);
	unlink(path);
	rmdir(dir);
}

/* Two programs on one state file: each keeps the other's marks. */
static void
test_merge(void)
{
	struct ui_state	 a, b, c;
	char		 dir[] = "/tmp/test-uistate-merge.XXXXXX";
	char		*cause = NULL;

	if (mkdtemp(dir) == NULL)
		tap_skip_all("cannot make a temporary directory");
	uistate_init(&a);
	uistate_init(&b);
	is_int(uistate_mark(&a, UISTATE_STAR, "x", 1), 1, "a stars x");
	is_int(uistate_mark(&a, UISTATE_STAR, "x", 1), 0, "twice: no change");
	ok(a.dirty && a.nops == 1, "journalled once");
	uistate_add_history(&a, "talks");
	is_int(uistate_merge_save(&a, dir, 100, &cause), 0, "a saves");
	ok(!a.dirty && a.nops == 0, "journal emptied");
	uistate_mark(&b, UISTATE_STAR, "y", 1);
	uistate_mark(&b, UISTATE_REJECT, "k1", 1);
	uistate_mark(&b, UISTATE_READ, "r", 1);
	uistate_mark(&b, UISTATE_READ, "r", 0);
	uistate_add_history(&b, "truce");
	is_int(uistate_merge_save(&b, dir, 100, &cause), 0, "b saves");
	ok(strset_has(&b.star, "x") && strset_has(&b.star, "y"),
	    "b now sees a's star beside its own");
	ok(!strset_has(&b.read, "r"), "an undone mark stays undone");
	uistate_mark(&a, UISTATE_STAR, "x", 0);
	is_int(uistate_merge_save(&a, dir, 100, &cause), 0, "a saves again");
	uistate_init(&c);
	uistate_load(&c, dir, &cause);
	ok(cause == NULL, "the merged file loads cleanly");
	ok(!strset_has(&c.star, "x") && strset_has(&c.star, "y"),
	    "a's unstar and b's star both kept");
	ok(strset_has(&c.reject, "k1"), "rejections kept");
	ok(c.nhistory == 2 && strcmp(c.history[0], "truce") == 0 &&
	    strcmp(c.history[1], "talks") == 0, "histories merged");
	uistate_release(&a);
	uistate_release(&b);
	uistate_release(&c);
	tap_rmtree(dir);
}

int
main(void)
{
	test_strset();
	test_roundtrip();
	test_corrupt();
	test_merge();
	return tap_done();
}
