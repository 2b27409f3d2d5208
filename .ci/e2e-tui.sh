#!/usr/bin/env bash
# End-to-end test of the live dashboard: the real binary in tmux at 120x40 and 80x24 (and
# tiny, and LANG=C), driven by keys, with the screen text checked at each step and the
# terminal checked usable afterwards (normal screen, cursor shown, cooked mode, exit code).
set -uo pipefail
bin=$(realpath "$1")
check=${SCREENCHECK:-../shared/tools/screencheck.py}
passed=0 failed=0
session=idash-e2e
out=$(mktemp -d)
trap 'tmux kill-session -t $session 2>/dev/null; rm -rf "$out"' EXIT
tmux start-server 2>/dev/null

pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; tmux capture-pane -p -t $session 2>/dev/null | sed 's/^/    | /'; }

# start COLS ROWS LANG [args...]: run idash in a fresh tmux session, then report its exit
# status and the terminal mode on the shell that follows.
start() {
    local cols=$1 rows=$2 lang=$3; shift 3
    tmux kill-session -t $session 2>/dev/null || true
    tmux new-session -d -s $session -x "$cols" -y "$rows" \
        "env LANG=$lang LC_ALL= TERM=xterm-256color $bin --as-of 2026-11-25 $*; echo \"EXIT=\$?\"; stty -a | grep -o -- '-\\?icanon' | head -1; sleep 60"
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
    tmux capture-pane -p -t $session | grep -qx 'icanon' || { fail "$1: the terminal was left in raw mode"; return; }
    pass "$1: terminal restored, exit $2"
}

for size in "120 40" "80 24"; do
    set -- $size
    start "$1" "$2" C.UTF-8 --lang zh
    expect_screen "$1x$2 overview" "总览" "1 南通" "可对比指标"
    keys Enter
    expect_screen "$1x$2 city" "总览 › 南通" "产业集群" "关键数据"
    keys Enter
    expect_screen "$1x$2 cluster" "总览 › 南通 › 船舶海工" "行动任务"
    keys Escape
    expect_screen "$1x$2 back to the city" "总览 › 南通 "
    keys c
    expect_screen "$1x$2 compare" "对比: 两化融合发展水平指数"
    keys v
    expect_screen "$1x$2 compare share" "占各自目标"
    keys Right l
    expect_screen "$1x$2 language stays" "对比"
    keys L
    expect_screen "$1x$2 english" "Compare: "
    keys q
    expect_restored "$1x$2 quit with q" 0
done

start 120 40 C.UTF-8 --lang zh
expect_screen "resize: before" "1 南通"
tmux resize-window -t $session -x 70 -y 20 2>/dev/null || tmux resize-pane -t $session -x 70 -y 20
expect_screen "resize: 70x20 relays out" "总览"
tmux resize-window -t $session -x 30 -y 8 2>/dev/null
expect_screen "resize: 30x8 says too small" "终端太小"
keys C-c
expect_restored "Ctrl-C" 0

start 120 40 C --lang en
if wait_for "Overview"; then
    tmux capture-pane -p -t $session >"$out/ascii"
    if python3 "$check" 120 "$out/ascii" --ascii >"$out/check" 2>&1; then pass "LANG=C: English labels, ASCII only"; else fail "LANG=C: $(cat "$out/check")"; fi
else
    fail "LANG=C: no English overview"
fi
keys q
expect_restored "LANG=C quit" 0

for signal in TERM HUP INT; do
    start 100 30 C.UTF-8 --lang zh
    wait_for "总览" || fail "SIG$signal: no first frame"
    # Signal the pane shell's child (idash), not anything else that mentions its path.
    pkill -"$signal" -P "$(tmux display -p -t $session '#{pane_pid}')" || fail "SIG$signal: no process to signal"
    case $signal in TERM) code=143 ;; HUP) code=129 ;; INT) code=130 ;; esac
    expect_restored "SIG$signal" "$code"
done

start 20 6 C.UTF-8 --lang en
expect_screen "20x6 too small" "terminal too small"
keys q
expect_restored "20x6 quit" 0

echo "e2e-tui: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
