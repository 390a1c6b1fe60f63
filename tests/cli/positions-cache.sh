#!/bin/sh
# The per-article positions cache: a second run reads it and prints the
# same, a changed article is extracted again, a bit-flipped, truncated or
# foreign cache file is ignored and rewritten, a data change invalidates it.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c"
cat >"$T/c/2024-05-02-truce.txt" <<'TXT'
A truce on the table

Russia rejected the ceasefire on Monday. Kyiv welcomed the truce proposed
by the United States.
TXT
cat >"$T/c/2024-05-03-land.txt" <<'TXT'
Land

Zelensky said Ukraine would never accept the annexation of Crimea.
TXT
cat >"$T/c/2024-05-04-quiet.txt" <<'TXT'
A quiet day

Nothing happened on the front line, the weather was mild.
TXT
# A transcript: its holders are found by turn, which the cache keeps.
cat >"$T/c/2024-05-05-transcript.txt" <<'TXT'
Meeting with the press

Vladimir Putin: We reject the sanctions.
TXT

stats() {	# stats NAME: run with --stats, JSON to $T/NAME.json
	"$DEMARCHE" positions --stats --json "$T/c" >"$T/$1.json" 2>"$T/$1.err"
	st=$?
	sed -n 's/^positions: \(.*\)$/\1/p' "$T/$1.err"
	return $st
}

got=$(stats first)
ok $? "the first run succeeds"
is "$got" "4 articles, 0 from the cache, 4 extracted" "the first run extracts every article"
ls "$XDG_CACHE_HOME"/demarche/*.positions >/dev/null 2>&1
ok $? "the cache file is written next to the catalogue"
CACHE=$(ls "$XDG_CACHE_HOME"/demarche/*.positions | head -1)
grep -q '"ceasefire"' "$T/first.json"
ok $? "the positions are found"

got=$(stats second)
is "$got" "4 articles, 4 from the cache, 0 extracted" "the second run reads the cache, turns and all"
cmp -s "$T/first.json" "$T/second.json"
ok $? "the cached result is the same, spans and all"

# A changed article (another size, so the catalogue sees it too).
cat >"$T/c/2024-05-03-land.txt" <<'TXT'
Land

Zelensky said Ukraine would never accept the annexation of Crimea. The EU
imposed new sanctions on Russia.
TXT
got=$(stats changed)
is "$got" "4 articles, 3 from the cache, 1 extracted" "a changed article is extracted again"
grep -q '"pressure"' "$T/changed.json"
ok $? "its new position is there"
got=$(stats again)
is "$got" "4 articles, 4 from the cache, 0 extracted" "and cached for the next run"

cache_damage 4

# Another version of the data files: the cache is stale, not damaged.
mkdir -p "$XDG_CONFIG_HOME/demarche"
printf 'ceasefire\t+\tguns fall silent\n' \
    >"$XDG_CONFIG_HOME/demarche/triggers"
got=$(stats newdata)
is "$got" "4 articles, 0 from the cache, 4 extracted" "a data change invalidates the cache"
done_testing
