#!/bin/sh
# The web commands run in demarche-web: demarche itself links neither
# libcurl nor libxml2 (so that it starts without loading them and the
# libraries they bring), and runs the helper found next to it, or in
# $pkglibexecdir, in its place: the same arguments, output and status.
. "$top_srcdir/tests/cli/lib.sh"
HELPER=${DEMARCHE%/*}/demarche-web
FIX="$top_srcdir/tests/web/fixtures"

run() {		# run COMMAND...: status to $st, output to $T/out, $T/err
	"$@" >"$T/out" 2>"$T/err"
	st=$?
}

if command -v ldd >/dev/null 2>&1; then
	libs=$(ldd "$DEMARCHE")
	! printf '%s\n' "$libs" | grep -qE 'libcurl|libxml2'
	ok $? "ldd: demarche links neither libcurl nor libxml2"
	[ "$(printf '%s\n' "$libs" | wc -l)" -le 20 ]
	ok $? "ldd: demarche loads a handful of libraries" ||
	    printf '%s\n' "$libs" | sed 's/^/#   /'
	ldd "$HELPER" | grep -q libcurl && ldd "$HELPER" | grep -q libxml2
	ok $? "ldd: demarche-web links both"
else
	ok 0 "# SKIP ldd is not installed"
fi

# Through demarche and straight from the helper: the same answers.
for args in "extract $FIX/page-en.html" "extract --json $FIX/page-ru.html" \
    "extract" "extract --bogus" "import --dry-run --into $T/c $FIX" \
    "fetch --timeout 0" "fetch --feeds $T/nofeeds --export-opml" \
    "extract --help" "fetch --help"; do
	# shellcheck disable=SC2086
	run "$DEMARCHE" $args
	mine="$st:$(cat "$T/out"):$(cat "$T/err")"
	# shellcheck disable=SC2086
	run "$HELPER" $args
	is "$mine" "$st:$(cat "$T/out"):$(cat "$T/err")" \
	    "demarche ${args%% *} runs the helper ($args)"
done
run "$DEMARCHE" extract "$FIX/page-en.html"
is "$st:$(head -1 "$T/out")" \
    "0:Title: Envoys agree a schedule for prisoner exchanges" \
    "extract reads a page"

# The helper next to the program is the one run, with the arguments as
# they were given (spaces, empty ones) and its exit status.
mkdir -p "$T/bin"
cp "$DEMARCHE" "$T/bin/demarche"
cat >"$T/bin/demarche-web" <<'EOT'
#!/bin/sh
printf '<%s>' "$@"
echo
exit 7
EOT
chmod +x "$T/bin/demarche-web"
run "$T/bin/demarche" fetch --into "a b" "" "x*"
is "$st:$(cat "$T/out")" "7:<fetch><--into><a b><><x*>" \
    "the helper beside the program gets the arguments and gives its status"
run "$T/bin/demarche" search -c zzzzqq "$top_srcdir/data/samples"
is "$st:$(cat "$T/out")" "1:" "the other commands do not run it"

# Without a helper beside it or installed, a web command says so.
rm "$T/bin/demarche-web"
if [ -x "${pkglibexecdir:-/nonexistent}/demarche-web" ]; then
	ok 0 "# SKIP a demarche-web is installed in $pkglibexecdir"
else
	run "$T/bin/demarche" extract "$FIX/page-en.html"
	is "$st:$(cat "$T/err")" \
	    "2:demarche: cannot run '$pkglibexecdir/demarche-web': No such file or directory" \
	    "no helper: the reason, status 2"
fi
done_testing
