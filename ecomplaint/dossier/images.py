"""Exhibit pictures scaled to print resolution: EXIF orientation applied, baseline JPEG out.

A 4000×3000 phone photo becomes ~1000 px wide for a 17 cm column at ~150 dpi, a hundred or
two kilobytes instead of several megabytes. JPEG decoding uses Pillow's draft mode (DCT scaling)
so a big photo is never decoded at full size, pictures are prepared in parallel threads
(Pillow releases the GIL while decoding and resizing), and results are cached by SHA-256 and
target size so a second export of the same case reuses them: in memory, and on disk in the store's
cache/print folder (named by SHA-256 and size, so an entry can never be stale).
"""

from __future__ import annotations

import io
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

PRINT_DPI = 160
JPEG_QUALITY = 80
# Let draft mode decode at the next smaller DCT scale when that still gives >= 90 % of the
# target (~145 dpi): a quarter of the pixels to decode for a barely visible difference.
DRAFT_SLACK = 0.9
# Formats Pillow opens that are worth printing as pictures.
IMAGE_MIMES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}
Image.MAX_IMAGE_PIXELS = 120_000_000  # a 100 MP camera is fine; a decompression bomb is not


@dataclass(frozen=True)
class Prepared:
    jpeg: bytes | str  # the JPEG itself, or the path of a JPEG file
    width: int  # pixels
    height: int


_CACHE_SIZE = 256
_cache: OrderedDict[tuple[str, int, int], Prepared] = OrderedDict()
_cache_lock = threading.Lock()


def is_picture(mime: str) -> bool:
    return mime.lower() in IMAGE_MIMES


def prepare(source: Path | bytes, max_w: int, max_h: int) -> Prepared | None:
    """Scale the picture (a path, or the bytes already read and hashed) to fit max_w×max_h
    pixels; None if it is not readable."""
    try:
        with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as im:
            if im.format == "JPEG":
                w, h = im.size
                if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # shown rotated by 90°
                    w, h = h, w
                scale = min(max_w / w, max_h / h, 1.0) * DRAFT_SLACK
                want = (int(im.size[0] * scale), int(im.size[1] * scale))
                im.draft("RGB", want)  # decode at 1/2, 1/4 or 1/8 scale
            upright: Image.Image = ImageOps.exif_transpose(im)
            if upright.mode not in ("RGB", "L"):
                upright = _flatten(upright)
            upright.thumbnail((max_w, max_h), Image.Resampling.LANCZOS)
            buf = io.BytesIO()
            upright.save(buf, "JPEG", quality=JPEG_QUALITY)
            return Prepared(buf.getvalue(), upright.width, upright.height)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def _flatten(im: Image.Image) -> Image.Image:
    """Transparent pictures go on white (JPEG has no alpha)."""
    im = im.convert("RGBA")
    bg = Image.new("RGB", im.size, (255, 255, 255))
    bg.paste(im, mask=im.getchannel("A"))
    return bg


def _disk_name(sha256: str, max_w: int, max_h: int) -> str:
    return f"{sha256.lower()}_{max_w}x{max_h}_q{JPEG_QUALITY}.jpg"


def _from_disk(cache_dir: Path | None, name: str) -> Prepared | None:
    if cache_dir is None:
        return None
    try:
        data = (cache_dir / name).read_bytes()
        with Image.open(io.BytesIO(data)) as im:
            return Prepared(data, im.width, im.height)
    except (OSError, UnidentifiedImageError):
        return None


def _to_disk(cache_dir: Path | None, name: str, result: Prepared) -> None:
    """Best effort: a cache that cannot be written only costs time next export."""
    if cache_dir is None or not isinstance(result.jpeg, bytes):
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f".{name}.{threading.get_ident()}.part"
        tmp.write_bytes(result.jpeg)
        os.replace(tmp, cache_dir / name)
    except OSError:
        pass


def prepare_cached(
    sha256: str, path: Path | bytes, max_w: int, max_h: int, cache_dir: Path | None = None
) -> Prepared | None:
    """Memory cache, then the on-disk cache (keyed by content hash, so never stale)."""
    key = (sha256, max_w, max_h)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    name = _disk_name(sha256, max_w, max_h)
    result = _from_disk(cache_dir, name)
    if result is None:
        result = prepare(path, max_w, max_h)
        if result is not None:
            _to_disk(cache_dir, name, result)
    if result is not None:
        with _cache_lock:
            _cache[key] = result
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return result


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def prepare_all(
    jobs: Iterable[tuple[str, Path]],
    max_w: int,
    max_h: int,
    *,
    on_done: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    cache_dir: Path | None = None,
) -> dict[str, Prepared | None]:
    """Prepare many pictures in parallel; stops handing out work once `cancelled()`."""
    jobs = list(jobs)
    out: dict[str, Prepared | None] = {}
    if not jobs:
        return out

    def one(job: tuple[str, Path]) -> tuple[str, Prepared | None]:
        if cancelled is not None and cancelled():
            return job[0], None
        return job[0], prepare_cached(job[0], job[1], max_w, max_h, cache_dir)

    with ThreadPoolExecutor(max_workers=workers or default_workers()) as pool:
        for n, (sha, result) in enumerate(pool.map(one, jobs), start=1):
            out[sha] = result
            if on_done is not None:
                on_done(n)
    return out


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
