#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing (Debian packages,
# the pinned Synapse virtualenv), builds Steward twice (normal, and with AddressSanitizer +
# UndefinedBehaviorSanitizer) and runs every test in both builds, the integration tests against a
# real Synapse that CTest starts and stops itself (on SQLite), then the normal build's integration
# tests once more against a PostgreSQL-backed Synapse; last, the libFuzzer targets (tests/fuzz) in a
# clang build, each for a bounded time.
set -uo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
jobs=${STEWARD_BUILD_JOBS:-$(nproc)}
# ccache (installed with the other packages) makes a rebuild on the same machine cheap; the cache
# holds object files only, never anything a test writes.
if command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
    export CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
fi

bash scripts/install-deps-debian.sh || { echo "run-tests: installing Debian packages failed" >&2; exit 1; }
python3 tests/synapse/synapsectl.py ensure-venv >/dev/null || { echo "run-tests: creating the Synapse virtualenv failed" >&2; exit 1; }

total_passed=0
total_failed=0
status=0

run_suite() { # name build-dir extra-cmake-args...
    local name=$1 dir=$2
    shift 2
    echo "==> [$name] configure and build in $dir"
    if ! cmake -S "$top" -B "$dir" -G Ninja "$@" >"$dir/configure.log" 2>&1; then
        cat "$dir/configure.log" >&2
        echo "run-tests: [$name] configure failed" >&2
        status=1
        return
    fi
    if ! cmake --build "$dir" -j "$jobs"; then
        echo "run-tests: [$name] build failed" >&2
        status=1
        return
    fi
    run_ctest "$name" "$dir"
}

run_ctest() { # name build-dir extra-ctest-args...
    local name=$1 dir=$2
    shift 2
    echo "==> [$name] ctest"
    local log="$dir/ctest-summary-${name//\//-}.log"
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" --timeout 900 "$@" 2>&1 | tee "$log"
    tally "$log" "${PIPESTATUS[0]}"
    # What the fixture's synapse_start recorded (server.json outlives synapse_stop).
    local backend
    backend=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("database"))' \
        "$dir/synapse-test/server.json" 2>/dev/null) || backend="unknown (no server.json)"
    echo "==> [$name] Synapse backend: $backend"
}

tally() { # ctest-log exit-code: adds ctest's summary line to the totals
    local log=$1 rc=$2
    local line passed failed
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1)
    if [ -n "$line" ]; then
        failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
        local all
        all=$(sed -E 's/.* tests failed out of ([0-9]+).*/\1/' <<<"$line")
        passed=$((all - failed))
        total_passed=$((total_passed + passed))
        total_failed=$((total_failed + failed))
    else
        total_failed=$((total_failed + 1))
    fi
    [ "$rc" -eq 0 ] || status=1
}

run_postgres() { # build-dir: its integration tests again, the fixture on PostgreSQL
    local dir=$1
    [ -f "$dir/build.ninja" ] || return 0  # its build failed (already counted)
    echo "==> [release/postgres] reconfigure the fixture for PostgreSQL"
    if ! cmake -S "$top" -B "$dir" -DSTEWARD_TEST_DATABASE=postgres >>"$dir/configure.log" 2>&1
    then
        echo "run-tests: [release/postgres] configure failed" >&2
        status=1
        return
    fi
    run_ctest "release/postgres" "$dir" -L 'integration|synapse'
    cmake -S "$top" -B "$dir" -DSTEWARD_TEST_DATABASE=sqlite >>"$dir/configure.log" 2>&1 || status=1
}

mkdir -p build build-asan
run_suite "release" build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEWARD_TEST_DATABASE=sqlite
run_postgres build
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    run_suite "asan+ubsan" build-asan -DCMAKE_BUILD_TYPE=Debug "-DECM_ENABLE_SANITIZERS=address;undefined" \
        -DSTEWARD_TEST_DATABASE=sqlite

# Fuzz stage: every parser of untrusted input under libFuzzer (clang, ASan+UBSan) for a bounded
# time each (tests/fuzz; STEWARD_FUZZ_SECONDS, default 25). Each target counts as one test.
echo "==> [fuzz] libFuzzer targets in build-fuzz"
mkdir -p build-fuzz
STEWARD_BUILD_JOBS=$jobs bash tests/fuzz/run-fuzzers.sh >build-fuzz/fuzz.log 2>&1
fuzz_rc=$?
grep -E '^ *[0-9]+/[0-9]+ Test|tests passed|run-fuzzers:|(ERROR|SUMMARY): ' build-fuzz/fuzz.log
tally build-fuzz/fuzz.log "$fuzz_rc"

echo
echo "steward: $total_passed passed, $total_failed failed (release, release/postgres, asan+ubsan, fuzz)"
exit $status
