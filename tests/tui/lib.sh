# Shared helpers of the screen tests: drive the real binary in a detached
# tmux server of our own, read the screen back, compare it with a stored
# screen (GENERATE=1 rewrites the stored one), and print TAP.
#
# Each test sources this file, calls tui_init, then tui_start, tui_keys,
# tui_wait and tui_expect; the server and temporary files go away on exit,
# whatever happens.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${DEMARCHE:=$top_srcdir/src/demarche}"
: "${TMUX_BIN:=$(command -v tmux)}"
LC_ALL=C.UTF-8; TZ=UTC; export LC_ALL TZ
SCREENS=$top_srcdir/tests/tui/screens
SAMPLES=$top_srcdir/data/samples
FIXED=$top_srcdir/tests/tui/data
. "$top_srcdir/tests/tap.sh"

check() {
    # check DESCRIPTION COMMAND...: ok when the command succeeds
    desc=$1; shift
    "$@"
    ok 0 $? "$desc"
}

tui_cleanup() {
    [ -n "$tui_socket" ] && "$TMUX_BIN" -L "$tui_socket" kill-server \
        >/dev/null 2>&1
    [ -n "$tui_tmp" ] && rm -rf "$tui_tmp"
}

tui_init() {
    if [ -z "$TMUX_BIN" ] || ! [ -x "$TMUX_BIN" ]; then
        echo "1..0 # SKIP tmux not found"; exit 0
    fi
    if ! [ -x "$DEMARCHE" ]; then
        echo "1..0 # SKIP no demarche binary at $DEMARCHE"; exit 0
    fi
    tui_tmp=$(mktemp -d "${TMPDIR:-/tmp}/demarche-tui.XXXXXX") || exit 99
    tui_socket=demarche-test-$$
    trap tui_cleanup EXIT
    trap 'exit 1' HUP INT TERM
    HOME=$tui_tmp/home
    XDG_CACHE_HOME=$tui_tmp/cache
    XDG_CONFIG_HOME=$tui_tmp/config
    XDG_STATE_HOME=$tui_tmp/state
    export HOME XDG_CACHE_HOME XDG_CONFIG_HOME XDG_STATE_HOME
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
    unset DEMARCHE_CORPUS DEMARCHE_DATADIR NO_COLOR TMUX
}

# tui_fixed: from here on, run on the screen tests' own data directory,
# $FIXED (tests/tui/data): a frozen dictionary and positions data, and
# its corpus in $FIXED/samples.  For the screens that show what the
# analysis found (actors, counts, cells, evidence): the rules and the
# shipped word lists may change, these screens move only with the UI.
tui_fixed() {
    DEMARCHE_DATADIR=$FIXED
    export DEMARCHE_DATADIR
}

# tui_start [-x COLS -y ROWS] ARGS...: start demarche in a fresh server.
tui_start() {
    cols=120 rows=40
    while [ $# -gt 0 ]; do
        case $1 in
        -x) cols=$2; shift 2;;
        -y) rows=$2; shift 2;;
        *) break;;
        esac
    done
    "$TMUX_BIN" -L "$tui_socket" kill-server >/dev/null 2>&1
    tui_starts=$((${tui_starts:-0} + 1))
    tui_socket=demarche-test-$$-$tui_starts
    : > "$tui_tmp/raw"
    args=
    for a in "$@"; do args="$args '$a'"; done
    "$TMUX_BIN" -L "$tui_socket" -f /dev/null new-session -d -x "$cols" \
        -y "$rows" "env TERM=screen-256color LC_ALL=C.UTF-8 TZ=UTC \
        ${TUI_ENV:-} '$DEMARCHE' $args 2>'$tui_tmp/stderr'; \
        echo \"exit status \$?\"; sleep 30" || return 1
    "$TMUX_BIN" -L "$tui_socket" set-option -g status off >/dev/null
    "$TMUX_BIN" -L "$tui_socket" pipe-pane -o "cat >> '$tui_tmp/raw'"
}

