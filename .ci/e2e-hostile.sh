#!/usr/bin/env bash
# End-to-end checks of hostile input and faults, through the real binary in tmux: names
# that carry terminal escapes, missing or unknown TERM, a storm of resizes, and live reload
# of a data folder that is edited, broken and fixed while the dashboard runs.
set -uo pipefail
session=idash-hostile
source "$(dirname "$0")/lib-tmux.sh" "$1"
fixtures=$(realpath Tests/Fixtures)

# --- Escapes in the data: shown as placeholders, never sent --------------------------
# With set-clipboard on, an OSC 52 that got through would land in a tmux buffer; a title
# sequence would change the pane title; ESC [?1049l would leave the alternate screen.
tmux start-server
tmux set -g set-clipboard on 2>/dev/null
tmux delete-buffer -b idash-probe 2>/dev/null
start 120 40 C.UTF-8 --lang en --data "$fixtures/hostile-data"
tmux select-pane -t $session -T "title-before"
expect_screen "escapes: overview shows placeholders" "Evil␛]0;PWNED-TITLE␇City"
keys Enter
expect_screen "escapes: city" "IoT␇␦31m"
keys t Enter
expect_screen "escapes: indicator detail" "Index␛c reset␍" "基线␛[?1049l"
title=$(tmux display -p -t $session '#{pane_title}')
[ "$title" = "title-before" ] && pass "escapes: pane title untouched" || fail "escapes: pane title became '$title'"
[ -z "$(tmux list-buffers 2>/dev/null)" ] && pass "escapes: no clipboard write" || fail "escapes: a buffer appeared: $(tmux list-buffers)"
[ "$(tmux display -p -t $session '#{alternate_on}')" = 1 ] && pass "escapes: still on the alternate screen" \
    || fail "escapes: the alternate screen was left"
keys q
expect_restored "escapes: quit" 0

# --- TERM missing, unknown, dumb, vt100 ----------------------------------------------
ENV_FOR_TEST="-u TERM" start 100 30 C.UTF-8 --lang en
expect_screen "TERM unset: falls back and draws" "Overview" "1 Nantong"
keys q
expect_restored "TERM unset: quit" 0
ENV_FOR_TEST="TERM=no-such-terminal" start 100 30 C.UTF-8 --lang en
expect_screen "TERM unknown: falls back and draws" "Overview" "1 Nantong"
keys q
expect_restored "TERM unknown: quit" 0
for lang in C C.UTF-8; do
    ENV_FOR_TEST="TERM=vt100" start 100 30 $lang --lang en
    expect_screen "TERM=vt100, LANG=$lang: dashboard" "Overview" "1 Nantong"
    tmux capture-pane -p -t $session >"$out/vt100"
    python3 "$check" 100 "$out/vt100" --ascii >"$out/check" 2>&1 && pass "TERM=vt100, LANG=$lang: ASCII only" \
        || fail "TERM=vt100, LANG=$lang: $(cat "$out/check")"
    keys q
    wait_for "EXIT=0" && pass "TERM=vt100, LANG=$lang: quit, exit 0" || fail "TERM=vt100: no clean exit"
done
ENV_FOR_TEST="TERM=dumb" start 100 30 C.UTF-8 --lang en
expect_screen "TERM=dumb: a clear message, no crash" "cannot position the cursor" "EXIT=1"

# --- A storm of 500 resizes in a few seconds -----------------------------------------
start 120 40 C.UTF-8 --lang zh
wait_for "1 南通" || fail "resize storm: no first frame"
keys Enter Tab Down
started=$(date +%s.%N)
for i in $(seq 500); do
    tmux resize-window -t $session -x $((RANDOM % 400 + 1)) -y $((RANDOM % 120 + 1)) 2>/dev/null
done
tmux resize-window -t $session -x 100 -y 30
echo "   (500 resizes took $(echo "$(date +%s.%N) - $started" | bc) s)"
# The app may still be drawing sizes from the storm: give it until the screen settles
# (tmux shows the old, wider frame wrapped until the last redraw lands).
for _ in $(seq 50); do
    tmux capture-pane -p -t $session >"$out/storm"
    python3 "$check" 100 "$out/storm" >/dev/null 2>&1 && break
    sleep 0.1
done
expect_screen "resize storm: the last frame fits 100x30" "总览 › 南通"
[ "$(tmux capture-pane -p -t $session | wc -l)" -eq 30 ] && pass "resize storm: 30 rows" || fail "resize storm: row count"
keys q
expect_restored "resize storm: quit" 0

# --- Live reload (--watch) -----------------------------------------------------------
data=$(mktemp -d)
cp sample-data/*.json sample-data/*.csv "$data"/
start 120 40 C.UTF-8 --lang en --watch --data "$data"
expect_screen "watch: first frame" "2 Suzhou"
keys 2
expect_screen "watch: on Suzhou" "Overview › Suzhou"
sed -i 's/"en": "Suzhou"/"en": "Soochow"/' "$data/suzhou.json"   # sed -i saves by renaming
expect_screen "watch: an edit shows, the view stays" "Overview › Soochow" "2 Soochow"
sed -i 's/"order": 2,/"order": "two",/' "$data/suzhou.json"
expect_screen "watch: a bad edit keeps the data and names the error" "data not reloaded: suzhou.json:4:" "Overview › Soochow"
sed -i 's/"order": "two",/"order": 2,/' "$data/suzhou.json"
for _ in $(seq 30); do tmux capture-pane -p -t $session | grep -q "data not reloaded" || break; sleep 0.1; done
tmux capture-pane -p -t $session | grep -q "data not reloaded" && fail "watch: the error stayed after the fix" \
    || pass "watch: the fix clears the error"
rm -rf "$data"; sleep 0.5; mkdir "$data"     # the folder replaced, as git checkout may do
cp sample-data/*.json sample-data/*.csv "$data"/
sed -i 's/"en": "Nanjing"/"en": "Jinling"/' "$data/nanjing.json"
expect_screen "watch: a folder removed and made again is watched again" "3 Jinling"
keys q
expect_restored "watch: quit" 0
rm -rf "$data"

echo "e2e-hostile: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
