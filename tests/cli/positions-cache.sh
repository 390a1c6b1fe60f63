#!/bin/sh
# The per-article positions cache: a second run reads it and prints the
# same, a changed article is extracted again, a bit-flipped, truncated or
# foreign cache file is ignored and rewritten, a data change invalidates it.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c"
cat >"$T/c/2024-05-02-truce.txt" <<'TXT'
A truce on the table

Russia rejected the ceasefire on Monday. Kyiv welcomed the truce proposed
by the United States.
TXT
cat >"$T/c/2024-05-03-land.txt" <<'TXT'
Land

Zelensky said Ukraine would never accept the annexation of Crimea.
TXT
cat >"$T/c/2024-05-04-quiet.txt" <<'TXT'
A quiet day

Nothing happened on the front line, the weather was mild.
TXT

stats() {	# stats NAME: run with --stats, JSON to $T/NAME.json
	"$DEMARCHE" positions --stats --json "$T/c" >"$T/$1.json" 2>"$T/$1.err"
	st=$?
	sed -n 's/^positions: \(.*\)$/\1/p' "$T/$1.err"
	return $st
}

got=$(stats first)
ok $? "the first run succeeds"
is "$got" "3 articles, 0 from the cache, 3 extracted" "the first run extracts every article"
ls "$XDG_CACHE_HOME"/demarche/*.positions >/dev/null 2>&1
ok $? "the cache file is written next to the catalogue"
CACHE=$(ls "$XDG_CACHE_HOME"/demarche/*.positions | head -1)
grep -q '"ceasefire"' "$T/first.json"
ok $? "the positions are found"

got=$(stats second)
is "$got" "3 articles, 3 from the cache, 0 extracted" "the second run reads the cache"
cmp -s "$T/first.json" "$T/second.json"
ok $? "the cached result is the same, spans and all"

# A changed article (another size, so the catalogue sees it too).
cat >"$T/c/2024-05-03-land.txt" <<'TXT'
Land

Zelensky said Ukraine would never accept the annexation of Crimea. The EU
imposed new sanctions on Russia.
TXT
got=$(stats changed)
is "$got" "3 articles, 2 from the cache, 1 extracted" "a changed article is extracted again"
grep -q '"pressure"' "$T/changed.json"
ok $? "its new position is there"
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

head -c 40 "$CACHE" >"$T/short" && cp "$T/short" "$CACHE"
got=$(stats truncated)
is "$got" "3 articles, 0 from the cache, 3 extracted (damaged cache ignored)" "a truncated cache is rejected"
printf 'not a cache at all' >"$CACHE"
got=$(stats garbage)
is "$got" "3 articles, 0 from the cache, 3 extracted (damaged cache ignored)" "a foreign file is rejected"
cmp -s "$T/again.json" "$T/garbage.json"
ok $? "the output does not depend on the cache"

# Records with good CRCs but scrambled payloads are extracted again.
stats fresh >/dev/null
python3 - "$CACHE" <<'PY'
import random, struct, sys, zlib
p = sys.argv[1]
b = open(p, "rb").read()
magic = b[:8]
ver, dv, n = struct.unpack_from("<IQI", b, 8)
off, recs = 28, []
for i in range(n):
    key, ln, crc = struct.unpack_from("<QII", b, off)
    payload = bytearray(b[off + 16:off + 16 + ln])
    off += 16 + ln
    rnd = random.Random(i)
    for j in range(0, len(payload), 5):
        payload[j] = rnd.randrange(256)
    recs.append((key, bytes(payload)))
head = magic + struct.pack("<IQI", ver, dv, n)
out = head + struct.pack("<I", zlib.crc32(head))
for key, pl in recs:
    out += struct.pack("<QII", key, len(pl), zlib.crc32(pl)) + pl
open(p, "wb").write(out)
PY
"$DEMARCHE" positions --json "$T/c" >"$T/crafted.json" 2>"$T/crafted.err"
ok $? "records that do not decode are no error"
cmp -s "$T/again.json" "$T/crafted.json"
ok $? "and the output is still right"

# Another version of the data files: the cache is stale, not damaged.
mkdir -p "$XDG_CONFIG_HOME/demarche"
printf 'ceasefire\t+\tguns fall silent\n' \
    >"$XDG_CONFIG_HOME/demarche/triggers"
got=$(stats newdata)
is "$got" "3 articles, 0 from the cache, 3 extracted" "a data change invalidates the cache"
done_testing
