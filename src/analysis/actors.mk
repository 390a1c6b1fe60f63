# src/analysis: actors (owned by the actors work): the dictionaries, the
# extractor, its tests and benchmark.
src_libdemarche_a_SOURCES += \
	src/analysis/actor-map.c src/analysis/actor-map.h \
	src/analysis/actors.c src/analysis/actors.h \
	src/analysis/dict.c src/analysis/dict.h
