#!/bin/sh
# Screen tests: the marks survive a dying terminal.  Marks are written
# within a second of the change and on SIGHUP and SIGTERM; a kill -9 a
# second after a change leaves a whole file holding it; two programs on
# one corpus merge their marks; Ctrl-C and Ctrl-\ in the manual viewer
# are the viewer's, not demarche's.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init
state=$XDG_STATE_HOME/demarche/state

# The pid of demarche in window WIN (default the first) of the server.
tui_pid() {
    _sh=$("$TMUX_BIN" -L "$tui_socket" display-message -p -t "${1:-:0}" \
        '#{pane_pid}')
    pgrep -P "$_sh" -x demarche | head -1
}

# A whole state file: the magic line first, a newline at the end.
state_whole() {
    [ "$(head -1 "$state")" = "demarche-state 1" ] &&
        [ "$(tail -c1 "$state" | od -An -c | tr -d ' ')" = '\n' ]
}

for sig in HUP TERM; do
    rm -f "$state"
    tui_start "$SAMPLES"
    tui_wait "articles" || true
    tui_keys s j r j s
    tui_wait || true
    pid=$(tui_pid)
    kill -$sig "$pid"
    check "SIG$sig ends the program" tui_wait "exit status"
    check "SIG$sig: marks written" sh -c \
        "[ \$(grep -c '^star ' '$state') -eq 2 ] && grep -q '^read ' '$state'"
    tui_start "$SAMPLES"
    tui_wait "articles" || true
    tui_keys g
    tui_expect session-after-$sig.screen "SIG$sig: the marks after a restart"
    tui_keys Q
    tui_exited || true
done

# kill -9 a second after a change: the file is whole and holds it.
rm -f "$state"
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys j j s
tui_wait || true
sleep 1.2
kill -9 "$(tui_pid)"
tui_wait "exit status" || true
check "kill -9 a second after a star: the file is whole" state_whole
check "kill -9 a second after a star: the star is in it" \
    grep -q '^star ' "$state"

# Two programs on one corpus: each keeps the other's marks.
rm -f "$state"
tui_start "$SAMPLES"
tui_wait "articles" || true
"$TMUX_BIN" -L "$tui_socket" new-window -d "env TERM=screen-256color \
    LC_ALL=C.UTF-8 TZ=UTC '$DEMARCHE' '$SAMPLES' 2>/dev/null; \
    echo \"exit status \$?\"; sleep 30"
sleep 1
tui_keys s
"$TMUX_BIN" -L "$tui_socket" send-keys -t :1 j j s
sleep 1.5
"$TMUX_BIN" -L "$tui_socket" send-keys -t :1 j j s
tui_keys j j j s
sleep 0.3
"$TMUX_BIN" -L "$tui_socket" send-keys -t :1 Q
sleep 0.5
tui_keys Q
tui_exited || true
check "two programs: all four stars kept" sh -c \
    "[ \$(grep -c '^star ' '$state') -eq 4 ]"
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys g
tui_expect session-merged.screen "two programs: the merged marks on screen"
tui_keys Q
tui_exited || true

# Ctrl-C and Ctrl-\ in the manual viewer do not end demarche.
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys s F1
tui_wait "DEMARCHE" || true
tui_keys C-c C-'\' q
check "Ctrl-C in the viewer: demarche goes on" tui_wait "[1 Articles]"
tui_keys Q
check "Q quits after the viewer" tui_exited
done_testing
