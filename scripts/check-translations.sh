#!/usr/bin/env bash
# Fails when a shipped catalogue lacks a translation for any user-visible string of the sources:
# runs lupdate on copies of translations/*.ts (the originals stay untouched) and counts what is left.
# steward_en.ts is the English plural-only catalogue: only its numerus messages ("%n user(s)") must
# have their forms; scripts/fill-english-plurals.py fills the mechanical ones.
set -uo pipefail
lupdate=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$top"/translations/steward_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    options=()
    if [ "$(basename "$ts")" = steward_en.ts ]; then
        options=(-pluralonly -target-language en)
    fi
    "$lupdate" -silent -no-obsolete -locations none "${options[@]}" "$top/src" "$top/ui" -ts "$copy" \
        || { echo "lupdate failed on $ts"; exit 1; }
    missing=$(grep -c 'type="unfinished"' "$copy")
    if [ "$missing" -ne 0 ]; then
        echo "$(basename "$ts"): $missing untranslated string(s):"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
        status=1
    else
        echo "$(basename "$ts"): complete"
    fi
done
exit $status
