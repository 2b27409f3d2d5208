#!/usr/bin/env bash
# End-to-end test of presenting: a presenter sharing its position and two followers (one
# at another size and language, one showing the speaker notes), each in its own tmux
# session. The presenter moves three slides; both followers must show that slide; when the
# presenter quits, the followers must say so and stay usable.
set -uo pipefail
session=idash-present
socket_dir=$(mktemp -d)
socket=$socket_dir/present.sock
# The talk's position file goes here, not into the user's own ~/.local/state (exported
# before lib-tmux starts the tmux server, whose sessions inherit it).
export XDG_STATE_HOME=$socket_dir/state
source "$(dirname "$0")/lib-tmux.sh" "$1"
trap 'tmux kill-server 2>/dev/null; rm -rf "$out" "$socket_dir" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$tmux_server"' EXIT

# screen_of SESSION: its text now.
screen_of() { tmux capture-pane -p -t "$1"; }

# follower_shows NAME SESSION TEXT: wait (5 s at most) for a follower to show TEXT.
follower_shows() {
    for _ in $(seq 50); do
        screen_of "$2" | grep -qF -- "$3" && { pass "$1"; return 0; }
        sleep 0.1
    done
    fail "$1: $2 lacks '$3'"; screen_of "$2" | sed 's/^/    | /'
}

follow() { # SESSION COLS ROWS ARGS...
    local name=$1 cols=$2 rows=$3; shift 3
    tmux kill-session -t "$name" 2>/dev/null
    tmux new-session -d -s "$name" -x "$cols" -y "$rows" \
        "env TERM=xterm-256color LANG=C.UTF-8 $bin follow --as-of 2026-11-25 $* $socket; echo \"EXIT=\$?\"; sleep 60"
}

start 120 40 C.UTF-8 present --share "$socket" --lang zh
expect_screen "presenter: title slide" "1/20"
[ -s "$XDG_STATE_HOME/idash/present.json" ] && pass "the position is kept in \$XDG_STATE_HOME/idash" || fail "no position file"
follow idash-follow-1 80 24 --lang en
follow idash-follow-2 100 30 --notes --lang en
follower_shows "follower 1 joins late and sees the current slide" idash-follow-1 "1/20"
follower_shows "follower 2 shows notes" idash-follow-2 "1/20"
expect_screen "presenter: the footer counts the followers" "2 人跟随"

keys Right Right Right
expect_screen "presenter: three slides on" "4/20" "南通 · 目标"
follower_shows "follower 1 on the presenter's slide, in English at 80x24" idash-follow-1 "4/20"
follower_shows "follower 1 draws the slide itself" idash-follow-1 "Nantong · Targets"
follower_shows "follower 2 names the slide over its notes" idash-follow-2 "4/20  Nantong · Targets"
tmux capture-pane -p -t idash-follow-1 >"$out/follower"
python3 "$check" 80 "$out/follower" >"$out/check" 2>&1 && pass "follower 1: rows line up" || fail "follower 1: $(cat "$out/check")"

tmux send-keys -t idash-follow-1 Left Left q  # a follower's keys never reach the presenter
sleep 0.3
expect_screen "presenter: still on slide 4 after a follower pressed keys" "4/20"

# A whole escape sequence this terminfo does not know is dropped; it never counts as Esc.
# (Esc followed by another key is both keys: Alt-x is Esc, then x.)
tmux send-keys -t $session -l $'\e[99~'
tmux send-keys -t $session -l $'\e[1;9Q'
sleep 0.3
expect_screen "presenter: unknown escape sequences do not leave the slides" "4/20"
keys 7 Enter
expect_screen "presenter: number + Enter jumps" "7/20"
follower_shows "follower 2 follows the jump" idash-follow-2 "7/20"

# Esc: the dashboard at the slide's view; followers keep the slide and are told why; p
# brings the same slide back, and the followers with it.
keys Escape
expect_screen "presenter: Esc opens the dashboard at the slide's view" "总览 › 南通 › 目标"
follower_shows "follower 2 keeps the slide while the presenter browses" idash-follow-2 "7/20  the presenter is showing the dashboard"
keys p
expect_screen "presenter: p comes back to the same slide" "7/20"
follower_shows "follower 2 follows again" idash-follow-2 "7/20  following"
keys '?'
expect_screen "presenter: ? shows the presenter's keys" "演示按键"
keys Escape
sleep 0.3
if tmux capture-pane -p -t $session | grep -qF "演示按键"; then fail "presenter: Esc left the keys box open"
else expect_screen "presenter: Esc closes the keys, the slide stays" "7/20"; fi

