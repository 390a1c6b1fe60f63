#!/bin/sh
# Screen tests: incremental search with highlight, n/N across articles,
# the & limit and clearing it, a pattern error in the prompt; what is
# searched at each keystroke and what waits for a pause.
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
    ok 0 "hits are highlighted"
else
    ok 1 "hits are highlighted"
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

# Incremental search with a 10 s pause: a pattern the index answers is
# searched at each keystroke; one that needs a full scan ('ce': no
# trigram) waits for the pause or Enter; an error shows at once.
mkdir -p "$XDG_CONFIG_HOME/demarche"
echo 'set search-delay 10000' > "$XDG_CONFIG_HOME/demarche/config"
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys /
tui_type cea
tui_has "/cea: " "an indexed pattern is searched at the keystroke"
tui_keys C-u
tui_type ce
sleep 1
tui_wait || true
if tui_screen | grep -q '/ce: '; then
    ok 1 "a full-scan pattern waits for a pause"
else
    ok 0 "a full-scan pattern waits for a pause"
fi
tui_keys Enter
tui_has "/ce: " "Enter searches it"
tui_keys /
tui_type 'talks|(cea'
tui_has "missing closing parenthesis" "an error shows at once"
tui_keys Escape Q
check "Q quits" tui_exited
done_testing
