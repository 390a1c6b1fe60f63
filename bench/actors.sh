#!/bin/sh
# bench/actors.sh [DEMARCHE [CORPUS...]]: actor extraction speed in
# sentences per second on one core.  The corpus defaults to the English
# bulk corpora in ../shared.  The catalogue is warmed first, and the time
# of "demarche list" on the same corpus (reading and parsing) is taken off,
# so that what remains is extraction and output.  The per-article cache
# is removed before each timed run (cold); a last line gives the time with
# it (warm).
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
python3 - "$bin" "$@" <<'PY'
import glob, json, os, resource, subprocess, sys
bin, paths = sys.argv[1], sys.argv[2:]
cache = os.path.join(os.environ["XDG_CACHE_HOME"], "demarche")
def cpu(args, cold=True):
    best = None
    for _ in range(3):
        if cold:
            for f in glob.glob(os.path.join(cache, "*.actors")):
                os.unlink(f)
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([bin] + args + paths, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = t if best is None else min(best, t)
    return best
out = subprocess.run([bin, "list", "--json"] + paths, capture_output=True,
                     check=True).stdout
n = sum(a["sentences"] for a in json.loads(out))
base = cpu(["list"])
t = cpu(["actors"])
x = max(t - base, 1e-3)
print("actors: %d sentences, %.2fs CPU (list alone %.2fs): "
      "%.0f sentences/s per core" % (n, t, base, n / x))
w = cpu(["actors"], cold=False)
print("actors with the per-article cache: %.2fs CPU (%.1fx less)"
      % (w, t / max(w, 1e-3)))
PY
