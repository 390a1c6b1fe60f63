#!/bin/sh
# corpus-links: symbolic links inside a corpus.  A link to '/', to '..'
# or to the corpus itself is a loop: reported once and skipped (a link to
# '/' made the whole file system the corpus, and '/' its root, so every
# id changed).  A link to a folder elsewhere is followed, and its
# articles get ids from the path as named under the root.  A FIFO named
# like an article is reported, not skipped silently.  Many empty files
# give one warning, not one each.  Runs are bounded by timeout.
. "$top_srcdir/tests/cli/lib.sh"
C="$T/c"
mkdir -p "$C/sub" "$T/elsewhere"
S="$top_srcdir/data/samples"
cp "$S"/2014-09-05-*.txt "$C"/
cp "$S"/2019-12-09-*.md "$C/sub"/
cp "$S"/2015-02-12-*.txt "$T/elsewhere"/
ln -s / "$C/root"
ln -s .. "$C/up"
ln -s . "$C/sub/self"
ln -s "$C" "$C/sub/again"
ln -s "$T/elsewhere" "$C/archive"
mkfifo "$C/pipe.txt"

timeout 30 "$DEMARCHE" list "$C" >"$T/out" 2>"$T/err"
is $? 0 "list of a corpus with links to / and ..: exit 0"
is "$(cut -f1 "$T/out" | tr '\n' ' ')" \
    "2014-09-05-minsk-protocol-truce archive/2015-02-12-minsk-ii-package sub/2019-12-09-normandy-summit-paris " \
    "three articles, ids from the names under the root"
for l in root up sub/again; do
	is "$(grep -c "'$C/$l': a symbolic link to a folder that holds" \
	    "$T/err")" 1 "the link '$l' is reported once"
done
is "$(grep -c "'$C/sub/self': directory loop" "$T/err")" 1 \
    "the link 'sub/self' to its own folder is reported once"
grep -q "skipping '$C/pipe.txt': not a regular file" "$T/err"
ok $? "a FIFO named like an article is reported"
timeout 30 "$DEMARCHE" search -c Minsk "$C" >"$T/out" 2>/dev/null
timeout 30 "$DEMARCHE" search --no-index -c Minsk "$C" >"$T/want" \
    2>/dev/null
cmp -s "$T/out" "$T/want"
ok $? "search through the link: the index answers as the scan"
grep -q "^$C/archive/2015-02-12-minsk-ii-package.txt:" "$T/out"
ok $? "the linked article is named through the link"
timeout 30 "$DEMARCHE" list "$C" >"$T/out2" 2>/dev/null
cut -f1 "$T/out" >/dev/null
is "$(cut -f1 "$T/out2" | head -1)" "2014-09-05-minsk-protocol-truce" \
    "ids are the same from the catalogue"
E="$T/empties"
mkdir -p "$E"
cp "$S"/2014-09-05-*.txt "$E"/
i=0
while [ $i -lt 300 ]; do : >"$E/e$i.txt"; i=$((i + 1)); done
timeout 30 "$DEMARCHE" list "$E" >"$T/out" 2>"$T/err"
is "$(wc -l <"$T/err")" 1 "300 empty files: one warning"
grep -q "skipping 300 empty files" "$T/err"
ok $? "... that counts them"
done_testing
