#!/usr/bin/env bash
# End-to-end test of the live dashboard: the real binary in tmux at 120x40 and 80x24 (and
# tiny, and LANG=C), driven by keys, with the screen text checked at each step and the
# terminal checked usable afterwards (normal screen, cursor shown, cooked mode, exit code).
set -uo pipefail
session=idash-e2e
source "$(dirname "$0")/lib-tmux.sh" "$1"

for size in "120 40" "80 24"; do
    set -- $size
    start "$1" "$2" C.UTF-8 --lang zh
    expect_screen "$1x$2 overview" "总览" "1 南通" "可对比指标"
    keys Enter
    expect_screen "$1x$2 city" "总览 › 南通" "产业集群" "关键数据"
    keys Enter
    expect_screen "$1x$2 cluster" "总览 › 南通 › 船舶海工" "行动任务"
    # Esc and c in one write, as a fast typist or a slow SSH link delivers them: both count.
    keys Escape c
    expect_screen "$1x$2 Esc and c together: compare" "对比: 规上工业增加值增长率" "预计7% (2025-12-31)"
    keys v
    expect_screen "$1x$2 compare share" "占各自目标"
    keys Right l
    expect_screen "$1x$2 language stays" "对比"
    keys L
    expect_screen "$1x$2 english" "Compare: "
    # Esc returns to the city, so the Esc above went back from the cluster before c.
    keys Escape
    expect_screen "$1x$2 the Esc sent with c had left the cluster" "Clusters (6)" "Overview › Nantong  "
    keys q
    expect_restored "$1x$2 quit with q" 0
done

# f filters the focused table as one types; Enter keeps it, Esc clears it, then goes back.
start 100 30 C.UTF-8 --lang zh
expect_screen "filter: targets" "总览"
keys t f 5 G
expect_screen "filter: typed into the box" "筛选:5G▏" "(2/43) · 筛选:5G" "5G基站"
keys Enter
expect_screen "filter: kept" "Esc 清除筛选"
keys Escape
expect_screen "filter: Esc clears it" "目标 (39 + 4 项无目标序列)"
keys Escape
expect_screen "filter: then Esc goes back" "总览 › 南通  "
keys q
expect_restored "filter: quit" 0

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

# y copies over OSC 52, which tmux turns into a paste buffer with set-clipboard on: off
# unless --clipboard, and then the buffer holds the figure, its date and its sources.
down10="Down Down Down Down Down Down Down Down Down Down"
start 120 40 C.UTF-8 --lang en
tmux set -s set-clipboard on
expect_screen "copy off: before y" "Overview"
keys t $down10 y
expect_screen "copy off: y says how to turn it on" "copy is off: start with --clipboard or set clipboard: true in config.json5"
if [ -z "$(tmux list-buffers 2>/dev/null)" ]; then pass "copy off: no paste buffer"; else fail "copy off: a paste buffer: $(tmux list-buffers)"; fi
keys q
expect_restored "copy off quit" 0

start 120 40 C.UTF-8 --lang en --clipboard
tmux set -s set-clipboard on
expect_screen "copy on: before y" "Overview"
keys t $down10 y
expect_screen "copy on: y says what it copied" "copied: 15 enterprises (2024-12-31) — Xinhua Daily"
expected="15 enterprises (2024-12-31) — Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry and IT's 14th Five-Year Plan results press conference), \"Six key clusters' output to pass 1.3 trillion yuan: Nantong's modern industrial city takes shape\", 2025-12-10; target 20 enterprises (2025) — Nantong Manufacturing Power City Leading Group Office, \"Action Plan for Accelerating the Building of a Manufacturing Power City\", 2024-08-05"
# The request follows the frame that says "copied": give tmux a moment to read it.
for _ in $(seq 20); do copied=$(tmux show-buffer 2>/dev/null) && [ -n "$copied" ] && break; sleep 0.1; done
if [ "$copied" = "$expected" ]; then pass "copy on: tmux's paste buffer is the figure with its date and sources"
else fail "copy on: the paste buffer is '$copied'"; fi
keys q
expect_restored "copy on quit" 0

# Home and End as PuTTY, screen and tmux send them with an xterm TERM (whose terminfo names
# other bytes): ESC [4~ goes to the last target, ESC [1~ back to the first.
ENV_FOR_TEST=TERM=xterm start 100 30 C.UTF-8 --lang en
keys t
wait_for "Targets (39"
keys -l $'\e[4~'
expect_screen "ESC [4~ (End) under TERM=xterm: the last target" "│▶Six key clusters, share"
keys -l $'\e[1~'
expect_screen "ESC [1~ (Home) under TERM=xterm: the first target" "│▶1. Growth of above-scale"
keys q
expect_restored "TERM=xterm Home/End: quit" 0

start 20 6 C.UTF-8 --lang en
expect_screen "20x6 too small" "terminal too small"
keys q
expect_restored "20x6 quit" 0

echo "e2e-tui: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
