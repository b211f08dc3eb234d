#!/usr/bin/env bash
# Refreshes the README's screenshots (docs/screenshots/*.png): builds Steward, starts the sandbox
# homeserver with demo data, and photographs each main view and wizard under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
state="${STEWARD_SANDBOX_DIR:-$top/build/sandbox}"
out="$top/docs/screenshots"
wait_s=${STEWARD_SHOT_WAIT:-8}

bash scripts/install-deps-debian.sh
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$top/build" --target steward
mkdir -p "$state" "$out"
python3 tests/synapse/synapsectl.py start --state-dir "$state" --seed demo >/dev/null

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
scratch=$(mktemp -d)
cleanup() {
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$scratch"
    python3 "$top/tests/synapse/synapsectl.py" stop --state-dir "$state" >/dev/null 2>&1 || true
}
trap cleanup EXIT
sleep 1

shoot() { # name [steward options...]; "--no-sandbox" first: a first start without profiles
    local name=$1
    shift
    local connect=(--sandbox "$state/server.json")
    if [ "${1:-}" = "--no-sandbox" ]; then
        connect=()
        shift
    fi
    # A scratch settings/keychain home, so the user's own profiles are neither used nor changed.
    DISPLAY=$display XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        "$top/build/bin/steward" "${connect[@]}" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$wait_s"
    DISPLAY=$display import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    convert "$out/$name.png" -trim +repage "$out/$name.png"
    echo "screenshots: $out/$name.png"
}

# The main window while the server is down (at the normal size and at the 900x600 minimum):
# Steward loads the users, the server is stopped, the idle check notices within ~30 s.
shoot_offline() { # name [steward options...]
    local name=$1
    shift
    DISPLAY=$display XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        "$top/build/bin/steward" --sandbox "$state/server.json" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$wait_s"
    python3 "$top/tests/synapse/synapsectl.py" stop --state-dir "$state" >/dev/null
    sleep 40
    DISPLAY=$display import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    python3 "$top/tests/synapse/synapsectl.py" start --state-dir "$state" --seed demo >/dev/null
    convert "$out/$name.png" -trim +repage "$out/$name.png"
    echo "screenshots: $out/$name.png"
}

shoot overview --show overview
# Federation: the sandbox does not federate, so the view is shown against the fake server of its test.
cmake --build "$top/build" --target tst_federation_fake
DISPLAY=$display QT_QPA_PLATFORM=xcb STEWARD_SCREENSHOT_DIR="$out" XDG_CONFIG_HOME="$scratch/config" \
    "$top/build/bin/tst_federation_fake" viewShowsFailingDestinationsAndResetsThem >/dev/null
echo "screenshots: $out/federation.png"
shoot users --show users
shoot rooms --show rooms
shoot tokens --show tokens
shoot media --show media
shoot reports --show reports
shoot bulk-join --trigger actionBulkJoin
shoot media-purge --trigger actionMediaPurge
shoot external-id-cleanup --trigger actionExternalIdCleanup
shoot sign-in --no-sandbox
shoot_offline offline --show users
shoot_offline offline-900x600 --show users -geometry 900x600+0+0
