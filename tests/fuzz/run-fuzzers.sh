#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer, coverage) in
# build-fuzz/ and runs each for STEWARD_FUZZ_SECONDS (default 25) through CTest (label "fuzz").
# Prints ctest's summary; exit 0 when no target found a crash. New corpus entries stay in
# build-fuzz/tests/fuzz/corpus, crashing inputs in build-fuzz/tests/fuzz/crashes.
set -uo pipefail
cd "$(dirname "$0")/../.."
dir=${STEWARD_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${STEWARD_FUZZ_SECONDS:-25}
jobs=${STEWARD_BUILD_JOBS:-$(nproc)}
mkdir -p "$dir"
if ! cmake -S . -B "$dir" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug "-DECM_ENABLE_SANITIZERS=address;undefined" \
        -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link -DSTEWARD_FUZZ=ON \
        "-DSTEWARD_FUZZ_SECONDS=$seconds" >"$dir/configure.log" 2>&1; then
    cat "$dir/configure.log" >&2
    echo "run-fuzzers: configure failed" >&2
    exit 1
fi
if ! cmake --build "$dir" -j "$jobs" --target steward_fuzzers; then
    echo "run-fuzzers: build failed" >&2
    exit 1
fi
# -V keeps libFuzzer's final statistics in the log (scripts/reliability.sh reports them).
ctest --test-dir "$dir" -L fuzz -V -j "$jobs" --timeout 300
