#!/bin/sh
# The per-article actors cache: a second run reads it and prints the same,
# a changed article is extracted again, a damaged or truncated cache file
# is ignored and rewritten, a dictionary change invalidates it.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c"
cat >"$T/c/2024-05-02-envoys.txt" <<'TXT'
Envoys meet again

US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on
Thursday. Putin said the Kremlin was ready to talk.
TXT
cat >"$T/c/2024-05-03-kyiv.txt" <<'TXT'
Kyiv answers

A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv would not give
up land. Brightwater added that Europe backed Ukraine.
TXT
cat >"$T/c/2024-05-04-quiet.txt" <<'TXT'
A quiet day

Nothing happened on the front line, the weather was mild.
TXT

stats() {	# stats NAME: run with --stats, JSON to $T/NAME.json
	"$DEMARCHE" actors --stats --json "$T/c" >"$T/$1.json" 2>"$T/$1.err"
	st=$?
	sed -n 's/^actors: \(.*\) in [0-9.]* ms$/\1/p' "$T/$1.err"
	return $st
}

got=$(stats first)
ok $? "the first run succeeds"
is "$got" "3 articles, 0 from the cache, 3 extracted" "the first run extracts every article"
ls "$XDG_CACHE_HOME"/demarche/*.actors >/dev/null 2>&1
ok $? "the cache file is written next to the catalogue"
CACHE=$(ls "$XDG_CACHE_HOME"/demarche/*.actors | head -1)

got=$(stats second)
is "$got" "3 articles, 3 from the cache, 0 extracted" "the second run reads the cache"
cmp -s "$T/first.json" "$T/second.json"
ok $? "the cached result is the same"

# A changed article (another size, so the catalogue sees it too).
cat >"$T/c/2024-05-03-kyiv.txt" <<'TXT'
Kyiv answers

A senior Ukrainian negotiator, Oksana Brightwater, said Kyiv would not give
up land. Brightwater added that Europe backed Ukraine, and Prime Minister
Keir Starmer agreed.
TXT
got=$(stats changed)
is "$got" "3 articles, 2 from the cache, 1 extracted" "a changed article is extracted again"
grep -q '"Keir Starmer"' "$T/changed.json"
ok $? "its new actor is there"
got=$(stats again)
is "$got" "3 articles, 3 from the cache, 0 extracted" "and cached for the next run"

# Flip one bit in the middle of the file: it must not be trusted.
python3 - "$CACHE" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[len(b) // 2] ^= 0x10
open(p, "wb").write(b)
PY
got=$(stats flipped)
is "$got" "3 articles, 0 from the cache, 3 extracted (damaged cache ignored)" "a bit-flipped cache is rejected"
cmp -s "$T/again.json" "$T/flipped.json"
ok $? "and the output is still right"
got=$(stats rebuilt)
is "$got" "3 articles, 3 from the cache, 0 extracted" "the rejected cache was rebuilt"

# A truncated file and a file of garbage.
head -c 40 "$CACHE" >"$T/short" && cp "$T/short" "$CACHE"
got=$(stats truncated)
is "$got" "3 articles, 0 from the cache, 3 extracted (damaged cache ignored)" "a truncated cache is rejected"
printf 'not a cache at all' >"$CACHE"
got=$(stats garbage)
is "$got" "3 articles, 0 from the cache, 3 extracted (damaged cache ignored)" "a foreign file is rejected"
cmp -s "$T/again.json" "$T/garbage.json"
ok $? "the output does not depend on the cache"

# Well-formed records (right keys and CRCs) whose payloads are garbage:
# each is rejected when decoded and extracted again.
stats fresh >/dev/null
python3 - "$CACHE" <<'PY'
import random, struct, sys, zlib
p = sys.argv[1]
b = open(p, "rb").read()
ver, dv, n = struct.unpack_from("<IQI", b, 8)
off, recs = 28, []
for i in range(n):
    key, ln, crc = struct.unpack_from("<QII", b, off)
    payload = bytearray(b[off + 16:off + 16 + ln])
    off += 16 + ln
    rnd = random.Random(i)
    for j in range(0, len(payload), 7):
        payload[j] = rnd.randrange(256)
    recs.append((key, bytes(payload)))
head = b"DMACTRS\n" + struct.pack("<IQI", ver, dv, n)
out = head + struct.pack("<I", zlib.crc32(head))
for key, pl in recs:
    out += struct.pack("<QII", key, len(pl), zlib.crc32(pl)) + pl
open(p, "wb").write(out)
PY
got=$(stats crafted)
is "$got" "3 articles, 0 from the cache, 3 extracted" "records that do not decode are extracted again"
cmp -s "$T/again.json" "$T/crafted.json"
ok $? "and the output is still right"

# Another dictionary version: the cache is stale, not damaged.
mkdir -p "$XDG_CONFIG_HOME/demarche"
echo "person | OTH | Oksana Brightwater | Brightwater |" \
    >"$XDG_CONFIG_HOME/demarche/actors.dict"
got=$(stats newdict)
is "$got" "3 articles, 0 from the cache, 3 extracted" "a dictionary change invalidates the cache"

# An unwritable cache directory only costs the cache.
chmod a-w "$XDG_CACHE_HOME/demarche"
if [ ! -w "$XDG_CACHE_HOME/demarche" ]; then
	rm -f "$CACHE" 2>/dev/null
	"$DEMARCHE" actors --json "$T/c" >"$T/ro.json" 2>"$T/ro.err"
	ok $? "an unwritable cache is not an error"
else
	ok 0 "an unwritable cache is not an error # SKIP running as root"
fi
chmod u+w "$XDG_CACHE_HOME/demarche"
done_testing
