#!/bin/sh
# Hostile input never crashes actors: invalid UTF-8, NUL bytes, control
# and bidirectional characters, huge lines, Cyrillic, malformed and binary
# dictionaries, a giant one-line article.  Run under ASan/UBSan with
# --enable-asan.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c" "$XDG_CONFIG_HOME/demarche"
python3 - "$T/c" <<'PY'
import os, sys
d = sys.argv[1]
def w(name, data):
    open(os.path.join(d, name), "wb").write(data)
w("invalid.txt", b"Putin \xff\xfe said \xc3 Zelensky\xe2\x80 met US\n" * 50)
w("controls.txt", "Trump \x1b[31m said \u202e Kremlin \u2066 Kyiv\r\n".encode() * 40)
w("long.txt", ("Zelensky met Putin " * 20000).encode())
w("cyr.txt", "Путин встретился с Зеленским в Киеве. Зеленський і Путін.\n".encode())
w("apos.txt", b"'s ' \xe2\x80\x99 U.S. U. S. A.B.C.D.E. St. Mr. -- - ,,, \n")
w("caps.txt", ("A B C D E F G H I J K L " * 500 + "said.\n").encode())
PY
printf 'person | RUS | \377\376\n|||||||||\n\000x\norg | - | Z\n' \
    >"$XDG_CONFIG_HOME/demarche/actors.dict"
head -c 3000 /dev/urandom >"$XDG_CONFIG_HOME/demarche/countries.dict"
: >"$XDG_CONFIG_HOME/demarche/stop.dict"

"$DEMARCHE" actors --json "$T/c" >"$T/a.json" 2>"$T/err"
ok $? "actors survives hostile articles and dictionaries"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/a.json"
ok $? "and prints valid JSON"
"$DEMARCHE" actors --explain "$T/c" >"$T/a.txt" 2>/dev/null
ok $? "the table with --explain too"
if LC_ALL=C grep -q "$(printf '\033')" "$T/a.txt"; then st=1; else st=0; fi
ok $st "no raw escape reaches the terminal"
"$DEMARCHE" dict --check >/dev/null 2>&1
is $? 1 "dict --check reports the broken files"

# A giant article (a whole feed pasted on one line) is extracted window by
# window: the same actors, sides and mention counts as the same sentences
# cut into ordinary articles, and memory that follows the text, not the
# tokens.  Each sentence names a known actor; every 250th introduces an
# unknown person with a demonym, named again by surname in the next one.
mkdir -p "$T/giant" "$T/split" "$T/huge" "$T/clean"
python3 - "$T" <<'PY'
import os, sys
t = sys.argv[1]
given = ["Oksana", "Pavel", "Harold", "Mirela", "Tobias"]
sur1 = ["Kov", "Mel", "Dar", "Sol", "Ber", "Tam"]
sur2 = ["renko", "ishin", "ovets", "anuk", "elly"]
role = ["Ukrainian negotiator", "Russian official", "American diplomat"]
known = ["Putin", "Zelensky", "NATO", "Poland", "the Kremlin", "Kyiv",
         "Moscow", "Washington", "Russia", "Ukraine", "Macron"]
def sentence(i):
    j = i // 250
    name = "%s %s%s" % (given[j % 5], sur1[j % 6], sur2[(j // 6) % 5])
    k = known[i % len(known)]
    if i % 250 == 50:
        return "A senior %s, %s, said the talks would go on." % (
            role[j % 3], name)
    if i % 250 == 51:
        return "%s added that the roads stayed open." % name.split()[1]
    if i % 3 == 0:
        return "Traders said %s had changed little in week %d." % (k, i % 50)
    if i % 3 == 1:
        return "A convoy left for %s after %d hours of waiting." % (
            k, i % 23 + 2)
    return "The archive on %s held %d boxes of letters." % (k, i % 300 + 4)
n, per = 9000, 100
s = [sentence(i) for i in range(n)]
open(os.path.join(t, "giant", "giant.txt"), "w").write(" ".join(s) + "\n")
for k in range(n // per):
    open(os.path.join(t, "split", "part%03d.txt" % k), "w").write(
        " ".join(s[k * per:(k + 1) * per]) + "\n")
open(os.path.join(t, "huge", "huge.txt"), "w").write(
    " ".join(sentence(i) for i in range(110000)) + "\n")
PY
summary() {	# summary DIR: name, side, mentions of each actor, sorted
	XDG_CONFIG_HOME="$T/clean" "$DEMARCHE" actors --json "$1" |
	    python3 -c 'import json, sys
for a in sorted(json.load(sys.stdin), key=lambda a: a["name"]):
    print(a["name"], a["kind"], a["side"], a["mentions"])'
}
summary "$T/giant" >"$T/giant.sum" && summary "$T/split" >"$T/split.sum"
ok $? "actors reads a giant one-line article"
diff "$T/split.sum" "$T/giant.sum" >"$T/giant.diff"
ok $? "with the actors, sides and counts of ordinary articles"
sed 's/^/#   /' "$T/giant.diff" | head -10
XDG_CONFIG_HOME="$T/clean" "$DEMARCHE" positions --json "$T/giant" \
    >"$T/giant.pos" 2>"$T/err"
ok $? "positions reads it too"
# Peak memory of a 6 MB line within a few times its size (it was 15
# times); ASan's shadow memory would blur the figure.
if [ ! -x /usr/bin/time ] || ldd "$DEMARCHE" 2>/dev/null | grep -q asan; then
	echo "ok $((tap_n + 1)) # SKIP no /usr/bin/time, or an ASan build"
	echo "ok $((tap_n + 2)) # SKIP no /usr/bin/time, or an ASan build"
	tap_n=$((tap_n + 2))
else
	kb=$(($(wc -c <"$T/huge/huge.txt") / 1024))
	for cmd in actors positions; do
		XDG_CONFIG_HOME="$T/clean" /usr/bin/time -f %M -o "$T/rss" \
		    "$DEMARCHE" $cmd "$T/huge" >/dev/null 2>&1
		rss=$(tail -1 "$T/rss")
		[ "$rss" -lt $((kb * 4 + 30000)) ]
		ok $? "$cmd on a ${kb} KB line peaks at ${rss} KB"
	done
fi
done_testing
