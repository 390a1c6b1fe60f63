# lib.sh: shared by the shell tests.  Pins the environment (locale, time
# zone, a fresh HOME and XDG directories), prints TAP, and compares output
# with stored expected files (GENERATE=1 refreshes them).
set -u
: "${DEMARCHE:?run through make check}" "${top_srcdir:?run through make check}"
T=$(mktemp -d "${TMPDIR:-/tmp}/demarche-test.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CACHE_HOME="$T/cache" XDG_CONFIG_HOME="$T/config"
export XDG_STATE_HOME="$T/state" LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset DEMARCHE_CORPUS DEMARCHE_DATADIR
mkdir -p "$HOME"
SHARED="$top_srcdir/../shared"
EXPECTED="$top_srcdir/tests/cli/expected"
. "$top_srcdir/tests/tap.sh"

check() {	# check DESCRIPTION COMMAND...: ok when the command succeeds
	desc=$1
	shift
	"$@" >/dev/null 2>"$T/check.err"
	st=$?
	ok $st "$desc"
	[ $st -eq 0 ] || sed 's/^/#   /' "$T/check.err" | head -20
	return $st
}

is() {		# is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "#   got '$1', want '$2'"
	fi
}

expect() {	# expect NAME COMMAND...: stdout equals tests/cli/expected/NAME
	name=$1
	shift
	"$@" >"$T/out" 2>"$T/err"
	if [ "${GENERATE:-}" = 1 ]; then
		cp "$T/out" "$EXPECTED/$name"
		ok 0 "$name (generated)"
		return
	fi
	if diff -u "$EXPECTED/$name" "$T/out" >"$T/diff"; then
		ok 0 "$name matches the stored output"
	else
		ok 1 "$name matches the stored output"
		sed 's/^/#   /' "$T/diff" | head -40
	fi
}

# cache_damage: the checks shared by the actors and positions caches.  The
# caller defines stats NAME (one run with --stats, JSON to $T/NAME.json,
# the summary on stdout), sets CACHE to the cache file and has run
# "stats again" on an up-to-date cache.  A bit flip, a truncation, a
# foreign file and records that do not decode are each ignored, the
# output stays right, and the cache is rewritten.  N: the articles (3).
cache_damage() {
	n=${1:-3}
	damaged="$n articles, 0 from the cache, $n extracted (damaged cache ignored)"
	python3 "$top_srcdir/tests/cli/cachetool.py" flip "$CACHE"
	is "$(stats flipped)" "$damaged" "a bit-flipped cache is rejected"
	cmp -s "$T/again.json" "$T/flipped.json"
	ok $? "and the output is still right"
	is "$(stats rebuilt)" "$n articles, $n from the cache, 0 extracted" \
	    "the rejected cache was rebuilt"
	head -c 40 "$CACHE" >"$T/short" && cp "$T/short" "$CACHE"
	is "$(stats truncated)" "$damaged" "a truncated cache is rejected"
	printf 'not a cache at all' >"$CACHE"
	is "$(stats garbage)" "$damaged" "a foreign file is rejected"
	cmp -s "$T/again.json" "$T/garbage.json"
	ok $? "the output does not depend on the cache"
	stats fresh >/dev/null
	python3 "$top_srcdir/tests/cli/cachetool.py" scramble "$CACHE" 5
	is "$(stats crafted)" "$n articles, 0 from the cache, $n extracted" \
	    "records that do not decode are extracted again"
	cmp -s "$T/again.json" "$T/crafted.json"
	ok $? "and the output is still right"
}
