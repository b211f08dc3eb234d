#!/usr/bin/env bash
# Measures how Steward survives faults and writes the figures to docs/RELIABILITY.md. Anyone can run
# it on Debian 12 (it installs what it needs, like run-tests.sh):
#
#   scripts/reliability.sh [--rounds N] [--no-soak] [--no-fuzz]
#
# - every fault kind of tests/support/faultproxy.py on each engine's write path (bulk join,
#   external-ID removal, media purge), plus N random mixes (default 5), through steward-cli against a
#   real Synapse of its own (build/synapse-reliability), each outcome checked against the server;
# - the soak: a bulk join of 2,000 pairs (200 users x 10 rooms) with 20 % faults and a SIGKILL of the
#   server halfway (several minutes);
# - the fuzz targets (tests/fuzz/run-fuzzers.sh), for their statistics.
# Exit status 0 when every check held.
set -uo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
rounds=5
soak=1
fuzz=1
while [ $# -gt 0 ]; do
    case $1 in
        --rounds) rounds=$2; shift ;;
        --no-soak) soak=0 ;;
        --no-fuzz) fuzz=0 ;;
        *) echo "usage: scripts/reliability.sh [--rounds N] [--no-soak] [--no-fuzz]" >&2; exit 2 ;;
    esac
    shift
done

bash scripts/install-deps-debian.sh || { echo "reliability: installing Debian packages failed" >&2; exit 1; }
python3 tests/synapse/synapsectl.py ensure-venv >/dev/null || { echo "reliability: the Synapse virtualenv failed" >&2; exit 1; }

build=${STEWARD_BUILD_DIR:-build}
mkdir -p "$build"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
    || { echo "reliability: configure failed" >&2; exit 1; }
cmake --build "$build" -j "${STEWARD_BUILD_JOBS:-$(nproc)}" --target steward-cli >/dev/null \
    || { echo "reliability: building steward-cli failed" >&2; exit 1; }

out="$build/reliability"
rm -rf "$out"
mkdir -p "$out"
state="$top/$build/synapse-reliability"
python3 tests/synapse/synapsectl.py start --state-dir "$state" --seed none --fresh >/dev/null \
    || { echo "reliability: starting Synapse failed" >&2; exit 1; }
trap 'python3 tests/synapse/synapsectl.py stop --state-dir "$state" >/dev/null 2>&1' EXIT
export STEWARD_TEST_SERVER_FILE="$state/server.json" STEWARD_CLI="$top/$build/bin/steward-cli"

status=0
for engine in bulkjoin externalids media resume; do
    echo "==> fault kinds on $engine"
    python3 tests/reliability/faultlab.py faults --engine "$engine" --random-rounds "$rounds" \
        --json "$out/$engine.json" || status=1
done
soak_args=()
if [ "$soak" -eq 1 ]; then
    echo "==> soak: 200 users x 10 rooms, 20 % faults, server killed halfway"
    python3 tests/reliability/faultlab.py soak --users 200 --rooms 10 --rate 0.2 --json "$out/soak.json" || status=1
    soak_args=(--soak "$out/soak.json")
fi
fuzz_args=()
if [ "$fuzz" -eq 1 ]; then
    echo "==> fuzz targets"
    bash tests/fuzz/run-fuzzers.sh >"$out/fuzz.log" 2>&1 || status=1
    tail -n 3 "$out/fuzz.log"
    fuzz_args=(--fuzz-log "$out/fuzz.log")
fi
python3 tests/reliability/report.py --out docs/RELIABILITY.md --commit "$(git rev-parse --short HEAD 2>/dev/null)" \
    --faults "$out/bulkjoin.json" "$out/externalids.json" "$out/media.json" "$out/resume.json" "${soak_args[@]}" "${fuzz_args[@]}"
echo "reliability: figures written to docs/RELIABILITY.md"
exit $status
