#!/bin/sh
# Hostile input: invalid UTF-8, NUL bytes, CRLF, a BOM, an empty file, a
# 50 MB one-line file, binary junk, a symlink loop and an unreadable file.
# Nothing crashes or hangs; each bad file gets exactly one warning.
. "$top_srcdir/tests/cli/lib.sh"
H="$T/hostile"
mkdir -p "$H/sub"
printf 'Overlong \300\257 and surrogate \355\240\200 here. Truncated \342\200' >"$H/invalid-utf8.txt"
printf 'Text with a NUL\000 in it. And a second sentence.\n' >"$H/nul.txt"
printf 'Windows line ends\r\n\r\nFirst sentence. Second one.\r\n' >"$H/crlf.txt"
printf '\357\273\277Bom headline\n\nBody text here.\n' >"$H/bom.txt"
: >"$H/empty.txt"
head -c 4096 /dev/urandom >"$H/junk.txt"
printf '\377\376h\000i\000' >"$H/utf16.txt"
printf 'Escape \033]52;c;ZXZpbA==\007 and \033[2J title\n\nRLO \342\200\256 here.\n' >"$H/escapes.txt"
yes 'Talks went on in Geneva and nobody agreed on anything at all.' |
    head -c 50000000 | tr '\n' ' ' >"$H/big.txt"
ln -s .. "$H/sub/loop"
printf 'Caf\351 talks in Gen\350ve\n\nThe d\351l\351gation met. It was sunny.\n' >"$H/latin1.txt"
printf 'Name with a line break\n\nIt still lists.\n' >"$H/new
line.txt"
printf 'Name with a bad byte\n\nIt still lists.\n' >"$H/bad$(printf '\377')name.txt"
printf 'Escape in the name\n\nIt still lists.\n' >"$H/esc$(printf '\033')[31mname.txt"
d="$H/deep"
i=0
while [ $i -lt 60 ]; do d="$d/d$i"; i=$((i + 1)); done
mkdir -p "$d"
printf 'Deep down\n\nFound it.\n' >"$d/deep.txt"
printf 'Locked away\n\nSecret.\n' >"$H/unreadable.txt"
chmod 000 "$H/unreadable.txt"

"$DEMARCHE" list "$H" >"$T/out" 2>"$T/err"
ok $? "list survives the hostile set"
for name in empty.txt junk.txt utf16.txt invalid-utf8.txt loop; do
	is "$(grep -c "$name" "$T/err")" 1 "one warning for $name"
done
if [ "$(id -u)" -ne 0 ]; then
	is "$(grep -c 'unreadable.txt' "$T/err")" 1 "one warning for unreadable.txt"
fi
is "$(grep -c 'latin1.txt' "$T/err")" 1 "Latin-1 text is named as invalid UTF-8"
grep -q 'Caf� talks' "$T/out"
ok $? "and shown with U+FFFD"
grep -q 'new\\nline' "$T/out"
ok $? "a newline in a file name is shown escaped"
grep -q 'esc\\x1b\[31mname' "$T/out"
ok $? "ESC in a file name is shown escaped"
grep -q 'bad.*name.txt' "$T/out"
ok $? "a file name with invalid UTF-8 is listed"
for name in nul.txt crlf.txt bom.txt big.txt escapes.txt deep.txt; do
	is "$(grep -c "$name" "$T/err")" 0 "no warning for $name"
	grep -q "$name" "$T/out"
	ok $? "$name is listed"
done
grep -q "UTF-16" "$T/err"
ok $? "UTF-16 is named as such"
LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/out" | wc -c | grep -qx 0
ok $? "no control byte reaches the output"
grep -q '\\x1b\]52' "$T/out"
ok $? "an OSC 52 title is shown escaped"
LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/err" | wc -c | grep -qx 0
ok $? "no control byte reaches standard error"

for name in nul crlf bom escapes invalid-utf8; do
	"$DEMARCHE" show --json "$H/$name.txt" >"$T/show.json" 2>/dev/null
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/show.json"
	ok $? "show --json on $name.txt is valid JSON"
	"$DEMARCHE" show "$H/$name.txt" >"$T/show.txt" 2>/dev/null
	LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/show.txt" | wc -c | grep -qx 0
	ok $? "show on $name.txt sends no control byte"
done
for name in nul crlf bom; do
	"$DEMARCHE" show --json "$H/$name.txt" >"$T/show.json"
	python3 "$top_srcdir/tests/cli/spans.py" "$H/$name.txt" <"$T/show.json"
	ok $? "spans of $name.txt slice back to the text"
done
"$DEMARCHE" list --json "$H/big.txt" >"$T/big.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a[0]["sentences"] > 700000, a[0]["sentences"]' "$T/big.json"
ok $? "the 50 MB one-line file is split into sentences"
done_testing
