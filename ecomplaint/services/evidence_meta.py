"""What a file is (from its content, not its name) and when it was captured (EXIF)."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Types we decode into thumbnails and the viewer; anything else is kept but not rendered.
RENDERABLE = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}
)
EXIF_IFD = 0x8769
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
DEFAULT_TZ = "Asia/Shanghai"


def detect_mime(head: bytes) -> str:
    """Sniff the first bytes: magic numbers first, then "is it readable text?"."""
    import filetype  # type: ignore[import-untyped]  # imported when first needed: start-up

    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    if head and b"\x00" not in head:
        for encoding in ("utf-8", "gb18030"):
            try:
                head.decode(encoding)
                return "text/plain"
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 4:  # a character cut at the end of the sample
                    return "text/plain"
    return "application/octet-stream"


def is_renderable(mime: str) -> bool:
    return mime in RENDERABLE


def _zone(name: str) -> ZoneInfo | timezone:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def _parse_offset(text: object) -> timezone | None:
    if not isinstance(text, str):
        return None
    text = text.strip().rstrip("\x00")
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    sign = 1 if text[0] == "+" else -1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def captured_at(path: Path, mime: str, *, tz: str = DEFAULT_TZ) -> datetime | None:
    """EXIF DateTimeOriginal as aware UTC; its OffsetTimeOriginal, else `tz`. Never raises."""
    if mime not in ("image/jpeg", "image/tiff", "image/webp", "image/png"):
        return None
    from PIL import Image  # imported when first needed (the window starts without it)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as img:  # reads headers only, not the pixels
                exif = img.getexif()
                ifd = exif.get_ifd(EXIF_IFD)
                raw = ifd.get(DATETIME_ORIGINAL) or exif.get(0x0132)  # DateTime as fallback
                offset = _parse_offset(ifd.get(OFFSET_TIME_ORIGINAL))
        if not isinstance(raw, str):
            return None
        naive = datetime.strptime(raw.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
        if naive.year < 1990:  # cameras with an unset clock write 0000 or 1970
            return None
        aware = naive.replace(tzinfo=offset or _zone(tz))
        return aware.astimezone(UTC)
    except Exception:  # noqa: BLE001 - bad EXIF is common and never worth a crash
        return None
