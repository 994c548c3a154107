"""The bundled TrueType fonts, registered once and always embedded (subset).

The standard 14 PDF fonts are never used: they are not embedded. Latin, Cyrillic, Greek and
symbols come from DejaVu Sans; Chinese, Japanese and Korean from Droid Sans Fallback. Text is
cut into runs, one font per run (see text.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ecomplaint.resources_path import resource_path

LATIN = "ECDejaVu"
LATIN_BOLD = "ECDejaVuBold"
CJK = "ECDroid"
FAMILY = "ECDejaVuFamily"

_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()


@dataclass(frozen=True)
class Coverage:
    latin: frozenset[int]
    latin_bold: frozenset[int]
    cjk: frozenset[int]


_coverage: Coverage | None = None


def register() -> Coverage:
    """Register the fonts with reportlab (idempotent, thread-safe) and return glyph coverage."""
    global _coverage
    with _lock:
        if _coverage is None:
            faces: dict[str, frozenset[int]] = {}
            for name, filename in _FILES.items():
                font = TTFont(name, str(resource_path("fonts", filename)))
                pdfmetrics.registerFont(font)
                faces[name] = frozenset(font.face.charToGlyph)
            # <b> inside a paragraph in the Latin font switches to the bold face.
            pdfmetrics.registerFontFamily(
                FAMILY, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
            )
            pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
            _coverage = Coverage(faces[LATIN], faces[LATIN_BOLD], faces[CJK])
        return _coverage
