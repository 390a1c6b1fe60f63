#!/bin/sh
# Hostile input never crashes actors: invalid UTF-8, NUL bytes, control
# and bidirectional characters, huge lines, Cyrillic, malformed and binary
# dictionaries.  Run under ASan/UBSan with --enable-asan.
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is absent"

mkdir -p "$T/c" "$XDG_CONFIG_HOME/demarche"
python3 - "$T/c" <<'PY'
import os, sys
d = sys.argv[1]
def w(name, data):
    open(os.path.join(d, name), "wb").write(data)
w("invalid.txt", b"Putin \xff\xfe said \xc3 Zelensky\xe2\x80 met US\n" * 50)
w("controls.txt", "Trump \x1b[31m said \u202e Kremlin \u2066 Kyiv\r\n".encode() * 40)
w("long.txt", ("Zelensky met Putin " * 20000).encode())
w("cyr.txt", "Путин встретился с Зеленским в Киеве. Зеленський і Путін.\n".encode())
w("apos.txt", b"'s ' \xe2\x80\x99 U.S. U. S. A.B.C.D.E. St. Mr. -- - ,,, \n")
w("caps.txt", ("A B C D E F G H I J K L " * 500 + "said.\n").encode())
PY
printf 'person | RUS | \377\376\n|||||||||\n\000x\norg | - | Z\n' \
    >"$XDG_CONFIG_HOME/demarche/actors.dict"
head -c 3000 /dev/urandom >"$XDG_CONFIG_HOME/demarche/countries.dict"
: >"$XDG_CONFIG_HOME/demarche/stop.dict"

"$DEMARCHE" actors --json "$T/c" >"$T/a.json" 2>"$T/err"
ok $? "actors survives hostile articles and dictionaries"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/a.json"
ok $? "and prints valid JSON"
"$DEMARCHE" actors --explain "$T/c" >"$T/a.txt" 2>/dev/null
ok $? "the table with --explain too"
if LC_ALL=C grep -q "$(printf '\033')" "$T/a.txt"; then st=1; else st=0; fi
ok $st "no raw escape reaches the terminal"
"$DEMARCHE" dict --check >/dev/null 2>&1
is $? 1 "dict --check reports the broken files"
done_testing
