#!/bin/sh
# The front door: an unknown subcommand gets a suggestion, and every
# subcommand's --help lists its options and arguments, not only the usage.
. "$top_srcdir/tests/cli/lib.sh"
cd "$T" || exit 1

"$DEMARCHE" serch ceasefire >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" \
	"2:demarche: unknown command 'serch' (did you mean 'search'?)" \
	"serch: did you mean search"
"$DEMARCHE" positons >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" \
	"demarche: unknown command 'positons' (did you mean 'positions'?)" \
	"positons: did you mean positions"
mkdir "$T/lists"
"$DEMARCHE" lists --help >"$T/out" 2>"$T/err" </dev/null
is "$(grep -c 'did you mean' "$T/err")" 0 \
	"a folder of that name is a path, not a typo"
for cmd in list show search index actors positions diff dict keys; do
	"$DEMARCHE" $cmd --help >"$T/help" 2>&1
	st=$?
	usage=$(sed -n 1p "$T/help" | tr ' ' '\n' | grep -E '^\[?--?[a-zA-Z]' |
	    sed 's/^\[//; s/[]=].*//' | sort -u)
	missing=
	for o in $usage; do
		grep -qE "^  ($o|-[a-zA-Z], $o|.*, $o)[ ,=]" "$T/help" ||
		    grep -qE "^  .* $o " "$T/help" || missing="$missing $o"
	done
	is "$st:${missing:-none}" "0:none" "$cmd --help lists each option"
	grep -q '^  --help ' "$T/help"
	ok $? "$cmd --help ends with --help and the manual"
done
"$DEMARCHE" list --bogus >"$T/out" 2>"$T/err"
is "$?:$(grep -c '^  --json' "$T/err")" "2:0" \
	"a usage error prints the usage only"
done_testing
