#!/bin/sh
# No call cycle among the files of ui/: panes use the model, the drawing
# helpers and uictx.c, never each other or the loop; the prompt, the
# commands and the search sit above them.  Read from the objects'
# symbols (tests/arch/cycles.py), so it holds for what was built.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
command -v nm >/dev/null 2>&1 || { echo "1..0 # SKIP no nm"; exit 0; }
exec "${PYTHON3:-python3}" "$top_srcdir/tests/arch/cycles.py" \
    "$top_builddir/ui/libui.a"
