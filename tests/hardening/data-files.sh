#!/bin/sh
# The user's data files, damaged: dictionaries, positions data and the
# interface's configuration with malformed lines, unknown kinds, sides,
# issues and commands, NUL bytes, a 1 MB line and escape sequences.  Each
# bad line is reported as FILE:LINE, terminal-safe, and everything else in
# the file still applies.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
U="$XDG_CONFIG_HOME/demarche"
mkdir -p "$U"
{
	printf 'person | UKR | Oleksandr Testenko | Testenko | Envoy\n'
	printf 'alien | UKR | Bad Kind\n'
	printf 'person | XXX | Bad Side\n'
	"$PY" -c "print('person | UKR | ' + 'A' * 1000000)"
	printf 'person | UKR | Nul\000Name\n'
	printf 'person | \033]0;PWN\007 | Escape Side\n'
	printf 'person | USA | Good Afterwards | Afterwards\n'
} >"$U/actors.dict"
{
	printf 'ceasefire\t+\tquiet guns\n'
	printf 'nosuchissue\t+\tx\n'
	printf 'ceasefire\t?\ty\n'
	"$PY" -c "print('ceasefire\t+\t' + 'z ' * 300000)"
	printf 'ceasefire\t+\tsilent front\n'
} >"$U/triggers"
{
	printf 'bind j quit\n'
	printf 'frobnicate the keys\n'
	"$PY" -c "print('bind ' + 'x' * 1000000 + ' down')"
	printf 'bind \033[2J quit\n'
	printf 'bind k quit\n'
} >"$U/config"
C="$T/c"
mkdir -p "$C"
printf 'Testing\n\nOleksandr Testenko said the talks failed. Good Afterwards told reporters.\n' >"$C/2025-01-01-a.txt"
printf 'Testing more\n\nRussia rejected the silent front proposal. Ukraine accepted quiet guns.\n' >"$C/2025-01-02-b.txt"

terminal_safe() {
	LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$1" | wc -c | grep -qx 0
}

"$DEMARCHE" actors "$C" >"$T/out" 2>"$T/err"
ok $? "actors runs with a damaged user dictionary"
for l in 2 3 5 6; do
	grep -q "actors.dict:$l: " "$T/err"
	ok $? "actors.dict line $l is reported with file:line"
done
grep -q 'Oleksandr Testenko' "$T/out" && grep -q 'Good Afterwards' "$T/out"
ok $? "the good lines before and after the bad ones are used"
terminal_safe "$T/err"
ok $? "the dictionary warnings are terminal-safe"
terminal_safe "$T/out"
ok $? "the actors table is terminal-safe"
"$DEMARCHE" dict --check "$U/actors.dict" >"$T/out" 2>"$T/err"
ok $([ $? -ne 0 ] && echo 0 || echo 1) "dict --check fails on the damaged file"
grep -q 'actors.dict:2: ' "$T/out" "$T/err"
ok $? "dict --check names file:line"

"$DEMARCHE" positions "$C" >"$T/out" 2>"$T/err"
ok $? "positions runs with damaged user positions data"
for l in 2 3 4; do
	grep -q "triggers:$l: " "$T/err"
	ok $? "triggers line $l is reported with file:line"
done
grep -q 'silent front' "$T/out" && grep -q 'quiet guns' "$T/out"
ok $? "the good trigger lines before and after the bad ones are used"

"$DEMARCHE" keys >"$T/out" 2>"$T/err"
ok $? "keys runs with a damaged config"
for l in 2 3 4; do
	grep -q "config:$l: " "$T/err"
	ok $? "config line $l is reported with file:line"
done
grep -Eq '^global +j +quit' "$T/out" && grep -Eq '^global +k +quit' "$T/out"
ok $? "the good config lines before and after the bad ones apply"
terminal_safe "$T/err"
ok $? "the config warnings are terminal-safe"
done_testing
