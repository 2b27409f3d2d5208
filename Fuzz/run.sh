#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (issue 17).
#
#   Fuzz/run.sh TARGET SECONDS     build, then fuzz one target for SECONDS
#   Fuzz/run.sh all SECONDS        every target, two at a time (one per core)
#   Fuzz/run.sh list               the targets
#
# Targets: json csv theme settings deck city share framer keys; the properties each one
# checks are in Sources/FuzzChecks. The product's modules are compiled with coverage and
# AddressSanitizer (`-sanitize=fuzzer,address`) into .build-fuzz, and linked with
# Fuzz/Entry.swift into one libFuzzer binary; IDASH_FUZZ_TARGET picks the target.
#
# Seeds are read from Fuzz/corpus/TARGET (committed, never written); what the fuzzer finds
# goes to .build-fuzz/corpus/TARGET. A crash, a leak, a hang past 10 s (-timeout) or a
# broken property fails the run and leaves the input in .build-fuzz/crashes/: add it to
# Fuzz/corpus/TARGET, and `swift test` (FuzzCorpusTests) replays it from then on.
# Each run ends with a line "fuzz TARGET: N execs, E edges, F features, C inputs".
# FUZZ_JOBS (default: the number of cores) says how many targets run at once, and
# FUZZ_FLAGS adds libFuzzer flags (e.g. FUZZ_FLAGS=-jobs=1).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
TARGETS=(json csv theme settings deck city share framer keys)
MODULES=(FileFormats Locking IndustryModel BuiltinData TerminalKit IndustryViews IndustryTerminal IndustryShare IndustryApp FuzzChecks)
BINARY="$SCRATCH/fuzz-idash"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

build() {
    echo "== building the fuzz binary (release, -sanitize=fuzzer,address) in $SCRATCH" >&2
    swift build -c release --scratch-path "$SCRATCH" --target FuzzChecks \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
    local bin objects=()
    bin=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
    for module in "${MODULES[@]}"; do
        while IFS= read -r -d '' object; do objects+=("$object"); done \
            < <(find "$bin/$module.build" -name '*.o' -print0)
    done
    swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name FuzzEntry \
        -I "$bin/Modules" -I "$bin" -Xcc -fmodule-map-file=Sources/CNCursesW/module.modulemap \
        Fuzz/Entry.swift "${objects[@]}" -lncursesw -o "$BINARY" \
        2> >(grep -v "Cannot export local symbol '__asan" >&2)  # gold's notes on ASan's own helpers
}

dictionary() {  # TARGET -> the -dict flag, when the target has one
    case $1 in
        json|theme|settings|deck|city) echo "-dict=Fuzz/dict/json.dict" ;;
        csv) echo "-dict=Fuzz/dict/csv.dict" ;;
        share|framer) echo "-dict=Fuzz/dict/share.dict" ;;
        keys) echo "-dict=Fuzz/dict/keys.dict" ;;
    esac
}

run_one() {  # TARGET SECONDS
    local target=$1 seconds=$2 log="$SCRATCH/logs/$1.log"
    mkdir -p "$SCRATCH/corpus/$target" "$SCRATCH/crashes" "$SCRATCH/logs"
    local status=0
    # -rss_limit_mb: a city file decoded into a data set and drawn on five screens needs more
    # than the 2 GB default allows under ASan on a long run; a real leak still trips it.
    IDASH_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 "$BINARY" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=131072 -print_final_stats=1 \
        $(dictionary "$target") ${FUZZ_FLAGS:-} -artifact_prefix="$SCRATCH/crashes/$target-" \
        "$SCRATCH/corpus/$target" "Fuzz/corpus/$target" > "$log" 2>&1 || status=$?
    # libFuzzer's last status line: "#N DONE cov: E ft: F corp: C/..." (or pulse/NEW lines).
    local last execs
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "fuzz $target: ${execs:-?} execs, $(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last") edges," \
         "$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last") features, $(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last") inputs" \
         "in ${seconds}s$([ $status = 0 ] || echo ", FAILED (status $status): see $log")"
    if [ $status != 0 ]; then
        grep -E 'ERROR|fuzz target|Fatal error|SUMMARY|Test unit written|artifact' "$log" | head -20 >&2 || true
    fi
    return $status
}

[ $# -ge 1 ] || usage
case $1 in
    list) printf '%s\n' "${TARGETS[@]}"; exit 0 ;;
    all) [ $# = 2 ] || usage; targets=("${TARGETS[@]}") ;;
    *) [ $# = 2 ] || usage
       printf '%s\n' "${TARGETS[@]}" | grep -qx "$1" || { echo "unknown target '$1' (Fuzz/run.sh list)" >&2; exit 2; }
       targets=("$1") ;;
esac
seconds=$2
build

# One target per core: each libFuzzer process uses one.
jobs=${FUZZ_JOBS:-$(nproc)}
failed=0
pids=()
# Stopping the script stops the fuzzers it started (each runs under a subshell of its own).
stop() { for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; done; exit 130; }
trap stop INT TERM HUP
for target in "${targets[@]}"; do
    run_one "$target" "$seconds" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
