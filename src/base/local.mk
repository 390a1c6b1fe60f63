# src/base: allocation, buffers, UTF-8, JSON, atomic files, the terminal
# sanitiser, hashing, notifications.
src_libdemarche_a_SOURCES += \
	src/base/atomic.c src/base/atomic.h \
	src/base/buf.c src/base/buf.h \
	src/base/hash.c src/base/hash.h \
	src/base/json.c src/base/json.h \
	src/base/notify.c src/base/notify.h \
	src/base/termsafe.c src/base/termsafe.h \
	src/base/utf8.c src/base/utf8.h \
	src/base/xmalloc.c src/base/xmalloc.h
