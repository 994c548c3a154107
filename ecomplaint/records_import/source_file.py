"""Checks made before a byte is parsed: the file exists, is regular, not empty, not huge."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from ecomplaint.records_import.model import ImportFailed

# A phone backup with years of MMS pictures reaches a few hundred MB; beyond 1 GiB it is
# refused before parsing (a 2 GB file would also be too big to keep as an exhibit).
MAX_SOURCE_BYTES = 1024 * 1024 * 1024
CHUNK = 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def check_source_file(path: Path, *, limit: int = MAX_SOURCE_BYTES) -> int:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImportFailed("import.not_found", path=path) from None
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailed("import.unreadable", path=path, detail="not a regular file")
    if st.st_size == 0:
        raise ImportFailed("import.empty", path=path)
    if st.st_size > limit:
        raise ImportFailed("import.too_big", path=path, size=_mb(st.st_size), limit=_mb(limit))
    return st.st_size


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
    return digest.hexdigest()
