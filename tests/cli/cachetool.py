#!/usr/bin/env python3
"""cachetool.py flip|scramble FILE [STRIDE]: damage a per-article cache
file (the actor-cache format shared by the actors and positions caches).

flip      flips one bit in the middle of the file.
scramble  keeps the header and every record's key, length and CRC right
          but overwrites every STRIDE-th byte of each payload (default 7),
          so the damage is only seen when a record is decoded."""
import random
import struct
import sys
import zlib


def flip(path):
    b = bytearray(open(path, "rb").read())
    b[len(b) // 2] ^= 0x10
    open(path, "wb").write(b)


def scramble(path, stride):
    b = open(path, "rb").read()
    magic = b[:8]
    ver, dv, n = struct.unpack_from("<IQI", b, 8)
    off, recs = 28, []
    for i in range(n):
        key, ln, _crc = struct.unpack_from("<QII", b, off)
        payload = bytearray(b[off + 16:off + 16 + ln])
        off += 16 + ln
        rnd = random.Random(i)
        for j in range(0, len(payload), stride):
            payload[j] = rnd.randrange(256)
        recs.append((key, bytes(payload)))
    head = magic + struct.pack("<IQI", ver, dv, n)
    out = head + struct.pack("<I", zlib.crc32(head))
    for key, pl in recs:
        out += struct.pack("<QII", key, len(pl), zlib.crc32(pl)) + pl
    open(path, "wb").write(out)


if sys.argv[1] == "flip":
    flip(sys.argv[2])
else:
    scramble(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 7)
