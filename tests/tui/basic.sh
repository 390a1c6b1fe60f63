#!/bin/sh
# Screen tests: start-up, moving, the reader, help from the live key map,
# panes, quitting; `demarche keys` against `?`.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_expect basic-start.screen "start-up screen"
tui_keys j j j
tui_expect basic-moved.screen "j moves the selection down"
tui_keys k G
tui_has "13/13" "G goes to the last article"
tui_keys g Enter
tui_expect basic-reader.screen "Enter opens the reader"
tui_keys Space
tui_has "line " "Space scrolls the reader"
tui_keys z
tui_expect basic-maximised.screen "z maximises the reader"
tui_keys z q
tui_has " 1/13" "q goes back to the list"
tui_keys 3
tui_has "Actors" "3 shows the actors pane"
tui_keys 1 '?'
tui_expect basic-help.screen "? shows the help"

# Every binding of `demarche keys` appears in the help pane.
"$DEMARCHE" keys > "$tui_tmp/keys" 2>"$tui_tmp/keys.err"
check "demarche keys prints the map" test -s "$tui_tmp/keys"
check "demarche keys --json is JSON" sh -c \
    "'$DEMARCHE' keys --json | grep -q '\"action\": \"search\"'"
: > "$tui_tmp/help"
i=0
while [ $i -lt 4 ]; do
    tui_screen >> "$tui_tmp/help"
    tui_keys Space
    tui_wait || true
    i=$((i + 1))
done
missing=
while read -r scope key action rest; do
    grep -q -- " $action " "$tui_tmp/help" || missing="$missing $action"
done < "$tui_tmp/keys"
if [ -z "$missing" ]; then ok 0 "every action of 'keys' is in the help"
else ok 1 "actions missing from the help:$missing"; fi

tui_keys q
tui_has "[1 Articles]" "q leaves the help"
tui_keys Q
check "Q quits with status 0" tui_exited
done_testing
