#!/bin/sh
# search-deadline: a pattern that backtracks without end on a long line
# (the probe's x+x+y, x*x*y, (.+)\1z on 1 MB of x; (a+)\1+b and a
# counted repetition on 4 MB; (.{20,})\1 on a line of random letters) is
# given up after the deadline: "pattern too complex for FILE:LINE", the
# next file is still searched, exit 2, with and without the index.  Each
# run is bounded by timeout, so a hang fails the test instead of stalling
# it.
. "$top_srcdir/tests/cli/lib.sh"
D="$T/c"
mkdir -p "$D"
${PYTHON3:-python3} - "$D" <<'PY'
import random, sys
d = sys.argv[1]
open(d + '/1-long.txt', 'w').write('Long\n\n' + 'x' * 1000000 + '\n')
open(d + '/2-as.txt', 'w').write('As\n\n' + 'a' * 4000000 + '\n')
random.seed(7)
open(d + '/3-random.txt', 'w').write('Random\n\n' +
    ''.join(random.choice('abcdefgh ') for _ in range(60000)) + '\n')
open(d + '/4-short.txt', 'w').write('Short\n\nxxy aab aaz abcdefghijklmnopqrstuabcdefghijklmnopqrstu\n')
PY
mkdir -p "$T/n"
${PYTHON3:-python3} -c 'import sys; open(sys.argv[1], "w").write(
    "Haystack\n\n" + "x" * 1000000 + " needle\n")' "$T/n/5-needle.txt"

# hostile PATTERN FILE...: exits 2 within the time, names the file and
# line, and still finds the short file's match.
hostile() {
	pat=$1
	shift
	for flag in "" --no-index; do
		start=$(date +%s)
		timeout 60 "$DEMARCHE" search $flag --deadline 0.3 -c "$pat" \
		    "$@" "$D/4-short.txt" >"$T/out" 2>"$T/err"
		st=$?
		took=$(( $(date +%s) - start ))
		is "$st" 2 "'$pat' $flag: exit 2, not a hang ($took s)"
		grep -q "pattern too complex for $1:3" "$T/err"
		ok $? "'$pat' $flag: too complex, with file and line"
		grep -q "4-short.txt:1" "$T/out"
		ok $? "'$pat' $flag: the next file is still searched"
	done
}

hostile 'x+x+y' "$D/1-long.txt"
hostile 'x*x*y' "$D/1-long.txt"
hostile '(.+)\1z' "$D/1-long.txt"
hostile '(a+)\1+b' "$D/2-as.txt"
hostile '(?:(?=(a+))a)+b' "$D/2-as.txt"
hostile 'a{1,65535}a{1,65535}b' "$D/2-as.txt"
hostile '(.{20,})\1' "$D/3-random.txt"

# Literals and their alternations cannot backtrack without end: on a
# long line they run without the guard's callouts, and answer exactly.
for flag in "" --no-index; do
	timeout 60 "$DEMARCHE" search $flag --deadline 0.3 -c 'xxxxy|xxxz' \
	    "$D/1-long.txt" >"$T/out" 2>"$T/err"
	is "$?:$(cat "$T/out" "$T/err")" "1:" \
	    "a literal alternation $flag on 1 MB of x: no match, no error"
	timeout 60 "$DEMARCHE" search $flag --deadline 0.3 -o 'needle|pin' \
	    "$T/n" >"$T/out" 2>"$T/err"
	is "$(cat "$T/out" "$T/err")" "$T/n/5-needle.txt:3:needle" \
	    "a literal alternation $flag at the end of a 1 MB line"
done

# The default deadline is a few seconds.
start=$(date +%s)
timeout 60 "$DEMARCHE" search --no-index -c 'x+x+y' "$D/1-long.txt" \
    >/dev/null 2>"$T/err"
st=$?
took=$(( $(date +%s) - start ))
is "$st" 2 "the default deadline ends 'x+x+y' ($took s)"
[ "$took" -le 10 ]
ok $? "the default deadline is a few seconds ($took s)"
# No deadline, a pattern that finishes: the answer is whole.
timeout 60 "$DEMARCHE" search --deadline 0 -c 'xxy' "$D" >"$T/out" 2>&1
is "$(cat "$T/out")" "$D/4-short.txt:1" "--deadline 0 still answers"
"$DEMARCHE" search --deadline soon x "$D" >/dev/null 2>&1
is $? 2 "--deadline takes seconds"
done_testing
