# src/search: the fold table, the regex planner, the scanner, the
# persistent trigram index and the search that ties them together.
src_libdemarche_a_SOURCES += \
	src/search/fold.c src/search/fold.h src/search/fold-table.c \
	src/search/index.c src/search/index.h src/search/index-private.h \
	src/search/index-build.c src/search/index-merge.c \
	src/search/manifest.c src/search/manifest.h \
	src/search/seg.c src/search/seg.h \
	src/search/postlist.c src/search/postlist.h \
	src/search/rxplan.c src/search/rxplan.h \
	src/search/rxinfo.c src/search/rxinfo.h \
	src/search/rxq.c src/search/rxq.h \
	src/search/scan.c src/search/scan.h \
	src/search/search.c src/search/search.h src/search/search-types.h

# fold-gen regenerates fold-table.c after a libunistring upgrade.
noinst_PROGRAMS += src/search/fold-gen
src_search_fold_gen_LDADD = $(UNISTRING_LIBS)

check_PROGRAMS += tests/unit/test-fold
TESTS += tests/unit/test-fold
tests_unit_test_fold_LDADD = $(CHECK_LIBS)

check_PROGRAMS += tests/unit/test-rxplan
TESTS += tests/unit/test-rxplan
tests_unit_test_rxplan_LDADD = $(CHECK_LIBS)

check_PROGRAMS += tests/unit/test-postlist
TESTS += tests/unit/test-postlist
tests_unit_test_postlist_LDADD = $(CHECK_LIBS)

check_PROGRAMS += tests/unit/test-index
TESTS += tests/unit/test-index
tests_unit_test_index_LDADD = $(CHECK_LIBS)

check_PROGRAMS += tests/unit/test-searchdiff
TESTS += tests/unit/test-searchdiff
tests_unit_test_searchdiff_LDADD = $(CHECK_LIBS)

SEARCH_CLI_TESTS = tests/cli/search-basic.sh tests/cli/search-pcre2grep.sh \
	tests/cli/search-deadline.sh tests/cli/search-lock.sh \
	tests/cli/search-many.sh tests/cli/search-output.sh
TESTS += $(SEARCH_CLI_TESTS)
EXTRA_DIST += $(SEARCH_CLI_TESTS)

check_PROGRAMS += tests/unit/test-rxdiff
TESTS += tests/unit/test-rxdiff
tests_unit_test_rxdiff_LDADD = $(CHECK_LIBS)
EXTRA_DIST += tests/rxdiff.h
