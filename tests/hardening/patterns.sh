#!/bin/sh
# Hostile patterns: catastrophic backtracking, exponential counted
# repetition, huge alternations, deep nesting, 100 KB patterns and invalid
# syntax.  Each gives its result (the same with and without the index) or
# a limit or syntax error with exit 2, never a hang, never a silent "no
# match".  Times are not asserted here; bench/patterns records them (and
# tries the 96 KB alternation, too slow to plan for make check).
. "$top_srcdir/tests/cli/lib.sh"
D="$T/p"
mkdir -p "$D"
${PYTHON3:-python3} - "$D" <<'PY'
import sys
d = sys.argv[1]
open(d + '/a.txt', 'w').write('Long lines of one letter\n\n' + 'a' * 100000 +
    'b\n' + 'a' * 30 + '\n')
open(d + '/words.txt', 'w').write('Code words\n\nThe codes w01999x and '
    'w00007x were sent.\nNothing here.\n')
open(d + '/alt2000.pat', 'w').write('|'.join('w%05dx' % i for i in range(2000)))
open(d + '/nest.pat', 'w').write('(' * 5000 + 'a' + ')' * 5000)
open(d + '/lit.pat', 'w').write('x' * 100000)
open(d + '/exp.pat', 'w').write('a?' * 3000 + 'a' * 3000)
PY

# search EXPECTED-EXIT DESCRIPTION ARGS...: run with and without the index;
# both must exit as expected and print the same thing.
search() {
	want=$1 desc=$2
	shift 2
	timeout 60 "$DEMARCHE" search "$@" >"$T/out" 2>"$T/err"
	st=$?
	timeout 60 "$DEMARCHE" search --no-index "$@" >"$T/out2" 2>"$T/err2"
	st2=$?
	is "$st" "$want" "$desc: exit $want"
	is "$st2" "$want" "$desc: exit $want without the index"
	cmp -s "$T/out" "$T/out2"
	ok $? "$desc: the same result with and without the index"
}

search 2 "(a+)+\$ on a 100 KB line" -c '(a+)+$' "$D/a.txt"
grep -q "pattern too complex for .*a.txt.*:3" "$T/err"
ok $? "(a+)+\$: the limit is named with file and line"
# a?{3000}a{3000}: within the limits it matches line 3 only (the JIT may
# manage what the interpreter cannot); past them it says so.  Either way
# with and without the index alike.
for flag in "" --no-index; do
	timeout 60 "$DEMARCHE" search $flag -c "$(cat "$D/exp.pat")" "$D/a.txt" \
	    >"$T/out" 2>"$T/err"
	st=$?
	if [ $st -eq 0 ]; then
		is "$(cat "$T/out")" "$D/a.txt:1" \
		    "a?{3000}a{3000} $flag: the right count"
	else
		is "$st" 2 "a?{3000}a{3000} $flag: exit 2 when not 0"
		grep -q "pattern too complex" "$T/err"
		ok $? "a?{3000}a{3000} $flag: the limit is reported"
	fi
done
search 1 "(a|aa)+c finds nothing, quickly" -c '(a|aa)+c' "$D/a.txt"
search 0 "a 2,000-way alternation" -c "$(cat "$D/alt2000.pat")" \
    "$D/words.txt" "$D/a.txt"
is "$(cat "$T/out")" "$D/words.txt:1" "2,000-way alternation: the right count"
search 2 "a 100 KB literal" -c "$(cat "$D/lit.pat")" "$D/words.txt"
grep -q "too large" "$T/err"
ok $? "100 KB literal: the size limit is reported"
search 2 "5,000 nested groups" -c "$(cat "$D/nest.pat")" "$D/words.txt"
grep -q "nested" "$T/err"
ok $? "deep nesting: the nesting limit is reported"
for p in '(' '[a' 'a{2,1}' 'x\' '(?<n>a)(?<n>b)' '(?P<' '\p{Nonsense}' '*a'
do
	search 2 "invalid '$p'" -c -e "$p" "$D/words.txt"
	grep -q "at column [0-9]" "$T/err"
	ok $? "invalid '$p': the error gives the column"
	LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/err" | wc -c | grep -qx 0
	ok $? "invalid '$p': no control byte in the message"
done
# A pattern with control characters in it is echoed escaped.
search 2 "an invalid pattern with ESC" -c "$(printf '(\033[2J')" "$D/words.txt"
LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/err" | wc -c | grep -qx 0
ok $? "a pattern's ESC is escaped in the error"
done_testing
