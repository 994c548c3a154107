"""Bundled fonts, so Chinese renders on a machine with no Chinese fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ecomplaint.resources_path import resource_path

BUNDLED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put the CJK one last in the app font's fallback list."""
    families: list[str] = []
    for name in BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    font = QFont(app.font())
    chain = [font.family()] + [f for f in families if f != font.family()]
    font.setFamilies(chain)
    app.setFont(font)
    return families
