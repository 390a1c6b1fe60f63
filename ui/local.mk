# ui: the curses front-end (one file per pane, the key map, drawing, the
# main loop), and the tests of its config and state parsers.
ui_libui_a_SOURCES += \
	ui/curses-lazy.c ui/curses-lazy.h \
	ui/ui.h ui/tui.h \
	ui/keys.c ui/keys.h \
	ui/uiconfig.c ui/uiconfig.h \
	ui/uistate.c ui/uistate.h \
	ui/model.c ui/model.h \
	ui/modeljob.c ui/modeljob.h \
	ui/timeline.c ui/timeline.h \
	ui/ui.c \
	ui/screen.c \
	ui/uictx.c \
	ui/reload.c \
	ui/spans.c \
	ui/session.c \
	ui/spawn.c \
	ui/draw.c \
	ui/list.c \
	ui/listing.c \
	ui/prompt.c \
	ui/script.c \
	ui/command.c \
	ui/ui-search.c \
	ui/fetchjob.c ui/fetchjob.h \
	ui/ui-fetch.c \
	ui/pane-articles.c \
	ui/pane-reader.c \
	ui/pane-actors.c \
	ui/pane-positions.c \
	ui/pane-help.c

UI_TEST_LDADD = ui/libui.a $(CHECK_LIBS) $(NCURSESW_LINK_LIBS)

check_PROGRAMS += tests/unit/test-uiconfig tests/unit/test-uistate \
	tests/unit/test-uidraw tests/unit/test-model tests/unit/test-fetchjob
TESTS += tests/unit/test-uiconfig tests/unit/test-uistate \
	tests/unit/test-uidraw tests/unit/test-model tests/unit/test-fetchjob
tests_unit_test_uiconfig_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_unit_test_uiconfig_LDADD = $(UI_TEST_LDADD)
tests_unit_test_uistate_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_unit_test_uistate_LDADD = $(UI_TEST_LDADD)
tests_unit_test_model_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir) \
	-I$(top_srcdir)/ui
tests_unit_test_model_LDADD = $(UI_TEST_LDADD)
tests_unit_test_fetchjob_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_unit_test_fetchjob_LDADD = $(UI_TEST_LDADD)
tests_unit_test_uidraw_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir) \
	-I$(top_srcdir)/ui
tests_unit_test_uidraw_CFLAGS = $(AM_CFLAGS) $(NCURSESW_CFLAGS)
tests_unit_test_uidraw_LDADD = $(UI_TEST_LDADD)

# Screen tests in tmux (tests/tui/lib.sh), compared with tests/tui/screens.
TUI_TESTS = tests/tui/basic.sh tests/tui/search.sh tests/tui/resize.sh \
	tests/tui/state.sh tests/tui/panes.sh tests/tui/hostile.sh \
	tests/tui/seeds.sh tests/tui/headless.sh tests/tui/reload.sh \
	tests/tui/session.sh tests/tui/story.sh tests/tui/staples.sh \
	tests/tui/timeline.sh tests/tui/fetch.sh tests/tui/background.sh \
	tests/tui/search-cancel.sh tests/tui/search-narrow.sh
TESTS += $(TUI_TESTS) tests/arch/ui-cycles.sh
EXTRA_DIST += tests/arch/ui-cycles.sh tests/arch/cycles.py
EXTRA_DIST += $(TUI_TESTS) tests/tui/lib.sh \
	tests/tui/corpus/2024-02-02-wide-tokyo-talks.txt tests/tui/data \
	tests/tui/screens/basic-start.screen \
	tests/tui/screens/basic-moved.screen \
	tests/tui/screens/basic-reader.screen \
	tests/tui/screens/basic-maximised.screen \
	tests/tui/screens/basic-help.screen \
	tests/tui/screens/search-ceasefire.screen \
	tests/tui/screens/search-next.screen \
	tests/tui/screens/search-limit.screen \
	tests/tui/screens/resize-small.screen \
	tests/tui/screens/resize-tiny.screen \
	tests/tui/screens/text-cyrillic.screen \
	tests/tui/screens/text-wide.screen \
	tests/tui/screens/text-wide-narrow.screen \
	tests/tui/screens/state-marks.screen \
	tests/tui/screens/state-marks-again.screen \
	tests/tui/screens/session-after-HUP.screen \
	tests/tui/screens/session-after-TERM.screen \
	tests/tui/screens/session-merged.screen \
	tests/tui/screens/timeline-rus.screen \
	tests/tui/screens/timeline-split.screen \
	tests/tui/screens/staples-sort-title.screen \
	tests/tui/screens/staples-sort-unread.screen \
	tests/tui/screens/staples-unbound.screen \
	tests/tui/screens/staples-actors-find.screen \
	tests/tui/screens/staples-mouse.screen \
	tests/tui/screens/panes-actors.screen \
	tests/tui/screens/panes-matrix.screen \
	tests/tui/screens/panes-cell.screen \
	tests/tui/screens/panes-diff.screen \
	tests/tui/screens/panes-time.screen \
	tests/tui/screens/panes-explain.screen \
	tests/tui/screens/panes-rejected.screen \
	tests/tui/screens/fetch-done.screen
