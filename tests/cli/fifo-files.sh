#!/bin/sh
# fifo-files: a FIFO or a device where demarche expects its configuration,
# its state or a dictionary is refused at once, with the file named, never
# waited on (a FIFO blocked every command and the TUI for ever; /dev/zero
# as the configuration grew memory without end).  Each run is bounded by
# timeout.
. "$top_srcdir/tests/cli/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/demarche" "$XDG_STATE_HOME/demarche"
mkfifo "$XDG_CONFIG_HOME/demarche/actors.dict"
ln -s /dev/zero "$XDG_CONFIG_HOME/demarche/titles.dict"
timeout 20 "$DEMARCHE" dict --check >"$T/out" 2>"$T/err"
st=$?
[ "$st" -ne 124 ]
ok $? "dict --check with a FIFO and /dev/zero as dictionaries: no hang"
grep -q "actors.dict': not a regular file" "$T/err"
ok $? "the FIFO dictionary is named"
grep -q "titles.dict': not a regular file" "$T/err"
ok $? "the device dictionary is named"
timeout 20 "$DEMARCHE" actors >"$T/out" 2>"$T/err"
[ $? -ne 124 ]
ok $? "actors with a FIFO dictionary: no hang"
rm -f "$XDG_CONFIG_HOME/demarche/actors.dict" \
    "$XDG_CONFIG_HOME/demarche/titles.dict"

mkfifo "$XDG_CONFIG_HOME/demarche/config"
echo Q >"$T/quit.keys"
(cd "$T" && DEMARCHE_TUI_SCRIPT=quit.keys DEMARCHE_TUI_SIZE=80x24 \
    timeout 20 "$DEMARCHE" "$top_srcdir/data/samples" </dev/null \
    >"$T/tui.out" 2>"$T/tui.err")
st=$?
[ "$st" -ne 124 ]
ok $? "the TUI with a FIFO as its configuration: no hang (exit $st)"
rm -f "$XDG_CONFIG_HOME/demarche/config"
ln -s /dev/zero "$XDG_CONFIG_HOME/demarche/config"
(cd "$T" && DEMARCHE_TUI_SCRIPT=quit.keys DEMARCHE_TUI_SIZE=80x24 \
    timeout 20 "$DEMARCHE" "$top_srcdir/data/samples" </dev/null \
    >"$T/tui.out" 2>"$T/tui.err")
st=$?
[ "$st" -ne 124 ]
ok $? "the TUI with /dev/zero as its configuration: no hang (exit $st)"
done_testing
