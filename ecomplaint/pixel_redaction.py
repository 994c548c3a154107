"""Black out boxes in a picture and write a clean PNG from its pixels alone (Pillow, no Qt).

Solid fill, never blur or pixelation (both can be reversed for digits). The output is built
from the raw pixel values of the filled picture, so nothing of the source file's container
survives: no EXIF (camera, GPS, a thumbnail that still shows the number), no ICC profile,
no text chunks, no trailing bytes after the end marker, no hidden colour under transparent
pixels (transparency is flattened onto white first). The caller then `check`s the bytes it
is about to store: each filled region uniform, the file exactly IHDR…IDAT…IEND and ending
there, the size as expected.

Coordinates are those of the picture as shown (EXIF orientation applied), the way a viewer
draws it and the text reader reads it.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from ecomplaint import redact_image_messages  # noqa: F401  (registers redact_image.*)
from ecomplaint.domain.image_redaction import Box
from ecomplaint.i18n import UserError

MAX_PIXELS = 80_000_000  # a 1080×40000 scrolling capture or a 50 MP photo; not a bomb
FILL = (0, 0, 0)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The chunks a clean PNG of ours holds: nothing that can carry text, metadata or a profile.
CLEAN_CHUNKS = {b"IHDR", b"IDAT", b"IEND"}


@dataclass(frozen=True)
class Redacted:
    png: bytes
    width: int
    height: int
    boxes: tuple[Box, ...]  # as filled: clipped to the picture


def _open(data: bytes, name: str) -> Image.Image:
    """The picture upright, in RGB, fully decoded; a clear message for what cannot be."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise UserError(
                    "redact_image.too_big",
                    name=name,
                    pixels=f"{w * h / 1e6:.1f}",
                    limit=f"{MAX_PIXELS / 1e6:.0f}",
                )
            frames = getattr(im, "n_frames", 1)
            if frames > 1:
                raise UserError("redact_image.animated", name=name, frames=frames)
            im.load()
            upright = ImageOps.exif_transpose(im)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError(
            "redact_image.too_big",
            name=name,
            pixels=_bomb_pixels(exc),
            limit=f"{MAX_PIXELS / 1e6:.0f}",
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, struct.error) as exc:
        raise UserError("redact_image.unreadable", name=name, detail=_short(exc)) from exc
    return _rgb(upright)


def _bomb_pixels(exc: BaseException) -> str:
    """Millions of pixels, from Pillow's "Image size (N pixels) exceeds limit…": it refuses
    the picture before its size can be asked, and "? million" told the user nothing."""
    m = re.search(r"\((\d+) pixels\)", str(exc))
    return f"{int(m.group(1)) / 1e6:.1f}" if m else "> " + f"{MAX_PIXELS / 1e6:.0f}"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


def _rgb(im: Image.Image) -> Image.Image:
    """RGB pixels; transparent parts on white, so colour hidden under alpha 0 is gone."""
    if im.mode == "RGB":
        return im
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        im = im.point(lambda v: v / 256) if im.mode != "F" else im
        return im.convert("L").convert("RGB")
    return im.convert("RGB")


def redact_pixels(data: bytes, boxes: Sequence[Box], *, name: str = "") -> Redacted:
    """Fill `boxes` solid in the picture `data` and return a clean PNG of the result."""
    im = _open(data, name)
    width, height = im.size
    filled: list[Box] = []
    for box in boxes:
        clipped = box.clipped(width, height)
        if clipped is None:
            raise UserError(
                "redact_image.box_outside",
                box=f"{box.x},{box.y},{box.w},{box.h}",
                width=width,
                height=height,
            )
        filled.append(clipped)
        im.paste(FILL, (clipped.x, clipped.y, clipped.x + clipped.w, clipped.y + clipped.h))
    # A new picture from the raw pixel values: no info, no profile, nothing of the source.
    clean = Image.frombytes("RGB", (width, height), im.tobytes())
    buf = io.BytesIO()
    clean.save(buf, "PNG", compress_level=6)
    return Redacted(buf.getvalue(), width, height, tuple(filled))


