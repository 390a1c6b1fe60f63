#!/bin/sh
# fetch, import and extract against a local HTTP server (tests/web/
# server.py on 127.0.0.1, started and stopped here) serving fixtures
# written for these tests: RSS 2.0, RDF, Atom, a malformed feed, billion
# laughs, pages in UTF-8, windows-1251 and KOI8-R, gzip, redirects and a
# loop, 304, 404, 500, a slow answer, an oversized page, and a kill -9 in
# the middle of a fetch.  Nothing reaches any other address.
. "$top_srcdir/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 is not installed"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
WEB="$top_srcdir/tests/web"
"$PY" "$WEB/server.py" "$WEB/fixtures" "$T/port" "$T/log" &
server=$!
trap 'kill $server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
i=0
while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$T/port" ] || { echo "Bail out! the test server did not start"; exit 1; }
B="http://127.0.0.1:$(cat "$T/port")"
C="$T/corpus"
cat >"$T/feeds" <<EOT
# the test's subscriptions, in newsboat's urls format
$B/rss.xml news "~Example Courier"
$B/rdf.xml
$B/atom.xml "~Kyiv Observer" ukraine
EOT

run() {		# run COMMAND...: status to $st, output to $T/out, $T/err
	"$@" >"$T/out" 2>"$T/err"
	st=$?
}

# The first run reads the three feeds and writes every article once.
run "$DEMARCHE" fetch --feeds "$T/feeds" --into "$C"
is "$st" 0 "fetch reads every feed"
is "$(cat "$T/out")" "3 feeds, 0 failed; 6 new articles, 1 already known, 0 pages failed" \
    "fetch sums up: six new, the reprint known by its canonical URL"
is "$(find "$C" -name '*.md' | wc -l | tr -d ' ')" 6 "six article files"
is "$(find "$C" -name '*.tmp*' | wc -l | tr -d ' ')" 0 "no temporary file left"
en="$C/example-courier/2025-06-02-envoys-agree-a-schedule-for-prisoner-exchanges.md"
is "$(sed -n '1,6p' "$en" | tr '\n' '|')" \
    "Title: Envoys agree a schedule for prisoner exchanges|Date: 2025-06-02|Source: The Example Courier|URL: $B/world/2025/envoys-prisoner-schedule?id=7|Author: Mara Quillon|Language: en|" \
    "header fields from og:title, JSON-LD and the canonical link"
grep -q '^## What comes next$' "$en"
ok $? "a heading inside the article is kept as ##"
! grep -qiE 'cookie|Share on|Most read|First comment|Related|Copyright|hotel where' "$en"
ok $? "cookie notice, share bar, comments, related links, captions dropped"
grep -q '^Посредники пообещали' "$C"/example-courier/2025-06-03-*.md
ok $? "a windows-1251 page (said by the HTTP header) is converted"
grep -q '^Переговорщики в понедельник' "$C"/agency-wire/2025-06-03-*.md
ok $? "a KOI8-R page (said by its meta) is converted"
grep -q '^Language: uk$' "$C"/kyiv-observer/2025-06-04-*.md
ok $? "a page behind two redirects is fetched; Ukrainian"
grep -q '^Нейтральні спостерігачі' "$C"/kyiv-observer/2025-06-04-*.md
ok $? "its text is there"
grep -q 'crossing points where the exchanges' "$C"/agency-wire/2025-06-05-*.md
ok $? "a gzip page is decoded"
grep -q '^The mediators released the full text' "$C"/example-courier/2025-06-03-mediators-*.md
ok $? "content:encoded holding the whole article is used"
! grep -q 'status/404' "$T/log"
ok $? "so its link is not fetched"
is "$(sort -u "$T/log.ua")" "demarche/$("$DEMARCHE" --version | cut -d' ' -f2) (news reader)" \
    "every request names demarche and its version"
