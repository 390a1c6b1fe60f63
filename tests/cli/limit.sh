#!/bin/sh
# --limit (the limit language) on list, actors, positions and diff: the
# articles each pattern names, the same set whichever command asks, errors
# with their columns in characters, and dates checked against the
# calendar.
. "$top_srcdir/tests/cli/lib.sh"
cd "$top_srcdir" || exit 1

ids() {		# ids EXPR: the dates of the articles list --limit keeps
	"$DEMARCHE" list --limit "$1" data/samples | cut -f2 | tr '\n' ' ' |
	    sed 's/ $//'
}

is "$(ids '~d 2022-03-01..2022-05-31')" "2022-03-07 2022-03-29" \
	"~d with a range"
is "$(ids '~d 2022-03')" "2022-03-07 2022-03-29" "~d with a month"
is "$(ids '~d >2025-05-16')" "2025-08-15 2025-11-23" "~d after a day"
is "$(ids '~l uk | ~s wire ~d 2014')" "2014-09-05 2025-11-23" \
	"~l, ~s, juxtaposition and |"
is "$(ids '~a Putin ~d ..2019')" "2014-09-05 2015-02-12 2019-12-09" \
	"~a by its name"
is "$(ids "~a 'Владимир Путин' ~d ..2019")" \
	"2014-09-05 2015-02-12 2019-12-09" "~a by an alias in Cyrillic"
is "$(ids '~i security_guarantees')" "2022-03-29 2023-07-12" "~i"
is "$(ids 'Alaska | перемир')" "2025-05-16 2025-08-15" "words, indexed"
is "$(ids '!(~d 2014..2024)')" "2025-03-11 2025-05-16 2025-08-15 2025-11-23" \
	"! and parentheses"

mkdir -p "$XDG_STATE_HOME/demarche"
printf 'demarche-state 1\nread 2014-09-05-minsk-protocol-truce\nstar 2025-08-15-alaska-summit-anchorage\n' \
	>"$XDG_STATE_HOME/demarche/state"
is "$(ids '~F')" "2025-08-15" "~F reads the interface's stars"
is "$(ids '~N ~d ..2015')" "2015-02-12" "~N reads its read marks"

"$DEMARCHE" positions --limit '~d 2022-03-01..2022-05-31' data/samples \
	>"$T/pos" 2>&1
is "$(grep -v '^	' "$T/pos" | grep -vc '2022-03-')" 0 \
	"positions: only the limited articles"
is "$(grep -c 'security_guarantees' "$T/pos")" 1 \
	"positions: UKR on security guarantees in spring 2022"
"$DEMARCHE" diff --matrix --limit '~d 2022-03' data/samples >"$T/matrix"
is "$(grep '^security_guarantees' "$T/matrix" | tr -s ' ')" \
	"security_guarantees +1" "diff --matrix follows the limit"
# The counts as the one article alone gives (aliases are the corpus's).
"$DEMARCHE" actors --limit '~d 2014' data/samples | cut -d'(' -f1 | sed 's/ *$//' \
	>"$T/actors"
"$DEMARCHE" actors data/samples/2014-09-05-minsk-protocol-truce.txt |
	cut -d'(' -f1 | sed 's/ *$//' >"$T/actors-one"
cmp -s "$T/actors" "$T/actors-one"
ok $? "actors --limit counts as the one article alone does"

"$DEMARCHE" list --limit '~d 2022 ~q' data/samples >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" \
	"2:demarche: limit: unknown pattern '~q' at column 9" \
	"an unknown pattern: exit 2, its column"
"$DEMARCHE" list --limit 'Україна (' data/samples >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" "demarche: limit: a pattern is missing at column 10" \
	"columns count characters, not bytes"
"$DEMARCHE" actors --limit '~a Nobody' data/samples >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" "2:demarche: limit: no actor 'Nobody' at column 4" \
	"an unknown actor"
"$DEMARCHE" diff --since 2022-13-45 RUS data/samples >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" \
	"2:demarche: bad date '2022-13-45' (want YYYY-MM-DD)" \
	"--since 2022-13-45: exit 2"
"$DEMARCHE" diff --since 2022-3-1 RUS data/samples >"$T/out" 2>&1
is "$(head -1 "$T/out")" "--- RUS before 2022-03-01" \
	"--since 2022-3-1 is 2022-03-01"
# --lang LANG is --limit '~l LANG', alone or with a limit, in any order.
got=$("$DEMARCHE" list --lang uk data/samples | cut -f2 | tr '\n' ' ')
is "$got" "2025-11-23 " "--lang uk keeps the Ukrainian sample"
got=$("$DEMARCHE" list --lang ru --limit '~d 2025' data/samples | cut -f2 |
    tr '\n' ' ')
is "$got" "2025-05-16 " "--lang with --limit: the articles in both"
got=$("$DEMARCHE" list --limit 'Alaska | grain' --lang en data/samples |
    cut -f2 | tr '\n' ' ')
is "$got" "2022-07-22 2023-06-19 2025-08-15 " \
	"--lang after an alternation limits the whole of it"
n=$("$DEMARCHE" positions --json --lang ru data/samples |
    "${PYTHON3:-python3}" -c 'import json, sys
print(sum(1 for p in json.load(sys.stdin) if not p["file"].endswith(
    "2025-05-16-stambul-pryamye-peregovory.txt")))')
is "$n" 0 "positions --lang ru: only the Russian article's"
done_testing
