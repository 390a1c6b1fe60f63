# fuzz: libFuzzer harnesses, built with ./configure --enable-fuzzing
# CC=clang and run by fuzz/run.  Each parser has one, with a seed corpus in
# fuzz/corpus/NAME and a dictionary fuzz/NAME.dict.
FUZZ_HARNESSES = fuzz/fuzz-article fuzz/fuzz-catalog fuzz/fuzz-dict \
	fuzz/fuzz-posdict fuzz/fuzz-extract fuzz/fuzz-uiconfig \
	fuzz/fuzz-uistate fuzz/fuzz-rxplan fuzz/fuzz-index fuzz/fuzz-limit \
	fuzz/fuzz-html fuzz/fuzz-feed fuzz/fuzz-feeds fuzz/fuzz-rxdiff
EXTRA_DIST += fuzz/run fuzz/corpus \
	fuzz/article.dict fuzz/catalog.dict fuzz/dict.dict fuzz/posdict.dict \
	fuzz/extract.dict fuzz/uiconfig.dict fuzz/uistate.dict \
	fuzz/rxplan.dict fuzz/index.dict fuzz/limit.dict \
	fuzz/html.dict fuzz/feed.dict fuzz/feeds.dict fuzz/rxdiff.dict
EXTRA_PROGRAMS = $(FUZZ_HARNESSES)
FUZZ_UI_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/ui
FUZZ_UI_LDADD = ui/libui.a $(CHECK_LIBS) $(NCURSESW_LIBS)

fuzz_fuzz_limit_SOURCES = fuzz/fuzz-limit.c
fuzz_fuzz_limit_LDADD = $(CHECK_LIBS)
fuzz_fuzz_limit_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_article_SOURCES = fuzz/fuzz-article.c
fuzz_fuzz_article_LDADD = $(CHECK_LIBS)
fuzz_fuzz_article_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_catalog_SOURCES = fuzz/fuzz-catalog.c
fuzz_fuzz_catalog_LDADD = $(CHECK_LIBS)
fuzz_fuzz_catalog_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_dict_SOURCES = fuzz/fuzz-dict.c
fuzz_fuzz_dict_LDADD = $(CHECK_LIBS)
fuzz_fuzz_dict_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_posdict_SOURCES = fuzz/fuzz-posdict.c
fuzz_fuzz_posdict_LDADD = $(CHECK_LIBS)
fuzz_fuzz_posdict_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_extract_SOURCES = fuzz/fuzz-extract.c
fuzz_fuzz_extract_LDADD = $(CHECK_LIBS)
fuzz_fuzz_extract_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_uiconfig_SOURCES = fuzz/fuzz-uiconfig.c
fuzz_fuzz_uiconfig_CPPFLAGS = $(FUZZ_UI_CPPFLAGS)
fuzz_fuzz_uiconfig_LDADD = $(FUZZ_UI_LDADD)
fuzz_fuzz_uiconfig_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_uistate_SOURCES = fuzz/fuzz-uistate.c
fuzz_fuzz_uistate_CPPFLAGS = $(FUZZ_UI_CPPFLAGS)
fuzz_fuzz_uistate_LDADD = $(FUZZ_UI_LDADD)
fuzz_fuzz_uistate_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_rxplan_SOURCES = fuzz/fuzz-rxplan.c
fuzz_fuzz_rxplan_LDADD = $(CHECK_LIBS)
fuzz_fuzz_rxplan_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_index_SOURCES = fuzz/fuzz-index.c
fuzz_fuzz_index_LDADD = $(CHECK_LIBS)
fuzz_fuzz_index_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_html_SOURCES = fuzz/fuzz-html.c
fuzz_fuzz_html_LDADD = $(WEB_LIBS)
fuzz_fuzz_html_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_feed_SOURCES = fuzz/fuzz-feed.c
fuzz_fuzz_feed_LDADD = $(WEB_LIBS)
fuzz_fuzz_feed_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_feeds_SOURCES = fuzz/fuzz-feeds.c
fuzz_fuzz_feeds_LDADD = $(WEB_LIBS)
fuzz_fuzz_feeds_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_rxdiff_SOURCES = fuzz/fuzz-rxdiff.c
fuzz_fuzz_rxdiff_LDADD = $(CHECK_LIBS)
fuzz_fuzz_rxdiff_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz-all: $(FUZZ_HARNESSES)
.PHONY: fuzz-all
