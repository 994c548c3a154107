"""Tiles of a long screenshot cover it with every short line wholly inside the one tile that
keeps it; lines come back in reading order, duplicates merged; bad files give a reason."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from ecomplaint.domain.ocr_text import OcrLine
from ecomplaint.i18n import t
from ecomplaint.ocr import picture, tiles
from ecomplaint.ocr_messages import OCR_MESSAGES


def _line(text: str, x: float, y: float, w: float = 100, h: float = 40, score: float = 0.9):
    return OcrLine(text, ((x, y), (x + w, y), (x + w, y + h), (x, y + h)), score)


@pytest.mark.parametrize("height", [1, 1999, 2000, 2001, 2400, 3000, 8000, 30001])
def test_tiles_cover_the_picture_and_own_each_short_line_once(height: int) -> None:
    plan = tiles.plan_tiles(height)
    assert plan[0].top == 0 and plan[-1].bottom == height
    assert all(b.top < a.bottom for a, b in zip(plan, plan[1:], strict=False))  # overlapping
    assert all(tl.bottom - tl.top <= tiles.TILE_HEIGHT for tl in plan)
    for top in range(0, max(1, height - 200), 37):
        for h in (20, 90, tiles.OVERLAP - 1):
            if top + h > height:
                continue
            centre = top + h / 2
            owners = [tl for tl in plan if tl.own_top <= centre < tl.own_bottom]
            assert len(owners) == 1
            assert owners[0].top <= top and top + h <= owners[0].bottom  # read whole, not cut


def test_owned_keeps_lines_by_their_centre() -> None:
    first, second = tiles.plan_tiles(2400)  # rows 0–1320 and 1080–2400, bands meet at 1200
    cut = _line("cut by the first tile's edge", 10, first.bottom - 15)
    above = _line("in both tiles, above the middle", 10, second.top + 10)
    assert tiles.owned(first, [cut, above]) == [above]
    assert tiles.owned(second, [cut, above]) == [cut]


def test_reading_order_is_rows_top_down_then_left_to_right() -> None:
    lines = [
        _line("right of row 2", 600, 205),
        _line("row 1", 40, 100),
        _line("left of row 2", 40, 200),
        _line("row 3", 40, 300),
    ]
    assert [ln.text for ln in tiles.reading_order(lines)] == [
        "row 1",
        "left of row 2",
        "right of row 2",
        "row 3",
    ]


def test_a_line_read_twice_in_an_overlap_is_kept_once() -> None:
    a = _line("同一行 same", 40, 1100, score=0.8)
    b = _line("同一行 same", 42, 1101, score=0.95)
    other = _line("同一行 same", 40, 1300)  # the same words lower down: a second line
    kept = tiles.drop_duplicates([a, b, other])
    assert sorted(ln.score for ln in kept) == [0.9, 0.95]


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width×height (a decompression bomb's shape)."""
    buf = io.BytesIO()
    Image.new("L", (1, 1)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def test_bad_files_give_a_reason_not_an_exception(tmp_path: Path) -> None:
    good = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(good, "JPEG")
    cases = {
        "ocr.too_large": _png_claiming(20_000, 20_000),
        "ocr.corrupt": good.getvalue()[: len(good.getvalue()) // 2],
        "ocr.unsupported": b"%PDF-1.7\n1 0 obj <<>> endobj\n",
    }
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    for key, data in cases.items():
        assert picture.open_picture(data).error == key, key
    assert picture.open_picture(heic).error == "ocr.unsupported"
    assert picture.open_picture("hello 你好\n".encode()).error == "ocr.unsupported"
    assert picture.open_picture(b"").error == "ocr.unsupported"
    assert picture.open_picture(tmp_path / "gone.png").error == "ocr.missing_file"
    # a long screenshot's size is not "too large": this one fails on its missing pixels
    assert picture.open_picture(_png_claiming(1080, 8000)).error == "ocr.corrupt"


def test_exif_orientation_is_applied_so_boxes_match_the_upright_picture() -> None:
    img = Image.new("RGB", (60, 20), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° to display
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    opened = picture.open_picture(buf.getvalue())
    assert (opened.width, opened.height) == (20, 60)
    assert opened.pixels is not None and opened.pixels.shape == (60, 20, 3)


def test_every_reason_has_both_languages_and_no_placeholders() -> None:
    for key, entry in OCR_MESSAGES.items():
        assert entry["en"] and entry["zh"], key
    for key in ("ocr.unavailable", "ocr.missing_file", "ocr.changed_file", "ocr.unsupported"):
        for lang in ("en", "zh"):
            assert "{" not in t(key, lang), key  # stored as a bare key: nothing to fill in
    for key in ("ocr.corrupt", "ocr.too_large", "ocr.failed"):
        assert "{" not in t(key, "zh") and "{" not in t(key, "en")


def test_transparent_parts_become_white_not_black() -> None:
    img = Image.new("RGBA", (8, 4), (0, 0, 0, 0))  # fully transparent black
    img.putpixel((0, 0), (10, 20, 30, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    opened = picture.open_picture(buf.getvalue())
    assert opened.pixels is not None
    assert opened.pixels[1, 1].tolist() == [255, 255, 255]
    assert opened.pixels[0, 0].tolist() == [30, 20, 10]  # BGR
