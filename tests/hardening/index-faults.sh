#!/bin/sh
# Fault tests for the search index: segments and the manifest truncated,
# bit-flipped, of a newer format version, foreign, or missing; a full disk
# while saving (DEMARCHE_FAIL_WRITE); kill -9 at random points of a build;
# two instances indexing and searching at once.  Every time, the answers
# equal a full scan (--no-index), damage is reported and the index rebuilt,
# and a killed or failed build leaves the previous index usable.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
C="$T/corpus"
"$PY" - "$C" <<'EOF'
import os, random, sys
d = sys.argv[1]
rnd = random.Random(3)
who = ['The envoy', 'Russia', 'Ukraine', 'The United States', 'The EU',
       'A spokesman', 'The negotiators', 'Зеленський', 'Кремль']
did = ['proposed a ceasefire', 'rejected the plan', 'asked for guarantees',
       'called for talks in Geneva', 'agreed to a prisoner exchange',
       'warned about the deadline', 'відхилив пропозицію',
       'обговорив перемир\u02bcя']
for i in range(400):
    sub = os.path.join(d, 'd%d' % (i % 8))
    os.makedirs(sub, exist_ok=True)
    body = ' '.join('%s %s on day %d, code w%05dx.' % (rnd.choice(who),
            rnd.choice(did), rnd.randrange(400), rnd.randrange(3000))
            for _ in range(rnd.randrange(3, 40)))
    with open(os.path.join(sub, '2025-01-%02d-r%04d.txt' % (1 + i % 28, i)),
              'w') as f:
        f.write('Report %d on the talks\n\n%s\n' % (i, body))
EOF
PATS="ceasefire зеленськ w0012[0-9]x (?i)GENEVA|JEDDAH пропозиц.ю day\s3\d\d\b"

# answers FILE [FLAGS]: the counts of every pattern, into FILE.
answers() {
	out=$1
	shift
	: >"$out"
	: >"$T/answers.err"
	for p in $PATS; do
		"$DEMARCHE" search "$@" -c -e "$p" "$C" >>"$out" 2>>"$T/answers.err"
		echo "exit $?" >>"$out"
	done
}

same() {	# same DESCRIPTION: indexed answers equal the full scan's
	answers "$T/got"
	cp "$T/answers.err" "$T/got.err"
	if cmp -s "$T/got" "$T/want"; then ok 0 "$1"; else
		ok 1 "$1"
		diff "$T/want" "$T/got" | head -10 | sed 's/^/#   /'
	fi
}

warned() {	# warned DESCRIPTION: the last searches reported the damage
	grep -q "index" "$T/got.err"
	ok $? "$1"
	LC_ALL=C tr -d '\t\n\040-\176\200-\377' <"$T/got.err" | wc -c |
	    grep -qx 0 || ok 1 "$1: the warning is terminal-safe"
}

quiet() {	# quiet DESCRIPTION: the last searches warned of nothing
	if [ -s "$T/got.err" ]; then
		ok 1 "$1"
		head -5 "$T/got.err" | sed 's/^/#   /'
	else
		ok 0 "$1"
	fi
}

