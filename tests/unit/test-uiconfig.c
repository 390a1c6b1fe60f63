/* Tests of the key map and the interface's configuration parser. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "ui/keys.h"
#include "ui/uiconfig.h"

static void
test_key_names(void)
{
	char	name[32];

	is_int(keyc_by_name("j"), 'j', "plain key");
	is_int(keyc_by_name("C-d"), 4, "control key");
	is_int(keyc_by_name("Enter"), KEYC_ENTER, "Enter");
	is_int(keyc_by_name("F1"), KEYC_F1, "F1");
	is_int(keyc_by_name("F12"), KEYC_F12, "F12");
	is_int(keyc_by_name("F13"), KEYC_NONE, "no F13");
	is_int(keyc_by_name("ж"), 0x436, "Cyrillic key");
	is_int(keyc_by_name("jj"), KEYC_NONE, "two letters are no key");
	is_int(keyc_by_name(""), KEYC_NONE, "empty name");
	is_int(keyc_by_name("\xff"), KEYC_NONE, "invalid UTF-8");
	is_str(keyc_name(4, name, sizeof name), "C-d", "name of C-d");
	is_str(keyc_name(' ', name, sizeof name), "Space", "name of Space");
	is_str(keyc_name(KEYC_F1 + 4, name, sizeof name), "F5", "name of F5");
	is_str(keyc_name(0x436, name, sizeof name), "ж", "name of ж");
	is_str(keyc_name(KEYC_BTAB, name, sizeof name), "BTab", "name of BTab");
}

static void
test_keymap(void)
{
	struct keymap	km;
	char		out[128];

	keymap_init(&km);
	is_int(keymap_lookup(&km, SCOPE_ARTICLES, 'j'), ACT_DOWN, "j is down");
	is_int(keymap_lookup(&km, SCOPE_POSITIONS, 'd'), ACT_DIFF_SIDES,
	    "d diffs in positions");
	is_int(keymap_lookup(&km, SCOPE_ARTICLES, 'd'), ACT_NONE,
	    "d does nothing in articles");
	is_int(keymap_lookup(&km, SCOPE_READER, KEYC_F1), ACT_MAN, "F1 is man");
	keymap_bind(&km, SCOPE_READER, 'j', ACT_PAGE_DOWN);
	is_int(keymap_lookup(&km, SCOPE_READER, 'j'), ACT_PAGE_DOWN,
	    "pane binding wins");
	is_int(keymap_lookup(&km, SCOPE_ARTICLES, 'j'), ACT_DOWN,
	    "other panes unchanged");
	keymap_bind(&km, SCOPE_GLOBAL, 'j', ACT_NONE);
	is_int(keymap_lookup(&km, SCOPE_ARTICLES, 'j'), ACT_NONE, "unbound");
	is_int(keymap_keys_for(&km, SCOPE_GLOBAL, ACT_UP, out, sizeof out), 2,
	    "two keys for up");
	is_str(out, "k, Up", "their names");
	is_int(action_by_name("half-page-down"), ACT_HALF_DOWN, "action name");
	is_int(action_by_name("nonsense"), ACT_NONE, "unknown action");
	keymap_release(&km);
}

static void
test_config(void)
{
	struct ui_config	 cf;
	const char		*text =
	    "# a comment\n"
	    "bind J page-down\n"
	    "bind reader x quit\n"
	    "bind K fly\n"
	    "unbind q\n"
	    "bogus command\n"
	    "color hit red default bold\n"
	    "color side1 colour200\n"
	    "color nothing red\n"
	    "set corpus \"/tmp/my news\"\r\n"
	    "set colors off\n"
	    "bind \"unclosed\n"
	    "bind Up top";
	size_t			 n;

	uiconfig_init(&cf);
	n = uiconfig_parse(&cf, text, strlen(text), "cfg");
	is_int(n, 4, "four bad lines");
	is_str(cf.nerrors > 0 ? cf.errors[0] : NULL,
	    "cfg:4: unknown action 'fly'", "error names file and line");
	is_str(cf.nerrors > 1 ? cf.errors[1] : NULL,
	    "cfg:6: unknown command 'bogus'", "unknown command");
	is_str(cf.nerrors > 2 ? cf.errors[2] : NULL,
	    "cfg:9: unknown role 'nothing'", "unknown role");
	is_str(cf.nerrors > 3 ? cf.errors[3] : NULL,
	    "cfg:12: unclosed quote or too many words", "bad quote");
	is_int(keymap_lookup(&cf.keys, SCOPE_GLOBAL, 'J'), ACT_PAGE_DOWN,
	    "bind applied");
	is_int(keymap_lookup(&cf.keys, SCOPE_READER, 'x'), ACT_QUIT,
	    "scoped bind applied");
	is_int(keymap_lookup(&cf.keys, SCOPE_GLOBAL, 'q'), ACT_NONE,
	    "unbind applied");
	is_int(keymap_lookup(&cf.keys, SCOPE_GLOBAL, KEYC_UP), ACT_TOP,
	    "last line without newline applied");
	is_int(cf.styles[ROLE_HIT].fg, 1, "colour fg");
	is_int(cf.styles[ROLE_HIT].bg, -1, "colour bg");
	is_int(cf.styles[ROLE_HIT].attrs, UIATTR_BOLD, "colour attrs");
	is_int(cf.styles[ROLE_SIDE1].fg, 200, "numbered colour");
	is_str(cf.corpus, "/tmp/my news", "quoted corpus, CRLF");
	is_int(cf.colors, 0, "colors off");
	is_int(cf.search_delay, 150, "default search delay");
	is_int(cf.text_cache, 128, "default text cache");
	uiconfig_release(&cf);

	text = "set text-cache 0\nset text-cache 1G\nset text-cache -1\n";
	uiconfig_init(&cf);
	n = uiconfig_parse(&cf, text, strlen(text), "cfg");
	is_int(n, 2, "two bad cache sizes");
	is_int(cf.text_cache, 0, "text cache turned off");
	is_str(cf.nerrors > 0 ? cf.errors[0] : NULL, "cfg:2: expected "
	    "megabytes (0-65536), not '1G'", "bad size named");
	uiconfig_release(&cf);

	text = "set search-delay 5000\nset search-delay 2s\n"
	    "set search-delay 20000\n";
	uiconfig_init(&cf);
	n = uiconfig_parse(&cf, text, strlen(text), "cfg");
	is_int(n, 2, "two bad delays");
	is_int(cf.search_delay, 5000, "search delay set");
	is_str(cf.nerrors > 0 ? cf.errors[0] : NULL, "cfg:2: expected "
	    "milliseconds (0-10000), not '2s'", "bad delay named");
	uiconfig_release(&cf);
}

/* Every prefix of a config must parse without harm. */
static void
test_prefixes(void)
{
	struct ui_config	 cf;
	const char		*text = "bind reader x quit\ncolor hit red "
	    "blue underline\nset corpus \"a b\"\n";
	size_t			 i, len = strlen(text);
	int			 fine = 1;

	for (i = 0; i <= len; i++) {
		uiconfig_init(&cf);
		uiconfig_parse(&cf, text, i, "p");
		if (cf.nerrors > 3)
			fine = 0;
		uiconfig_release(&cf);
	}
	ok(fine, "all prefixes parse");
}

int
main(void)
{
	test_key_names();
	test_keymap();
	test_config();
	test_prefixes();
	return tap_done();
}
