#!/usr/bin/env bash
# Manual performance run for issue #7 (not part of .ci/run): builds the release binary,
# measures idash and its peers through a pty with ../shared/tools/tuimeasure.py in one run,
# runs idash-bench, and writes docs/performance.md. Peers that cannot be installed are
# skipped. Usage: .ci/perf.sh   (REPEAT=5 SCRATCH=.build-static STATIC=--static-swift-stdlib by default)
set -euo pipefail
cd "$(dirname "$0")/.."

SCRATCH=${SCRATCH:-.build-static}
# The Swift runtime linked into the binary: no shared Swift libraries to load and relocate
# at start (first frame 20 -> 17 ms, peak RSS 17.5 -> 14.4 MB), and the binary runs on a
# server without Swift installed. STATIC= (empty) measures the default dynamic build.
STATIC=${STATIC---static-swift-stdlib}
REPEAT=${REPEAT:-5}
TOOL=../shared/tools/tuimeasure.py
OUT=docs/performance.md
WORK=$(mktemp -d /tmp/idash-perf-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
step() { printf '\n== %s\n' "$*" >&2; }

step "build (release)"
swift build -c release $STATIC --scratch-path "$SCRATCH" --product idash >&2
swift build -c release $STATIC --scratch-path "$SCRATCH" --product idash-bench >&2
IDASH="$SCRATCH/release/idash"

step "peers and pyte (skipped when they cannot be installed)"
pip_install() { pip install -q "$@" >&2 2>&1 || pip install -q --break-system-packages "$@" >&2 2>&1; }
python3 -c 'import pyte' 2>/dev/null || pip_install pyte || echo "pyte unavailable: no changed-cell counts" >&2
command -v htop >/dev/null || apt-get install -y -qq htop >&2 2>&1 \
    || { apt-get update -qq >&2 2>&1 && apt-get install -y -qq htop >&2 2>&1; } || echo "htop unavailable: skipped" >&2
command -v ncdu >/dev/null || apt-get install -y -qq ncdu >&2 2>&1 \
    || { apt-get update -qq >&2 2>&1 && apt-get install -y -qq ncdu >&2 2>&1; } || echo "ncdu unavailable: skipped" >&2
command -v vd >/dev/null || pip_install visidata || echo "visidata unavailable: skipped" >&2

step "data: a CSV export of the sample targets (for visidata) and the large synthetic set"
python3 - "$WORK/targets.csv" <<'PY'
import csv, glob, json, sys
with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["city", "indicator", "name", "unit", "baseline", "target", "year", "observations"])
    for path in sorted(glob.glob("sample-data/*.json")):
        if path.endswith("schema.json"):
            continue
        city = json.load(open(path))
        for i in city.get("indicators", []):
            t = i.get("target") or {}
            w.writerow([city["id"], i["id"], i["name"]["zh"], i["unit"], (i.get("baseline") or {}).get("value", ""),
                        t.get("value", (t.get("text") or {}).get("zh", "")), t.get("year", ""), len(i.get("observations", []))])
PY
"$IDASH" gen-data --cities 300 --indicators 200 --years 20 "$WORK/large" >&2

KEYS='<down><down><down><up><down>'
measure() {  # name, command...
    local name=$1; shift
    step "measure: $name"
    if python3 "$TOOL" --cols 120 --rows 40 --keys "$KEYS" --idle 3 --resize 80x24 --repeat "$REPEAT" -- "$@" \
        > "$WORK/$name.json" 2> "$WORK/$name.err"; then
        echo "$name" >> "$WORK/measured"
    else
        echo "$name: measurement failed (see below), skipped" >&2; tail -5 "$WORK/$name.err" >&2
    fi
}
measure idash "$IDASH"
measure "idash-large" "$IDASH" --data "$WORK/large"
command -v vd >/dev/null && measure visidata vd "$WORK/targets.csv"
command -v htop >/dev/null && measure htop htop
# ncdu on a fixed folder, so every run browses the same list.
command -v ncdu >/dev/null && measure ncdu ncdu /usr/share/doc

step "instructions per key, step by step (valgrind; docs/performance.md explains)"
if command -v valgrind >/dev/null; then
    for keys in "" t Enter c; do
        echo "screen opened by: '${keys:-none (overview)}'" >&2
        bash .ci/keycost.sh "$IDASH" "$keys" >&2 || echo "keycost failed for '$keys'" >&2
    done
fi

