# bench: benchmarks run by hand, never by make check.  Each measures side
# by side in one run and prints its figures:
#   bench/search        demarche search against rg and grep -P (needs
#                       ../shared/corpora/bulk and rg)
#   bench/actors.sh     actors extraction, sentences per second, cold/warm
#   bench/positions.sh  the whole pipeline, sentences per second
#   bench/tui.sh        first screen, key to redraw, incremental search
#   bench/patterns      hostile regular expressions
#   bench/scale         100,000 and 1,000,000 articles, a 200 MB line
#   bench/extract       the main-text extractor: MB/s of HTML per core and
#                       F1 on the tuned and held-out pages (needs
#                       ../shared/corpora/html-extraction)
#   bench/startup       the libraries loaded and the best time of a short
#                       run: --version, a rare word, rg on the same files
# (actors.sh, positions.sh, patterns and scale are shipped by their own
# fragments.)
EXTRA_DIST += bench/search bench/tui.sh bench/extract bench/startup
noinst_PROGRAMS += bench/extract-speed
bench_extract_speed_SOURCES = bench/extract-speed.c
bench_extract_speed_LDADD = $(WEB_LIBS)
