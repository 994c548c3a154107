"""Arabic letters in their joining forms, chosen by HarfBuzz from the bundled DejaVu Sans.

reportlab can shape through HarfBuzz itself, but only a word set in one font: a word that
mixes a Chinese bracket with Hebrew letters crashed it. Here only runs of Arabic are shaped;
the result is plain text (Unicode presentation forms, which the font maps), so layout,
wrapping and text extraction stay reportlab's ordinary ones.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import TTFont

from ecomplaint.resources_path import resource_path

_FONT_FILE = "DejaVuSans.ttf"  # the Latin face, which has Arabic and its presentation forms
_lock = threading.Lock()


def _is_arabic(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF


@lru_cache(maxsize=1)
def _shaper() -> tuple[hb.Font, dict[int, int]]:
    path = resource_path("fonts", _FONT_FILE)
    font = hb.Font(hb.Face(hb.Blob(path.read_bytes())))
    glyph_to_char: dict[int, int] = {}
    for char, gid in sorted(TTFont("shaping", str(path)).face.charToGlyph.items()):
        # Prefer the presentation form (FExx) over the base letter for a shared glyph only
        # when the base letter is not the same glyph: the lowest code wins, base letters first.
        glyph_to_char.setdefault(gid, char)
    return font, glyph_to_char


def _shape_run(run: str) -> str:
    font, glyph_to_char = _shaper()
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in run])
    buf.direction = "rtl"
    buf.script = "Arab"
    with _lock:  # one hb.Font shared between export threads
        hb.shape(font, buf, {})
    # Glyphs come in visual order; clusters (indexes into `run`) back to logical order.
    clusters: dict[int, list[int]] = {}
    for info in buf.glyph_infos:
        clusters.setdefault(info.cluster, []).append(info.codepoint)
    starts = sorted(clusters)
    out: list[str] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(run)
        chars = [glyph_to_char.get(gid) for gid in clusters[start]]
        if any(c is None for c in chars):  # a glyph with no code of its own: keep the letters
            out.append(run[start:end])
        else:
            out.append("".join(chr(c) for c in chars if c is not None))
    return "".join(out)


def join_arabic(line: str) -> str:
    """`line` with each run of Arabic letters in its joined (presentation) forms."""
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and _is_arabic(line[j]):
            j += 1
        if j > i:
            out.append(_shape_run(line[i:j]))
            i = j
        else:
            while j < n and not _is_arabic(line[j]):
                j += 1
            out.append(line[i:j])
            i = j
    return "".join(out)
