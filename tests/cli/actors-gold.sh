#!/bin/sh
# Actor extraction against the gold annotations: our own (tests/gold) and,
# when ../shared is present, the seed articles.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || skip_all "python3 is absent"
SCORE="$top_srcdir/tests/gold/score.py"

score() {	# score GOLD CORPUS MIN
	"$PY" "$SCORE" --bin "$DEMARCHE" --gold "$1" --corpus "$2" \
	    --min-actor-f1 "$3" >"$T/score" 2>&1
	st=$?
	# Positions are scored too; the threshold here is for actors only.
	grep -q "^total: actors F1" "$T/score" || st=1
	side=$(sed -n 's/^total: .*side \([0-9.]*\).*/\1/p' "$T/score")
	ok $st "actors on $(basename "$1"): $(sed -n 's/^total: \(actors F1 [0-9.]*\).*/\1/p' "$T/score")"
	[ $st -eq 0 ] || sed 's/^/#   /' "$T/score" | grep -i actor | head -20
	is "$side" "1.00" "every side right on $(basename "$1")"
}

if [ -d "$SHARED/seeds" ] && [ -f "$SHARED/gold/seeds.json" ]; then
	score "$SHARED/gold/seeds.json" "$SHARED/seeds" 0.95
fi
score "$top_srcdir/tests/gold/samples.json" "$top_srcdir/data/samples" 0.95
score "$top_srcdir/tests/gold/hard-cases.json" \
    "$top_srcdir/tests/gold/hard-cases" 0.95
done_testing
