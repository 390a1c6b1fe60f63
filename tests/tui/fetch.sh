#!/bin/sh
# Screen tests: R fetches the feeds file's feeds in the background, into
# the corpus folder shown, from a local HTTP server (tests/web/server.py
# on 127.0.0.1, started and stopped here; nothing reaches any other
# address).  Keys keep working meanwhile; a second R and Esc leave it
# running; at the end the new articles are listed unread, the selection
# kept, and the summary counts the feed that failed; a limit and a search
# set before it stay.  Quitting during a fetch stops it cleanly.  A corpus that is no folder is not fetched into.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "1..0 # SKIP no python3"; exit 0; }
tui_init
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
WEB=$top_srcdir/tests/web
"$PY" "$WEB/server.py" "$WEB/fixtures" "$tui_tmp/port" "$tui_tmp/log" \
    2>"$tui_tmp/server.err" &
server=$!
trap 'kill $server 2>/dev/null; tui_cleanup' EXIT
i=0
while [ ! -s "$tui_tmp/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$tui_tmp/port" ] || { echo "Bail out! the test server did not start"; exit 1; }
B="http://127.0.0.1:$(cat "$tui_tmp/port")"
tui_filter="s|127\.0\.0\.1:[0-9]*|127.0.0.1:PORT|g"

C=$tui_tmp/c
mkdir -p "$C" "$XDG_CONFIG_HOME/demarche"
cp "$SAMPLES"/* "$C/"
feeds() { printf '%s\n' "$@" > "$XDG_CONFIG_HOME/demarche/feeds"; }
# The feed answers after a second: time to press keys while it runs.
feeds "$B/slow/1/rss.xml \"~Example Courier\"" "$B/status/404"

tui_start -x 120 -y 30 "$C"
tui_wait "13/13 articles" || true
tui_keys G A
tui_has "marked 13 articles read" "every article is read before the fetch"
tui_keys R
tui_has "fetch: " "R starts a fetch, its progress in the status bar"
tui_keys R
tui_has "a fetch is already running" "a second R says one is running"
tui_keys Escape
tui_has "the fetch goes on" "Esc leaves it running, and says so"
tui_keys s
tui_has "16/16 articles" "at its end the corpus is reloaded"
tui_has "fetch done: 2 feeds, 1 failed; 3 new articles" \
    "the summary counts the new articles and the feed that failed"
tui_has "status/404': HTTP 404" "and names the failure"
tui_expect fetch-done.screen \
    "the new articles are listed as new, the selection kept"
check "the articles were written into the corpus folder" \
    test "$(find "$C" -name '*.md' | wc -l | tr -d ' ')" -ge 4
tui_keys Q
check "Q quits after the fetch" tui_exited
check "the star set during the fetch is saved after it" \
    grep -q '^star ' "$XDG_STATE_HOME/demarche/state"

# Quitting while a fetch runs stops it: no child left, nothing half written.
rm -rf "$C/example-courier" "$XDG_STATE_HOME/demarche/fetch-state"
feeds "$B/slow/3/rss.xml"
tui_start -x 100 -y 20 "$C"
tui_wait "13/13 articles" || true
tui_keys R
tui_has "fetch: " "a slow fetch runs"
tui_keys Q
check "Q quits while it runs" tui_exited
check "and says the fetch was stopped" grep -q "the fetch was stopped" \
    "$tui_tmp/stderr"
sleep 0.2
check "no fetch is left running" sh -c \
    "! ps -eo args | grep -F -- 'fetch --into $C' | grep -v grep"
check "no temporary file is left" test -z "$(find "$C" -name '*.tmp*')"

# The limit and the search outlive the reload a fetch makes: evaluated
# again on the articles now there, as after :reload (reload.sh).
rm -rf "$C/example-courier" "$XDG_STATE_HOME/demarche/fetch-state"
feeds "$B/slow/1/rss.xml \"~Example Courier\""
tui_start -x 120 -y 30 "$C"
tui_wait "13/13 articles" || true
tui_keys '&'
tui_type ceasefire
tui_keys Enter
tui_wait || true
tui_keys /
tui_type truce
tui_keys Enter
tui_wait || true
tui_keys R
tui_has "fetch done: " "a fetch under a limit and a search ends"
check "the limit stays: fewer than the 16 articles listed" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p |
        grep -qE ' ([0-9]|1[0-5])/16 articles'"
tui_has "/truce" "and the search stays"
tui_keys Q
check "Q quits" tui_exited

# Only a folder one can write into is fetched into.
tui_start -x 100 -y 20 "$C/$(ls "$C" | head -1)"
tui_wait "articles" || true
tui_keys R
tui_has "is not a folder: R fetches" \
    "a corpus of one file is not fetched into"
tui_keys Q
tui_start -x 100 -y 20
tui_wait "articles" || true
tui_keys R
tui_has "the bundled samples are not fetched into" \
    "nor the bundled samples"
tui_keys Q
check "the log holds only local requests" \
    test -n "$(grep 'rss.xml' "$tui_tmp/log")"
done_testing
