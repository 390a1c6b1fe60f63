# bench: benchmarks against grep and ripgrep, run by hand, never by
# make check (bench/search needs ../shared/corpora/bulk and rg).
EXTRA_DIST += bench/search
