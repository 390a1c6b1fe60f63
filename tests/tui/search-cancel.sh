#!/bin/sh
# A key ends a running search at once (issue 16): a search that reads
# the whole of a large corpus shows "(any key cancels)"; a key pressed
# then brings the screen back within 200 ms (measured from the key sent
# to the screen without the progress line, tmux's own latency included;
# 1 s under a sanitizer or valgrind, which slow every step).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init
command -v python3 >/dev/null || { echo "1..0 # SKIP python3 is absent"; exit 0; }

# About 70 MB of text in 300 files, made up here; the pattern below
# matches a line of every file and tries many ways on each (about a
# second's work), so the search is still running when the key comes.
C=$tui_tmp/big
mkdir -p "$C"
python3 - "$C" <<'PY'
import os, random, sys
random.seed(7)
words = ["talks", "truce", "envoy", "border", "grain", "corridor", "summit",
         "delegation", "statement", "ministry", "region", "capital"]
for i in range(300):
    with open(os.path.join(sys.argv[1], "2024-01-%02d-a%03d.txt" %
              (i % 28 + 1, i)), "w") as f:
        f.write("Article %d\n\n" % i)
        line = []
        for j in range(30000):
            line.append(random.choice(words))
            if j % 12 == 11:
                f.write(" ".join(line) + ".\n")
                line = []
PY
"$DEMARCHE" index "$C" >/dev/null 2>&1

limit_ms=200
if ldd "$DEMARCHE" 2>/dev/null | grep -q asan ||
    [ -n "${VALGRIND:-}" ]; then
	limit_ms=1000
fi

now_ms() { date +%s%3N; }

tui_start "$C"
tui_wait "articles" || true
tui_keys /
tui_type '(\w+ ){8}\w{9}\.$'
tui_keys Enter
check "a search over the whole corpus shows its progress" \
    tui_seen "searching [0-9]+/[0-9]+ \(any key cancels\)"
t0=$(now_ms)
tui_keys Escape
# The key has ended the search when the progress line is gone and stays
# gone (three reads in a row): the time is that of the first of them.
gone=0 t1=
while [ $gone -lt 3 ] && [ $(($(now_ms) - t0)) -lt 10000 ]; do
	if tui_screen | grep -q "(any key cancels)"; then
		gone=0 t1=
	else
		gone=$((gone + 1))
		[ -n "$t1" ] || t1=$(now_ms)
	fi
	sleep 0.01
done
ms=$((${t1:-$(now_ms)} - t0))
check "a key ends the search in ${ms} ms (at most ${limit_ms})" \
    test "$ms" -le "$limit_ms"
tui_keys j
tui_has "[1 Articles]" "and the interface answers keys again"
tui_keys Q
check "Q quits" tui_exited
done_testing
