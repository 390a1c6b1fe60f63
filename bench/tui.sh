#!/bin/sh
# bench/tui.sh [CORPUS]: time the interface in a detached tmux, from the
# figures the program itself writes to DEMARCHE_TUI_LOG:
#
#   corpus-open     start to the corpus open: from the catalogue alone
#                   when there is one, else walked and read
#   first-screen    start to the first screen drawn
#   corpus-screen   start to the screen of the corpus opened for real
#                   (walked, changed files read), after a first screen
#                   from the catalogue; keys typed meanwhile wait
#   key-to-screen   a key press to the redrawn screen: moving (j, G, g,
#                   Enter, Space, q), then each key of a search typed one
#                   character at a time
#   search-partial  a key press to the screen showing what the search
#                   found so far (drawn when it takes longer than 60 ms)
#   panes           the first switch to the actors and positions panes
#                   (their first screen: the analysis of the whole corpus
#                   goes on in the background), then how long the
#                   analysis took to fill them in (actors-filled,
#                   positions-filled: from its start)
#   limit           with PANES: a limit set on the positions pane (Enter
#                   to its screen, the matrix recounted), then each pane
#                   shown under it, then the limit cleared
#
# With BENCH_CACHE unset, a first run warms the catalogue and the index in
# a temporary cache and a second is measured (the analysis panes then
# start cold).  With BENCH_CACHE=DIR, DIR is the XDG cache already warmed
# (list, index, actors, positions), and one run is measured.  For the
# 100,000-article figures of issue 7, let bench/scale make and warm the
# corpus, then point this at it:
#
#   SCALE_ONLY=big SCALE_STEPS="list-cold index actors positions" \
#       bench/scale -k
#   BENCH_CACHE=/tmp/demarche-scale/cache-big bench/tui.sh \
#       /tmp/demarche-scale/big
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${DEMARCHE:-$top/src/demarche}
corpus=${1:-$top/../shared/corpora/bulk}
tmp=$(mktemp -d)
sock=demarche-bench-$$
trap 'tmux -L $sock kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=${BENCH_CACHE:-$tmp/cache} XDG_STATE_HOME=$tmp/state \
    XDG_CONFIG_HOME=$tmp/config HOME=$tmp LC_ALL=C.UTF-8 TZ=UTC
send() {
    for k in "$@"; do tmux -L $sock send-keys "$k"; sleep 0.15; done
}
# type TEXT: one character at a time, with a pause after each.
type_slowly() {
    s=$1
    while [ -n "$s" ]; do
        c=${s%"${s#?}"}
        s=${s#?}
        tmux -L $sock send-keys -l "$c"
        sleep 0.6
    done
}
wait_for() {
    i=0
    while ! grep -q "$1" "$log" 2>/dev/null && [ $i -lt "${2:-600}" ]; do
        sleep 0.1; i=$((i + 1))
    done
}
run() {
    log=$1
    tmux -L $sock -f /dev/null new -d -x 160 -y 50 \
        "env TERM=screen-256color DEMARCHE_TUI_LOG=$log '$bin' '$corpus'"
    wait_for first-screen
    wait_for corpus-screen 30
    send j j j j j j j j j j G g Enter Space Space Space q
    echo mark-moves >> "$log"
    send /
    type_slowly ceasefire
    send Enter
    sleep 0.5
    send /
    type_slowly Zaporizhzhia
    send Enter
    sleep 0.5
    echo mark-search >> "$log"
    if [ -n "$PANES" ]; then
        n=$(grep -c . "$log")   # wait for the pane, 10 minutes at most
        send 3
        i=0
        while [ "$(grep -c . "$log")" -le "$n" ] && [ $i -lt 6000 ]; do
            sleep 0.1; i=$((i + 1))
        done
        wait_for actors-filled 6000
        echo mark-actors >> "$log"
        n=$(grep -c . "$log")
        send 4
        i=0
        while [ "$(grep -c . "$log")" -le "$n" ] && [ $i -lt 6000 ]; do
            sleep 0.1; i=$((i + 1))
        done
        wait_for positions-filled 6000
        echo mark-positions >> "$log"
        send :
        tmux -L $sock send-keys -l "limit ~d 2022-03-01..2022-05-31"
        sleep 0.3
        send Enter
        sleep 1
        echo mark-limit >> "$log"
        send 3 1 4 :
        tmux -L $sock send-keys -l "limit"
        send Enter
        sleep 1
        echo mark-limit-panes >> "$log"
    fi
    send Q
    sleep 0.5
    tmux -L $sock kill-server 2>/dev/null || true
}
stats() {
    awk '{ print $2 }' | sort -n | awk -v what="$1" '
        { v[NR] = $1 } END { if (NR == 0) exit;
        printf "  %-28s %3d screens, median %8.2f ms, max %8.2f ms\n",
        what, NR, v[int((NR + 1) / 2)], v[NR] }'
}
if [ -z "$BENCH_CACHE" ]; then
    "$bin" index "$corpus" >/dev/null 2>&1 || true
    run "$tmp/warm.log"
fi
run "$tmp/log"
n=$("$bin" list "$corpus" 2>/dev/null | wc -l)
echo "corpus: $corpus ($n articles)${BENCH_CACHE:+, cache $BENCH_CACHE}"
grep -E '^(corpus-open|first-screen|corpus-screen)' "$tmp/log" |
    sed 's/^/  /'
sed -n '/first-screen/,/mark-moves/p' "$tmp/log" | grep key-to-screen |
    stats "moving (key to screen)"
sed -n '/mark-moves/,/mark-search/p' "$tmp/log" | grep search-partial |
    stats "search, results so far"
sed -n '/mark-moves/,/mark-search/p' "$tmp/log" | grep key-to-screen |
    stats "search typed (key to screen)"
if [ -n "$PANES" ]; then
    sed -n '/mark-search/,/mark-actors/p' "$tmp/log" | grep key-to-screen |
        tail -1 | sed 's/^key-to-screen/  actors pane, first switch:/'
    sed -n '/mark-actors/,/mark-positions/p' "$tmp/log" |
        grep key-to-screen | tail -1 |
        sed 's/^key-to-screen/  positions pane, first switch:/'
    grep -E '^(actors|positions)-filled' "$tmp/log" | sed 's/^/  /'
    sed -n '/mark-positions/,/mark-limit$/p' "$tmp/log" |
        grep key-to-screen | tail -1 |
        sed 's/^key-to-screen/  limit set (Enter to the matrix):/'
    sed -n '/mark-limit$/,/mark-limit-panes/p' "$tmp/log" |
        grep key-to-screen | stats "under the limit: 3, 1, 4, clear"
fi
echo "  the search, key by key (p: results so far, then the full screen; ms):"
sed -n '/mark-moves/,/mark-search/p' "$tmp/log" | grep -v mark | awk '
    { printf "%s%s%.0f", sep, $1 == "search-partial" ? "p" : "", $2;
    sep = $1 == "search-partial" ? " " : ", " } END { print "" }' |
    fold -s -w 72 | sed 's/^/    /'
