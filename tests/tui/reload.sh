#!/bin/sh
# Screen tests: the corpus changing under the interface.  A start with a
# catalogue draws its first screen from the catalogue alone, then opens
# the corpus for real: what changed since must show.  ':reload' after
# files went away drops the analyses of the old corpus (their mentions
# point into articles by number), and the panes keep working.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

C=$tui_tmp/c
mkdir -p "$C"
cp "$SAMPLES"/* "$C/"
"$DEMARCHE" list "$C" >/dev/null 2>&1
check "a catalogue was saved" test -n "$(ls "$XDG_CACHE_HOME"/demarche/*.catalog)"
first=$(ls "$C" | head -1)
sed -i '1s/.*/Title: A headline rewritten after the catalogue/' "$C/$first"
rm "$C/$(ls "$C" | sed -n 2p)"

tui_start "$C"
tui_has "A headline rewritten after the catalogue" \
    "a start from the catalogue shows the corpus as it is now"
tui_has "12 articles" "and counts the article removed since"

tui_keys 3
tui_has "Putin" "the actors pane loads"
for f in $(ls "$C" | sed -n '2,9p'); do rm "$C/$f"; done
tui_keys :
tui_type reload
tui_keys Enter
tui_has "4 articles" ":reload sees the files removed"
tui_keys 3 j j j j j j j j j G
tui_wait || true
tui_keys 1 G Enter
tui_wait || true
tui_keys Q
check "Q quits cleanly after the reload" tui_exited

# The limit and the search outlive a reload (:reload, or the one a fetch
# makes): they are evaluated again on the articles now there.
cp "$SAMPLES"/* "$C/"
tui_start "$C"
tui_wait "articles" || true
tui_keys '&'
tui_type ceasefire
tui_keys Enter
tui_wait || true
n=$(tui_screen | sed -n 's/.* \([0-9]*\)\/13 articles.*/\1/p' | head -1)
check "a limit on a word keeps some of the 13 articles" \
    test -n "$n" -a "${n:-0}" -lt 13
tui_keys /
tui_type truce
tui_keys Enter
tui_wait || true
tui_keys Escape
rm "$C/$(ls "$C" | head -1)"
tui_keys :
tui_type reload
tui_keys Enter
tui_has "/12 articles" ":reload sees the file removed"
check "the limit stays: fewer than the 12 articles listed" sh -c \
    "'$TMUX_BIN' -L '$tui_socket' capture-pane -p |
        grep -qE ' ([0-9]|1[01])/12 articles'"
tui_keys n
tui_has "/truce" "the search stays: n goes on to its next hit"
tui_keys Q
check "Q quits" tui_exited
done_testing
