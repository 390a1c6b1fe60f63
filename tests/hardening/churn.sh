#!/bin/sh
# Files changing, growing, shrinking and vanishing while demarche reads
# them: list, search, actors and positions keep working (exit 0 or 1, a
# warning at most per file), never crash or hang, and once the churn stops
# their answers agree with a fresh full scan again: at once with --fresh,
# and without it once 'index' has brought the index up to date (search
# answers from the index as last built, by design).
. "$top_srcdir/tests/cli/lib.sh"
C="$T/c"
mkdir -p "$C"
cp "$top_srcdir"/data/samples/*.txt "$C/"
i=0
while [ $i -lt 40 ]; do
	printf 'Churn %d\n\nThe envoy proposed a ceasefire on day %d. Russia rejected it.\n' \
	    $i $i >"$C/2025-01-01-churn$i.txt"
	i=$((i + 1))
done
"$DEMARCHE" index "$C" >/dev/null 2>&1
# The churn: rewrite, truncate, grow, delete and recreate files.
(
	n=0
	while [ ! -f "$T/stop" ] && [ $n -lt 3000 ]; do
		k=$((n % 40))
		f="$C/2025-01-01-churn$k.txt"
		case $((n % 5)) in
		0) : >"$f" ;;
		1) rm -f "$f" ;;
		2) printf 'Churn\n\nRussia agreed to a ceasefire %d.\n' $n >"$f" ;;
		3) head -c 20000 /dev/zero | tr '\0' 'x' >>"$f" ;;
		4) printf 'Back %d\n\nUkraine proposed talks.\n' $n >"$f" ;;
		esac
		n=$((n + 1))
	done
) &
churn=$!
bad=0 runs=0
for round in 1 2 3; do
	for cmd in "list" "search -c ceasefire" "search -c --no-index ceasefire" \
	    "actors" "positions" "index"; do
		# shellcheck disable=SC2086
		timeout 60 "$DEMARCHE" $cmd "$C" >"$T/out" 2>"$T/err"
		st=$?
		runs=$((runs + 1))
		if [ $st -gt 1 ] && ! grep -q "cannot read\|skipping\|changed\|vanished\|No such file" "$T/err"; then
			bad=$((bad + 1))
			echo "#   $cmd: exit $st"
			head -3 "$T/err" | sed 's/^/#     /'
		fi
		if grep -qi 'sanitizer\|runtime error\|Segmentation' "$T/err"; then
			bad=$((bad + 1))
			echo "#   $cmd: $(head -1 "$T/err")"
		fi
	done
done
touch "$T/stop"
wait $churn
is "$bad" 0 "$runs commands during the churn: no crash, no unexplained failure"
"$DEMARCHE" search -c --no-index ceasefire "$C" >"$T/b" 2>"$T/be"
"$DEMARCHE" search -c --fresh ceasefire "$C" >"$T/a" 2>"$T/ae"
cmp -s "$T/a" "$T/b"
ok $? "after the churn, --fresh answers equal the full scan"
"$DEMARCHE" index "$C" >/dev/null 2>&1
"$DEMARCHE" search -c ceasefire "$C" >"$T/a" 2>"$T/ae"
cmp -s "$T/a" "$T/b"
ok $? "after the churn and an index, indexed answers equal the full scan"
"$DEMARCHE" list "$C" >/dev/null 2>"$T/err"
ok $? "after the churn, list works"
done_testing