tui_screen() {
    "$TMUX_BIN" -L "$tui_socket" capture-pane -p "$@"
}

# tui_wait [TEXT]: wait until the screen holds TEXT (when given) and has
# not changed for a moment; 5 seconds at most.
tui_wait() {
    _wi=0 _wlast= _wsame=0
    while [ $_wi -lt 100 ]; do
        _wnow=$(tui_screen)
        if [ -z "$1" ] || printf '%s\n' "$_wnow" | grep -qF -- "$1"; then
            if [ "$_wnow" = "$_wlast" ]; then
                _wsame=$((_wsame + 1))
                [ $_wsame -ge 2 ] && return 0
            else
                _wsame=0
            fi
            _wlast=$_wnow
        fi
        sleep 0.05
        _wi=$((_wi + 1))
    done
    return 1
}

# tui_seen REGEX: the screen shows a line matching REGEX within ten
# seconds, however much the rest of it changes meanwhile (a progress
# line, a list filling in).
tui_seen() {
    _si=0
    while [ $_si -lt 200 ]; do
        tui_screen | grep -qE -- "$1" && return 0
        sleep 0.05
        _si=$((_si + 1))
    done
    return 1
}

# tui_keys KEY...: send keys (tmux names: Enter, Escape, C-d, ...).
tui_keys() {
    for k in "$@"; do
        "$TMUX_BIN" -L "$tui_socket" send-keys "$k"
        sleep 0.03
    done
}

# tui_type TEXT: send TEXT literally.
tui_type() {
    "$TMUX_BIN" -L "$tui_socket" send-keys -l "$1"
}

tui_resize() {
    "$TMUX_BIN" -L "$tui_socket" resize-window -x "$1" -y "$2"
    sleep 0.3
}

# tui_corpus: a corpus of the samples and our own fixtures in $tui_tmp.
tui_corpus() {
    mkdir -p "$tui_tmp/corpus"
    cp "$SAMPLES"/* "$top_srcdir"/tests/tui/corpus/* "$tui_tmp/corpus/"
    echo "$tui_tmp/corpus"
}

# tui_expect NAME DESCRIPTION: compare the screen with screens/NAME,
# through the sed script in $tui_filter when set (for what varies).
# A pane that fills in the background (actors, positions) may settle on
# its "working" screen first under a slow build (ASan, valgrind, a loaded
# machine), so the screen is read again until it matches or ten seconds
# have passed; a screen that never matches still fails, with its diff.
tui_expect() {
    tui_wait || true
    tui_screen | sed "${tui_filter:-}" > "$tui_tmp/$1"
    if [ -n "$GENERATE" ]; then
        cp "$tui_tmp/$1" "$SCREENS/$1"
        ok 0 "$2 # generated $1"
        return
    fi
    _ei=0
    while [ $_ei -lt 50 ] && ! cmp -s "$tui_tmp/$1" "$SCREENS/$1"; do
        sleep 0.2
        tui_wait || true
        tui_screen | sed "${tui_filter:-}" > "$tui_tmp/$1"
        _ei=$((_ei + 1))
    done
    if cmp -s "$tui_tmp/$1" "$SCREENS/$1"; then
        ok 0 "$2"
    else
        ok 1 "$2"
        diff -u "$SCREENS/$1" "$tui_tmp/$1" | sed 's/^/# /'
    fi
}

# tui_has TEXT DESCRIPTION: the screen shows TEXT.
tui_has() {
    if tui_wait "$1"; then ok 0 "$2"; else
        ok 1 "$2"; tui_screen | sed 's/^/# /'
    fi
}

# tui_exited: the program has ended (the shell printed its status).
tui_exited() {
    if tui_wait "exit status" && tui_screen | grep -q "exit status 0"; then
        return 0
    fi
    sed 's/^/# stderr: /' "$tui_tmp/stderr" | head -40
    return 1
}
