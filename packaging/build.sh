#!/usr/bin/env bash
# Build the one-folder bundle packaging/dist/eComplaint/ with PyInstaller.
#
#   packaging/build.sh             # own build venv in packaging/build/venv (made on first run)
#   packaging/build.sh --current   # use the active venv ($VIRTUAL_ENV) or $PYTHON as it is
#
# $PYTHON picks the interpreter for the build venv (default python3; it must be 3.11+ built
# with a shared libpython, as Debian's and pyenv's default builds are).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PYINSTALLER_REQ="pyinstaller>=6.10,<7"

if [[ "${1:-}" == "--current" ]]; then
    if [[ -n "${VIRTUAL_ENV:-}" ]]; then PY="$VIRTUAL_ENV/bin/python"; else PY="${PYTHON:-python3}"; fi
    "$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q "$PYINSTALLER_REQ"
else
    VENV="$HERE/build/venv"
    [[ -x "$VENV/bin/python" ]] || "${PYTHON:-python3}" -m venv "$VENV"
    PY="$VENV/bin/python"
    # A regular (not editable) install: its metadata carries the version into the bundle.
    "$PY" -m pip install -q --upgrade "$ROOT" "$PYINSTALLER_REQ"
fi

echo "Building with $("$PY" --version) and PyInstaller $("$PY" -m PyInstaller --version)"
cd "$ROOT"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$HERE/dist" --workpath "$HERE/build/work" "$HERE/ecomplaint.spec"

BUNDLE="$HERE/dist/eComplaint"
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
"$BUNDLE/eComplaint" --version
