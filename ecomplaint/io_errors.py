"""Operating-system failures (disk full, no permission) as messages, not tracebacks.

Each long operation (backup, restore, export, attach, import, verify) already removes what it
half-wrote when it fails; `io_guard` only turns what escapes into the user's sentence.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ecomplaint.i18n import UserError

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return True
    return isinstance(exc, sqlite3.Error) and "full" in str(exc).lower()


def as_user_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The message for a low-level failure while writing or reading `path`; None if unknown."""
    if isinstance(exc, UserError):
        return exc
    if is_disk_full(exc):
        return UserError("disk.full", path=str(path))
    if isinstance(exc, OSError):
        where = exc.filename or path
        return UserError("io.failed", path=str(where), detail=exc.strerror or str(exc))
    return None


@contextlib.contextmanager
def io_guard(path: Path | str) -> Iterator[None]:
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        translated = as_user_error(exc, path)
        if translated is None:
            raise
        raise translated from exc
