# tests/tap.sh: the TAP of the shell tests, shared by tests/cli/lib.sh and
# tests/tui/lib.sh (as tests/tap.h is the C tests').  ok STATUS
# DESCRIPTION counts a test, passed when STATUS is 0; skip_all skips the
# whole script; done_testing prints the plan and fails when a test did.
tap_n=0
tap_failed=0

ok() {		# ok STATUS DESCRIPTION
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

skip_all() {	# skip_all REASON
	echo "1..0 # SKIP $1"
	exit 0
}

done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}
