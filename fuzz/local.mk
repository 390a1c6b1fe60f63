# fuzz: libFuzzer harnesses, built with ./configure --enable-fuzzing
# CC=clang and run by fuzz/run.  Each parser has one, with a seed corpus in
# fuzz/corpus/NAME and a dictionary fuzz/NAME.dict.  Other modules add
# their harness to FUZZ_HARNESSES.
FUZZ_HARNESSES = fuzz/fuzz-article fuzz/fuzz-catalog
EXTRA_DIST += fuzz/run fuzz/article.dict fuzz/catalog.dict fuzz/corpus
EXTRA_PROGRAMS = $(FUZZ_HARNESSES)
fuzz_fuzz_article_SOURCES = fuzz/fuzz-article.c
fuzz_fuzz_article_LDADD = $(CHECK_LIBS)
fuzz_fuzz_article_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_catalog_SOURCES = fuzz/fuzz-catalog.c
fuzz_fuzz_catalog_LDADD = $(CHECK_LIBS)
fuzz_fuzz_catalog_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz-all: $(FUZZ_HARNESSES)
.PHONY: fuzz-all
