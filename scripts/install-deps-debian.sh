#!/usr/bin/env bash
# Installs everything Steward needs to build, run and test on Debian 12 (bookworm).
# Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ccache
  extra-cmake-modules
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6svg6 qt6-svg-dev
  qtkeychain-qt6-dev libsecret-1-0
  clang-format clang lld llvm
  python3 python3-venv python3-dev
  postgresql
  xvfb xauth imagemagick x11-utils
  dbus dbus-x11 gnome-keyring libsecret-tools
  desktop-file-utils appstream
  curl openssl ca-certificates
  fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all Debian packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
