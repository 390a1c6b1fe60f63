#!/bin/sh
# The analysis panes fill in the background: the first switch to the
# actors or the positions pane shows its progress (and the actors found so
# far) at once, the other panes answer keys meanwhile, and the pane fills
# in when the worker is done; Q quits at once while it works.  The worker
# is slowed down (DEMARCHE_TUI_JOB_DELAY, milliseconds per article) so that
# the screens in between can be seen on the small sample corpus.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init

# wait_long TEXT: like tui_wait, for up to 20 seconds.
wait_long() {
    _i=0
    while [ $_i -lt 10 ]; do
        tui_wait "$1" && return 0
        _i=$((_i + 1))
    done
    return 1
}

TUI_ENV="DEMARCHE_TUI_JOB_DELAY=250"
tui_start "$SAMPLES"
tui_wait "[1 Articles]" || true
tui_keys 3
tui_has "finding the actors: " "actors pane: progress shown at once"
check "actors pane: the actors found so far are listed" \
    tui_seen '^[ >](USA|RUS|UKR|EUR|OTH|-)? *[a-z]+ +[0-9]+ '
tui_keys 1
tui_has "[1 Articles]" "the articles pane answers while the actors are found"
tui_keys j Enter
tui_has "[2 Reader]" "an article opens meanwhile"
tui_keys 4
tui_has "finding the " "positions pane: progress shown at once"
tui_keys 3
check "the actors pane fills in: the profile of the selected actor" \
    wait_long "mentions in"
tui_keys 4
check "the positions pane fills in: the matrix" \
    wait_long " issue                  USA     RUS     UKR     EUR     OTH"
tui_keys Q
check "Q quits" tui_exited

# Quitting while the worker runs stops it at once.  (A fresh state: the
# last run's pane would be shown, and its analysis started, at once.)
rm -rf "$XDG_STATE_HOME"/*
tui_start "$SAMPLES"
tui_wait "[1 Articles]" || true
tui_keys 4
tui_has "finding the actors, then the positions" \
    "positions pane first: the actors, then the positions"
tui_keys Q
check "Q quits while the worker runs" tui_exited

# A limit that needs the actors waits for them, then holds.
rm -rf "$XDG_STATE_HOME"/*
tui_start "$SAMPLES"
tui_wait "[1 Articles]" || true
tui_keys 3 1 l
tui_type "~a Zelensky"
tui_keys Enter
check "a limit on an actor, set while the actors are found" \
    wait_long "limit: ~a Zelensky"
tui_keys Q
check "Q quits" tui_exited
done_testing
