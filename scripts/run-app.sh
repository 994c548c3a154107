#!/usr/bin/env bash
# Install what eComplaint needs (Debian packages for Qt, a venv with the Python packages) and
# start it. Arguments are passed on: scripts/run-app.sh --data-dir ~/cases
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_system_packages.sh
ensure_debian_packages python3 python3-venv "${QT_RUNTIME_PACKAGES[@]}"
ensure_venv ""
exec .venv/bin/ecomplaint "$@"
