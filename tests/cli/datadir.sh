#!/bin/sh
# DEMARCHE_DATADIR: a data directory of one's own.  Its dictionaries, its
# positions data and its samples (the corpus read when no path is given)
# replace the shipped ones, for the command line as for the interface;
# the caches keep the two apart; an empty value is the default; a
# directory without positions data is refused, naming it.  The directory
# used is the screen tests' frozen one (tests/tui/data).
. "$top_srcdir/tests/cli/lib.sh"
FIXED=$top_srcdir/tests/tui/data

# The screen tests' corpus: the same ten articles whichever dictionary.
n=$(DEMARCHE_DATADIR=$FIXED "$DEMARCHE" list 2>"$T/err" | wc -l)
is "$n" 10 "no path: the corpus is the data directory's samples"
n=$(DEMARCHE_DATADIR= "$DEMARCHE" list 2>"$T/err" | wc -l)
is "$n" "$(ls "$top_srcdir/data/samples" | wc -l)" \
	"an empty DEMARCHE_DATADIR is the shipped data"

# Dictionaries: the fixed one knows the invented officials and their
# Cyrillic spellings; the shipped one does not.
line() {	# line: the actors line of Oleg Verin, mentions and aliases
	"$DEMARCHE" actors --side RUS --kind person "$FIXED/samples" \
	    2>/dev/null | grep 'Oleg Verin' | sed 's/  */ /g'
}
is "$(DEMARCHE_DATADIR=$FIXED line)" \
	" 7 RUS person Oleg Verin (Verin, Олег Верин)" \
	"actors: the data directory's dictionary"
# The same cache, asked with the shipped dictionary, gives its own answer.
got=$(line)
[ -n "$got" ] && [ "$got" != " 7 RUS person Oleg Verin (Verin, Олег Верин)" ]
ok $? "the shipped dictionary's answer is not the cached one"

# Positions data: the matrix rows are the data directory's issues.
DEMARCHE_DATADIR=$FIXED "$DEMARCHE" diff --matrix "$FIXED/samples" \
	>"$T/matrix" 2>"$T/err"
is "$(sed 1d "$T/matrix" | cut -d' ' -f1 | tr '\n' ' ')" \
	"ceasefire talks territory pressure security_guarantees nato prisoners " \
	"diff --matrix: the data directory's issues"
"$DEMARCHE" diff --matrix "$FIXED/samples" >"$T/shipped" 2>"$T/err"
grep -q '^minsk *$' "$T/shipped"
ok $? "without it, the shipped issues"
DEMARCHE_DATADIR=$FIXED "$DEMARCHE" positions --issue minsk "$FIXED/samples" \
	>/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" "2:demarche: unknown issue 'minsk'" \
	"an issue the data directory does not define is unknown"

# A directory with no positions data: an error that names it.
DEMARCHE_DATADIR=$T/nowhere "$DEMARCHE" positions "$FIXED/samples" \
	>/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
	"2:demarche: no issues defined in '$T/nowhere/positions'" \
	"a data directory without issues is refused"
done_testing
