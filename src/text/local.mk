# src/text: the article store (reader, corpus walk, catalogue).
src_libdemarche_a_SOURCES += \
	src/text/article.c src/text/article.h \
	src/text/catalog.c src/text/catalog.h \
	src/text/corpus.c src/text/corpus.h
