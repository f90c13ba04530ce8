#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the core (and the background-plan import) with clang + libFuzzer + ASan/UBSan and runs
# every fuzz target for SECONDS (default 60) on a copy of its seed corpus, FUZZ_JOBS targets at a
# time (default 2, one per core). Usage: run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
# A crash leaves its input in BUILD_DIR/crashes/<target>/ and makes the script fail.
set -euo pipefail
seconds=${1:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${2:-$source_dir/build/fuzz}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_projectfile fuzz_csv fuzz_salbp fuzz_qaplib fuzz_dxf fuzz_image fuzz_model fuzz_linemodel)
jobs=${FUZZ_JOBS:-2}

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DTAKTFLOW_FUZZ=ON >/dev/null
cmake --build "$build_dir" -j2 --target "${targets[@]}"

run_one() {
    local target=$1
    local corpus="$build_dir/corpus/$target"
    local crashes="$build_dir/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    cp -n "$source_dir/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
    "$build_dir/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -max_len=262144 -timeout=20 -artifact_prefix="$crashes/" -print_final_stats=1 >"$build_dir/$target.log" 2>&1
}

declare -A pids=()
status=0
finish() {
    local target=$1
    if wait "${pids[$target]}"; then
        echo "== $target: ${seconds}s, $(grep -E '^stat::number_of_executed_units' "$build_dir/$target.log" | awk '{print $2}') executions"
    else
        status=1
        echo "$target FAILED; see $build_dir/$target.log and $build_dir/crashes/$target" >&2
        tail -40 "$build_dir/$target.log" >&2
    fi
    unset "pids[$target]"
}
for target in "${targets[@]}"; do
    while [ ${#pids[@]} -ge "$jobs" ]; do
        first=("${!pids[@]}")
        finish "${first[0]}"
    done
    run_one "$target" &
    pids[$target]=$!
done
for target in "${!pids[@]}"; do
    finish "$target"
done
exit $status
