#!/bin/sh
# search-many: -f FILE reads one pattern a line, and tens of thousands of
# patterns (-f or -e) are compiled together: 60,000 took 25 s on a small
# corpus, one pattern at a time.  The answer equals grep -F -f's, with and
# without the index; a wrong pattern among many is named; an empty file
# matches nothing.  Runs are bounded by timeout (times are bench/'s).
. "$top_srcdir/tests/cli/lib.sh"
S="$top_srcdir/data/samples"
${PYTHON3:-python3} - "$S" "$T/words" <<'PY'
import os, re, sys
samples, out = sys.argv[1:3]
words = set()
for fn in sorted(os.listdir(samples)):
    words.update(re.findall(r'[A-Za-z]{5,}', open(os.path.join(samples, fn),
                                                   encoding='utf-8').read()))
words = sorted(words)[::7]
junk = ['qq%05dzx' % i for i in range(60000 - len(words))]
open(out, 'w').write('\n'.join(junk[:30000] + words + junk[30000:]) + '\r\n')
PY
[ "$(wc -l <"$T/words")" -ge 60000 ]
ok $? "60,000 patterns written"
cd "$S" || exit 1
grep -c -F -f "$T/words" -- * | grep -v ':0$' | sed 's/^/.\//' >"$T/want"
for flag in "" --no-index; do
	timeout 60 "$DEMARCHE" search $flag -s -c -f "$T/words" . \
	    >"$T/out" 2>"$T/err"
	st=$?
	is "$st" 0 "-f with 60,000 patterns $flag: exit 0"
	sort "$T/out" | diff - "$T/want" >"$T/diff"
	ok $? "-f with 60,000 patterns $flag: what grep -F -f finds"
	sed 's/^/#   /' "$T/diff" | head -5
done
printf 'peace\n(\\w)\\1{2}\nq{\n' >"$T/three"
timeout 60 "$DEMARCHE" search -c -f "$T/three" . >/dev/null 2>"$T/err"
is $? 0 "-f: a lone brace is a literal, as in PCRE2"
printf 'peace\na)|(b\n' >"$T/bad"
timeout 60 "$DEMARCHE" search -c -f "$T/bad" . >/dev/null 2>"$T/err"
is $? 2 "-f with a wrong pattern: exit 2"
grep -q "in 'a)|(b'" "$T/err"
ok $? "the wrong pattern is named, not hidden by its neighbours"
: >"$T/empty"
"$DEMARCHE" search -c -f "$T/empty" . >"$T/out" 2>&1
is $? 1 "an empty -f file matches nothing"
"$DEMARCHE" search -f "$T/missing" . >/dev/null 2>"$T/err"
is $? 2 "a missing -f file: exit 2"
grep -q "cannot read '$T/missing'" "$T/err"
ok $? "a missing -f file is named"
done_testing
