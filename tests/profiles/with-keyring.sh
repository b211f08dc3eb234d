#!/bin/sh
# Runs a test inside a private D-Bus session with a throwaway, unlocked GNOME Keyring (Secret
# Service), so keychain tests work headless and never touch the user's real keyring or settings.
# Fails (does not skip) when the keyring cannot be started. The keyring gets a throwaway password:
# with an empty one gnome-keyring starts but never creates the "login" collection (writes then fail).
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/steward-keyring.XXXXXX") || exit 1
XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
export XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "steward-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon could not start an unlocked keyring" >&2; exit 97; }
    exec "$@"' with-keyring "$@"
rc=$?
rm -rf "$tmp"
exit $rc
