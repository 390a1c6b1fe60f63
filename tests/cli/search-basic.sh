#!/bin/sh
# search-basic: the search and index subcommands on the sample corpus and
# on small files written here: output formats, exit statuses, case rules,
# NFC matching with original offsets, limits, the index's stats and prune,
# and the acceptance count of 'зеленськ|zelensk' against --no-index.
. "$top_srcdir/tests/cli/lib.sh"

S="$top_srcdir/data/samples"
D="$T/docs"
mkdir -p "$D"
printf 'Talks in Kyiv\n\nThe cafe\314\201 near the Rada was full.\nKYIV said no.\nkyiv, again: U.S. and UASA\n' >"$D/one.txt"
printf 'Other news\n\nNothing here but peace and peacekeepers.\r\nA second line.\r\n' >"$D/two.txt"
python3 -c 'print("a" * 60 + "!")' >"$T/deep.txt" 2>/dev/null ||
    printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n' >"$T/deep.txt"

cd "$D" || exit 1
out=$("$DEMARCHE" search --color=never peace two.txt); st=$?
is "$st:$out" "0:two.txt:3:Nothing here but peace and peacekeepers." \
    "FILE:LINE:TEXT, the CR of a CRLF line is not printed"
"$DEMARCHE" search --color=never zzzqqq one.txt two.txt >/dev/null
is "$?" 1 "exit 1 when nothing matches"
err=$("$DEMARCHE" search '(ab' one.txt 2>&1); st=$?
case $err in *"missing closing parenthesis"*) e=ok;; *) e=$err;; esac
is "$st:$e" "2:ok" "a bad pattern is exit 2 with PCRE2's message"
# A long bad pattern is quoted by its first 60 characters only.
long="(abcdefghi$(printf '%02d' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30)"
err=$("$DEMARCHE" search -e "$long" one.txt 2>&1); st=$?
case $err in *"'(abcdefghi01020304050607080910111213141516171819202122232425…'") e=ok;;
*) e=$err;; esac
is "$st:$e" "2:ok" "a long bad pattern is cut to 60 characters in the error"
err=$("$DEMARCHE" search -w -e 'xy{2,1}' one.txt 2>&1)
case $err in *"at column 7 in 'xy{2,1}'") e=ok;; *) e=$err;; esac
is "$e" ok "-w: the place is in the pattern as given"
err=$("$DEMARCHE" search -e 'Россия(' one.txt 2>&1)
case $err in *"at column 8 in 'Россия('") e=ok;; *) e=$err;; esac
is "$e" ok "the place of an error is counted in characters, not bytes"
err=$("$DEMARCHE" search --no-index '^(a|aa)+$' "$T/deep.txt" 2>&1); st=$?
is "$st:$err" "2:demarche: pattern too complex for $T/deep.txt:1" \
    "a match limit is an error naming FILE:LINE"

is "$("$DEMARCHE" search -c kyiv one.txt)" "one.txt:3" "smart case: lower-case is caseless"
is "$("$DEMARCHE" search -c Kyiv one.txt)" "one.txt:1" "smart case: an upper-case letter is case-sensitive"
is "$("$DEMARCHE" search -c -i Kyiv one.txt)" "one.txt:3" "-i forces caseless"
is "$("$DEMARCHE" search -c -s kyiv one.txt)" "one.txt:1" "-s forces case-sensitive"
is "$("$DEMARCHE" search -c '(?-i)kyiv' one.txt)" "one.txt:1" "an inline flag wins over smart case"
is "$("$DEMARCHE" search -c '\W\S\Dkyiv' one.txt)" "" "escapes are not upper-case letters"
is "$("$DEMARCHE" search -c -w peace two.txt)" "two.txt:1" "-w: whole words"
is "$("$DEMARCHE" search -c -w peac two.txt)" "" "-w: no part of a word"
is "$("$DEMARCHE" search -o -F 'u.s.' one.txt)" "one.txt:5:U.S." "-F and -o"
is "$("$DEMARCHE" search -o 'u.s.' one.txt | wc -l | tr -d ' ')" 2 "a regex dot matches more"
is "$("$DEMARCHE" search -l -e peace -e kyiv one.txt two.txt | tr '\n' ' ')" \
    "one.txt two.txt " "-l and several -e"
is "$("$DEMARCHE" search -m 1 -c kyiv one.txt)" "one.txt:1" "-m stops a file after NUM lines"
is "$("$DEMARCHE" search -l --null peace two.txt | od -An -c | tr -s ' ')" \
    " t w o . t x t \\0" "--null ends names with NUL"
case $("$DEMARCHE" search --color=always peace two.txt) in
*"[1;31mpeace"*) c=0;; *) c=1;; esac
ok $c "--color=always highlights matches"

# NFC: a composed pattern finds decomposed text; offsets are the file's.
out=$("$DEMARCHE" search --json 'café' one.txt)
is "$(printf '%s' "$out" | sed 's/.*"start":\([0-9]*\),"end":\([0-9]*\).*/\1-\2/')" \
    "19-25" "--json: a decomposed match spans its original bytes"
case $out in *'"text":"cafe'*) c=0;; *) c=1;; esac
ok $c "--json: the text is the original"
out=$("$DEMARCHE" search -U -c 'Rada was full\.\nKYIV' one.txt)
is "$out" "one.txt:1" "-U matches across lines, counted where it starts"

# The index.
out=$("$DEMARCHE" index --stats "$S"); st=$?
case $out in *"articles: 13"*"segments: 1"*) c=$st;; *) c=1;; esac
ok $c "index --stats reports the articles"
a=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' "$S")
b=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' --no-index "$S")
is "$a" "$b" "-c -i 'зеленськ|zelensk': index equals --no-index on the samples"
m=$(find "$XDG_CACHE_HOME/demarche" -name 'seg-*' -perm 600 | wc -l)
n=$(find "$XDG_CACHE_HOME/demarche" -name 'seg-*' | wc -l)
[ "$n" -gt 0 ] && [ "$m" = "$n" ]; ok $? "index segments are 0600 ($m of $n)"
[ -n "$a" ]; ok $? "... and it finds something"
for dir in "$SHARED/seeds" "$SHARED/corpora"; do
	if [ -d "$dir" ]; then
		a=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' "$dir")
		b=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' --no-index "$dir")
		[ -n "$a" ] && [ "$a" = "$b" ]; ok $? "the same on $(basename "$dir")"
	else
		ok 0 "# SKIP $dir is absent"
	fi
done
# A corpus whose directories are symbolic links to elsewhere: the index
# knows real paths only, and must not lose what it cannot name.
mkdir -p "$T/real/a" "$T/linked"
cp "$S"/*.txt "$T/real/a/"
ln -s "$T/real/a" "$T/linked/news"
"$DEMARCHE" index "$T/linked" >/dev/null 2>&1
a=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' "$T/linked")
b=$("$DEMARCHE" search -c -i 'зеленськ|zelensk' --no-index "$T/linked")
[ -n "$b" ] && [ "$a" = "$b" ]; ok $? "a corpus of linked directories: index equals --no-index"
mkdir -p "$T/gone"
cp one.txt "$T/gone/"
"$DEMARCHE" index "$T/gone" >/dev/null 2>&1
n1=$(ls "$XDG_CACHE_HOME/demarche" | grep -c '\.index$')
rm -rf "$T/gone"
"$DEMARCHE" index --prune >/dev/null 2>&1
n2=$(ls "$XDG_CACHE_HOME/demarche" | grep -c '\.index$')
is "$((n1 - n2))" 1 "index --prune drops the index of a removed corpus"
done_testing
