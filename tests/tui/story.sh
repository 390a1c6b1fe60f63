#!/bin/sh
# Screen tests: working through a story from the interface alone.  "What
# did each side say about security guarantees in spring 2022?": limit to
# the dates, open the positions pane, list the evidence of the row (whole
# sentences with date, source, language and speaker), open one at its
# sentence (highlighted), come back with q to the evidence where it was,
# explain it (x), reject it (!) and restore it, with the rejection kept
# in the state file and listed by `positions --rejected`.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys l
tui_has "limit:" "l opens the limit prompt"
tui_type "~d 2022-03-01..2022-05-31"
tui_keys Enter
tui_has "2/13 articles  limit: ~d 2022-03-01..2022-05-31" \
    "the status line shows the limit and the counts"
tui_keys 4
tui_wait "[4 Positions]" || true
tui_expect story-matrix.screen "the matrix counts the limited articles only"
tui_keys j j j j j j Enter
tui_has "evidence: security_guarantees (1)" "the row's evidence"
tui_expect story-evidence.screen \
    "evidence: whole sentences with date, source, language and speaker"
tui_keys Enter
tui_has "[2 Reader]" "Enter opens the article"
check "at the sentence, on the reader's first line" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p | sed -n 2p |
        grep -q '│ Davyd Arakhamia, who heads'"
check "the sentence highlighted" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p -e | sed -n 2p |
        grep -q '\[7m *Davyd Arakhamia'"
tui_keys q
tui_expect story-evidence.screen "q returns to the evidence where it was"
tui_keys x
tui_expect story-explain.screen "x explains the selected evidence"
tui_keys '!'
tui_has "evidence rejected" "! rejects it"
tui_expect story-rejected.screen \
    "rejected: out of the matrix, kept in the list as rejected"
tui_wait || true
sleep 1.2
check "the rejection is in the state file" grep -q \
    '^reject [0-9a-f]\{16\} security_guarantees UKR 2022-03-29-istanbul' \
    "$XDG_STATE_HOME/demarche/state"
"$DEMARCHE" positions --rejected "$SAMPLES" >"$tui_tmp/rejected" 2>&1
check "positions --rejected lists it" sh -c \
    "grep -c '^UKR  support security_guarantees' '$tui_tmp/rejected' |
        grep -qx 1 && [ \$(grep -vc '^	' '$tui_tmp/rejected') -eq 1 ]"
"$DEMARCHE" diff --matrix --limit '~d 2022-03..2022-05' "$SAMPLES" \
    >"$tui_tmp/matrix" 2>&1
check "diff --matrix leaves it out" sh -c \
    "grep -q '^security_guarantees *\$' '$tui_tmp/matrix'"
tui_keys '!'
tui_has "evidence restored" "! again restores it"
tui_expect story-restored.screen "restored: back in the matrix"
tui_keys y
tui_has "copied to $XDG_STATE_HOME/demarche/clippings" \
    "y copies the evidence (no copy command: the clippings file)"
check "the clipping cites sentence, speaker, title, source, date, URL" \
    sh -c "grep -q '^\"Davyd Arakhamia, who heads' \
        '$XDG_STATE_HOME/demarche/clippings' &&
        grep -q '^  Ukraine (UKR, support on security_guarantees)\$' \
        '$XDG_STATE_HOME/demarche/clippings' &&
        grep -q '^  Ukraine offers neutrality.*, no source, 2022-03-29\$' \
        '$XDG_STATE_HOME/demarche/clippings'"

# The interface and the command line give the same articles for the same
# expression (marks included: the star set here is read from the state).
tui_keys 1 j s
expr='(~a Putin | ~l uk | ~F) !~d 2014..2019'
tui_keys l
tui_type "$expr"
tui_keys Enter
tui_has "limit: $expr" "a limit with every kind of operator"
sleep 1.2
tui_screen | sed -n 's/^[ >][ N][ *] \([0-9-]\{10\}\) .*/\1/p' \
    >"$tui_tmp/tui-dates"
"$DEMARCHE" list --limit "$expr" "$SAMPLES" | cut -f2 >"$tui_tmp/cli-dates"
check "the command line gives the articles the interface lists" sh -c \
    "[ -s '$tui_tmp/cli-dates' ] && cmp -s '$tui_tmp/tui-dates' \
        '$tui_tmp/cli-dates'"
tui_keys Q
check "Q quits" tui_exited
tui_done
