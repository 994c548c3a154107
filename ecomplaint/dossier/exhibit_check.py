"""Every exhibit's stored file re-hashed as the dossier reads it.

The dossier prints each exhibit's SHA-256 and declares the exhibits unaltered, so it vouches
only for bytes it has just hashed: pictures are scaled from the very bytes that were hashed,
and originals embedded in the PDF or written to a bundle are hashed again as they are read
and must match what was printed. A file that is missing or no longer matches its record stops
the export, unless the user asked to export anyway (then it is printed as ALTERED/MISSING).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.dossier import images
from ecomplaint.i18n import UserError
from ecomplaint.store.blobs import blob_path

State = Literal["ok", "altered", "missing"]
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileCheck:
    recorded: str  # the fingerprint in the record
    actual: str | None  # what the stored file hashes to now; None when it cannot be read

    @property
    def state(self) -> State:
        if self.actual is None:
            return "missing"
        return "ok" if self.actual == self.recorded.lower() else "altered"


class ExhibitsNotIntact(UserError):
    """Some exhibits' files are altered or missing; nothing was written."""

    def __init__(self, altered: list[str], missing: list[str]) -> None:
        self.altered, self.missing = list(altered), list(missing)
        super().__init__(
            "dossier.exhibits_not_intact",
            altered=", ".join(self.altered) or "—",
            missing=", ".join(self.missing) or "—",
        )


class ExhibitChanged(UserError):
    """A file changed between being checked and being embedded; nothing was written."""

    def __init__(self, exhibit: str) -> None:
        super().__init__("dossier.exhibit_changed", exhibit=exhibit)


def _open_regular(path: Path) -> BinaryIO | None:
    """The stored file opened for reading, only if it is a regular file: not a link planted in
    the store (whose target the dossier would print), not a pipe (which would block)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def read_checked(path: Path) -> tuple[bytes | None, str | None]:
    """(the file's bytes, their SHA-256), or (None, None) when it cannot be read."""
    fh = _open_regular(path)
    if fh is None:
        return None, None
    try:
        with fh:
            data = fh.read()
    except OSError:
        return None, None
    return data, hashlib.sha256(data).hexdigest()


def hash_only(path: Path) -> str | None:
    """SHA-256 of a file streamed in chunks (recordings can be large); None if unreadable."""
    fh = _open_regular(path)
    if fh is None:
        return None
    digest = hashlib.sha256()
    try:
        with fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def check_all(
    exhibits: Sequence[EvidenceRecord],
    store_folder: Path,
    *,
    picture_size: tuple[int, int] | None,
    on_done: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
    pictures_of: set[str] | None = None,
) -> tuple[dict[str, FileCheck], dict[str, images.Prepared | None]]:
    """Hash every exhibit's stored file (in parallel) and, when `picture_size` is given,
    scale each picture from the same bytes that were hashed (only those whose fingerprint is
    in `pictures_of`, when given: a redacted dossier prints a redacted copy, not both). Both
    results are keyed by the recorded fingerprint (lower case): where the file lives."""
    pictures_wanted = {x.sha256.lower() for x in exhibits if images.is_picture(x.mime)}
    if pictures_of is not None:
        pictures_wanted &= {sha.lower() for sha in pictures_of}
    shas = sorted({x.sha256.lower() for x in exhibits})

    def one(sha: str) -> tuple[str, FileCheck, images.Prepared | None]:
        if cancelled is not None and cancelled():
            return sha, FileCheck(sha, None), None
        path = blob_path(store_folder, sha)
        if picture_size is None or sha not in pictures_wanted:
            return sha, FileCheck(sha, hash_only(path)), None
        data, actual = read_checked(path)
        if data is None or actual is None:
            return sha, FileCheck(sha, None), None
        # Cached by what the bytes really are: a substitute never borrows the original's print.
        prepared = images.prepare_cached(actual, data, *picture_size, cache_dir=cache_dir)
        return sha, FileCheck(sha, actual), prepared

    checks: dict[str, FileCheck] = {}
    pictures: dict[str, images.Prepared | None] = {}
    if not shas:
        return checks, pictures
    with ThreadPoolExecutor(max_workers=workers or images.default_workers()) as pool:
        for n, (sha, check, prepared) in enumerate(pool.map(one, shas), start=1):
            checks[sha] = check
            if sha in pictures_wanted:
                pictures[sha] = prepared
            if on_done is not None:
                on_done(n, len(shas))
    return checks, pictures


def not_intact(
    exhibits: Sequence[EvidenceRecord],
    checks: dict[str, FileCheck],
    copies: dict[int, EvidenceRecord] | None = None,
) -> tuple[list[str], list[str]]:
    """(altered, missing) exhibit numbers E1…En, in exhibit order; an exhibit counts as
    altered or missing when its redacted copy (`copies`, by the original's id) is."""
    altered, missing = [], []
    for n, x in enumerate(exhibits, start=1):
        states = []
        for record in (x, (copies or {}).get(x.id)):
            check = checks.get(record.sha256.lower()) if record is not None else None
            if check is not None:
                states.append(check.state)
        if "altered" in states:
            altered.append(f"E{n}")
        elif "missing" in states:
            missing.append(f"E{n}")
    return altered, missing
