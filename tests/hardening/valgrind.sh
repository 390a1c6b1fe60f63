#!/bin/sh
# tests/hardening/valgrind.sh BUILDDIR: run the unit tests of BUILDDIR
# under valgrind (memcheck: no invalid access, no use of undefined values,
# no definite or indirect leak), two at a time.  The PCRE2-heavy
# differential tests (test-searchdiff, test-rxplan) are left to the
# ASan+UBSan run: under valgrind they take minutes.  Used by .ci/run.
set -u
b=${1:?usage: valgrind.sh BUILDDIR}
here=$(cd "$(dirname "$0")" && pwd)
skip=${VALGRIND_SKIP:-"test-searchdiff test-rxplan"}
log=$b/valgrind-logs
mkdir -p "$log"
list=
for t in "$b"/tests/unit/test-* "$b"/tests/hardening/test-*; do
	[ -x "$t" ] && [ -f "$t" ] || continue
	case $t in *.o|*.c|*.log|*.trs) continue;; esac
	name=${t##*/}
	case " $skip " in *" $name "*) continue;; esac
	list="$list $t"
done
[ -n "$list" ] || { echo "valgrind: no unit test in $b" >&2; exit 2; }
# shellcheck disable=SC2086
printf '%s\n' $list | xargs -P 2 -I{} sh -c '
	t={}; name=${t##*/}
	cd "$(dirname "$t")/../.." &&
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect \
	    --suppressions="'"$here"'/valgrind.supp" \
	    "$t" >"'"$log"'/$name.out" 2>"'"$log"'/$name.err"
	st=$?
	if [ $st -ne 0 ] || grep -q "^not ok" "'"$log"'/$name.out"; then
		echo "valgrind: $name FAILED (exit $st)"
		head -60 "'"$log"'/$name.err"
		exit 1
	fi
	echo "valgrind: $name ok"
'
