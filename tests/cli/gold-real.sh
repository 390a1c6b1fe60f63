#!/bin/sh
# Actors and positions on real articles (../shared/corpora/bulk, and
# ../shared/corpora/cyr for cyr-news), scored against our own gold files in
# tests/gold/real: the dev splits (and cyr-news) are the ones rules are
# tuned on, the test splits are held out and never looked into.  Each is
# held at its measured level so that it cannot regress.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || skip_all "python3 is absent"
BULK="$SHARED/corpora/bulk"
[ -d "$BULK" ] || skip_all "../shared/corpora is absent: no real articles"

score() {	# score SET MIN_ACTOR_F1 MIN_POSITION_F1 [CORPUS]
	"$PY" "$top_srcdir/tests/gold/score.py" --bin "$DEMARCHE" \
	    --gold "$top_srcdir/tests/gold/real/$1.json" --corpus "${4:-$BULK}" \
	    --min-actor-f1 "$2" --min-position-f1 "$3" >"$T/score" 2>&1
	st=$?
	grep -q "^total: " "$T/score" || st=1
	ok $st "$1: $(sed -n 's/^total: //p' "$T/score") (floors $2, $3)"
	[ $st -eq 0 ] || tail -5 "$T/score" | sed 's/^/#   /'
}

score en-dev 0.91 0.76
score en-test 0.91 0.62
score cyr-dev 0.96 0.75
score cyr-test 0.96 0.66
score cyr-news 0.96 0.68 "$SHARED/corpora/cyr"
done_testing
