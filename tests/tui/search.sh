#!/bin/sh
# Screen tests: incremental search with highlight, n/N across articles,
# the & limit and clearing it, a pattern error in the prompt.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys /
tui_type ceasefire
tui_has "/ceasefire:" "search runs while typing"
tui_keys Enter
tui_wait || true
tui_keys Escape
tui_expect search-ceasefire.screen "search shows hit counts"
# The hit is drawn in another style: capture with attributes.
if tui_screen -e | grep -q "$(printf '\033')\[[0-9;]*m[Cc]easefire"; then
    ok "hits are highlighted"
else
    not_ok "hits are highlighted"
fi
tui_keys Enter n
tui_expect search-next.screen "n goes to the next hit"
tui_keys N
tui_has "/ceasefire:" "N goes back"
tui_keys q '&'
tui_type ceasefire
tui_keys Enter
tui_expect search-limit.screen "& limits the list"
tui_keys '&' Enter
tui_has "13/13 articles" "an empty & clears the limit"
tui_keys /
tui_type '(open'
tui_has "(open  " "a bad pattern shows an error in the prompt"
tui_keys Escape
tui_wait || true
tui_keys Q
check "Q quits" tui_exited
tui_done
