#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the core with clang + libFuzzer + ASan/UBSan and runs every fuzz target for SECONDS
# (default 60) on a copy of its seed corpus. Usage: run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
# A crash leaves its input in BUILD_DIR/crashes/<target>/ and makes the script fail.
set -euo pipefail
seconds=${1:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${2:-$source_dir/build/fuzz}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_projectfile fuzz_csv fuzz_salbp fuzz_qaplib)

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DTAKTFLOW_FUZZ=ON >/dev/null
cmake --build "$build_dir" -j2 --target "${targets[@]}"

status=0
for target in "${targets[@]}"; do
    corpus="$build_dir/corpus/$target"
    crashes="$build_dir/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    cp -n "$source_dir/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
    echo "== $target: ${seconds}s"
    if ! "$build_dir/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
            -max_len=262144 -timeout=20 -artifact_prefix="$crashes/" -print_final_stats=1 2>"$build_dir/$target.log"; then
        status=1
        echo "$target FAILED; see $build_dir/$target.log and $crashes" >&2
        tail -40 "$build_dir/$target.log" >&2
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build_dir/$target.log" || true
done
exit $status
