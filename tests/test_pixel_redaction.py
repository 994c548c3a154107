"""Blacking out boxes writes a clean PNG from pixels: nothing of the source container survives.

Each test uses a file carrying what a phone puts in a screenshot or photo (EXIF with GPS and
a thumbnail, an ICC profile, text chunks, bytes after the end marker, colour under
transparent pixels) and checks it is gone, that the boxes are solid and the rest unchanged.
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from ecomplaint.domain.image_redaction import Box
from ecomplaint.i18n import UserError
from ecomplaint.pixel_redaction import check, png_chunks, redact_pixels, snap_out
from tests.helpers.drawn_text import png_bytes, screenshot

SECRET = b"13912345678"


def _jpeg_with_everything() -> bytes:
    img = Image.new("RGB", (320, 200), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = "phone 13912345678"  # ImageDescription
    exif[0x0112] = 1
    gps = exif.get_ifd(0x8825)
    gps[2] = (30.0, 15.0, 0.0)  # latitude
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), icc_profile=icc, quality=90)
    return buf.getvalue() + b"TRAILING 13912345678"


def _png_with_text_and_hidden_colour() -> bytes:
    img = Image.new("RGBA", (120, 80), (255, 0, 0, 255))
    img.paste((12, 34, 56, 0), (0, 0, 60, 80))  # invisible, but the RGB values are there
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "phone 13912345678")
    info.add_itxt("Description", "电话 13912345678")
    return png_bytes(img, pnginfo=info) + b"\x00" * 10 + SECRET


def test_a_jpeg_loses_exif_gps_profile_and_trailing_bytes() -> None:
    out = redact_pixels(_jpeg_with_everything(), [Box(10, 20, 100, 40, "phone")])
    assert SECRET not in out.png and b"Exif" not in out.png and b"ICC" not in out.png
    assert {k for k, _, _ in png_chunks(out.png)} == {b"IHDR", b"IDAT", b"IEND"}
    assert out.png.endswith(b"IEND\xaeB`\x82")
    with Image.open(io.BytesIO(out.png)) as im:
        assert im.format == "PNG" and im.size == (320, 200) and im.mode == "RGB"
        assert not im.info.get("exif") and not im.info.get("icc_profile")
        assert im.getpixel((10, 20)) == (0, 0, 0) and im.getpixel((109, 59)) == (0, 0, 0)
        assert im.getpixel((110, 60)) != (0, 0, 0)
    assert check(out.png, out.boxes, 320, 200) == []


def test_a_png_loses_text_chunks_trailing_data_and_colour_under_transparency() -> None:
    out = redact_pixels(_png_with_text_and_hidden_colour(), [Box(70, 10, 20, 20)])
    assert SECRET not in out.png and "电话".encode() not in out.png
    with Image.open(io.BytesIO(out.png)) as im:
        assert im.mode == "RGB" and not im.info
        assert im.getpixel((5, 5)) == (255, 255, 255)  # (12, 34, 56) under alpha 0: gone
        assert im.getpixel((100, 70)) == (255, 0, 0)  # outside the box: as it was
        assert im.getpixel((75, 15)) == (0, 0, 0)


def test_the_picture_is_redacted_as_shown_upright() -> None:
    img = Image.new("RGB", (80, 40), (30, 30, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90°: 40 wide, 80 high
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    out = redact_pixels(buf.getvalue(), [Box(0, 60, 40, 20)])
    assert (out.width, out.height) == (40, 80)
    with Image.open(io.BytesIO(out.png)) as im:
        assert im.getpixel((20, 70)) == (0, 0, 0) and im.getpixel((20, 10)) != (0, 0, 0)


def test_boxes_are_clipped_and_one_wholly_outside_is_refused() -> None:
    img, _ = screenshot(["手机 13912345678"], width=400)
    out = redact_pixels(png_bytes(img), [Box(-10, -10, 50, 50), Box(390, 0, 100, 10)])
    assert out.boxes == (Box(0, 0, 40, 40), Box(390, 0, 10, 10))
    with pytest.raises(UserError) as err:
        redact_pixels(png_bytes(img), [Box(1000, 1000, 5, 5)])
    assert err.value.key == "redact_image.box_outside"
    assert "不在图片范围内" in err.value.message("zh")


@pytest.mark.parametrize(
    "data",
    [b"", b"not a picture", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, _jpeg_with_everything()[:300]],
)
def test_damaged_files_get_a_clear_message(data: bytes) -> None:
    with pytest.raises(UserError) as err:
        redact_pixels(data, [Box(0, 0, 5, 5)], name="shot.png")
    assert err.value.key == "redact_image.unreadable"
    assert "shot.png" in err.value.message("en") and "无法读取图片" in err.value.message("zh")


def _huge_png(w: int, h: int) -> bytes:
    """A PNG whose header claims w×h pixels (a decompression bomb's shape), tiny on disk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def test_a_huge_picture_is_refused_before_it_is_decoded() -> None:
    for w, h in ((20000, 20000), (100000, 100000)):
        with pytest.raises(UserError) as err:
            redact_pixels(_huge_png(w, h), [Box(0, 0, 5, 5)], name="bomb.png")
        assert err.value.key == "redact_image.too_big"
        assert "太大" in err.value.message("zh")
        # the size it has, not "? million" (Pillow refuses it before it can be asked)
        assert f"{w * h / 1e6:.1f} million" in err.value.message("en")


def test_an_animation_is_refused() -> None:
    frames = [Image.new("RGB", (20, 20), c) for c in ((255, 0, 0), (0, 255, 0))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    with pytest.raises(UserError) as err:
        redact_pixels(buf.getvalue(), [Box(0, 0, 5, 5)])
    assert err.value.key == "redact_image.animated"


def test_check_finds_a_region_not_filled_bytes_after_the_end_and_a_wrong_size() -> None:
    img, _ = screenshot(["手机 13912345678"], width=400)
    out = redact_pixels(png_bytes(img), [Box(0, 0, 40, 40)])
    assert check(out.png, out.boxes, 400, img.height) == []
    assert "not uniform" in check(out.png, [Box(0, 0, 400, img.height)], 400, img.height)[0]
    assert "after the end marker" in check(out.png + b"x", out.boxes, 400, img.height)[0]
    assert "expected" in check(out.png, out.boxes, 401, img.height)[0]
    with_text = png_bytes(Image.open(io.BytesIO(out.png)), pnginfo=_info())
    assert "tEXt" in check(with_text, out.boxes, 400, img.height)[0]


def _info() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text("k", "v")
    return info


def test_other_modes_palette_grey_and_sixteen_bit() -> None:
    for im in (
        Image.new("P", (30, 30), 3),
        Image.new("L", (30, 30), 128),
        Image.new("I;16", (30, 30), 40000),
        Image.new("1", (30, 30), 1),
        Image.new("CMYK", (30, 30), (0, 0, 0, 0)),
    ):
        fmt = "TIFF" if im.mode == "CMYK" else "PNG"
        buf = io.BytesIO()
        im.save(buf, fmt)
        out = redact_pixels(buf.getvalue(), [Box(5, 5, 10, 10)])
        assert check(out.png, out.boxes, 30, 30) == [], im.mode


def _inked(img: Image.Image, a: float, b: float, top: int, bottom: int) -> tuple[int, int]:
    """The first and last column between a and b with a dark pixel in top..bottom."""
    grey = img.convert("L")
    cols = [
        x
        for x in range(int(a), int(b) + 1)
        if grey.crop((x, top, x + 1, bottom)).getextrema()[0] < 150  # type: ignore[operator]
    ]
    return cols[0], cols[-1]


def test_a_box_cutting_through_a_digit_grows_to_the_gap_after_it() -> None:
    img, drawn = screenshot(["手机 13912345678 谢谢"], width=900)
    d = drawn[0]
    top, bottom = int(d.line.top) - 2, int(d.line.bottom) + 2
    first, last = d.text.index("1"), d.text.index("8", 5)
    one = _inked(img, *d.char_x[first], top, bottom)
    eight = _inked(img, *d.char_x[last], top, bottom)
    xie = _inked(img, *d.char_x[last + 2], top, bottom)
    x0, x1 = (one[0] + one[1]) // 2, (eight[0] + eight[1]) // 2  # through the 1 and the 8
    (grown,) = snap_out(img, [Box(x0, top, x1 - x0, bottom - top, "phone")])
    assert grown.x <= one[0] and grown.x + grown.w > eight[1]  # both digits wholly inside
    assert grown.x + grown.w <= xie[0]  # and it stopped before 谢
    assert grown.y == top and grown.h == bottom - top and grown.reason == "phone"
    # a box whose edges already lie in gaps stays as it is
    box = Box(one[0] - 2, top, eight[1] + 3 - (one[0] - 2), bottom - top)
    assert snap_out(img, [box]) == [box]
