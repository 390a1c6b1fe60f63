#!/bin/sh
# bench/actors.sh [DEMARCHE [CORPUS...]]: actor extraction speed in
# sentences per second on one core.  The corpus defaults to the English
# bulk corpora in ../shared; the catalogue is warmed first so that only
# extraction (and JSON-free output) is timed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/src/demarche}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
	b=$top/../shared/corpora/bulk
	set -- "$b/kremlin_en" "$b/president_ua_en" "$b/wcep_en" \
	    "$b/wikinews_en_2019_2020"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config" LC_ALL=C.UTF-8
sents=$("$bin" list --json "$@" 2>/dev/null | python3 -c \
    'import json,sys; print(sum(a["sentences"] for a in json.load(sys.stdin)))')
base=$( { /usr/bin/time -f %U "$bin" list "$@" >/dev/null 2>/dev/null; } 2>&1 )
t=$( { /usr/bin/time -f %U taskset -c 0 "$bin" actors "$@" >/dev/null 2>/dev/null; } 2>&1 )
python3 - "$sents" "$t" "$base" <<'PY'
import sys
n, t, base = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
x = max(t - base, 0.001)
print("actors: %d sentences in %.2fs user (%.2fs without the catalogue "
      "load): %.0f sentences/s" % (n, t, x, n / x))
PY