ls "$XDG_CACHE_HOME"/demarche/*.catalog >/dev/null 2>&1 &&
    ls -d "$XDG_CACHE_HOME"/demarche/*.index >/dev/null 2>&1
ok $? "the catalogue and the search index of the folder are up to date"
run "$DEMARCHE" search -l 'Переговорщики' "$C"
is "$st:$(wc -l <"$T/out" | tr -d ' ')" "0:1" "search finds the fetched text"

# A second run asks with the validators and gets 304 for every feed.
: >"$T/log"
run "$DEMARCHE" fetch --feeds "$T/feeds" --into "$C"
is "$st" 0 "fetch again"
is "$(cat "$T/out")" "3 feeds, 0 failed; 0 new articles, 0 already known, 0 pages failed" \
    "nothing new"
is "$(sort "$T/log" | tr '\n' '|')" "GET /atom.xml 304|GET /rdf.xml 304|GET /rss.xml 304|" \
    "every feed answered 304, no page fetched"

# Failures: each one named, the other feeds go on, exit status 1.
fails() {	# fails PATH MESSAGE
	run "$DEMARCHE" fetch --timeout 1 --into "$T/c2" "$B/$1" "$B/rss.xml"
	is "$st" 1 "$1: exit status 1"
	is "$(cat "$T/err")" "demarche: feed '$B/$1': $2" "$1: $2"
	grep -q '^2 feeds, 1 failed; 3 new articles' "$T/out"
	ok $? "$1: the other feed is still read"
	rm -rf "$T/c2" "$XDG_STATE_HOME"
}
rm -rf "$XDG_STATE_HOME"
fails status/404 "HTTP 404"
fails status/500 "HTTP 500"
fails malformed.xml "not XML: line 5: Premature end of data in tag channel line 2"
fails loop "more than 5 redirects"
fails to-file "only http and https URLs are fetched"
fails big "larger than 10485760 bytes"
fails slow/5/rss.xml "timed out after 1 s"
start=$(date +%s)
fails laughs.xml "entity declarations are refused"
is "$(( $(date +%s) - start < 3 ))" 1 "billion laughs fails fast"

# Usage and configuration errors: exit status 2.
run "$DEMARCHE" fetch --timeout 0
is "$st" 2 "fetch --timeout 0 is a usage error"
printf 'file:///etc/passwd\n' >"$T/bad-feeds"
run "$DEMARCHE" fetch --feeds "$T/bad-feeds" --into "$T/c3"
is "$st" 2 "a feeds file with a bad line"
is "$(cat "$T/err")" "demarche: $T/bad-feeds:1: not an http or https URL" \
    "names the file, the line and the reason"
run "$DEMARCHE" extract
is "$st" 2 "extract without a page is a usage error"

# --dry-run writes nothing.
run "$DEMARCHE" fetch --dry-run --into "$T/dry" "$B/rdf.xml"
is "$st:$(ls "$T/dry" 2>/dev/null | wc -l | tr -d ' ')" "0:0" "--dry-run writes nothing"
grep -q "1 feeds, 0 failed; 2 new articles (dry run)" "$T/out"
ok $? "--dry-run says what it would write"
rm -rf "$XDG_STATE_HOME"

# extract: one page, from a URL or a file, as JSON.
run "$DEMARCHE" extract --json "$B/gzip/page-gz.html"
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] == "Observers publish the crossing points", d
assert d["date"] == "2025-06-05" and d["language"] == "en", d
assert d["body"].startswith("The observers published on Thursday"), d
assert "newsletter" not in d["body"], d
assert d["body"].count("\n\n") == 2, d
' "$T/out"
ok $? "extract --json from a URL"
run "$DEMARCHE" extract "$WEB/fixtures/page-ru.html"
is "$st:$(sed -n 4p "$T/out")" "0:Language: ru" "extract from a file"

# import: files, folders and URLs; once each.
run "$DEMARCHE" import --into "$T/imp" "$WEB/fixtures/page-en.html" "$B/page-uk.html"
is "$st:$(cat "$T/out")" "0:2 new articles, 0 already known, 0 failed" "import a file and a URL"
run "$DEMARCHE" import --into "$T/imp" "$WEB/fixtures"
is "$st:$(cat "$T/out")" "0:3 new articles, 2 already known, 0 failed" \
    "import a folder: what was imported is known"
run "$DEMARCHE" import --into "$T/imp" "$T/nowhere.html"
is "$st" 1 "import of a missing file fails"
printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >"$T/empty.html"
run "$DEMARCHE" import --into "$T/imp" "$T/empty.html"
is "$st:$(cat "$T/err")" "1:demarche: '$T/empty.html': no article text found" \
    "a page without text is not written"

# OPML, both ways.
run "$DEMARCHE" fetch --feeds "$T/feeds" --export-opml
grep -q "xmlUrl=\"$B/rdf.xml\"" "$T/out"
ok $? "--export-opml lists the feeds"
cp "$T/out" "$T/subs.opml"
run "$DEMARCHE" fetch --feeds "$T/new-feeds" --import-opml "$T/subs.opml"
is "$st:$(grep -c '^http' "$T/new-feeds")" "0:3" "--import-opml writes a feeds file"
printf '# mine\nhttps://example.org/other.xml\n' >"$T/mine"
run "$DEMARCHE" fetch --feeds "$T/mine" --import-opml "$T/subs.opml"
is "$st:$(cat "$T/out")" "0:3 feeds added to $T/mine" "--import-opml adds"
is "$(sed -n 1p "$T/mine"):$(grep -c '^http' "$T/mine")" "# mine:4" \
    "after the lines already there, comments kept"
run "$DEMARCHE" fetch --feeds "$T/mine" --import-opml "$T/subs.opml"
is "$st:$(cat "$T/out"):$(grep -c '^http' "$T/mine")" "0:0 feeds added to $T/mine:4" \
    "a second import adds nothing"

# Twelve slow pages on one host: never more than two at once.
run "$DEMARCHE" fetch --into "$T/k0" "$B/many.xml"
is "$st:$(cat "$T/log.peak")" "0:2" "at most 2 transfers at once to one host"

# kill -9 while pages arrive, then a rerun: every article exactly once.
rm -rf "$XDG_STATE_HOME"
"$DEMARCHE" fetch --into "$T/k" "$B/many.xml" >/dev/null 2>&1 &
pid=$!
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
before=$(find "$T/k" -name '*.md' 2>/dev/null | wc -l | tr -d ' ')
[ "$before" -lt 12 ]
ok $? "the killed fetch stored some articles, not all ($before)"
run "$DEMARCHE" fetch --into "$T/k" "$B/many.xml"
is "$st" 0 "the rerun succeeds"
is "$(find "$T/k" -name '*.md' | wc -l | tr -d ' ')" 12 "twelve articles"
is "$(cat "$T/k"/*/*.md | grep -c '^Title: ')" 12 "each written once"
is "$(cat "$T/k"/*/*.md | grep '^Title: ' | sort -u | wc -l | tr -d ' ')" 12 \
    "no title twice"
is "$(find "$T/k" -name '*.tmp*' | wc -l | tr -d ' ')" 0 "nothing half written"
run "$DEMARCHE" list "$T/k"
is "$(wc -l <"$T/out" | tr -d ' ')" 12 "demarche list reads them"
done_testing
