# src/search: the fold table, the regex planner, the scanner, the
# persistent trigram index and the search that ties them together.
src_libdemarche_a_SOURCES += \
	src/search/search.h
