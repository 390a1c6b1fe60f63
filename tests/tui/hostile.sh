#!/bin/sh
# Terminal injection: an article full of escape sequences, C1 controls and
# bidirectional overrides is shown escaped, and none of its raw control
# bytes reaches the terminal (everything the program writes is recorded
# with tmux pipe-pane and searched).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

mkdir -p "$tui_tmp/hostile"
{
    printf 'Title: Evil \033]0;PWNED\007 title \342\200\256txet\n'
    printf 'Date: 2024-01-01\n\n'
    printf 'Clipboard \033]52;c;SGFja2Vk\007 write and a clear \033[2J here.\n\n'
    printf 'A C1 CSI \302\2331m and a reversal \342\200\256 gnirts and a bell \007.\n'
} > "$tui_tmp/hostile/2024-01-01-hostile.txt"
cp "$SAMPLES/2014-09-05-minsk-protocol-truce.txt" "$tui_tmp/hostile/"

tui_start "$tui_tmp/hostile"
tui_wait "articles" || true
tui_keys G Enter
tui_has 'Clipboard \x1b]52;c;SGFja2Vk\x07 write' "OSC 52 shown escaped"
tui_has 'reversal \u{202e} gnirts' "bidirectional override shown escaped"
tui_has 'C1 CSI \u{9b}1m' "C1 control shown escaped"
tui_keys j k
tui_wait || true
raw=$tui_tmp/raw
check "output was recorded" test -s "$raw"
check "no OSC 52 reaches the terminal" sh -c "! grep -q \"$(printf '\033]52')\" '$raw'"
check "no title change reaches the terminal" sh -c "! grep -q PWNED'$(printf '\007')' '$raw' && ! grep -q \"$(printf '\033]0;PWNED')\" '$raw'"
check "no U+202E reaches the terminal" sh -c "! grep -q \"$(printf '\342\200\256')\" '$raw'"
check "no C1 CSI reaches the terminal" sh -c "! grep -q \"$(printf '\302\233')\" '$raw'"
title=$("$TMUX_BIN" -L "$tui_socket" display-message -p '#{pane_title}')
case $title in
*PWNED*) ok 1 "pane title unchanged";;
*) ok 0 "pane title unchanged";;
esac
tui_keys Q
check "Q quits" tui_exited
done_testing
