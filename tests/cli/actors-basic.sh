#!/bin/sh
# demarche actors on a small article written for this test: the table,
# --json, the filters and --explain.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c"
cat >"$T/c/2024-05-02-talks.txt" <<'TXT'
Envoys meet again

US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on
Thursday. Putin said the Kremlin was ready to talk. A senior Ukrainian
negotiator, Oksana Brightwater, said Kyiv would not give up land.
Brightwater added that Europe backed Ukraine.
TXT

"$DEMARCHE" actors "$T/c" >"$T/out" 2>"$T/err"
ok $? "actors prints a table"
grep -q "RUS   person  Vladimir Putin" "$T/out"
ok $? "Putin listed as a Russian person"
is "$(wc -c <"$T/err" | tr -d ' ')" 0 "no warning"

"$DEMARCHE" actors --json "$T/c" >"$T/a.json"
ok $? "actors --json"
python3 - "$T/a.json" <<'PY'
import json, sys
acts = json.load(open(sys.argv[1]))
by = {a["name"]: a for a in acts}
for a in acts:
    for k in ("name", "kind", "side", "aliases", "titles", "mentions",
              "articles", "spans"):
        assert k in a, (k, a)
    assert len(a["spans"]) == a["mentions"], a
assert by["Vladimir Putin"]["side"] == "RUS" and by["Vladimir Putin"]["mentions"] == 2
assert by["Oksana Brightwater"]["side"] == "UKR", by["Oksana Brightwater"]
assert by["Oksana Brightwater"]["kind"] == "person"
assert by["Steve Witkoff"]["side"] == "USA"
assert "European Union" in by and by["European Union"]["side"] == "EUR"
for bad in ("Envoys", "Thursday", "A", "Envoys meet again"):
    assert bad not in by, bad
ms = [a["mentions"] for a in acts]
assert ms == sorted(ms, reverse=True), ms
PY
ok $? "JSON contract, sides, merged surnames, no heading or weekday"

python3 - "$T/a.json" "$T/c/2024-05-02-talks.txt" <<'PY'
import json, sys
acts = json.load(open(sys.argv[1]))
data = open(sys.argv[2], "rb").read()
for a in acts:
    names = [a["name"].casefold()] + [x.casefold() for x in a["aliases"]]
    for s in a["spans"]:
        t = data[s["start"]:s["end"]].decode()
        assert " ".join(t.split()).casefold() in names, (t, names)
PY
ok $? "every span slices back to the name or an alias"

"$DEMARCHE" actors --json --side UKR --kind person "$T/c" >"$T/u.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a and all(x["side"]=="UKR" and x["kind"]=="person" for x in a), a' "$T/u.json"
ok $? "--side and --kind filter"

"$DEMARCHE" actors --explain "$T/c" >"$T/e.txt"
grep -q "side: apposition before the name.*Oksana Brightwater" "$T/e.txt"
ok $? "--explain gives the rule and the sentence"
grep -q "side: dictionary (.*actors.dict:[0-9]*)" "$T/e.txt"
ok $? "--explain gives the dictionary line"

"$DEMARCHE" actors --side XYZ "$T/c" >/dev/null 2>"$T/err"
is $? 2 "unknown side is an error"
done_testing
