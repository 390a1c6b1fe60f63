#!/bin/sh
# Screen tests: the staples of mutt and newsboat.  S sorts the list (the
# order kept across a restart), o hands the URL to $BROWSER as one
# argument, | pipes the article to a command, / in the actors pane
# searches that list in any script, a key bound to nothing says so, and
# with "set mouse on" a click selects and the wheel scrolls.  The two
# screens of the actors pane come from the screen tests' own frozen data
# and corpus (tui_fixed), the rest from the samples.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

# S: date, title, source, hits, unread; kept in the state file.
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys j Enter q g S
tui_has "sorted by title" "S sorts by title"
tui_expect staples-sort-title.screen "the list by title"
tui_keys S S S
tui_has "sorted by unread" "S again: source, hits, unread first"
tui_expect staples-sort-unread.screen "unread first: the read one last"
tui_keys Q
tui_exited || true
tui_start "$SAMPLES"
tui_has "by unread" "the order is kept across a restart"
tui_keys S
tui_has "sorted by date" "S comes back to the date"
tui_keys Q
tui_exited || true

# o: the URL as an argument of its own; | the article on stdin.
cat > "$tui_tmp/browser" <<EOS
#!/bin/sh
printf '%s\n' "\$#" "\$@" > "$tui_tmp/opened"
EOS
chmod +x "$tui_tmp/browser"
TUI_ENV="BROWSER='$tui_tmp/browser --new-tab'"
tui_start "$SAMPLES"
TUI_ENV=
tui_wait "articles" || true
tui_keys g o
tui_wait "[1 Articles]" || true
sleep 0.3
check "o runs \$BROWSER with its words and the URL" sh -c \
    "[ \"\$(cat '$tui_tmp/opened' | tr '\n' ' ')\" = \
'2 --new-tab https://example.org/world/2014/09/05/minsk-protocol-truce ' ]"
tui_keys '|'
tui_has "pipe the article to:" "| asks for a command"
tui_type "wc -c > '$tui_tmp/piped'; cat > '$tui_tmp/copy' < /dev/null"
tui_keys Enter
tui_has "press Enter to go back" "the command runs in the terminal"
tui_keys Enter
tui_wait "[1 Articles]" || true
check "| gives the article on standard input" sh -c \
    "[ \$(cat '$tui_tmp/piped') -eq \$(wc -c < \
'$SAMPLES/2014-09-05-minsk-protocol-truce.txt') ]"

# A key bound to nothing.
tui_keys X
tui_has "X is not bound (? lists the keys)" "an unbound key says so"
tui_expect staples-unbound.screen "the unbound key's message"
tui_keys Q
tui_exited || true

# / in the actors pane: that list, names and aliases, any script.
tui_fixed
tui_start "$FIXED/samples"
tui_wait "articles" || true
tui_keys 3
tui_wait "[3 Actors]" || true
tui_keys /
tui_has "find actor:" "/ in the actors pane asks for an actor"
tui_type "верин"
tui_keys Enter
tui_has "/верин: hit 1/1, actor " "an alias in Cyrillic finds Oleg Verin"
tui_has ">RUS  person     7 Oleg Verin" "the hit is selected"
tui_expect staples-actors-find.screen "the actors search: stored screen"
tui_keys g /
tui_type "rus"
tui_keys Enter
tui_has "/rus: hit 1/2, actor " "from the top, a part of a name finds Russia"
tui_keys n
tui_has "/rus: hit 2/2, actor " "n goes to the next hit"
tui_has ">EUR  place      1 Brussels" "... Brussels"
tui_keys Q
check "Q quits" tui_exited

# The mouse, when asked for.
rm -f "$XDG_STATE_HOME/demarche/state"
mkdir -p "$XDG_CONFIG_HOME/demarche"
printf 'set mouse on\n' > "$XDG_CONFIG_HOME/demarche/config"
tui_start "$FIXED/samples"
tui_wait "articles" || true
# X10 reports: ESC [ M, then 32 + button, 32 + column, 32 + row (1-based).
mouse() { "$TMUX_BIN" -L "$tui_socket" send-keys -H 1b 5b 4d "$@"; }
mouse 20 23 26
mouse 23 23 26
tui_has ">N  2022-10-04" "a click selects the article under it"
mouse 61 23 26
tui_has " 8/10" "the wheel scrolls the list"
mouse 20 3a 21
mouse 23 3a 21
tui_has "[3 Actors]" "a click on the pane bar switches panes"
tui_expect staples-mouse.screen "the actors pane, chosen by a click"
tui_keys Q
check "Q quits" tui_exited
done_testing
