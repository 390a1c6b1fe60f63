# src/analysis: actors (owned by the actors work): the dictionaries, the
# extractor, its tests and benchmark.
ACTORS_FILES = \
	src/analysis/actor-cache.c src/analysis/actor-cache.h \
	src/analysis/actor-codec.c src/analysis/actor-codec.h \
	src/analysis/actor-cyr.c src/analysis/actor-cyr.h \
	src/analysis/actor-evidence.c src/analysis/actor-evidence.h \
	src/analysis/actor-internal.h \
	src/analysis/actor-items.c src/analysis/actor-items.h \
	src/analysis/actor-locals.c src/analysis/actor-locals.h \
	src/analysis/actor-resolve.c src/analysis/actor-resolve.h \
	src/analysis/actor-set.c src/analysis/actor-set.h \
	src/analysis/actor-tokens.c src/analysis/actor-tokens.h \
	src/analysis/actors.c src/analysis/actors.h \
	src/analysis/dict.c src/analysis/dict.h
src_libdemarche_a_SOURCES += $(ACTORS_FILES)

check_PROGRAMS += tests/unit/test-dict tests/unit/test-actors \
	tests/unit/test-actor-codec tests/unit/test-actor-cyr
TESTS += tests/unit/test-dict tests/unit/test-actors \
	tests/unit/test-actor-codec tests/unit/test-actor-cyr
tests_unit_test_dict_LDADD = $(CHECK_LIBS)
tests_unit_test_actors_LDADD = $(CHECK_LIBS)
tests_unit_test_actor_codec_LDADD = $(CHECK_LIBS)
tests_unit_test_actor_cyr_LDADD = $(CHECK_LIBS)

ACTORS_CLI_TESTS = \
	tests/cli/actors-basic.sh \
	tests/cli/actors-dict.sh \
	tests/cli/actors-hostile.sh \
	tests/cli/actors-gold.sh \
	tests/cli/actors-cache.sh
TESTS += $(ACTORS_CLI_TESTS)
EXTRA_DIST += $(ACTORS_CLI_TESTS) bench/actors.sh
dist_man_MANS += man/demarche-dict.5
