# tests: TAP unit tests (tests/unit, one per core module), CLI tests
# (tests/cli, shell scripts against expected output made from the sample
# corpus) and screen tests (tests/tui, tmux).  Each module's local.mk adds
# its own unit test; this file holds the shared pieces.
EXTRA_DIST += tests/tap.h tests/tap.sh tests/cli/lib.sh
CHECK_LIBS = $(CORE_LIBS)

CLI_TESTS = tests/cli/list-show.sh tests/cli/seeds.sh tests/cli/hostile.sh \
	tests/cli/man-drift.sh tests/cli/limit.sh tests/cli/help.sh \
	tests/cli/man.sh tests/cli/fetch.sh tests/cli/extract-gold.sh \
	tests/cli/datadir.sh tests/cli/web-helper.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) tests/cli/spans.py tests/cli/man-drift.py \
	tests/cli/cachetool.py tests/web \
	tests/cli/expected
