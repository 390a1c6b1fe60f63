#!/bin/sh
# Properties on the two real seed articles (never stored here): both
# titles are listed, a search finds "ceasefire", resizing does not crash.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
seeds=$top_srcdir/../shared/seeds
if ! [ -d "$seeds" ]; then
    echo "1..0 # SKIP no seed articles in $seeds"; exit 0
fi
tui_init

"$DEMARCHE" list "$seeds" > "$tui_tmp/list" 2>/dev/null
tui_start "$seeds"
tui_wait "articles" || true
n=0
while IFS='	' read -r id date words title file; do
    short=$(printf '%s' "$title" | cut -c1-20)
    tui_has "$short" "title of $id is listed"
    n=$((n + 1))
done < "$tui_tmp/list"
check "two seed articles" test "$n" -eq 2
tui_keys /
tui_type ceasefire
tui_keys Enter
tui_wait || true
if tui_screen | grep -q "/ceasefire: [1-9][0-9]* hits"; then
    ok 0 "search finds ceasefire"
else
    ok 1 "search finds ceasefire"
fi
tui_keys Enter
for size in "40 12" "20 6" "200 60" "33 7" "120 40"; do
    tui_resize $size
    tui_keys j
done
tui_has "[2 Reader]" "still running after resizes"
tui_keys Q
check "Q quits" tui_exited
done_testing
