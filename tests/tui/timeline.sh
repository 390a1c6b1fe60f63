#!/bin/sh
# Screen tests: how a side moved.  T shows one side's stance on every
# issue quarter by quarter, or year by year when the quarters do not
# fit the pane (+ - ±), Enter lists a row's evidence; t asks
# where the time view splits (the middle date offered), refuses a date
# not in the calendar and reads 2022-3-1 as 2022-03-01.  On the screen
# tests' own frozen data and corpus (tests/tui/data: its README lists
# the positions these screens must show).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tui/lib.sh"
tui_init
tui_fixed

tui_start "$FIXED/samples"
tui_wait "articles" || true
tui_keys 4
tui_wait "[4 Positions]" || true
tui_keys l l T
# RUS spoke from 2015Q1 to 2025Q2: 42 quarters, which fit 120 columns.
tui_has "(by quarte" "T on RUS's cell: RUS's timeline, quarter by quarter"
tui_has ">ceasefire             + . . . . . . . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . - . . . . ." "the 2015Q1 support, the 2024Q1 opposition"
tui_keys T
tui_resize 90 40
tui_keys T
tui_has "(by year)" "in 90 columns they do not: year by year"
tui_expect timeline-rus.screen "the timeline: stored screen"
tui_keys j Enter
tui_has "evidence: talks, RUS (2)" "Enter lists the row's evidence"
tui_keys q T
tui_has ">ceasefire              ±" "T again: back to the matrix"
tui_resize 120 40
tui_keys t
tui_has "split the time view at (YYYY-MM-DD): 2023-07-11" \
    "t asks where to split, the middle date offered"
tui_keys C-u
tui_type "2022-13-01"
tui_keys Enter
tui_has "bad date '2022-13-01' (want YYYY-MM-DD)" "a date not in the calendar"
tui_keys t C-u
tui_type "2022-3-1"
tui_keys Enter
tui_has "RUS, change (2022-03-01)" "2022-3-1 is 2022-03-01"
tui_expect timeline-split.screen "the time view split where asked"
tui_keys Q
check "Q quits" tui_exited
done_testing