step "followers: one (first frame, slide change, RSS) and fifty (total RSS)"
python3 .ci/followers-bench.py "$IDASH" --followers 1 --changes 40 --quiet-progress > "$WORK/followers-1.md" \
    || echo "followers-bench (1) failed" >&2
python3 .ci/followers-bench.py "$IDASH" --followers 50 --changes 40 --quiet-progress > "$WORK/followers-50.md" \
    || echo "followers-bench (50) failed" >&2

step "idash-bench"
"$SCRATCH/release/idash-bench" --large "$WORK/large" > "$WORK/bench.md"

step "write $OUT"
python3 - "$WORK" "$OUT" "$REPEAT" <<'PY'
import json, os, sys, datetime
work, out, repeat = sys.argv[1], sys.argv[2], sys.argv[3]
names = open(os.path.join(work, "measured")).read().split() if os.path.exists(os.path.join(work, "measured")) else []
labels = {"idash": "idash (sample data)", "idash-large": "idash --data (large synthetic set)"}
def med(d, k):
    v = d.get(k)
    return v.get("median") if isinstance(v, dict) else v
def fmt(v, unit="", digits=1):
    if v is None: return "–"
    return f"{v:,.{digits}f}{unit}"
rows = []
for n in names:
    d = json.load(open(os.path.join(work, n + ".json")))
    rows.append(f"| {labels.get(n, n)} | {fmt(med(d,'first_frame_ms'),' ms')} | {fmt(med(d,'key_latency_ms'),' ms',2)} | "
                f"{fmt(med(d,'bytes_per_changed_cell'),'',2)} | {fmt(med(d,'resize_ms'),' ms')} | {fmt(med(d,'idle_bytes'),'',0)} | "
                f"{fmt(med(d,'max_rss_mb'),' MB')} | {fmt(med(d,'quit_ms'),' ms')} |")
reference = [
    "| floor (minimal Swift+ncursesw list; issue's figures) | 8.8 ms | 0.41 ms | 1.39 | 0.9 ms | 0 | 9.2 MB | 1.0 ms |",
    "| btop (issue's figures) | 46 ms | 15.2 ms | 6.2 | 119 ms | 27,578 | 5.8 MB | 106 ms |",
    "| ncdu (issue's figures) | 34 ms | 0.8 ms | 1.34 | 1.5 ms | 0 | 3.4 MB | 1.0 ms |",
]
header = "| program | first frame | key | bytes per cell | resize | idle 3 s: bytes | peak RSS | quit |\n|---|---:|---:|---:|---:|---:|---:|---:|"
bench = open(os.path.join(work, "bench.md")).read().strip()
def optional(name):
    path = os.path.join(work, name)
    return open(path).read().strip() if os.path.exists(path) and os.path.getsize(path) else "(not measured: see the run's log)"
followers = optional("followers-1.md") + "\n\n" + optional("followers-50.md")
old = open(out).read() if os.path.exists(out) else ""
# Everything from "## Analysis" on is written by hand and kept across runs.
kept = old[old.index("## Analysis"):] if "## Analysis" in old else "## Analysis\n\n(to be written)\n\n## Presentation: bytes per slide change\n\nto be measured\n"
text = f"""# Performance (issue #7)

Measured {datetime.date.today()} on this machine (2 shared cores; other builds may run, so compare
rows of one run, not runs of different days). Goals: release build, sample data, 120x40.

## Live terminal, through a pty (medians of {repeat} runs)

    .ci/perf.sh          # builds, installs peers if missing, measures, rewrites the tables below

Each program: `python3 ../shared/tools/tuimeasure.py --cols 120 --rows 40 --keys '{'<down><down><down><up><down>'}'
--idle 3 --resize 80x24 --repeat {repeat} -- PROGRAM`; visidata opens a CSV export of the sample targets,
htop its own process list. The last three rows are the issue's reference figures, not measured here.

{header}
{chr(10).join(rows + reference)}

## Benchmarks (`swift run -c release idash-bench --large DIR`)

In-process times in ms (median and minimum); "large" is `idash gen-data --cities 300 --indicators 200
--years 20` (1.2 million observations). A key is the app's update plus the render of the next frame.

{bench}

## Followers (`.ci/followers-bench.py`, 40 slide changes, followers at 80x24)

A follower's first frame, slide change and peak RSS with one follower; the total with fifty.

{followers}

{kept}"""
open(out, "w").write(text)
PY
echo "wrote $OUT" >&2
