#!/bin/sh
# demarche dict --check and user dictionaries in $XDG_CONFIG_HOME/demarche.
. "$top_srcdir/tests/cli/lib.sh"

"$DEMARCHE" dict --check >"$T/out" 2>"$T/err"
is $? 0 "the shipped dictionaries lint clean"
is "$(cat "$T/err")" "" "without a message"

mkdir -p "$XDG_CONFIG_HOME/demarche" "$T/c"
printf 'person | USA | Ann Example | Example\nperson | XYZ | Bad Side\norg\n' \
    >"$XDG_CONFIG_HOME/demarche/actors.dict"
"$DEMARCHE" dict --check >"$T/out" 2>"$T/err"
is $? 1 "a bad user line makes the check fail"
grep -q "actors.dict:2: unknown side 'XYZ'" "$T/err"
ok $? "the problem is reported with file and line"
grep -q "actors.dict:3: expected 3 to 5 fields" "$T/err"
ok $? "a short line is reported"

printf 'Ann Example said the talks went well.\n' >"$T/c/a.txt"
"$DEMARCHE" actors --json "$T/c/a.txt" >"$T/a.json" 2>"$T/err"
ok $? "actors still runs with a bad user line"
grep -q "actors.dict:2" "$T/err"
ok $? "and warns about it"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert any(x["name"]=="Ann Example" and x["side"]=="USA" for x in a), a' "$T/a.json"
ok $? "the user entry is used"

printf 'RUS | Zelensky\n' >"$T/countries.dict"
"$DEMARCHE" dict --check "$T/countries.dict" >/dev/null 2>&1
is $? 0 "a named file is checked"
"$DEMARCHE" dict --check "$T/nosuch.dict" >/dev/null 2>&1
is $? 2 "a missing file is an error"
"$DEMARCHE" dict >/dev/null 2>&1
is $? 2 "dict without --check is a usage error"
done_testing
