"""Thumbnails of image exhibits, made with Pillow and cached on disk by sha256 and size.

Qt-free so a worker thread (or a test) can make them; the UI only loads the small PNG.
Upright by EXIF orientation; a decompression bomb or a corrupt file yields None (the view
shows a placeholder), never an exception.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.store.blobs import blob_path

if TYPE_CHECKING:  # Pillow (~60 ms) is imported when a thumbnail is first rendered
    from PIL import Image

DEFAULT_SIZE = 160
# Pillow refuses images above twice this (DecompressionBombError); we also refuse above it.
MAX_PIXELS = 90_000_000


def thumbnails_dir(store_folder: Path) -> Path:
    return store_folder / "thumbnails"


def thumbnail_path(store_folder: Path, sha256: str, size: int = DEFAULT_SIZE) -> Path:
    sha = sha256.lower()
    return thumbnails_dir(store_folder) / sha[:2] / f"{sha}-{size}.png"


def render_thumbnail(source: Path, size: int = DEFAULT_SIZE) -> Image.Image | None:
    """An upright RGB(A) image fitting size×size, or None if it cannot be rendered safely."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as img:
                if img.width * img.height > MAX_PIXELS:
                    return None
                # JPEG: let libjpeg decode at 1/2..1/8 scale, far faster than full size.
                img.draft("RGB", (size * 2, size * 2))
                upright = ImageOps.exif_transpose(img)
                upright.thumbnail((size, size), Image.Resampling.LANCZOS)
                if upright.mode not in ("RGB", "RGBA"):
                    upright = upright.convert("RGBA")
                return upright
    except Exception:  # noqa: BLE001 - corrupt or hostile files are expected here
        return None


def ensure_thumbnail(
    store_folder: Path, sha256: str, mime: str, size: int = DEFAULT_SIZE
) -> Path | None:
    """The cached thumbnail's path, making it if needed; None for non-images and bad images."""
    if not is_renderable(mime):
        return None
    target = thumbnail_path(store_folder, sha256, size)
    if target.exists():
        return target
    image = render_thumbnail(blob_path(store_folder, sha256), size)
    if image is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".thumb-", suffix=".png", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            image.save(fh, "PNG")
        os.replace(tmp_name, target)  # a cache: no fsync, a lost thumbnail is just remade
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        return None
    return target


def remove_thumbnails(store_folder: Path, sha256: str) -> None:
    """Forget every cached size of a blob's thumbnail (its file was deleted for good)."""
    sha = sha256.lower()
    folder = thumbnails_dir(store_folder) / sha[:2]
    if folder.is_dir():
        for f in folder.glob(f"{sha}-*.png"):
            with contextlib.suppress(OSError):
                f.unlink()
