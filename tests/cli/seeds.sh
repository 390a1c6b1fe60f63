#!/bin/sh
# Properties of list and show on the real seed articles in ../shared/seeds
# (never stored here); skipped when that folder is absent.
. "$top_srcdir/tests/cli/lib.sh"
[ -d "$SHARED/seeds" ] || skip_all "../shared/seeds is absent"

"$DEMARCHE" list --json "$SHARED/seeds" >"$T/list.json" 2>"$T/err"
ok $? "list on the seeds"
is "$(wc -c <"$T/err" | tr -d ' ')" 0 "without a warning"
python3 - "$T/list.json" <<'PY'
import json, sys
arts = json.load(open(sys.argv[1]))
assert len(arts) == 2, len(arts)
for a in arts:
    t = a["title"]
    # A sensible title: one sentence of the text, not the file name.
    assert 20 <= len(t) <= 250 and t[0].isupper() and a["id"] not in t, t
    assert a["sentences"] > 10 and a["words"] > 200, a
PY
ok $? "both seeds listed with sensible titles"
for f in "$SHARED"/seeds/*.txt; do
	"$DEMARCHE" show --json "$f" >"$T/show.json"
	python3 "$top_srcdir/tests/cli/spans.py" "$f" <"$T/show.json"
	ok $? "spans of $(basename "$f") slice back to the text"
done
done_testing
