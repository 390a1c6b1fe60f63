#!/bin/sh
# demarche positions and demarche diff on small articles of our own: the
# JSON contract, the filters, the three diff views, user data files and
# hostile input.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || skip_all "python3 is absent"

C="$T/corpus"
mkdir -p "$C"
cat >"$C/early.txt" <<'END'
Title: Early talk
Date: 2024-02-01

Russia rejected the ceasefire on Monday.

Kyiv welcomed the truce proposed by the United States.

Zelensky has repeatedly rejected the idea of recognising Crimea as Russian.

The United States wants Kyiv to accept the annexation of Crimea.

Putin did not reject the ceasefire.
END
cat >"$C/later.txt" <<'END'
Title: Later talk
Date: 2025-06-01

The Kremlin said Moscow now accepts a truce.

If Russia were to sign a ceasefire, the EU would ease sanctions.
END

"$DEMARCHE" positions --json "$C" >"$T/pos.json" 2>"$T/err"
ok $? "positions --json runs"
"$PY" - "$T/pos.json" <<'END'
import json, sys
data = json.load(open(sys.argv[1]))
need = ["issue", "side", "stance", "cue", "holder", "modality", "sentence",
        "file", "id", "start", "end", "line", "column"]
assert isinstance(data, list) and data, "an array of positions"
for p in data:
    for k in need:
        assert k in p, "missing %s in %r" % (k, p)
    assert p["stance"] in ("support", "oppose"), p
    assert p["modality"] == "stated", p
    raw = open(p["file"], "rb").read()[p["start"]:p["end"]]
    assert raw.decode("utf-8") == p["sentence"], "span is the sentence"
got = sorted({(p["issue"], p["side"], p["stance"]) for p in data})
want = sorted({("ceasefire", "RUS", "oppose"), ("ceasefire", "UKR", "support"),
               ("ceasefire", "USA", "support"), ("territory", "UKR", "oppose"),
               ("territory", "USA", "support"), ("ceasefire", "RUS", "support")})
assert got == want, "got %r" % (got,)
END
ok $? "the JSON contract holds and the positions are right"

"$DEMARCHE" positions --json --all "$C" | grep -q '"modality": "hypothetical"'
ok $? "--all adds the hypothetical"
n=$("$DEMARCHE" positions --json --side UKR "$C" | grep -c '"side": "UKR"')
is "$n" 2 "--side keeps one side"
n=$("$DEMARCHE" positions --json --issue territory "$C" | grep -c '"issue"')
is "$n" 2 "--issue keeps one issue"
"$DEMARCHE" positions --issue nosuch "$C" >/dev/null 2>"$T/err"
is $? 2 "an unknown issue is an error"
"$DEMARCHE" positions --explain "$C" >"$T/explain"
grep -q "found as relative\|found as passive" "$T/explain"
ok $? "--explain says how the holder was found"

"$DEMARCHE" diff USA UKR "$C" >"$T/diff"
grep -q "^! territory *support *oppose *differ" "$T/diff"
ok $? "USA and UKR differ on territory"
grep -q "^  ceasefire *support *support *agree" "$T/diff"
ok $? "USA and UKR agree on the ceasefire"
"$DEMARCHE" diff --json USA UKR "$C" >"$T/diff.json"
"$PY" - "$T/diff.json" <<'END'
import json, sys
d = {x["issue"]: x for x in json.load(open(sys.argv[1]))}
assert d["territory"]["relation"] == "differ"
assert d["territory"]["USA"] == "support" and d["territory"]["UKR"] == "oppose"
assert d["ceasefire"]["relation"] == "agree"
assert all(e["sentence"] for x in d.values() for e in x["evidence"])
END
ok $? "diff --json: stances, relation and evidence"
"$DEMARCHE" diff --matrix "$C" >"$T/matrix"
pm=$(printf '\302\261')
grep -q "^ceasefire *+1 *${pm}1/1 *+1 *\$" "$T/matrix"
ok $? "the matrix marks RUS both ways on the ceasefire, one each"
head -1 "$T/matrix" | grep -q "USA *RUS *UKR *EUR *OTH\$"
ok $? "the matrix has a column for every side, OTH included"
"$DEMARCHE" diff RUS UKR "$C" >"$T/diff-mixed"
grep -q "^! ceasefire *both *support *mixed" "$T/diff-mixed"
ok $? "a side that is both for and against is mixed, not in agreement"
"$DEMARCHE" diff --json --since 2025-01-01 RUS "$C" >"$T/since.json"
"$PY" - "$T/since.json" <<'END'
import json, sys
d = {x["issue"]: x for x in json.load(open(sys.argv[1]))}
c = d["ceasefire"]
assert (c["before"], c["after"], c["change"]) == ("oppose", "support", "changed"), c
END
ok $? "diff --since shows Russia moving on the ceasefire"
"$DEMARCHE" diff USA >/dev/null 2>&1
is $? 2 "diff needs two sides"
"$DEMARCHE" diff USA XYZ "$C" >/dev/null 2>&1
is $? 2 "an unknown side is an error"

# User data files extend the shipped ones; bad lines are reported.
mkdir -p "$XDG_CONFIG_HOME/demarche"
printf 'drones\tstrike drones\n' >"$XDG_CONFIG_HOME/demarche/issues"
printf 'drones + drone deliveries\nnosuch + x\n' \
    >"$XDG_CONFIG_HOME/demarche/triggers"
