#!/bin/sh
# Screen tests: the actors pane (moving, profile, Enter limits the list),
# the positions pane (matrix, evidence of a row and of one cell, x
# explaining and ! rejecting a piece of it, d picking two sides, the time
# view), F1 showing the manual page and coming back to
# the same screen.  On the screen tests' own frozen data and corpus
# (tests/tui/data, whose README lists every position the stored screens
# must show), so that only a change of the interface moves them.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init
tui_fixed

# A stand-in for man(1) that records how it was called.
mkdir -p "$tui_tmp/bin"
cat > "$tui_tmp/bin/man" <<EOS
#!/bin/sh
echo "man \$*" >> "$tui_tmp/man.out"
[ "\$1" = -w ] && exit 1
[ "\$1" = -l ] && grep -c . "\$2" >> "$tui_tmp/man.out"
exit 0
EOS
chmod +x "$tui_tmp/bin/man"
TUI_ENV="PATH='$tui_tmp/bin:$PATH'"
tui_start "$FIXED/samples"
tui_wait "articles" || true
tui_keys 3
tui_wait "[3 Actors]" || true
tui_keys j
tui_has "person, side USA, 3 mentions in 3 articles" \
    "actors pane: the profile of the selected actor"
tui_has ">USA  person     3 Ellen Marsh" \
    "actors pane: the selection moves in the list, by side"
tui_expect panes-actors.screen "actors pane: stored screen"
tui_keys Enter
tui_has "limit: ~a \"Ellen Marsh\"" "Enter on an actor limits the articles"
tui_has "3/10 articles" "... to the three that name her"
tui_keys '&' Enter 4
tui_wait "[4 Positions]" || true
tui_has " issue                  USA     RUS     UKR     EUR     OTH" \
    "positions pane: the matrix of issues and sides"
tui_has ">ceasefire " "positions pane: the first issue selected"
tui_expect panes-matrix.screen "positions pane: stored matrix"
tui_keys Enter
tui_has "evidence 1/" "Enter lists the evidence"
tui_keys Enter
tui_has "[2 Reader]" "Enter on evidence opens the article"

# Enter on one cell: only that side's evidence.
tui_keys 4 q l l
tui_wait "evidence" || true
check "l moves to a cell, shown in brackets" \
    sh -c "'$TMUX_BIN' -L '$tui_socket' capture-pane -p |
        grep -q '^ *>ceasefire  *[^[]*[[][-+±][0-9]'"
tui_keys Enter
tui_has " evidence: ceasefire, RUS (" "Enter on a cell lists its evidence"
tui_expect panes-cell.screen "the cell's evidence: stored screen"
# Every evidence line (under the bar) is one of RUS.
only_side() {
    tui_screen | sed -n '/^ evidence: /,$p' | sed 1d |
        grep -E '^[ >][A-Z]{3} ' | grep -vE "^[ >]$1 " | grep -q . &&
        return 1
    tui_screen | sed -n '/^ evidence: /,$p' | grep -qE "^[ >]$1 "
}
check "a cell lists the evidence of its side only" only_side RUS
# x explains the selected evidence; ! rejects it: out of the cell's
# count, kept at the end of the list, the selection on the next one;
# ! on it again restores it.
tui_keys x
tui_has "     holder " "x explains the selected evidence"
tui_expect panes-explain.screen "the explanation: stored screen"
tui_keys '!'
tui_has "evidence rejected (! restores it)" "! rejects the evidence"
tui_expect panes-rejected.screen "the rejected evidence: stored screen"
tui_keys j '!'
tui_has "evidence restored" "! on it again restores it"
tui_has ">ceasefire              ±1/1   [±1/1]" "... back in the cell's count"
tui_keys x g
tui_keys j Enter
tui_has "[2 Reader]" "Enter on a cell's evidence opens the article"
tui_keys 4 q h h h
tui_has ">ceasefire              ±" "h goes back to the issue"
tui_keys Enter
tui_screen | grep -qE '^[ >]USA ' && tui_screen | grep -qE '^[ >]RUS ' &&
    ok 0 "the row's evidence holds several sides" ||
    ok 1 "the row's evidence holds several sides"

# d picks the two sides; Enter on the second column lists its evidence.
tui_keys q d
tui_has "sides (two, e.g. USA RUS):" "d asks for two sides"
tui_type "USA RUS"
tui_keys Enter
tui_has " issue                  USA      RUS      relation" \
    "d shows the diff of two sides"
tui_expect panes-diff.screen "the diff: stored screen"
tui_keys l l Enter
tui_has " evidence: ceasefire, RUS (" "Enter on the diff's second cell"
check "the diff's cell lists one side only" only_side RUS
tui_keys q q d
tui_type "UKR EUR"
tui_keys Enter
tui_has " issue                  UKR      EUR      relation" \
    "d picks two other sides"
tui_keys q d
tui_type "USA NOWHERE"
tui_keys Enter
tui_has "unknown side in 'USA NOWHERE'" "an unknown side is refused"
tui_keys t
tui_has "split the time view at" "t asks where to split"
tui_keys Enter
tui_has "change (" "Enter on the date offered shows the change over time"
tui_expect panes-time.screen "the time view: stored screen"
tui_keys l l Enter
tui_has " since (" "Enter on the time view's cell lists the evidence since"
tui_keys q t
tui_has ">ceasefire " "t again goes back to the matrix"
tui_screen > "$tui_tmp/before-man"
tui_keys F1
tui_wait || true
check "F1 ran man on the page" sh -c \
    "grep -q '^man -l .*man/demarche.1' '$tui_tmp/man.out'"
tui_wait "[4 Positions]" || true
tui_screen > "$tui_tmp/after-man"
check "the screen comes back after man" cmp -s "$tui_tmp/before-man" \
    "$tui_tmp/after-man"
tui_keys Q
check "Q quits" tui_exited
done_testing
