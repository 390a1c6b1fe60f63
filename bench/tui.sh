#!/bin/sh
# bench/tui.sh [CORPUS]: time the interface in a detached tmux.  The first
# run warms the catalogue and the index; the second is measured: time to
# the first screen, key press to redrawn screen (j, G, g, Enter, Space, q),
# and a search typed at the prompt (search and redraw after the pause).
# Figures come from DEMARCHE_TUI_LOG, written by the program itself.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${DEMARCHE:-$top/src/demarche}
corpus=${1:-$top/../shared/corpora/bulk}
tmp=$(mktemp -d)
sock=demarche-bench-$$
trap 'tmux -L $sock kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state \
    XDG_CONFIG_HOME=$tmp/config HOME=$tmp LC_ALL=C.UTF-8
run() {
    log=$1
    tmux -L $sock -f /dev/null new -d -x 160 -y 50 \
        "env TERM=screen-256color DEMARCHE_TUI_LOG=$log '$bin' '$corpus'"
    i=0
    while ! grep -q first-screen "$log" 2>/dev/null && [ $i -lt 600 ]; do
        sleep 0.1; i=$((i + 1))
    done
    for k in j j j j j j j j j j G g Enter Space Space Space q; do
        tmux -L $sock send-keys "$k"; sleep 0.05
    done
    tmux -L $sock send-keys /; sleep 0.1
    tmux -L $sock send-keys -l ceasefire; sleep 3
    tmux -L $sock send-keys Enter; sleep 1
    tmux -L $sock send-keys Q; sleep 0.5
    tmux -L $sock kill-server 2>/dev/null || true
}
"$bin" index "$corpus" >/dev/null 2>&1 || true
run "$tmp/warm.log"
run "$tmp/log"
n=$("$bin" list "$corpus" 2>/dev/null | wc -l)
echo "corpus: $corpus ($n articles)"
grep first-screen "$tmp/log" | sed 's/^/  /'
grep key-to-screen "$tmp/log" | awk '{ print $2 }' | sort -n | awk '
    { v[NR] = $1 } END { printf "  key to screen: %d screens, " \
    "median %.2f ms, max %.2f ms\n", NR, v[int((NR + 1) / 2)], v[NR] }'
echo "  last screens (the search after the pause, then Enter):"
grep key-to-screen "$tmp/log" | tail -3 | sed 's/^/    /'
