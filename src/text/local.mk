# src/text: the article store (reader, corpus walk, catalogue).
src_libdemarche_a_SOURCES += \
	src/text/article.c src/text/article.h \
	src/text/catalog.c src/text/catalog.h \
	src/text/corpus.c src/text/corpus.h \
	src/text/stem.c src/text/stem.h \
	src/text/textcache.c src/text/textcache.h

TEXT_TESTS = tests/unit/test-article tests/unit/test-catalog \
	tests/unit/test-corpus tests/unit/test-stem tests/unit/test-textcache
check_PROGRAMS += $(TEXT_TESTS)
TESTS += $(TEXT_TESTS)
tests_unit_test_article_LDADD = $(CHECK_LIBS)
tests_unit_test_catalog_LDADD = $(CHECK_LIBS)
tests_unit_test_corpus_LDADD = $(CHECK_LIBS)
tests_unit_test_stem_LDADD = $(CHECK_LIBS)
tests_unit_test_textcache_LDADD = $(CHECK_LIBS)

TEXT_CLI_TESTS = tests/cli/corpus-links.sh
TESTS += $(TEXT_CLI_TESTS)
EXTRA_DIST += $(TEXT_CLI_TESTS)
