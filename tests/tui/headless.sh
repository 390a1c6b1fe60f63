#!/bin/sh
# Headless runs (DEMARCHE_TUI_SCRIPT): keys from a script, screens dumped
# as text, no terminal and no tmux.  A dump must be the very screen that
# tmux captured for the stored screens of the other tests; the search
# prompt's pause, resizing, and a bad script are checked too.  The panes'
# screens come from the screen tests' own data and corpus (tui_fixed).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"

case $DEMARCHE in /*) ;; *) DEMARCHE=$(pwd)/$DEMARCHE;; esac
case $SCREENS in /*) ;; *) SCREENS=$(pwd)/$SCREENS;; esac
case $SAMPLES in /*) ;; *) SAMPLES=$(pwd)/$SAMPLES;; esac
case $FIXED in /*) ;; *) FIXED=$(pwd)/$FIXED;; esac
if ! [ -x "$DEMARCHE" ]; then
    echo "1..0 # SKIP no demarche binary at $DEMARCHE"; exit 0
fi
hl=$(mktemp -d "${TMPDIR:-/tmp}/demarche-headless.XXXXXX") || exit 99
trap 'rm -rf "$hl"' EXIT
trap 'exit 1' HUP INT TERM
HOME=$hl/home XDG_CACHE_HOME=$hl/cache XDG_CONFIG_HOME=$hl/config
XDG_STATE_HOME=$hl/state
export HOME XDG_CACHE_HOME XDG_CONFIG_HOME XDG_STATE_HOME
mkdir -p "$HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME"
unset DEMARCHE_CORPUS DEMARCHE_DATADIR NO_COLOR TMUX DEMARCHE_TUI_LOG

# run NAME SIZE [DATADIR]: run the script $hl/NAME (from stdin) at SIZE,
# from a fresh state, on the samples, or on DATADIR's samples with its
# dictionaries; its dumps land in $hl.
run() {
    cat > "$hl/$1"
    rm -rf "$XDG_STATE_HOME"/*
    (cd "$hl" && corpus=$SAMPLES &&
        if [ -n "${3:-}" ]; then
            DEMARCHE_DATADIR=$3 corpus=$3/samples
            export DEMARCHE_DATADIR
        fi &&
        DEMARCHE_TUI_SCRIPT=$1 DEMARCHE_TUI_SIZE=$2 \
        "$DEMARCHE" "$corpus" </dev/null >"$hl/$1.out" 2>"$hl/$1.err")
    rc=$?
    echo $rc > "$hl/$1.rc"
    return $rc
}

# same DUMP SCREEN DESCRIPTION: the dump is the stored tmux screen.
same() {
    if cmp -s "$hl/$1" "$SCREENS/$2"; then
        ok 0 "$3"
    else
        ok 1 "$3"
        diff -u "$SCREENS/$2" "$hl/$1" 2>&1 | sed 's/^/# /' | head -20
    fi
}

run basic 120x40 <<'EOF'
dump start
j j j
dump moved
k G g Enter
dump reader
Space z
dump maximised
z q 1 ?
dump help
Q
EOF
check "a script runs to the end" test $? -eq 0
same start basic-start.screen "start-up: the screen tmux shows"
same moved basic-moved.screen "j: the screen tmux shows"
same reader basic-reader.screen "Enter: the screen tmux shows"
same maximised basic-maximised.screen "z: the screen tmux shows"
same help basic-help.screen "?: the screen tmux shows"

run search 120x40 <<'EOF'
/
type ceasefire
Enter
Escape
dump ceasefire
Enter n
dump next
EOF
same ceasefire search-ceasefire.screen "a search: the screen tmux shows"
same next search-next.screen "n: the screen tmux shows"

run panes 120x40 "$FIXED" <<'EOF'
3
j
dump actors
4
dump matrix
l l Enter
dump cell
q d
type USA RUS
Enter
dump diff
q d
type UKR EUR
Enter
q t Enter
dump time
EOF
same actors panes-actors.screen "actors pane: the screen tmux shows"
same matrix panes-matrix.screen "the matrix: the screen tmux shows"
same cell panes-cell.screen "a cell's evidence: the screen tmux shows"
same diff panes-diff.screen "the diff: the screen tmux shows"
same time panes-time.screen "the time view: the screen tmux shows"

# The search prompt: a pattern with no trigram waits for the pause.
mkdir -p "$XDG_CONFIG_HOME/demarche"
echo 'set search-delay 10000' > "$XDG_CONFIG_HOME/demarche/config"
run pause 120x40 <<'EOF'
/
type cea
dump typed-cea
C-u
type ce
dump typed-ce
pause
dump paused
EOF
check "an indexed pattern is searched at the keystroke" \
    grep -q '/cea: ' "$hl/typed-cea"
check "a full-scan pattern is not searched before the pause" \
    sh -c "! grep -q '/ce: ' '$hl/typed-ce'"
check "... and is after it" grep -q '/ce: ' "$hl/paused"
rm -f "$XDG_CONFIG_HOME/demarche/config"

run resize 120x40 <<'EOF'
Enter
resize 20 6
dump tiny
resize 120 40
dump back
EOF
check "resized to 20x6: six lines" test "$(wc -l < "$hl/tiny")" -eq 6
narrow() {
    while IFS= read -r l; do
        [ "$(printf '%s' "$l" | wc -m)" -le "$1" ] || return 1
    done < "$2"
}
check "resized to 20x6: no line wider than 20 columns" narrow 20 "$hl/tiny"
check "back to 120x40: forty lines" test "$(wc -l < "$hl/back")" -eq 40

run bad 80x24 <<'EOF'
j
no-such-key
EOF
rc=$?
check "a bad script fails" test "$rc" -ne 0
check "... naming its line" grep -q "script:2: unknown key 'no-such-key'" \
    "$hl/bad.err"
DEMARCHE_TUI_SCRIPT=$hl/missing "$DEMARCHE" "$SAMPLES" </dev/null \
    >/dev/null 2>"$hl/missing.err"
check "a missing script is an error" grep -q "script: cannot" \
    "$hl/missing.err"
# Every good script ran cleanly (no sanitizer report either).
clean() {
    for f in basic search panes pause resize; do
        [ "$(cat "$hl/$f.rc")" = 0 ] && ! [ -s "$hl/$f.err" ] || {
            sed "s/^/# $f: /" "$hl/$f.err" | head -20; return 1; }
    done
}
check "every good script exits 0 with nothing on stderr" clean
done_testing
