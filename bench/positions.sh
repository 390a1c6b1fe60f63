#!/bin/sh
# bench/positions.sh: the whole positions pipeline (load, actors,
# positions) in sentences per second on one core.
# usage: bench/positions.sh [DEMARCHE] [CORPUS]
# The corpus defaults to ../shared/corpora/bulk (English press releases).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/src/demarche}
corpus=${2:-$top/../shared/corpora/bulk}
[ -x "$bin" ] || { echo "no binary '$bin'" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus '$corpus'" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/demarche-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
export HOME="$tmp" LC_ALL=C.UTF-8
sents=$("$bin" list --json "$corpus" 2>/dev/null |
    sed -n 's/^ *"sentences": \([0-9]*\).*/\1/p' |
    awk '{ n += $1 } END { print n + 0 }')
# The first run builds the catalogue and the caches.  Then, timed: cold
# (the actors and positions caches removed, every article extracted) and
# warm (every article served from the caches).
"$bin" positions --json "$corpus" >/dev/null 2>&1 || true
run() {		# run LABEL: time one run on core 0
	start=$(date +%s.%N)
	taskset -c 0 "$bin" positions --json "$corpus" >"$tmp/out" 2>/dev/null ||
	    "$bin" positions --json "$corpus" >"$tmp/out" 2>/dev/null
	end=$(date +%s.%N)
	awk -v s="$sents" -v a="$start" -v b="$end" -v l="$1" \
	    -v n="$(grep -c '"issue"' "$tmp/out")" \
	    'BEGIN { t = b - a; printf "%s: %d sentences, %d positions in " \
	    "%.2f s: %.0f sentences/s (load, actors, positions; one core)\n",
	    l, s, n, t, s / t }'
}
rm -f "$XDG_CACHE_HOME"/demarche/*.actors "$XDG_CACHE_HOME"/demarche/*.positions
run cold
run warm
