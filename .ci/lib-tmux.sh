# Shared by the tmux end-to-end scripts: `source lib-tmux.sh BINARY` after setting
# $session. Starts idash in a detached tmux session, sends keys, waits for screen text,
# checks rows with screencheck.py and checks the terminal is restored after exit.
bin=$(realpath "$1")
check=${SCREENCHECK:-../shared/tools/screencheck.py}
passed=0 failed=0
out=$(mktemp -d)
# A tmux server of this run's own (`tmux -L`): runs from other worktrees and the user's
# own tmux keep theirs, so a session name, a server option (set-clipboard) or a paste
# buffer of this run never reaches them, nor theirs this run.
tmux_server=idash-e2e-$$
tmux() { command tmux -L "$tmux_server" "$@"; }
trap 'tmux kill-server 2>/dev/null; rm -rf "$out" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$tmux_server"' EXIT
tmux start-server 2>/dev/null

pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; tmux capture-pane -p -t $session 2>/dev/null | sed 's/^/    | /'; }

# start COLS ROWS LANG [args...]: run idash in a fresh tmux session, then report its exit
# status and the terminal mode on the shell that follows. $ENV_FOR_TEST replaces the
# default TERM=xterm-256color (e.g. "-u TERM" or "TERM=vt100"). The user's settings file
# is not read (IDASH_CONFIG=/dev/null), so a developer's own defaults cannot change a check.
start() {
    local cols=$1 rows=$2 lang=$3; shift 3
    tmux kill-session -t $session 2>/dev/null || true
    # Killing the last session makes the tmux server exit a moment later; a session started
    # in that moment fails with "server exited unexpectedly". Try again on a new server.
    for attempt in 1 2 3 4 5; do
        tmux new-session -d -s $session -x "$cols" -y "$rows" \
            "env ${ENV_FOR_TEST:-TERM=xterm-256color} IDASH_CONFIG=/dev/null LANG=$lang LC_ALL= $bin $* --as-of 2026-11-25; echo \"EXIT=\$?\"; stty -a | grep -o -- '-\\?icanon' | head -1; sleep 60" \
            && return 0
        sleep 0.2
    done
    echo "tmux would not start a session after $attempt attempts" >&2
}

# wait_for TEXT: until the screen shows TEXT (5 s at most).
wait_for() {
    for _ in $(seq 50); do
        tmux capture-pane -p -t $session | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    return 1
}

keys() { tmux send-keys -t $session "$@"; }

expect_screen() { # NAME TEXT...
    local name=$1; shift
    for text in "$@"; do
        wait_for "$text" || { fail "$name: screen lacks '$text'"; return 1; }
    done
    tmux capture-pane -p -t $session >"$out/screen"
    local width; width=$(tmux display -p -t $session '#{pane_width}')
    if [ -f "$check" ] && ! python3 "$check" "$width" "$out/screen" >"$out/check" 2>&1; then
        fail "$name: $(cat "$out/check")"; return 1
    fi
    pass "$name"
}

expect_restored() { # NAME STATUS
    wait_for "EXIT=$2" || { fail "$1: exit status is not $2"; return; }
    local modes; modes=$(tmux display -p -t $session '#{alternate_on} #{cursor_flag}')
    [ "$modes" = "0 1" ] || { fail "$1: alternate screen / cursor are '$modes', expected '0 1'"; return; }
    # The shell prints the mode a moment after the exit status: wait for the line itself.
    local mode=""
    for _ in $(seq 50); do
        mode=$(tmux capture-pane -p -t $session | grep -x -- '-\?icanon' | head -1)
        [ -n "$mode" ] && break
        sleep 0.1
    done
    [ "$mode" = "icanon" ] || { fail "$1: the terminal was left in raw mode ('${mode:-no mode printed}')"; return; }
    pass "$1: terminal restored, exit $2"
}

