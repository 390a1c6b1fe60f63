# src/analysis: positions and the diff.  The extractor: positions.c (the
# driver), pos-internal.h (its context), then one file per step.
POSITIONS_FILES = \
	src/analysis/positions.h \
	src/analysis/positions.c \
	src/analysis/pos-internal.h \
	src/analysis/pos-tok.h \
	src/analysis/pos-tok.c \
	src/analysis/pos-match.h \
	src/analysis/pos-match.c \
	src/analysis/pos-speech.h \
	src/analysis/pos-speech.c \
	src/analysis/pos-hold.h \
	src/analysis/pos-hold.c \
	src/analysis/pos-subject.h \
	src/analysis/pos-subject.c \
	src/analysis/pos-group.h \
	src/analysis/pos-group.c \
	src/analysis/pos-object.h \
	src/analysis/pos-object.c \
	src/analysis/pos-modal.h \
	src/analysis/pos-modal.c \
	src/analysis/pos-emit.h \
	src/analysis/pos-emit.c \
	src/analysis/pos-dict.h \
	src/analysis/pos-dict.c \
	src/analysis/pos-actors.c \
	src/analysis/pos-cache.h \
	src/analysis/pos-cache.c \
	src/analysis/posdiff.h \
	src/analysis/posdiff.c
src_libdemarche_a_SOURCES += $(POSITIONS_FILES)

# The caches of actors and positions are keyed by the text of the sources
# that decide what an article yields, hashed here, not by when they were
# compiled: a rebuild of the same text keeps the caches, a changed rule
# drops them.  The header changes only when the hash does.
RULES_FILES = $(ACTORS_FILES) $(POSITIONS_FILES) \
	src/text/article.c src/text/article.h src/text/stem.c \
	src/text/stem.h src/base/utf8.c src/base/utf8.h
BUILT_SOURCES = src/analysis/rules-source.h
# Named here too, for builds of a target that BUILT_SOURCES does not
# reach (make fuzz-all).
src/analysis/positions.$(OBJEXT) src/analysis/actors.$(OBJEXT): \
	src/analysis/rules-source.h
CLEANFILES += src/analysis/rules-source.h src/analysis/rules-source.stamp
src/analysis/rules-source.h: src/analysis/rules-source.stamp
	@:
src/analysis/rules-source.stamp: $(RULES_FILES)
	$(AM_V_GEN)$(MKDIR_P) src/analysis && \
	sum=`cd $(srcdir) && cat $(RULES_FILES) | cksum | \
	    sed 's/ /-/'` && \
	echo "#define RULES_SOURCE \"$$sum\"" > $@.tmp && \
	if cmp -s $@.tmp src/analysis/rules-source.h; then rm -f $@.tmp; \
	else mv $@.tmp src/analysis/rules-source.h; fi && touch $@

check_PROGRAMS += tests/unit/test-positions tests/unit/test-posdiff
TESTS += tests/unit/test-positions tests/unit/test-posdiff
tests_unit_test_positions_LDADD = $(CHECK_LIBS)
tests_unit_test_posdiff_LDADD = $(CHECK_LIBS)

TESTS += tests/cli/positions-basic.sh tests/cli/positions-gold.sh \
	tests/cli/gold-real.sh \
	tests/cli/positions-cache.sh
EXTRA_DIST += tests/cli/positions-basic.sh tests/cli/positions-gold.sh \
	tests/cli/gold-real.sh tests/gold/real/en-dev.json \
	tests/gold/real/en-test.json tests/gold/real/cyr-dev.json \
	tests/gold/real/cyr-test.json tests/gold/real/cyr-news.json \
	tests/cli/positions-cache.sh \
	bench/positions.sh
# The gold files and the scorer the gold tests run.
EXTRA_DIST += tests/gold/score.py tests/gold/README.md \
	tests/gold/samples.json tests/gold/hard-cases.json \
	tests/gold/hard-cases/2025-01-23-same-surname.txt \
	tests/gold/hard-cases/2025-03-14-negation-pairs.txt \
	tests/gold/hard-cases/2025-03-19-passive-relative.txt \
	tests/gold/hard-cases/2025-05-10-group-subjects.txt \
	tests/gold/hard-cases/2025-06-03-press-conference-turns.txt \
	tests/gold/hard-cases/2025-06-27-minsk-otvety-na-voprosy.txt \
	tests/gold/hard-cases/2025-08-20-metonyms.txt \
	tests/gold/hard-cases/2025-08-22-background-hypothetical.txt \
	tests/gold/hard-cases/2025-09-12-kyiv-harantii-bezpeky.txt \
	tests/gold/hard-cases/2025-10-21-reported-speech.txt \
	tests/gold/hard-cases/2025-11-25-titles-without-names.txt
