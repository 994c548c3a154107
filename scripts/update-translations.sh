#!/bin/sh
# Refresh the .ts sources from every tr() in ecomplaint/ui/ and its feature folders, then
# build the .qm files.
# New strings arrive as "unfinished" in ecomplaint_zh_CN.ts: translate them (Qt Linguist:
# pyside6-linguist, or edit the XML), run this again, and commit the .ts and .qm files.
set -e
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
for lang in zh_CN en; do
    "$BIN/pyside6-lupdate" -no-obsolete $(find ecomplaint/ui -name "*.py" | sort) -source-language en \
        -target-language "$lang" -ts "resources/translations/ecomplaint_$lang.ts"
    "$BIN/pyside6-lrelease" "resources/translations/ecomplaint_$lang.ts" \
        -qm "resources/translations/ecomplaint_$lang.qm"
done
