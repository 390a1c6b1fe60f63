# src/base: allocation, buffers, UTF-8, JSON, atomic files, the terminal
# sanitiser, hashing, notifications.
src_libdemarche_a_SOURCES += \
	src/base/arena.c src/base/arena.h \
	src/base/atomic.c src/base/atomic.h \
	src/base/file.c src/base/file.h \
	src/base/lock.c src/base/lock.h \
	src/base/mkdir.c src/base/mkdir.h \
	src/base/xdg.c src/base/xdg.h \
	src/base/buf.c src/base/buf.h \
	src/base/date.c src/base/date.h \
	src/base/dirwatch.c src/base/dirwatch.h \
	src/base/dlib.c src/base/dlib.h \
	src/base/hash.c src/base/hash.h \
	src/base/idmap.c src/base/idmap.h \
	src/base/intmap.c src/base/intmap.h \
	src/base/strmap.c src/base/strmap.h \
	src/base/json.c src/base/json.h \
	src/base/notify.c src/base/notify.h \
	src/base/termsafe.c src/base/termsafe.h \
	src/base/utf8.c src/base/utf8.h \
	src/base/varint.h \
	src/base/xmalloc.c src/base/xmalloc.h

BASE_TESTS = tests/unit/test-arena tests/unit/test-atomic tests/unit/test-buf tests/unit/test-dirwatch tests/unit/test-dlib tests/unit/test-hash \
	tests/unit/test-json tests/unit/test-notify tests/unit/test-termsafe \
	tests/unit/test-utf8 tests/unit/test-maps
check_PROGRAMS += $(BASE_TESTS)
TESTS += $(BASE_TESTS)
tests_unit_test_arena_LDADD = $(CHECK_LIBS)
tests_unit_test_atomic_LDADD = $(CHECK_LIBS)
tests_unit_test_dlib_LDADD = $(CHECK_LIBS)
tests_unit_test_buf_LDADD = $(CHECK_LIBS)
tests_unit_test_dirwatch_LDADD = $(CHECK_LIBS)
tests_unit_test_hash_LDADD = $(CHECK_LIBS)
tests_unit_test_json_LDADD = $(CHECK_LIBS)
tests_unit_test_notify_LDADD = $(CHECK_LIBS)
tests_unit_test_termsafe_LDADD = $(CHECK_LIBS)
tests_unit_test_utf8_LDADD = $(CHECK_LIBS)
tests_unit_test_maps_LDADD = $(CHECK_LIBS)

BASE_CLI_TESTS = tests/cli/fifo-files.sh
TESTS += $(BASE_CLI_TESTS)
EXTRA_DIST += $(BASE_CLI_TESTS)
