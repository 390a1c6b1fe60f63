#!/bin/sh
# Screen tests (properties: the analysis is still being tuned, so no
# stored screens here): the actors pane (moving, profile, Enter limits the list),
# the positions pane (matrix, evidence, a diff, the time view), F1 showing
# the manual page and coming back to the same screen.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

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
tui_start "$SAMPLES"
tui_wait "articles" || true
tui_keys 3
tui_wait "[3 Actors]" || true
tui_keys j j
tui_has "mentions in" "actors pane: the profile of the selected actor"
tui_has ">USA " "actors pane: the selection moves in the list, by side"
tui_keys Enter
tui_has "limit: actor " "Enter on an actor limits the articles"
tui_keys '&' Enter 4
tui_wait "[4 Positions]" || true
tui_has " issue                  USA     RUS     UKR     EUR     OTH" \
    "positions pane: the matrix of issues and sides"
tui_has ">ceasefire " "positions pane: the first issue selected"
tui_keys Enter
tui_has "evidence 1/" "Enter lists the evidence"
tui_keys Enter
tui_has "[2 Reader]" "Enter on evidence opens the article"
tui_keys 4 q d
tui_type "USA RUS"
tui_keys Enter
tui_has " issue                  USA      RUS      relation" \
    "d shows the diff of two sides"
tui_keys q t
tui_has "change (" "t shows the change over time"
tui_keys t
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
tui_done
