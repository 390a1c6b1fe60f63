#!/bin/sh
# The per-article actors cache: a second run reads it and prints the same,
# a changed article is extracted again, a damaged or truncated cache file
# is ignored and rewritten, a dictionary change invalidates it.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c"
cat >"$T/c/2024-05-02-envoys.txt" <<'TXT'
Envoys meet again

US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on
Thursday. Putin said the Kremlin was ready to talk.
TXT
cat >"$T/c/2024-05-03-kyiv.txt" <<'TXT'
Kyiv answers

A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv would not give
up land. Brightwater added that Europe backed Ukraine.
TXT
cat >"$T/c/2024-05-04-quiet.txt" <<'TXT'
A quiet day

Nothing happened on the front line, the weather was mild.
TXT

stats() {	# stats NAME: run with --stats, JSON to $T/NAME.json
	"$DEMARCHE" actors --stats --json "$T/c" >"$T/$1.json" 2>"$T/$1.err"
	st=$?
	sed -n 's/^actors: \(.*\) in [0-9.]* ms$/\1/p' "$T/$1.err"
	return $st
}

got=$(stats first)
ok $? "the first run succeeds"
is "$got" "3 articles, 0 from the cache, 3 extracted" "the first run extracts every article"
ls "$XDG_CACHE_HOME"/demarche/*.actors >/dev/null 2>&1
ok $? "the cache file is written next to the catalogue"
CACHE=$(ls "$XDG_CACHE_HOME"/demarche/*.actors | head -1)

got=$(stats second)
is "$got" "3 articles, 3 from the cache, 0 extracted" "the second run reads the cache"
cmp -s "$T/first.json" "$T/second.json"
ok $? "the cached result is the same"

# A changed article (another size, so the catalogue sees it too).
cat >"$T/c/2024-05-03-kyiv.txt" <<'TXT'
Kyiv answers

A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv would not give
up land. Brightwater added that Europe backed Ukraine, and Prime Minister
Keir Starmer agreed.
TXT
got=$(stats changed)
is "$got" "3 articles, 2 from the cache, 1 extracted" "a changed article is extracted again"
grep -q '"Keir Starmer"' "$T/changed.json"
ok $? "its new actor is there"
got=$(stats again)
is "$got" "3 articles, 3 from the cache, 0 extracted" "and cached for the next run"

cache_damage

# Another dictionary version: the cache is stale, not damaged.
mkdir -p "$XDG_CONFIG_HOME/demarche"
echo "person | OTH | Oksana Brightwater | Brightwater |" \
    >"$XDG_CONFIG_HOME/demarche/actors.dict"
got=$(stats newdict)
is "$got" "3 articles, 0 from the cache, 3 extracted" "a dictionary change invalidates the cache"

# An unwritable cache directory only costs the cache.
chmod a-w "$XDG_CACHE_HOME/demarche"
if [ ! -w "$XDG_CACHE_HOME/demarche" ]; then
	rm -f "$CACHE" 2>/dev/null
	"$DEMARCHE" actors --json "$T/c" >"$T/ro.json" 2>"$T/ro.err"
	ok $? "an unwritable cache is not an error"
else
	ok 0 "an unwritable cache is not an error # SKIP running as root"
fi
chmod u+w "$XDG_CACHE_HOME/demarche"
done_testing