keys q
expect_restored "presenter: quit" 0
follower_shows "follower 2 says the presenter has ended" idash-follow-2 "the presenter has ended"
tmux send-keys -t idash-follow-2 L
follower_shows "follower 2 stays usable (L switches language)" idash-follow-2 "演示已结束"
[ ! -e "$socket" ] && pass "the socket is removed" || fail "the socket is left behind"
start 120 40 C.UTF-8 present --share "$socket" --lang zh   # the talk starts again
expect_screen "presenter: started again, at the slide it was left on" "7/20" "从第7页继续"
follower_shows "follower 2 finds the new presenter by itself, on that slide" idash-follow-2 "7/20  跟随演示"
keys q
expect_restored "presenter: quit again" 0
start 120 40 C.UTF-8 present --share "$socket" --lang zh --from-start
expect_screen "presenter: --from-start begins again" "1/20"
follower_shows "follower 2 follows it back to slide 1" idash-follow-2 "1/20  跟随演示"
keys q
expect_restored "presenter: quit a third time" 0
tmux send-keys -t idash-follow-2 q
follower_shows "follower 2 quits cleanly" idash-follow-2 "EXIT=0"

# What changed since the last meeting: --since adds the changes slide at the end, marks new
# figures, and a bad day is refused naming the option and the value.
start 120 40 C.UTF-8 present --lang en --since 2025-06-01
expect_screen "presenter --since: the deck gains a slide" "1/21"
keys End
expect_screen "presenter --since: the changes slide closes the talk" "21/21" "New since 2025-06-01" "Nantong · GDP growth"
keys q
expect_restored "presenter --since: quit" 0
handout=$("$bin" handout --since 2025-06-01 --as-of 2026-11-25 --lang en --format markdown)
grep -qxF '## 21. New since 2025-06-01' <<<"$handout" && pass "handout --since: the changes section" || fail "handout --since lacks the changes section"
grep -qxF '| Indicator | Before | Now | Published | Source |' <<<"$handout" && pass "handout --since: the changes table" || fail "handout --since: no changes table"
grep -q 'city:nantong' <<<"$handout" && fail "handout shows a view id" || pass "handout: no view ids"
error=$("$bin" handout --since 2025-6-1 2>&1 >/dev/null)
grep -qF -- '--since must be a date written YYYY-MM-DD, found "2025-6-1"' <<<"$error" && pass "a bad --since names the option and the value" \
    || fail "bad --since: $error"
# A full share: the follower turned away says so, and takes the place when it frees.
start 120 40 C.UTF-8 present --share "$socket" --lang zh --from-start --max-followers 1
expect_screen "presenter: sharing with one place" "1/20"
follow idash-follow-3 80 24 --lang en
follower_shows "follower 3 takes the one place" idash-follow-3 "1/20  following"
follow idash-follow-4 80 24 --lang en
follower_shows "follower 4 is told the share is full" idash-follow-4 "the share is full"
tmux send-keys -t idash-follow-3 q
follower_shows "follower 4 takes the freed place by itself" idash-follow-4 "1/20  following"
keys q
expect_restored "presenter: quit the full share" 0

# Slides on every terminal type a meeting room may have, and without UTF-8.
for term in xterm-256color screen-256color tmux-256color xterm vt100; do
    for lang in C.UTF-8 C; do
        ENV_FOR_TEST="TERM=$term" start 80 24 $lang present --lang en --from-start
        if wait_for "1/20"; then
            keys Right Right
            wait_for "3/20" || fail "TERM=$term LANG=$lang: no slide change"
            tmux capture-pane -p -t $session >"$out/slide"
            ascii=""; { [ "$lang" = C ] || [ "$term" = vt100 ]; } && ascii=--ascii
            python3 "$check" 80 "$out/slide" $ascii >"$out/check" 2>&1 \
                && pass "TERM=$term LANG=$lang: slides ${ascii:+(ASCII) }line up" || fail "TERM=$term LANG=$lang: $(cat "$out/check")"
        else
            fail "TERM=$term LANG=$lang: no first slide"
        fi
        keys q
        wait_for "EXIT=0" || fail "TERM=$term LANG=$lang: no clean exit"
    done
done

echo "e2e-present: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
