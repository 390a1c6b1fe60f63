#!/bin/sh
# Screen test: a key that only adds to a literal searches just what the
# last pattern matched, and answers as a search of every candidate does;
# a file changed between two searches is read again, not served as kept.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

corpus=$tui_tmp/narrow
mkdir -p "$corpus"
printf 'Truce\n\nThe ceasefire held in the east.\n' >"$corpus/a.txt"
printf 'Grain\n\nShips sailed as the cease-fire talks went on.\n' >"$corpus/b.txt"
printf 'Talks\n\nDelegates met for talks in the capital.\n' >"$corpus/c.txt"
# Old enough for the interface to keep their text between searches (a
# file changed in the last two seconds is read again each time).
touch -d '2020-01-02 03:04:05' "$corpus"/*.txt
sleep 2

tui_start "$corpus"
tui_wait "articles" || true
tui_keys /
tui_type cease
tui_has "/cease: 2 hits in 2" "the prefix finds two articles"
tui_type fire
tui_has "/ceasefire: 1 hits in 1" "a key that adds to the literal keeps the one that matches"
tui_keys C-u
tui_type ceasefire
tui_has "/ceasefire: 1 hits in 1" "as a search typed at once finds"
tui_keys BSpace BSpace BSpace BSpace
tui_has "/cease: 2 hits in 2" "a shorter pattern reads every candidate again"
# b.txt rewritten, its time put back: the kept text must not be served.
sed 's/cease-fire/armistice/' "$corpus/b.txt" >"$tui_tmp/b.new"
cat "$tui_tmp/b.new" >"$corpus/b.txt"
touch -d '2020-01-02 03:04:05' "$corpus/b.txt"
tui_keys C-u
tui_type cease
tui_has "/cease: 1 hits in 1" "a file changed since the last search is read again"
tui_keys Escape Q
check "Q quits" tui_exited
done_testing
