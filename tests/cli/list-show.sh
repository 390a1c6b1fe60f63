#!/bin/sh
# list and show on the sample corpus: stored output, spans that slice back
# to the exact text, options and errors.
. "$top_srcdir/tests/cli/lib.sh"
cd "$top_srcdir" || exit 1

expect list.txt "$DEMARCHE" list data/samples
expect list.json "$DEMARCHE" list --json data/samples
expect show-jeddah.txt "$DEMARCHE" show 2025-03-11-jeddah-ceasefire-proposal data/samples
expect show-geneva.json "$DEMARCHE" show --json 2025-11-23-zheneva-myrnyi-plan data/samples

for f in data/samples/*; do
	"$DEMARCHE" show --json "$f" >"$T/show.json" 2>"$T/err"
	st=$?
	python3 tests/cli/spans.py "$f" <"$T/show.json" >"$T/why" 2>&1
	ok $((st + $?)) "spans of $(basename "$f") slice back to the text"
	sed 's/^/#   /' "$T/why" | head -5
done

"$DEMARCHE" list >"$T/default" 2>&1
"$DEMARCHE" list data/samples >"$T/explicit" 2>&1
cut -f1-4 "$T/default" >"$T/default.ids"
cut -f1-4 "$T/explicit" >"$T/explicit.ids"
cmp -s "$T/default.ids" "$T/explicit.ids"
ok $? "no PATH means the bundled sample corpus"
DEMARCHE_CORPUS=data/samples/2015-02-12-minsk-ii-package.txt "$DEMARCHE" list >"$T/env"
is "$(wc -l <"$T/env" | tr -d ' ')" 1 "DEMARCHE_CORPUS names the corpus"

mkdir "$T/empty"
"$DEMARCHE" list --json "$T/empty" >"$T/out" 2>&1
is "$?:$(cat "$T/out")" "0:[]" "an empty corpus prints [] and exits 0"

"$DEMARCHE" show no-such-article data/samples >/dev/null 2>"$T/err"
is "$?" 2 "an unknown article exits 2"
grep -q "^demarche: no article 'no-such-article'" "$T/err"
ok $? "and says which"
"$DEMARCHE" list "$T/missing" >/dev/null 2>"$T/err"
is "$?" 2 "a missing path exits 2"
grep -q "cannot read '$T/missing': No such file or directory" "$T/err"
ok $? "with the path and the reason"
"$DEMARCHE" list --bogus >/dev/null 2>"$T/err"
is "$?" 2 "an unknown option exits 2"
grep -q "^usage: demarche list" "$T/err"
ok $? "and prints the usage"
for c in list show; do
	"$DEMARCHE" $c --help | grep -q "^usage: demarche $c"
	ok $? "$c --help"
done
"$DEMARCHE" --version | grep -q "^demarche [0-9]"
ok $? "--version"

# The second start is served by the catalogue and gives the same answer.
"$DEMARCHE" list --json data/samples >"$T/first"
"$DEMARCHE" list --json data/samples >"$T/second"
cmp -s "$T/first" "$T/second"
ok $? "the catalogue gives the same answer"
ls "$XDG_CACHE_HOME"/demarche/*.catalog >/dev/null 2>&1
ok $? "a catalogue was saved in the cache directory"

# A file rewritten at the same size within the same mtime tick looks
# unchanged to stat; the catalogue must not trust an entry that young.
mkdir "$T/racy"
cp data/samples/*.txt "$T/racy/"
printf 'Title: Aaaa\n\nOne.\n' >"$T/racy/0000-racy.txt"
touch -d '@1700000000' "$T/racy"/*.txt
touch "$T/racy/0000-racy.txt"
"$DEMARCHE" list "$T/racy" >/dev/null
ref=$(stat -c %y "$T/racy/0000-racy.txt")
printf 'Title: Bbbb\n\nOne.\n' >"$T/racy/0000-racy.txt"
touch -d "$ref" "$T/racy/0000-racy.txt"
"$DEMARCHE" list "$T/racy" | grep -q Bbbb
ok $? "a same-size rewrite in the same mtime tick is seen"
done_testing
