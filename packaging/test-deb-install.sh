#!/usr/bin/env bash
# Builds the .deb with CPack, installs it, runs the installed binaries, removes the package again.
set -euo pipefail
build_dir=$1
cd "$build_dir"
rm -f steward_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls steward_*.deb | head -n 1)
echo "built $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
trap '$SUDO dpkg -r steward >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "./$deb" >apt.log 2>&1 || { cat apt.log; exit 1; }
test -x /usr/bin/steward && test -x /usr/bin/steward-cli
test -f /usr/share/applications/org.stewardproject.Steward.desktop
test -f /usr/share/metainfo/org.stewardproject.Steward.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.stewardproject.Steward.svg
gui=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/steward --version)
cli=$(/usr/bin/steward-cli --version)
echo "$gui"
echo "$cli"
[[ "$gui" == steward* ]] && [[ "$cli" == "steward-cli "* ]]