answers "$T/want" --no-index
grep -q '^exit 0' "$T/want"
ok $? "the full scan finds things"
"$DEMARCHE" index "$C" >/dev/null 2>"$T/err"
ok $? "index builds"
IX=$(ls -d "$XDG_CACHE_HOME"/demarche/*.index)
[ -f "$IX/manifest" ] && ls "$IX"/seg-* >/dev/null 2>&1
ok $? "the index has a manifest and segments"
same "indexed answers equal the full scan"
quiet "and nothing is reported"

SEG=$(ls "$IX"/seg-* | head -1)
cp -p "$SEG" "$T/seg.good"
cp -p "$IX/manifest" "$T/manifest.good"

# damage WHAT FILE PYTHON-EXPR: rewrite FILE's bytes d with the expression,
# then check the damage is reported, answers stay right and the index is
# rebuilt (a second round is quiet).
damage() {
	what=$1 file=$2 expr=$3
	"$PY" - "$file" "$expr" <<'EOF'
import sys, zlib, struct
path, expr = sys.argv[1], sys.argv[2]
d = bytearray(open(path, 'rb').read())
def flip(at):
    d[at % len(d)] ^= 0x10
def u32(at, v):
    d[at:at + 4] = struct.pack('<I', v)
def reseal(at, upto):		# a CRC-32 of d[0:upto] at offset at
    u32(at, zlib.crc32(bytes(d[0:upto])))
exec(expr)
open(path, 'wb').write(bytes(d))
EOF
	same "$what: answers still equal the full scan"
	if [ "${lazy:-0}" = 1 ]; then
		# Blocks are checked when read: a block no query reads may
		# stay unnoticed, and then must not matter.
		grep -q "index" "$T/got.err" ||
		    echo "# $what: not read by these queries, not reported"
	else
		warned "$what: the damage is reported"
	fi
	same "$what: answers after the rebuild"
	quiet "$what: the index was rebuilt (nothing more to report)"
	SEG=$(ls "$IX"/seg-* | head -1)
}

damage "segment truncated to its header" "$SEG" 'del d[100:]'
damage "segment truncated by one byte" "$SEG" 'del d[-1:]'
damage "segment header bit-flipped" "$SEG" 'flip(40)'
lazy=1
damage "segment table bit-flipped" "$SEG" 'flip(len(d) * 2 // 3)'
damage "segment postings bit-flipped" "$SEG" 'flip(200)'
lazy=0
damage "segment end bit-flipped" "$SEG" 'flip(len(d) - 3)'
damage "segment of a newer version" "$SEG" 'u32(8, 99); reseal(164, 164)'
damage "segment of foreign bytes" "$SEG" 'd[:] = bytes(range(256)) * 64'
damage "empty segment" "$SEG" 'd[:] = b""'
damage "manifest truncated" "$IX/manifest" 'del d[len(d) // 2:]'
damage "manifest bit-flipped" "$IX/manifest" 'flip(len(d) // 2)'
damage "manifest of a newer version" "$IX/manifest" \
    'u32(8, 99); del d[-4:]; d += b"0000"; reseal(len(d) - 4, len(d) - 4)'
damage "manifest of foreign bytes" "$IX/manifest" 'd[:] = b"{}\n" * 50'
rm -f "$SEG"
same "a missing segment: answers still equal the full scan"
warned "a missing segment is reported"
same "a missing segment: answers after the rebuild"
quiet "a missing segment: rebuilt"

# A full disk while saving an update keeps the previous index.
for f in "$C"/d0/*.txt; do printf 'Late addition about a ceasefire.\n' >>"$f"; done
# Dated in the past, or the catalogue would read them again (racy) and
# its save would be the first commit of 'index'.
touch -d '10 seconds ago' "$C"/d0/*.txt
"$DEMARCHE" list "$C" >/dev/null 2>&1	# the catalogue first: then the
cp -p "$IX/manifest" "$T/manifest.before"	# first commit is the manifest's
DEMARCHE_FAIL_WRITE=1 "$DEMARCHE" index "$C" >/dev/null 2>"$T/err"
st=$?
[ "$st" -ne 0 ] && grep -q 'No space left' "$T/err"
ok $? "full disk: index fails and says why (exit $st)"
cmp -s "$IX/manifest" "$T/manifest.before"
ok $? "full disk: the previous manifest is kept"
answers "$T/want" --no-index
same "full disk: answers from the previous index equal the full scan"
quiet "full disk: the previous index is still trusted"
"$DEMARCHE" index "$C" >/dev/null 2>&1
is "$(ls "$IX" | grep -c '^seg-')" \
    "$(LC_ALL=C grep -ao 'seg-[0-9a-f]*' "$IX/manifest" | sort -u | wc -l)" \
    "full disk: the next build leaves no orphan segment"

# kill -9 at random points of an update: the previous index stays usable.
i=0 bad=0
while [ $i -lt 6 ]; do
	for f in "$C"/d$((i % 8))/*.txt; do printf 'More %d.\n' $i >>"$f"; done
	"$DEMARCHE" index "$C" >/dev/null 2>&1 &
	pid=$!
	# An update takes about 0.1 s here: kill it at 10 ms to 120 ms.
	set -- 0.01 0.03 0.05 0.07 0.09 0.12
	shift $i
	sleep "$1"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	answers "$T/want" --no-index
	answers "$T/got"
	if ! cmp -s "$T/got" "$T/want" || grep -q corrupt "$T/answers.err"; then
		bad=$((bad + 1))
		head -3 "$T/answers.err" | sed 's/^/#   /'
	fi
	i=$((i + 1))
done
is "$bad" 0 "kill -9 during index never costs a right answer or a rebuild"
n=$(ls "$IX" | grep -c '\.tmp\.')
"$DEMARCHE" index "$C" >/dev/null 2>&1
is "$(ls "$IX" | grep -c '\.tmp\.')" 0 "temporary files of killed builds are swept ($n before)"

# Two instances at once: indexing and searching in parallel.
i=0 bad=0
while [ $i -lt 4 ]; do
	for f in "$C"/d$((i % 8))/*.txt; do printf 'Again %d.\n' $i >>"$f"; done
	answers "$T/want" --no-index
	"$DEMARCHE" index "$C" >/dev/null 2>"$T/e1" &
	p1=$!
	"$DEMARCHE" index "$C" >/dev/null 2>"$T/e2" &
	p2=$!
	answers "$T/got"
	wait $p1 || bad=$((bad + 1))
	wait $p2 || bad=$((bad + 1))
	cmp -s "$T/got" "$T/want" || bad=$((bad + 1))
	cat "$T/e1" "$T/e2" "$T/answers.err" >"$T/all.err"
	if [ -s "$T/all.err" ]; then
		bad=$((bad + 1))
		head -3 "$T/all.err" | sed 's/^/#   /'
	fi
	i=$((i + 1))
done
is "$bad" 0 "two instances indexing while a third searches: all right, nothing reported"
same "after the races, answers equal the full scan"
quiet "after the races, the index is sound"
done_testing
