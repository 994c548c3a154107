"""Attachments found while streaming go to a temporary folder, so memory stays flat."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from ecomplaint.records_import.model import Attachment

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_name(name: str, fallback: str) -> str:
    """A file name without folders, control characters or characters Windows refuses."""
    cleaned = _UNSAFE.sub("_", (name or "").strip()).strip(". ")
    return (cleaned or fallback)[:120]


class Spill:
    """Owns a temp folder; each attachment lands in its own sub-folder under its own name."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ecomplaint-import-"))
        self._n = 0

    def add(self, name: str, data: bytes, mime: str) -> Attachment:
        self._n += 1
        sub = self.folder / str(self._n)
        sub.mkdir()
        path = sub / safe_name(name, f"attachment-{self._n}")
        path.write_bytes(data)
        return Attachment(name=path.name, path=path, mime=mime or "application/octet-stream")

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
