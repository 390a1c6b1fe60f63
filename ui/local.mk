# ui: the curses front-end (one file per pane, the key map, drawing, the
# main loop), and the tests of its config and state parsers.
ui_libui_a_SOURCES += \
	ui/ui.h ui/tui.h \
	ui/keys.c ui/keys.h \
	ui/uiconfig.c ui/uiconfig.h \
	ui/uistate.c ui/uistate.h \
	ui/ui.c \
	ui/draw.c \
	ui/list.c \
	ui/prompt.c \
	ui/command.c \
	ui/ui-search.c \
	ui/pane-articles.c \
	ui/pane-reader.c \
	ui/pane-actors.c \
	ui/pane-positions.c \
	ui/pane-help.c

UI_TEST_LDADD = ui/libui.a $(TEST_LDADD) $(NCURSESW_LIBS)

check_PROGRAMS += tests/unit/test-uiconfig tests/unit/test-uistate
TESTS += tests/unit/test-uiconfig tests/unit/test-uistate
tests_unit_test_uiconfig_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_unit_test_uiconfig_LDADD = $(UI_TEST_LDADD)
tests_unit_test_uistate_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_unit_test_uistate_LDADD = $(UI_TEST_LDADD)
