"""Files for evidence tests: photos with EXIF, made with Pillow at test time."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ORIENTATION = 0x0112


def make_photo(
    path: Path,
    size: tuple[int, int] = (64, 32),
    *,
    orientation: int | None = None,
    taken: str | None = None,
    offset: str | None = None,
    color: tuple[int, int, int] = (200, 30, 30),
) -> Path:
    """A JPEG; its left half red, right half blue, so a rotation is visible in the pixels."""
    img = Image.new("RGB", size, (30, 30, 200))
    img.paste(color, (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    if taken is not None:
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = taken
        if offset is not None:
            ifd[0x9011] = offset
    img.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path
