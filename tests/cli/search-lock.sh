#!/bin/sh
# search-lock: an index held by another demarche (one stopped with
# kill -STOP mid-update; flock(1) holds its lock here) delays search and
# index only briefly: search goes on without the index and says so, index
# says the index is busy.  index --prune leaves alone an index being
# built (locked, or without its manifest yet) and removes only an index
# whose corpus is gone.  Each run is bounded by timeout.
. "$top_srcdir/tests/cli/lib.sh"
command -v flock >/dev/null 2>&1 || skip_all "flock(1) is not installed"
C="$T/corpus"
mkdir -p "$C"
cp "$top_srcdir"/data/samples/* "$C"/
"$DEMARCHE" index "$C" >/dev/null 2>&1
dir=$(ls -d "$XDG_CACHE_HOME"/demarche/*.index | head -1)
[ -f "$dir/lock" ]
ok $? "the index has a lock file"

flock -o "$dir/lock" sleep 60 &
holder=$!
sleep 0.3
start=$(date +%s)
timeout 30 "$DEMARCHE" search --fresh -c ceasefire "$C" >"$T/out" 2>"$T/err"
st=$?
took=$(( $(date +%s) - start ))
is "$st" 0 "search --fresh while another holds the index: exit 0 ($took s)"
[ "$took" -le 5 ]
ok $? "search waits only briefly for the index ($took s)"
grep -q "busy.*searching without the index" "$T/err"
ok $? "search says it goes on without the index"
"$DEMARCHE" search --no-index -c ceasefire "$C" >"$T/want" 2>/dev/null
cmp -s "$T/out" "$T/want"
ok $? "the answer is the full scan's"
start=$(date +%s)
timeout 30 "$DEMARCHE" index "$C" >"$T/out" 2>"$T/err"
st=$?
took=$(( $(date +%s) - start ))
is "$st" 2 "index while another holds it: exit 2 ($took s)"
grep -q "is busy" "$T/err"
ok $? "index says the index is busy"

# Prune: a locked index (a build in progress) is alive even when its
# corpus has gone, and so is one without a manifest yet.
mv "$C" "$T/moved"
timeout 30 "$DEMARCHE" index --prune >/dev/null 2>&1
[ -d "$dir" ]
ok $? "index --prune leaves a locked index alone"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
mkdir -p "$T/other"
cp "$top_srcdir"/data/samples/*.md "$T/other"/
"$DEMARCHE" index "$T/other" >/dev/null 2>&1
other=$(ls -d "$XDG_CACHE_HOME"/demarche/*.index | grep -v "^$dir\$" | head -1)
rm -f "$other/manifest"
timeout 30 "$DEMARCHE" index --prune >/dev/null 2>&1
[ -d "$other" ]
ok $? "index --prune leaves an index without a manifest (being built)"
[ ! -d "$dir" ]
ok $? "index --prune removes the unlocked index of a corpus gone"
done_testing
