#!/usr/bin/env bash
# Instructions per key, step by step (issue 16): runs idash under callgrind in a real pty
# (tmux, 120x40), presses Down and Up in turn on a screen, and prints the instructions each step
# costs per key. Two runs (a few keys and many) are subtracted, so start-up and quit cancel
# out and what is left is the cost of the keys alone. Instruction counts hold on a loaded
# machine, unlike times. Usage: .ci/keycost.sh IDASH [SCREEN_KEYS]
#   IDASH        a release build (swift build -c release)
#   SCREEN_KEYS  keys that open the screen measured first (tmux names), default none (overview)
set -euo pipefail
bin=$(readlink -f "$1"); open_keys=${2:-}
few=6 many=46
work=$(mktemp -d /tmp/idash-keycost-XXXXXX)
server=idash-keycost-$$
trap 'tmux -L $server kill-server 2>/dev/null || true; [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
command -v swift >/dev/null && demangle="swift demangle --simplified" || demangle=cat

run() {  # KEYS OUT
    local keys=$1 out=$2
    tmux -L $server kill-server 2>/dev/null || true
    tmux -L $server new-session -d -x 120 -y 40 \
        "env LANG=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state valgrind --tool=callgrind --callgrind-out-file=$out $bin --as-of 2026-11-25 --no-detect; sleep 2"
    for _ in $(seq 200); do tmux -L $server capture-pane -p | grep -q "IndustryDash" && break; sleep 0.2; done
    sleep 1
    for key in $open_keys; do tmux -L $server send-keys "$key"; sleep 1.5; done
    # Down and Up in turn: every key moves the selection, on any list length.
    for i in $(seq "$keys"); do tmux -L $server send-keys "$([ $((i % 2)) = 1 ] && echo Down || echo Up)"; sleep 0.4; done
    sleep 1.5
    tmux -L $server send-keys q
    for _ in $(seq 100); do [ -s "$out" ] && ! pgrep -f "callgrind-out-file=$out" >/dev/null && break; sleep 0.2; done
}
run $few "$work/few.out"
run $many "$work/many.out"

# Inclusive instructions of each step's function, per run; the difference per key.
steps() {  # FILE -> "step count" lines
    callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$1" 2>/dev/null | $demangle | python3 -c '
import re, sys
patterns = [
    ("key read and decode", r"NCursesBackend\.readKey"),
    ("update (App.update)", r"\bApp\.update\("),
    ("render (state to cells)", r"DashboardState\.render\("),
    ("diff (FrameDiff)", r"FrameDiff\.changes"),
    ("draw (ncurses calls, incl. diff)", r"NCursesBackend\.draw\("),
    ("doupdate (ncurses output)", r"\bdoupdate\b"),
    ("write (libc, the bytes to the terminal)", r"\?\?\?:(__libc_)?write \["),
]
found = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)", line)
    if not m: continue
    count, name = int(m.group(1).replace(",", "")), m.group(2)
    for step, pattern in patterns:
        if step not in found and re.search(pattern, name):
            found[step] = count
for step, _ in patterns:
    print(f"{step}\t{found.get(step, 0)}")
'
}
steps "$work/few.out" > "$work/few.txt"
steps "$work/many.out" > "$work/many.txt"
total() { callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'; }
echo "| step | instructions per key |"
echo "|---|---:|"
paste "$work/few.txt" "$work/many.txt" | awk -F'\t' -v n=$((many - few)) '{ printf "| %s | %\047d |\n", $1, ($4 - $2) / n }'
echo "| whole program | $(( ($(total "$work/many.out") - $(total "$work/few.out")) / (many - few) )) |"

# Where a key's instructions go: the functions whose own (exclusive) cost grows most per key.
echo
echo "| function (own instructions) | per key |"
echo "|---|---:|"
self_costs() { callgrind_annotate --auto=no --inclusive=no --threshold=100 "$1" 2>/dev/null | $demangle; }
python3 - <(self_costs "$work/few.out") <(self_costs "$work/many.out") $((many - few)) <<'PY'
import re, sys
def costs(path):
    out = {}
    for line in open(path, errors="replace"):
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)", line)
        if m and "PROGRAM TOTALS" not in line:
            name = re.sub(r"\s*\[[^\]]*\]$", "", m.group(2)).split(":", 1)[-1]
            out[name] = out.get(name, 0) + int(m.group(1).replace(",", ""))
    return out
few, many, n = costs(sys.argv[1]), costs(sys.argv[2]), int(sys.argv[3])
delta = sorted(((many.get(k, 0) - few.get(k, 0)) / n, k) for k in many)
for cost, name in reversed(delta[-12:]):
    print(f"| {name[:110]} | {cost:,.0f} |")
PY
