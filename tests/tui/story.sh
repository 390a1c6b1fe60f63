#!/bin/sh
# Screen tests: working through a story from the interface alone.  "What
# did each side say about security guarantees in spring 2022?": limit to
# the dates, open the positions pane, list the evidence of the row (whole
# sentences with date, source, language and speaker), open one at its
# sentence (highlighted), come back with q to the evidence where it was,
# explain it (x), reject it (!) and restore it, with the rejection kept
# in the state file and listed by `positions --rejected`.
#
# On the sample corpus and the shipped data, whose analysis changes as
# the rules improve: so no stored screen here (each would hold the
# matrix's counts), but the facts of the story, and counts compared with
# what the command line says for the same limit, never with a number
# written down.  The panes' stored screens are in panes.sh, on data of
# their own.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init
lim="~d 2022-03-01..2022-05-31"

# cell FILE ISSUE SIDE: ISSUE's cell under SIDE in a matrix, the command
# line's or a screen's ("" or "." when empty; the brackets of a selected
# cell dropped), found under the header's SIDE.
cell() {
    awk -v issue="$2" -v side="$3" '
        !col && /issue +USA +RUS/ {
            col = index($0, " " side) + 1
            wid = index($0, " RUS") - index($0, " USA"); next
        }
        col { r = $0; sub(/^>/, " ", r); split(r, w, " ") }
        col && w[1] == issue {
            c = substr($0, col - 1, wid); gsub(/[][]/, " ", c)
            split(c, v, " "); print (v[1] == "." ? "" : v[1]); exit
        }' "$1"
}

# minus_one CELL: a support count less one ("+2" -> "+1", "+1" -> "").
minus_one() {
    case $1 in
    +[0-9]*) [ "${1#+}" -gt 1 ] && echo "+$((${1#+} - 1))";;
    *) echo "not a support count: '$1'";;
    esac
}

# screen_cell ISSUE SIDE: the cell as the interface shows it now.
screen_cell() {
    tui_screen > "$tui_tmp/screen"
    cell "$tui_tmp/screen" "$1" "$2"
}

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys l
tui_has "limit:" "l opens the limit prompt"
tui_type "$lim"
tui_keys Enter
tui_has "2/13 articles  limit: $lim" \
    "the status line shows the limit and the counts"
tui_keys 4
tui_has "OTH       limit: $lim" "the matrix names the limit in its header"
"$DEMARCHE" diff --matrix --limit "$lim" "$SAMPLES" >"$tui_tmp/cli" 2>&1
ukr=$(cell "$tui_tmp/cli" security_guarantees UKR)
rus=$(cell "$tui_tmp/cli" security_guarantees RUS)
case $ukr in +[0-9]*) ok 0 "the command line: UKR supports guarantees ($ukr)";;
*) ok 1 "the command line: UKR supports guarantees (got '$ukr')";; esac
tui_wait " security_guarantees " || true
check "the matrix counts the limited articles only: UKR's and RUS's cells \
on guarantees are the command line's ('$ukr', '$rus')" sh -c \
    "[ \"\$1\" = '$ukr' ] && [ \"\$2\" = '$rus' ]" - \
    "$(screen_cell security_guarantees UKR)" \
    "$(screen_cell security_guarantees RUS)"
tui_keys j j j j j j Enter
tui_has "evidence: security_guarantees (" "the row's evidence"
tui_has "UKR support " "... UKR's among it"
tui_has "  2022-03-29  no source  en" "... with date, source and language"
tui_has "   Davyd Arakhamia, who heads the Ukrainian team, said Kyiv had put" \
    "... and the whole sentence"

# UKR's cell: its evidence only, Arakhamia's sentence first.
tui_keys q l l l Enter
tui_has " evidence: security_guarantees, UKR (" "Enter on UKR's cell"
tui_has ">UKR support " "... its first piece of evidence selected"
tui_wait || true
tui_screen > "$tui_tmp/evidence"
tui_keys Enter
tui_has "[2 Reader]" "Enter opens the article"
check "at the sentence, on the reader's first line" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p | sed -n 2p |
        grep -q '│ Davyd Arakhamia, who heads'"
check "the sentence highlighted" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p -e | sed -n 2p |
        grep -q '\[7m *Davyd Arakhamia'"
tui_keys q
tui_wait " evidence: security_guarantees, UKR (" || true
tui_screen > "$tui_tmp/evidence-again"
check "q returns to the evidence where it was" cmp -s "$tui_tmp/evidence" \
    "$tui_tmp/evidence-again"
tui_keys x
tui_has "trigger \"" "x explains the selected evidence: the trigger"
tui_has "side UKR from " "... and where the side came from"
tui_keys '!'
tui_has "evidence rejected (! restores it)" "! rejects it"
tui_has ">[rejected] UKR support " "... kept in the list as rejected"
less=$(minus_one "$ukr")
check "... and out of the matrix (UKR: '$less')" sh -c \
    "[ \"\$1\" = '$less' ]" - "$(screen_cell security_guarantees UKR)"
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
    "[ \"\$1\" = '$less' ]" - "$(cell "$tui_tmp/matrix" security_guarantees UKR)"
tui_keys '!'
tui_has "evidence restored" "! again restores it"
tui_has ">UKR support " "... no longer marked rejected"
check "... and back in the matrix (UKR: '$ukr')" sh -c \
    "[ \"\$1\" = '$ukr' ]" - "$(screen_cell security_guarantees UKR)"
tui_keys y
tui_has "copied to $XDG_STATE_HOME/demarche/clippings" \
    "y copies the evidence (no copy command: the clippings file)"
check "the clipping cites sentence, speaker, title, source, date, URL" \
    sh -c "grep -q '^\"Davyd Arakhamia, who heads' \
        '$XDG_STATE_HOME/demarche/clippings' &&
        grep -q '^  [^(]* (UKR, support on security_guarantees)\$' \
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
done_testing
