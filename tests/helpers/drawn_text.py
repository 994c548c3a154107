"""Synthetic screenshots: lines of mixed Chinese/Latin text drawn with the bundled fonts, and
where each character really landed (so tests can check a box over a value covers its ink)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ecomplaint.domain.ocr_text import OcrLine

ROOT = Path(__file__).resolve().parent.parent.parent
CJK = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"  # no Latin glyphs
LATIN = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"


@dataclass(frozen=True)
class Drawn:
    text: str
    line: OcrLine  # the box an engine would give: the line's ink
    char_x: list[tuple[float, float]]  # each character's ink from..to


def _font(ch: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(CJK if ord(ch) >= 0x2E80 else LATIN), size)


def draw_line(d: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int) -> Drawn:
    x, y = float(xy[0]), xy[1]
    fonts = {f: ImageFont.truetype(str(f), size) for f in (CJK, LATIN)}
    chars: list[tuple[float, float]] = []
    top, bottom = 10**9, -1
    for ch in text:
        f = fonts[CJK] if ord(ch) >= 0x2E80 else fonts[LATIN]
        dy = 0 if f is fonts[CJK] else -size * 0.06
        d.text((x, y + dy), ch, font=f, fill=(20, 20, 20))
        x0, t, x1, b = d.textbbox((x, y + dy), ch, font=f)
        chars.append((float(x0), float(x1)) if x1 > x0 else (x, x))
        if x1 > x0:
            top, bottom = min(top, t), max(bottom, b)
        x += d.textlength(ch, font=f)
    left = min(a for a, b in chars if b > a)
    right = max(b for a, b in chars if b > a)
    box = ((left, top), (right, top), (right, bottom), (left, bottom))
    return Drawn(text, OcrLine(text, box), chars)  # type: ignore[arg-type]


def screenshot(
    lines: list[str], *, width: int = 1080, size: int = 40, bg: tuple[int, int, int] = (245,) * 3
) -> tuple[Image.Image, list[Drawn]]:
    img = Image.new("RGB", (width, 120 + len(lines) * int(size * 2.2)), bg)
    d = ImageDraw.Draw(img)
    drawn = [draw_line(d, (40, 60 + i * int(size * 2.2)), t, size) for i, t in enumerate(lines)]
    return img, drawn


def png_bytes(img: Image.Image, **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **params)
    return buf.getvalue()
