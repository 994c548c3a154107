"""What the data folder says about the store: a case history, and damage seen earlier.

Two facts that must survive the process that learnt them:
- the folder holds a case history (evidence originals or backups): then a missing or empty
  database is a loss to report, never a new store to create silently;
- a process met a damaged page (SQLITE_CORRUPT): a marker file says so, so that the next
  open (the next CLI command, the next window) runs a full check and refuses to write, instead
  of letting a write land in a damaged file. A check that passes (after a restore) clears it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ecomplaint import paths

DAMAGED_MARKER = ".store-damaged"


def has_history(folder: Path) -> bool:
    """True when the folder already holds evidence originals or backups of a store."""
    # Imported here: the window's start reads only DAMAGED_MARKER (store/lean.py), and these
    # two modules (backup names, the blob walk with its patterns) cost ~5 ms before its paint.
    from ecomplaint.store.backup import list_backups
    from ecomplaint.store.evidence_files import iter_blob_files

    if list_backups(paths.backups_dir(folder)):
        return True
    return next(iter_blob_files(folder), None) is not None


def mark_damaged(folder: Path, detail: str) -> None:
    with contextlib.suppress(OSError):  # the marker is a help; its failure changes nothing
        (folder / DAMAGED_MARKER).write_text(detail[:2000] + "\n", encoding="utf-8")


def damage_seen(folder: Path) -> bool:
    return (folder / DAMAGED_MARKER).exists()


def clear_damaged(folder: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(folder / DAMAGED_MARKER)


def make_private(folder: Path) -> None:
    """Owner-only access to a folder this program keeps (POSIX), if we own it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        st = folder.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(folder, 0o700)
