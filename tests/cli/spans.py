#!/usr/bin/env python3
"""spans.py FILE < show.json: every text in `demarche show --json` (blocks,
headings, sentences) equals the file's bytes from start to end, and line
and column agree with the offsets.  Prints what is wrong; exit 1 if any."""
import json
import sys

raw = open(sys.argv[1], "rb").read()
doc = json.load(sys.stdin)
bad = 0
items = doc["blocks"] + doc["headings"] + doc["sentences"]
for it in items:
    s, e = it["start"], it["end"]
    if raw[s:e].decode("utf-8", "replace") != it["text"]:
        print("text differs at %d-%d" % (s, e))
        bad += 1
    line = raw.count(b"\n", 0, s) + 1
    col = s - (raw.rfind(b"\n", 0, s) + 1) + 1
    if (line, col) != (it["line"], it["column"]):
        print("line/column %d:%d, want %d:%d" % (it["line"], it["column"],
                                                   line, col))
        bad += 1
if not doc["sentences"] and raw.strip():
    print("no sentences")
    bad += 1
sys.exit(1 if bad else 0)
