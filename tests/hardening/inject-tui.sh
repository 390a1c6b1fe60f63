#!/bin/sh
# Terminal injection through the interface, in every pane: an article with
# ESC sequences (OSC 52 clipboard, OSC 0 title, CSI), C1 controls, a bare
# CR, DEL and bidirectional overrides in its file name, title, sentences,
# actor profile and position evidence.  The panes show them escaped, and
# nothing the program writes to the terminal (recorded with tmux
# pipe-pane) carries them raw: the tmux server, with set-clipboard on,
# gets no paste buffer and keeps its pane title.
. "$top_srcdir/tests/tui/lib.sh"
tui_init
C="$tui_tmp/c"
mkdir -p "$C"
{
	printf 'Title: Talks \033]0;PWNED\007 in Geneva \342\200\256txet\n'
	printf 'Date: 2025-03-11\n\n'
	printf 'Ceasefire talks in Geneva\n\n'
	printf 'Russia rejected the ceasefire \033]52;c;ZXZpbA==\007 proposed by '
	printf 'the United States, Peskov told reporters\rOVERWRITE.\n\n'
	printf 'President Volodymyr Zelensky\342\200\256 said Ukraine would never '
	printf 'accept the annexation of Crimea \302\23331m here.\n\n'
	printf 'Vladimir Putin is a Russian politician\177 who rejected the '
	printf 'truce \302\235 again.\n'
} >"$C/2025-03-11-evil.txt"
printf 'Named badly\n\nThe EU urged Russia to agree to the ceasefire.\n' \
    >"$C/2025-03-12-esc$(printf '\033')]0;NAMEPWN$(printf '\007').txt"
cp "$SAMPLES/2025-03-11-jeddah-ceasefire-proposal.txt" "$C/"

tui_start "$C"
"$TMUX_BIN" -L "$tui_socket" set-option -g set-clipboard on
tui_wait "Articles" || true
tui_has 'Talks \x1b]0;PWNED\x07' "articles: the title's OSC is shown escaped"
tui_keys g
tui_has 'ceasefire \x1b]52;c;ZXZpbA==\x07' "reader: OSC 52 shown escaped"
tui_has 'Zelensky\u{202e} said' "reader: U+202E shown escaped"
tui_has 'told reporters\rOVERWRITE' "reader: a bare CR shown escaped"
tui_keys 3
tui_wait "Actors" || true
for k in j j j j j j j j; do
	tui_screen | grep -q '>RUS  person .* Vladimir Putin' && break
	tui_keys j
done
tui_wait || true
tui_has 'politician\x7f who' "actors: the profile's sentence shown escaped"
tui_keys 4
tui_wait "Positions" || true
tui_keys Enter
tui_wait || true
tui_has 'ZXZpbA==' "positions: the evidence sentence shown escaped"
tui_keys 1 G
tui_wait || true
tui_keys /
tui_type 'ceasefire'
tui_keys Enter
tui_wait || true
tui_keys n n n
tui_wait || true
tui_keys Q
check "Q quits" tui_exited

raw=$tui_tmp/raw
check "the terminal output was recorded" test -s "$raw"
for pair in "OSC 52:$(printf '\033]52')" "OSC 0 title:$(printf '\033]0;PWNED')" \
    "title in a file name:$(printf '\033]0;NAMEPWN')" \
    "U+202E:$(printf '\342\200\256')" "C1 CSI:$(printf '\302\233')" \
    "C1 OSC:$(printf '\302\235')" "bare CR:$(printf '\rOVERWRITE')" \
    "DEL:$(printf '\177')"; do
	name=${pair%%:*}
	seq=${pair#*:}
	if LC_ALL=C grep -qF -- "$seq" "$raw"; then
		ok 1 "no raw $name reaches the terminal"
	else
		ok 0 "no raw $name reaches the terminal"
	fi
done
buffers=$("$TMUX_BIN" -L "$tui_socket" list-buffers 2>/dev/null | wc -l)
check "no clipboard write reached tmux ($buffers buffers)" test "$buffers" -eq 0
title=$("$TMUX_BIN" -L "$tui_socket" display-message -p '#{pane_title}')
case $title in
*PWN*) ok 1 "the pane title is unchanged ($title)";;
*) ok 0 "the pane title is unchanged";;
esac
done_testing
