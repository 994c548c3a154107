#!/usr/bin/env bash
# Install a built bundle for the current user (no root): the program, a command on PATH, the
# menu entry, the AppStream data and the icons.
#
#   packaging/linux/install-user.sh [BUNDLE_DIR]       (default: packaging/dist/eComplaint)
#   packaging/linux/install-user.sh --uninstall
#
# Honours $PREFIX (default ~/.local), so `sudo PREFIX=/usr/local ...` installs for everyone.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGING="$(dirname "$HERE")"
APP_ID="org.ecomplaint.eComplaint"
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/lib/eComplaint"
BIN="$PREFIX/bin/ecomplaint"
SHARE="$PREFIX/share"

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "eComplaint removed from $PREFIX (your cases stay in your data folder)"
    exit 0
fi

BUNDLE="${1:-$PACKAGING/dist/eComplaint}"
[[ -x "$BUNDLE/eComplaint" ]] || { echo "no bundle at $BUNDLE: run packaging/build.sh" >&2; exit 2; }

# Copy next to the old install, then swap, so a failed copy leaves the old one working.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$APP_DIR.new"
cp -a "$BUNDLE" "$APP_DIR.new"
rm -rf "$APP_DIR.old"
[[ -d "$APP_DIR" ]] && mv "$APP_DIR" "$APP_DIR.old"
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"
ln -sfn "$APP_DIR/eComplaint" "$BIN"

install -m 644 "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
for dir in "$PACKAGING"/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$SHARE/icons/hicolor/$size/apps"
    install -m 644 "$dir"/* "$SHARE/icons/hicolor/$size/apps/"
done

# Refresh the caches when the tools are there (a desktop session picks changes up anyway).
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

echo "eComplaint installed in $APP_DIR; command: $BIN"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "note: $PREFIX/bin is not on your PATH";; esac
