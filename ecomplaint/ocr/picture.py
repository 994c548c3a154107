"""Opening a picture for OCR safely: formats Pillow knows, pixels capped, damage reported.

Failures are returned as a message key (ocr_messages), never raised: a hostile or broken
file is an expected input here. The picture is turned upright by its EXIF orientation (as the
thumbnails and the viewer show it), so line boxes are in the upright picture's pixels.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

if TYPE_CHECKING:
    import numpy as np

# 1080×30000 (a very long chat) is 32 M pixels; a 50 M cap keeps the decoded RGB copy under
# 150 MB and refuses decompression bombs before any pixel is decoded.
MAX_PIXELS = 50_000_000
FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "GIF", "TIFF")


@dataclass(frozen=True)
class Opened:
    pixels: np.ndarray | None  # H×W×3 BGR (what OpenCV and rapidocr expect), None on error
    width: int = 0
    height: int = 0
    error: str = ""


def _on_white(img: Image.Image) -> Image.Image:
    """RGB; transparent parts white, as a viewer shows them (dropping the alpha channel would
    leave whatever colour the transparent pixels hold, often black under black text)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        page = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(page, rgba).convert("RGB")
    return img.convert("RGB")


def open_picture(source: Path | bytes) -> Opened:
    """The picture's pixels, or why there are none. `source` is a file or its bytes (the
    caller that checked the bytes' fingerprint decodes exactly those bytes)."""
    import numpy as np

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            fp = io.BytesIO(source) if isinstance(source, bytes) else source
            with Image.open(fp, formats=FORMATS) as img:
                if img.width * img.height > MAX_PIXELS:
                    return Opened(None, img.width, img.height, "ocr.too_large")
                img.seek(0)  # an animated GIF/WebP: its first frame
                upright = ImageOps.exif_transpose(img)
                rgb = _on_white(upright)
    except FileNotFoundError:
        return Opened(None, error="ocr.missing_file")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Opened(None, error="ocr.too_large")
    except UnidentifiedImageError:
        return Opened(None, error="ocr.unsupported")
    except MemoryError:
        return Opened(None, error="ocr.too_large")
    except Exception:  # noqa: BLE001 - truncated, damaged or hostile data: a message, not a crash
        return Opened(None, error="ocr.corrupt")
    if rgb.width == 0 or rgb.height == 0:
        return Opened(None, error="ocr.corrupt")
    bgr = np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])
    return Opened(bgr, rgb.width, rgb.height)
