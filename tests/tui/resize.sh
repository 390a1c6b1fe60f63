#!/bin/sh
# Screen tests: resizing keeps the selection and the reading position;
# tiny terminals draw without garbage; a Cyrillic and a wide-character
# article align.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

tui_start "$(tui_corpus)"
tui_wait "articles" || true
tui_keys j j j j Enter Space
tui_wait || true
tui_screen > "$tui_tmp/before"
tui_resize 40 12
tui_expect resize-small.screen "resized to 40x12"
tui_resize 20 6
tui_expect resize-tiny.screen "resized to 20x6"
tui_resize 120 40
tui_wait || true
tui_screen > "$tui_tmp/after"
if cmp -s "$tui_tmp/before" "$tui_tmp/after"; then
    ok 0 "back to 120x40: same selection and reading position"
else
    ok 1 "back to 120x40: same selection and reading position"
    diff -u "$tui_tmp/before" "$tui_tmp/after" | sed 's/^/# /'
fi
tui_keys :
tui_type "open 2025-05-16-stambul-pryamye-peregovory"
tui_keys Enter
tui_expect text-cyrillic.screen "a Cyrillic article"
tui_keys :
tui_type "open 2024-02-02-wide-tokyo-talks"
tui_keys Enter
tui_expect text-wide.screen "a wide-character article"
tui_resize 50 20
tui_expect text-wide-narrow.screen "wide characters cut at the right column"
tui_keys Q
check "Q quits" tui_exited

# Any size, even below 20x6, in every pane: no crash, a clean exit.
tui_start -x 10 -y 3 "$SAMPLES"
tui_wait || true
for size in "1 1" "5 2" "3 5" "20 6" "7 1" "120 40"; do
    tui_resize $size
    tui_keys j Enter 3 4 2 1 '?' q
done
tui_keys Q
check "tiny sizes in every pane, then a clean exit" tui_exited
done_testing
