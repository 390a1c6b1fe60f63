# tests/hardening: faults, hostile input, injection (owned by the hardening
# work).  Fault tests damage the catalogue, the index and the state files
# the ways a crash, a full disk or another version can, and check each is
# detected, reported and repaired without losing what the user made.
check_PROGRAMS += tests/hardening/test-faults
TESTS += tests/hardening/test-faults
tests_hardening_test_faults_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
tests_hardening_test_faults_LDADD = ui/libui.a $(CHECK_LIBS)

HARDENING_TESTS = tests/hardening/patterns.sh tests/hardening/inject-cli.sh \
	tests/hardening/index-faults.sh tests/hardening/data-files.sh \
	tests/hardening/inject-tui.sh tests/hardening/churn.sh
TESTS += $(HARDENING_TESTS)
EXTRA_DIST += $(HARDENING_TESTS) bench/scale bench/patterns
EXTRA_DIST += tests/hardening/valgrind.sh tests/hardening/valgrind.supp
