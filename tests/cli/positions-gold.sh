#!/bin/sh
# Position extraction against the gold annotations: the seed articles
# (when ../shared is present) must reach F1 0.9; our own sample corpus and
# hard cases are held at their measured level so that they cannot regress.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || skip_all "python3 is absent"
SCORE="$top_srcdir/tests/gold/score.py"

score() {	# score GOLD CORPUS MIN
	"$PY" "$SCORE" --bin "$DEMARCHE" --gold "$1" --corpus "$2" \
	    --min-position-f1 "$3" >"$T/score" 2>&1
	st=$?
	grep -q "^total: .*positions F1" "$T/score" || st=1
	ok $st "positions on $(basename "$1"): $(sed -n \
	    's/^total: .*\(positions F1 [0-9.]*\).*/\1/p' "$T/score") >= $3"
	[ $st -eq 0 ] || sed 's/^/#   /' "$T/score" | grep -i position |
	    head -20
}

if [ -d "$SHARED/seeds" ] && [ -f "$SHARED/gold/seeds.json" ]; then
	score "$SHARED/gold/seeds.json" "$SHARED/seeds" 0.9
else
	echo "# ../shared is absent: the seed articles are not scored"
fi
score "$top_srcdir/tests/gold/samples.json" "$top_srcdir/data/samples" 0.87
# The two Russian and Ukrainian hard cases hold stances found only by
# reading back to a question or by an indefinite "they prepare": 0.91.
score "$top_srcdir/tests/gold/hard-cases.json" \
    "$top_srcdir/tests/gold/hard-cases" 0.90
done_testing
