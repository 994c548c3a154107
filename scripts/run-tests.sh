#!/usr/bin/env bash
# Install everything the tests need on a bare Debian machine, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_system_packages.sh
ensure_debian_packages python3 python3-venv "${QT_RUNTIME_PACKAGES[@]}" \
    poppler-utils qpdf desktop-file-utils appstream postgresql
ensure_venv "[test]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
