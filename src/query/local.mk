# src/query: the limit language (over the text, the analysis and the
# search), one for the interface and the command line.
src_libdemarche_a_SOURCES += \
	src/query/limit.c src/query/limit.h src/query/limit-int.h \
	src/query/limit-eval.c \
	src/query/limit-apply.c \
	src/query/explain.c src/query/explain.h \
	src/query/evidence.c src/query/evidence.h

check_PROGRAMS += tests/unit/test-limit
TESTS += tests/unit/test-limit
tests_unit_test_limit_LDADD = $(CHECK_LIBS)
