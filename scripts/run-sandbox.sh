#!/usr/bin/env bash
# Try Steward: installs what is missing, builds, starts a local sandbox Synapse on loopback filled
# with demo data (a few hundred users, dozens of rooms, media, external IDs) and opens Steward
# connected to it. The sandbox keeps its data in build/sandbox between runs and stops with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
state="${STEWARD_SANDBOX_DIR:-$top/build/sandbox}"

bash scripts/install-deps-debian.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
run-sandbox: there is no display to show Steward on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run this command from a terminal inside your desktop session, or give it a virtual display:

    xvfb-run -a -s "-screen 0 1400x900x24" ./scripts/run-sandbox.sh

(xvfb-run comes with the Debian package xvfb, which the command above has installed; take a
screenshot of the virtual screen with: DISPLAY=:99 import -window root steward.png)
MSG
    exit 2
fi

python3 tests/synapse/synapsectl.py ensure-venv >/dev/null
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$top/build" --target steward steward-cli

mkdir -p "$state"
base_url=$(python3 tests/synapse/synapsectl.py start --state-dir "$state" --seed demo)
trap 'python3 "$top/tests/synapse/synapsectl.py" stop --state-dir "$state" >/dev/null 2>&1 || true' EXIT
echo "run-sandbox: sandbox homeserver at $base_url (data in $state)"
"$top/build/bin/steward" --sandbox "$state/server.json" "$@"