def ink_columns(im: Image.Image, top: int, bottom: int) -> list[bool]:
    """For each column of the band top..bottom: does it hold ink (a pixel far from the
    band's most common shade)?"""
    band = im.crop((0, max(0, top), im.width, min(im.height, bottom))).convert("L")
    if band.height == 0:
        return [False] * im.width
    hist = band.histogram()
    bg = max(range(256), key=hist.__getitem__)
    marks = band.point(lambda v: 255 if abs(v - bg) > 40 else 0)
    return [v > 0 for v in marks.resize((im.width, 1), Image.Resampling.BOX).tobytes()]


def snap_out(im: Image.Image, boxes: Sequence[Box], *, max_grow: float = 1.0) -> list[Box]:
    """Each box widened, if its side edge cuts through ink, to the next gap between glyphs
    (by at most `max_grow` times its height): a box estimated from a line's text never
    leaves half a digit readable at its edge. Boxes only grow."""
    out = []
    for box in boxes:
        ink = ink_columns(im, box.y, box.y + box.h)
        limit = int(max_grow * box.h) + 1
        x0, x1 = box.x, box.x + box.w  # x1 is exclusive
        while x0 > 0 and box.x - x0 < limit and ink[x0 - 1] and ink[x0]:
            x0 -= 1
        while x1 < im.width and x1 - (box.x + box.w) < limit and ink[x1] and ink[x1 - 1]:
            x1 += 1
        out.append(Box(x0, box.y, x1 - x0, box.h, box.reason))
    return out


def open_upright(data: bytes, *, name: str = "") -> Image.Image:
    """The picture as shown (EXIF orientation applied), in RGB; UserError when it cannot be."""
    return _open(data, name)


def png_chunks(png: bytes) -> list[tuple[bytes, int, int]]:
    """(type, offset of its data, length) of every chunk; ValueError when the file is not a
    well-formed PNG or anything follows the IEND chunk."""
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    pos = len(PNG_SIGNATURE)
    out = []
    while True:
        if pos + 8 > len(png):
            raise ValueError("cut short")
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        end = pos + 8 + length + 4
        if end > len(png):
            raise ValueError("cut short")
        body = png[pos + 4 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : end])
        if zlib.crc32(body) & 0xFFFFFFFF != crc:
            raise ValueError(f"bad checksum in {kind!r}")
        out.append((kind, pos + 8, length))
        pos = end
        if kind == b"IEND":
            break
    if pos != len(png):
        raise ValueError(f"{len(png) - pos} bytes after the end marker")
    return out


def check(png: bytes, boxes: Sequence[Box], width: int, height: int) -> list[str]:
    """What is wrong with a redacted PNG about to be stored (empty when nothing is)."""
    problems: list[str] = []
    try:
        kinds = {k for k, _, _ in png_chunks(png)}
    except ValueError as exc:
        return [f"file structure: {exc}"]
    extra = kinds - CLEAN_CHUNKS
    if extra:
        problems.append("extra chunks: " + ", ".join(sorted(k.decode("latin-1") for k in extra)))
    try:
        with Image.open(io.BytesIO(png)) as im:
            im.load()
            if im.size != (width, height):
                problems.append(f"size {im.size[0]}×{im.size[1]}, expected {width}×{height}")
                return problems
            for box in boxes:
                region = im.crop((box.x, box.y, box.x + box.w, box.y + box.h))
                extrema = region.getextrema()
                bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
                if any(lo != hi for lo, hi in bands):  # type: ignore[misc]
                    problems.append(f"region {box.x},{box.y},{box.w},{box.h} is not uniform")
    except (OSError, ValueError, UnidentifiedImageError) as exc:
        problems.append(f"unreadable: {_short(exc)}")
    return problems
