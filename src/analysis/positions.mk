# src/analysis: positions and the diff
src_libdemarche_a_SOURCES += \
	src/analysis/positions.h \
	src/analysis/positions.c \
	src/analysis/pos-dict.h \
	src/analysis/pos-dict.c \
	src/analysis/pos-actors.c \
	src/analysis/pos-cache.h \
	src/analysis/pos-cache.c \
	src/analysis/posdiff.h \
	src/analysis/posdiff.c

check_PROGRAMS += tests/unit/test-positions tests/unit/test-posdiff
TESTS += tests/unit/test-positions tests/unit/test-posdiff
tests_unit_test_positions_LDADD = $(CHECK_LIBS)
tests_unit_test_posdiff_LDADD = $(CHECK_LIBS)

TESTS += tests/cli/positions-basic.sh tests/cli/positions-gold.sh \
	tests/cli/positions-cache.sh
EXTRA_DIST += tests/cli/positions-basic.sh tests/cli/positions-gold.sh \
	tests/cli/positions-cache.sh \
	bench/positions.sh
