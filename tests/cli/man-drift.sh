#!/bin/sh
# The manual never drifts from the program: see man-drift.py.
. "$top_srcdir/tests/cli/lib.sh"
command -v mandoc >/dev/null 2>&1 || skip_all "mandoc is not installed"
exec python3 "$top_srcdir/tests/cli/man-drift.py" "$DEMARCHE" "$top_srcdir"
