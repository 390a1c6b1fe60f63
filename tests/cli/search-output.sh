#!/bin/sh
# search-output: the probe's faults in what search, index and positions
# print.  -l --null gives names as they are, for xargs -0 (the escaped
# form failed 10 of 18 hostile names); the escaped form escapes
# backslashes; --json with -c, -l or -o is refused, not dropped; -m 0
# prints nothing and exits 1, as grep; an XDG_CACHE_HOME that is a file
# is an error for index, not zeros; an unreadable index is named with its
# reason; evidence that spans lines stays on one line, without a CR.
. "$top_srcdir/tests/cli/lib.sh"
D="$T/names"
mkdir -p "$D"
${PYTHON3:-python3} - "$D" <<'PY'
import os, sys
d = sys.argv[1].encode()
names = [b'plain', b'two words', b'new\nline', b'tab\there', b'back\\slash',
         b'esc\x1b[31mred', b'cr\rhere', b'quote"s', b"apos'", b'-dash',
         b'bad\xffbyte', b'rtl\xe2\x80\xaeoverride', b'star*', b'q?',
         b'brace{}', b'dollar$HOME', b'semi;colon', b'\xd0\xbc\xd0\xb8\xd1\x80']
for n in names:
    with open(os.path.join(d, n + b'.txt'), 'wb') as f:
        f.write(b'Title\n\npeace talks\n')
print(len(names))
PY
cd "$D" || exit 1
"$DEMARCHE" search -l --null peace . >"$T/null" 2>"$T/err"
is $? 0 "-l --null: exit 0"
n=$(xargs -0 cat <"$T/null" 2>/dev/null | grep -c 'peace talks')
is "$n" 18 "-l --null: every one of 18 hostile names works through xargs -0"
"$DEMARCHE" search -l peace . >"$T/names.txt" 2>&1
grep -qF './back\\slash.txt' "$T/names.txt"
ok $? "the escaped form escapes a backslash"
grep -qF './bad\xffbyte.txt' "$T/names.txt"
ok $? "the escaped form shows an ill-formed byte as \\xNN"
LC_ALL=C grep -q "$(printf '\033')" "$T/names.txt"
[ $? -ne 0 ]
ok $? "no raw escape byte in the escaped form"
for o in -c -l -o; do
	"$DEMARCHE" search --json $o peace . >"$T/out" 2>"$T/err"
	is $? 2 "--json $o is refused"
	"$DEMARCHE" search $o --json peace . >"$T/out" 2>"$T/err"
	is $? 2 "$o --json is refused"
done
grep -q "cannot be combined" "$T/err"
ok $? "... with a reason"
"$DEMARCHE" search -m 0 peace . >"$T/out" 2>&1
is $? 1 "-m 0: exit 1"
is "$(wc -c <"$T/out")" 0 "-m 0 prints nothing"
"$DEMARCHE" search -m 1 -c peace ./plain.txt >"$T/out" 2>&1
is "$(cat "$T/out")" "./plain.txt:1" "-m 1 still counts"
cd "$T" || exit 1

touch "$T/cachefile"
XDG_CACHE_HOME="$T/cachefile" "$DEMARCHE" index --stats \
    "$top_srcdir/data/samples" >"$T/out" 2>"$T/err"
is $? 2 "index with XDG_CACHE_HOME a file: exit 2"
grep -q "Not a directory" "$T/err"
ok $? "... saying why"

S="$T/s"
XDG_CACHE_HOME="$T/cache2"
mkdir -p "$S"
cp "$top_srcdir"/data/samples/*.txt "$S"/
"$DEMARCHE" index "$S" >/dev/null 2>&1
m=$(ls "$XDG_CACHE_HOME"/demarche/*.index/manifest | head -1)
rm -f "$m"
mkfifo "$m"
timeout 30 "$DEMARCHE" search --fresh -c peace "$S" >/dev/null 2>"$T/err"
grep -q "cannot read '$m': not a regular file; rebuilding it" "$T/err"
ok $? "an unreadable index is named, with the reason"
[ -f "$m" ]
ok $? "... and rebuilt"

P="$T/p"
mkdir -p "$P"
printf 'Title: Talks\n\nPutin said on Friday that Russia supports\r\na ceasefire in Ukraine.\r\n' \
    >"$P/crlf.txt"
"$DEMARCHE" positions "$P" >"$T/out" 2>&1
if grep -q "ceasefire" "$T/out"; then
	! grep -q "$(printf '\r')" "$T/out"
	ok $? "positions: no CR from a CRLF file"
	grep -q "supports a ceasefire" "$T/out"
	ok $? "positions: evidence across a line break stays on one line"
else
	ok 0 "# SKIP no position found in the CRLF text"
	ok 0 "# SKIP no position found in the CRLF text"
fi
done_testing
