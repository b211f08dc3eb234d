#!/usr/bin/env bash
# Fails when src/ (or the directory given) spins a nested event loop: QEventLoop, QDialog::exec(),
# static QMessageBox/QFileDialog/QInputDialog getters, processEvents, QProgressDialog (its setValue
# processes events while it is modal). Dialogs are opened with open() and report through signals.
# The one event loop allowed is the application's own (app.exec() in a main.cpp).
set -uo pipefail
root=${1:-"$(dirname "$0")/../src"}
[ -d "$root" ] || { echo "check-no-nested-loops: no such directory: $root" >&2; exit 2; }
pattern='QEventLoop|\bexec\(\)|QMessageBox::(warning|critical|information|question|about)\(|QFileDialog::get|QInputDialog::get|QColorDialog::get|QFontDialog::get|processEvents|QProgressDialog'
hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$root" \
    | grep -vE '^[^:]*/main\.cpp:[0-9]+:[[:space:]]*(return )?app\.exec\(\);' \
    | grep -vE '^[^:]*:[0-9]+:[[:space:]]*//')
if [ -n "$hits" ]; then
    echo "check-no-nested-loops: nested event loops in $root (open dialogs with open() and use their signals):"
    echo "$hits"
    exit 1
fi
echo "check-no-nested-loops: no nested event loops in $root"
