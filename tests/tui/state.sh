#!/bin/sh
# Screen tests: read and star marks, read-all and undo, and the reading
# position, kept across a restart; a damaged state file is set aside,
# never fatal; config errors name file:line and the rest of the config
# still applies.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys Enter q j s j r j
tui_expect state-marks.screen "r and s mark articles"
tui_keys A
tui_has "marked 11 articles read" "A marks all read"
tui_keys u
tui_has "unread again" "u undoes it"
tui_keys Q
check "Q quits" tui_exited
check "state written" grep -q '^star ' "$XDG_STATE_HOME/demarche/state"

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys g
tui_expect state-marks-again.screen "marks kept across a restart"
tui_keys Q
tui_exited || true

# The reading position: the same article at the same line after a
# restart, and at the same text on a narrower terminal.
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys j j Enter C-d C-d j
tui_wait "[2 Reader]" || true
tui_screen > "$tui_tmp/reading-before"
tui_keys Q
tui_exited || true
check "reading position written" grep -q '^reading [1-9][0-9]* ' \
    "$XDG_STATE_HOME/demarche/state"
tui_start "$SAMPLES"
tui_wait "[2 Reader]" || true
tui_screen > "$tui_tmp/reading-after"
check "reading position kept across a restart" cmp -s \
    "$tui_tmp/reading-before" "$tui_tmp/reading-after"
top=$(sed -n 2p "$tui_tmp/reading-before" | sed 's/.*│ *//' | cut -c1-20)
tui_keys Q
tui_exited || true
tui_start -x 60 -y 20 "$SAMPLES"
tui_has "${top:-no text on the top line}" \
    "same text on top in a narrower terminal"
tui_keys Q
tui_exited || true

printf 'demarche-state 1\nread x\ngarbage here\n' \
    > "$XDG_STATE_HOME/demarche/state"
mkdir -p "$XDG_CONFIG_HOME/demarche"
printf 'bind J bottom\nbind K nothing\n' > "$XDG_CONFIG_HOME/demarche/config"
tui_start "$SAMPLES"
tui_has "config:2: unknown action 'nothing'" "config error names file:line"
tui_keys J
tui_has "13/13" "the rest of the config applies"
tui_keys Q
check "Q quits after a damaged state file" tui_exited
check "damaged state kept aside" sh -c \
    "ls '$XDG_STATE_HOME/demarche/' | grep -q 'state.corrupt'"
done_testing
