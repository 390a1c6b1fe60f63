# src/web: getting the news in.  libcurl fetches, libxml2 parses feeds and
# HTML (never hand-written HTTP, XML or HTML parsing); iconv converts
# character sets.  Its own library (src/libweb.a, WEB_LIBS), linked by
# demarche-web and the web tests, never by the main program.
src_libweb_a_SOURCES += \
	src/web/charset.c src/web/charset.h \
	src/web/feed.c src/web/feed.h \
	src/web/feeds.c src/web/feeds.h \
	src/web/fetch.c src/web/fetch.h \
	src/web/seen.c src/web/seen.h \
	src/web/extract.c src/web/extract.h src/web/extract-int.h \
	src/web/extract-meta.c src/web/extract-text.c \
	src/web/hints.c src/web/hints.h \
	src/web/save.c src/web/save.h \
	src/web/url.c src/web/url.h

WEB_TESTS = tests/unit/test-charset tests/unit/test-extract \
	tests/unit/test-feed tests/unit/test-feeds tests/unit/test-fetch \
	tests/unit/test-hints tests/unit/test-save tests/unit/test-seen \
	tests/unit/test-url
check_PROGRAMS += $(WEB_TESTS)
TESTS += $(WEB_TESTS)
tests_unit_test_charset_LDADD = $(WEB_LIBS)
tests_unit_test_extract_LDADD = $(WEB_LIBS)
tests_unit_test_feed_LDADD = $(WEB_LIBS)
tests_unit_test_feeds_LDADD = $(WEB_LIBS)
tests_unit_test_fetch_LDADD = $(WEB_LIBS)
tests_unit_test_hints_LDADD = $(WEB_LIBS)
tests_unit_test_save_LDADD = $(WEB_LIBS)
tests_unit_test_seen_LDADD = $(WEB_LIBS)
tests_unit_test_url_LDADD = $(WEB_LIBS)

webdir = $(pkgdatadir)/web
dist_web_DATA = data/web/hints
