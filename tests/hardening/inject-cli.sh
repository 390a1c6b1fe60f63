#!/bin/sh
# Terminal injection through the command line: an article carrying ESC
# sequences (CSI, OSC 52 clipboard writes, title changes, 256-colour SGR),
# C0 and C1 controls, a bare CR, DEL, bidirectional overrides, zero-width
# characters and a combining storm, in its header, headline, sentences and
# actor names.  Every command that prints article text (list, show, search
# with -o, --color and --json, actors, positions, diff, with --explain and
# --json) prints no raw control byte, no raw C1 and no raw bidirectional
# control; the only escape sequences are demarche's own colours; JSON stays
# valid and gives back the text.
. "$top_srcdir/tests/cli/lib.sh"
C="$T/c"
mkdir -p "$C"
E=$(printf '\033')
{
	printf 'Title: Talks \033]0;PWNED\007 in Geneva \342\200\256txet\n'
	printf 'Date: 2025-03-11\n\n'
	printf 'Ceasefire talks in Geneva\n\n'
	printf 'Russia rejected the ceasefire \033]52;c;ZXZpbA==\007 proposed by '
	printf 'the United States, Peskov\033[2J told reporters\rOVERWRITE.\n\n'
	printf 'President Volodymyr Zelensky\342\200\256 said Ukraine would never '
	printf 'accept the annexation of Crimea \302\23331m here \302\235.\n\n'
	printf 'Vladimir Putin is a Russian politician \033[38;5;201m who '
	printf 'rejected the truce\r\n'
	printf 'The EU\177 urged Russia\010\010 to stop opposing the ceasefire '
	printf 'e\314\201\314\201\314\201\314\201\314\201 \342\200\213 \342\201\246'
	printf 'isolate\342\201\251 \357\277\274.\n'
} >"$C/2025-03-11-evil.txt"
cp "$top_srcdir/data/samples/2025-03-11-jeddah-ceasefire-proposal.txt" "$C/"

# clean FILE: no C0 but tab and newline, no DEL, no C1 (raw or UTF-8), no
# bidirectional control; ESC only as demarche's own SGR colours.
clean() {
	LC_ALL=C sed "s/$E\[[0-9;]*m//g" "$1" >"$T/stripped"
	LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/stripped" | wc -c |
	    grep -qx 0 || return 1
	! LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1" || return 1
	! LC_ALL=C grep -q "$(printf '\342\200[\216\217\252-\256]')" "$1" ||
	    return 1
	! LC_ALL=C grep -q "$(printf '\342\201[\246-\251]')" "$1" || return 1
	! LC_ALL=C grep -q "$E\\[38;5;201" "$1" || return 1
}

run() {		# run NAME ARGS...: the command works and prints clean text
	name=$1
	shift
	"$DEMARCHE" "$@" >"$T/out" 2>"$T/err"
	st=$?
	[ "$st" -eq 0 ] || [ "$st" -eq 1 ]
	ok $? "$name: runs (exit $st)"
	clean "$T/out"
	ok $? "$name: no raw control reaches standard output"
	clean "$T/err"
	ok $? "$name: no raw control reaches standard error"
}

run list list "$C"
grep -q 'PWNED' "$T/out" && grep -q '\\x1b\]0;PWNED' "$T/out"
ok $? "list: the title's OSC is shown escaped"
run show show 2025-03-11-evil "$C"
grep -q 'ZXZpbA==' "$T/out"
ok $? "show: the sentence with the OSC 52 is there, escaped"
run search search ceasefire "$C"
grep -q 'OVERWRITE' "$T/out" && ! grep -q "$(printf '\rOVER')" "$T/out"
ok $? "search: a bare CR is shown escaped"
run "search -o" search -o 'Russia.*' "$C"
run "search --color" search --color=always 'ceasefire|Crimea|EU' "$C"
grep -q "$E\[" "$T/out"
ok $? "search --color: colours are still there"
run "search --json" search --json 'ceasefire|Crimea|isolate' "$C"
run actors actors "$C"
run "actors --explain" actors --explain "$C"
run positions positions --all "$C"
run "positions --explain" positions --explain "$C"
run diff diff USA RUS "$C"
run "diff --matrix" diff --matrix "$C"
for cmd in "show --json 2025-03-11-evil" "search --json ceasefire|Crimea|isolate" \
    "actors --json" "positions --json --all" "diff --json USA RUS"; do
	# shellcheck disable=SC2086
	"$DEMARCHE" $cmd "$C" >"$T/out" 2>"$T/err"
	clean "$T/out"
	ok $? "$cmd: no raw control, C1 or bidi control in the JSON"
	"${PYTHON3:-python3}" - "$T/out" <<'PY'
import json, sys
data = open(sys.argv[1], 'rb').read().decode('utf-8')
lines = data.splitlines()
try:
    json.loads(data)
except ValueError:
    for l in lines:           # JSON Lines
        json.loads(l)
PY
	ok $? "$cmd: valid JSON"
done
"$DEMARCHE" show --json 2025-03-11-evil "$C" >"$T/out"
"${PYTHON3:-python3}" - "$T/out" "$C/2025-03-11-evil.txt" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], 'rb').read()
bad = 0
def walk(x):
    global bad
    if isinstance(x, dict):
        if 'text' in x and 'start' in x and 'end' in x:
            want = raw[x['start']:x['end']].decode('utf-8', 'replace')
            if want != x['text']:
                bad += 1
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
walk(doc)
sys.exit(1 if bad else 0)
PY
ok $? "show --json: escaped in JSON, the text still slices back exactly"
done_testing