printf 'Germany halted drone deliveries.\n' >"$T/drones.txt"
"$DEMARCHE" positions --json "$T/drones.txt" >"$T/user.json" 2>"$T/err"
ok $? "user data files load"
grep -q "triggers:2: unknown issue" "$T/err"
ok $? "a bad user line is reported with file:line"
grep -q '"issue": "drones"' "$T/user.json"
ok $? "a user issue and trigger are used"
"$DEMARCHE" dict --check >"$T/out" 2>"$T/err"
is $? 1 "dict --check finds the bad positions line"
grep -q "triggers:2: unknown issue" "$T/err"
ok $? "and names it with file:line"
"$DEMARCHE" dict --check "$top_srcdir/data/positions/triggers" \
    "$top_srcdir/data/positions/cues" "$top_srcdir/data/positions/markers" \
    >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" "0:" "the shipped positions files lint clean"
rm -rf "$XDG_CONFIG_HOME/demarche"

# Hostile input never crashes it.
H="$T/hostile"
mkdir -p "$H"
printf '' >"$H/empty.txt"
printf '"""\n, , which by by Russia rejected\n\n\xff\xfe bad \xc3 bytes\n' \
    >"$H/odd.txt"
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "Russia rejected "; print "." }' \
    >"$H/long.txt"
"$DEMARCHE" positions --json "$H" >/dev/null 2>&1
st=$?
[ $st -eq 0 ] || [ $st -eq 2 ]
ok $? "hostile input: clean exit ($st)"
"$DEMARCHE" diff --matrix "$H" >/dev/null 2>&1
st=$?
[ $st -eq 0 ] || [ $st -eq 2 ]
ok $? "hostile input to diff: clean exit ($st)"

if [ -d "$SHARED/seeds" ]; then
	"$DEMARCHE" diff USA UKR "$SHARED/seeds" >"$T/seeds.diff"
	grep -q "^  ceasefire .*agree" "$T/seeds.diff"
	ok $? "seeds: USA and UKR agree on the ceasefire"
	grep -q "^! territory .*differ" "$T/seeds.diff"
	ok $? "seeds: USA and UKR split on territory"
	"$DEMARCHE" diff --json --matrix "$SHARED/seeds" >"$T/seeds.m"
	"$PY" -c 'import json,sys; m={x["issue"]:x for x in json.load(open(sys.argv[1]))}; sys.exit(m["ceasefire"]["RUS"]["stance"]!="oppose")' "$T/seeds.m"
	ok $? "seeds: Russia against the ceasefire in the matrix"
fi
# A news conference of our own: three speakers, a host, a moderator and a
# journalist.  Every position is a speaker's; the host, the moderator and
# the journalist's questions give none.
TURNS="$top_srcdir/tests/gold/hard-cases/2025-06-03-press-conference-turns.txt"
"$DEMARCHE" positions --json "$TURNS" >"$T/turns.json"
"$PY" - "$T/turns.json" <<'END'
import json, sys
pos = json.load(open(sys.argv[1]))
speakers = {"Rustem Umerov": "UKR", "Ukraine": "UKR", "Vladimir Medinsky":
            "RUS", "Russia": "RUS", "Marco Rubio": "USA",
            "United States": "USA"}
assert len(pos) >= 5, pos
for p in pos:
    assert speakers.get(p["holder"]) == p["side"], p
    assert not p["sentence"].startswith(("Question:", "Anna Reyes:",
                                         "Moderator:", "Hakan Fidan:")), p
    assert "Will Russia" not in p["sentence"], p
END
ok $? "a transcript's positions are its speakers', none a questioner's"
"$DEMARCHE" positions --explain "$TURNS" >"$T/turns.txt"
grep -q 'holder "Rustem Umerov" found as turn; side UKR from dictionary' \
    "$T/turns.txt" && grep -q 'not negated, stated$' "$T/turns.txt"
ok $? "--explain names the turn, the negation and the modality"
# A language the data files do not hold (ours, in German) gives no
# position, even where an English trigger stands in it.
mkdir -p "$T/de"
cat >"$T/de/gespraeche.txt" <<'END'
Gespräche in Genf

Die beiden Delegationen trafen sich am Sonntag in Genf. Russland lehnt die
Gespräche ab, sagte der Sprecher, und die NATO sanctions seien nutzlos.
Die Ukraine will weiter verhandeln, und Europa unterstützt sie dabei.
END
# The header's language counts: English words in an article said to be
# Danish are not read.
cat >"$T/de/declared.txt" <<'END'
Title: Erklæring
Language: da

Russia rejected the ceasefire, and Kyiv supported the talks.
END
"$DEMARCHE" list --json "$T/de" | grep -q '"language": "und"'
ok $? "a German text is of an undetermined language"
n=$("$DEMARCHE" positions --json "$T/de" | grep -c '"issue"')
is "$n" 0 "a language without data files gives no position"
"$DEMARCHE" positions --explain "$T/de" >"$T/de.explain"
grep -q "^note: .*declared.txt: no data files for its language (da)" \
    "$T/de.explain"
ok $? "--explain says why a declared language gave nothing"
grep -q "^note: .*gespraeche.txt: its language could not be told" \
    "$T/de.explain"
ok $? "--explain says why an undetermined one gave nothing"
"$DEMARCHE" positions --json --explain "$T/de" >"$T/de.json" \
    2>"$T/de.err"
is "$(cat "$T/de.json")" "[]" "with --json the notes keep out of the JSON"
grep -q "^note: .*declared.txt" "$T/de.err"
ok $? "and go to standard error"
done_testing
