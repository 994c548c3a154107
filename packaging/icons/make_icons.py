"""Render the master SVG icon to the PNG sizes a desktop needs (run after editing the SVG).

Usage: python packaging/icons/make_icons.py
Writes packaging/icons/hicolor/NxN/apps/<id>.png, the .ico and .icns, and copies the SVG and a
256 px PNG to resources/icons/ so the window can use them.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "org.ecomplaint.eComplaint"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
RESOURCES_ICONS = HERE.parent.parent / "resources" / "icons"


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = HERE / f"{APP_ID}.svg"
    pngs: dict[int, Path] = {}
    for size in SIZES:
        out = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(svg, size, out)
        pngs[size] = out
    scalable = HERE / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    # Windows wants an .ico, macOS an .icns (Pillow writes both from the largest PNG).
    Image.open(pngs[256]).save(
        HERE / "ecomplaint.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    Image.open(pngs[512]).save(HERE / "ecomplaint.icns")
    RESOURCES_ICONS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, RESOURCES_ICONS / "ecomplaint.svg")
    shutil.copyfile(pngs[256], RESOURCES_ICONS / "ecomplaint-256.png")
    for path in sorted(HERE.rglob("*.png")) + [HERE / "ecomplaint.ico", HERE / "ecomplaint.icns"]:
        print(path.relative_to(HERE.parent.parent), path.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
