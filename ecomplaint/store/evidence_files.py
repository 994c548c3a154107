"""The blob store: evidence files kept by SHA-256 under <data>/evidence/ab/abcdef….

A file is copied to a temporary file in the evidence folder while it is hashed, flushed and
fsynced, then renamed into place (and the folder fsynced) — all before any database row that
names it commits. A crash therefore leaves at worst a temporary file (a "stray") or a blob no
row names (an "orphan"); never a row that points at nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ecomplaint import paths
from ecomplaint.i18n import UserError
from ecomplaint.io_errors import as_user_error, io_guard
from ecomplaint.progress import CancelFlag, Cancelled
from ecomplaint.store.blobs import blob_path

if TYPE_CHECKING:  # the lean start (store/lean.py, store/health.py) runs without SQLAlchemy
    from sqlmodel import Session

CHUNK = 1024 * 1024
TEMP_PREFIX = ".partial-"  # a copy in progress (or left by a crash)
DOOMED_PREFIX = ".deleting-"  # a blob being deleted by "empty trash" (or left by a crash)
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
# The exact shapes of the names the store itself writes in the evidence folder (mkstemp adds
# 8 characters of [a-z0-9_]). Anything else there — a user's folder, a sync tool's marker,
# another volunteer's document in a shared folder — is not ours and is never deleted.
_PARTIAL_RE = re.compile(r"^\.partial-[a-z0-9_]{8}$")
_DOOMED_RE = re.compile(r"^\.deleting-[0-9a-f]{64}$")
# A temporary copy older than this was left by an interrupted attach or import.
PARTIAL_MIN_AGE_S = 24 * 3600.0

ByteProgress = Callable[[int], None]  # bytes copied so far in this file
# Originals are private to the user (screenshots of chats, phone numbers, IDs): owner-read
# only. A team's shared evidence folder must be readable by every volunteer instead.
BLOB_MODE = 0o400
SHARED_BLOB_MODE = 0o444


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    head: bytes  # the first bytes, for type detection without reading the file again
    created: bool  # False when the same content was already in the store


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open folders, and needs no such call."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_source(path: Path, *, limit: int) -> int:
    """Refuse what cannot be evidence before reading a byte; return the size."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise UserError("evidence.not_found", path=path) from exc
    except OSError as exc:
        raise UserError("evidence.unreadable", path=path, detail=exc.strerror or exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise UserError("evidence.is_folder", path=path)
    if not stat.S_ISREG(st.st_mode):  # FIFOs, devices, sockets: opening one could block
        raise UserError("evidence.not_regular", path=path)
    if st.st_size == 0:
        raise UserError("evidence.empty", path=path)
    if st.st_size > limit:
        raise UserError("evidence.too_big", path=path, size=_mb(st.st_size), limit=_mb(limit))
    return st.st_size


def check_link(path: Path, *, follow_links: bool = False) -> None:
    """Refuse a link that leads out of the folder it sits in, unless the user said so.

    A link in a harmless-looking folder can point at ~/.ssh or another private file; attaching
    it would copy that file into the store (and into every dossier and hand-off file)."""
    if follow_links or not path.is_symlink():
        return
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # a dangling or looping link
        raise UserError("evidence.not_found", path=path) from exc
    home = path.parent.resolve()
    if not target.is_relative_to(home):
        raise UserError("evidence.link_outside", path=path, target=target)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def store_file(
    store_folder: Path,
    source: Path,
    *,
    limit: int,
    progress: ByteProgress | None = None,
    cancel: CancelFlag | None = None,
) -> StoredBlob:
    """Copy `source` into the blob store (never touching it); return its fingerprint."""
    check_source(source, limit=limit)
    root = paths.evidence_dir(store_folder)
    shared = paths.evidence_is_shared(store_folder)
    root.mkdir(mode=0o755 if shared else 0o700, parents=True, exist_ok=True)
    remove_old_partials(store_folder)  # what an interrupted attach or import left
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        src = open(source, "rb")  # noqa: SIM115 - closed below, after the temp file exists
    except OSError as exc:
        raise UserError("evidence.unreadable", path=source, detail=exc.strerror or exc) from exc
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=root)
    except OSError as exc:
        src.close()
        raise as_user_error(exc, root) or exc from exc
    tmp = Path(tmp_name)
    try:
        with io_guard(root), src, os.fdopen(fd, "wb") as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                try:
                    chunk = src.read(CHUNK)
                except OSError as exc:
                    raise UserError(
                        "evidence.unreadable", path=source, detail=exc.strerror or exc
                    ) from exc
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:  # the file grew while we read it
                    raise UserError(
                        "evidence.too_big", path=source, size=_mb(size), limit=_mb(limit)
                    )
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                digest.update(chunk)
                out.write(chunk)
                if progress is not None:
                    progress(size)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise UserError("evidence.empty", path=source)
        sha = digest.hexdigest()
        final = blob_path(store_folder, sha)
        if final.exists():
            try:
                intact = hash_file(final) == sha
            except OSError:
                intact = False
            if intact:
                tmp.unlink()
                refresh_blob(final)  # fresh again: a cleanup's grace period covers it now
                return StoredBlob(sha256=sha, size=size, head=head, created=False)
            # The stored copy was damaged: the user's original repairs it (verify would
            # otherwise keep flagging an exhibit whose true bytes we hold right here).
        existed = final.exists()
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        mode = SHARED_BLOB_MODE if paths.evidence_is_shared(store_folder) else BLOB_MODE
        with contextlib.suppress(OSError):
            os.chmod(final, mode)  # read-only: blobs are never rewritten; private unless shared
        fsync_dir(final.parent)
        fsync_dir(root)
        return StoredBlob(sha256=sha, size=size, head=head, created=not existed)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def hash_file(
    path: Path, *, progress: ByteProgress | None = None, cancel: CancelFlag | None = None
) -> str:
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
    return digest.hexdigest()


def iter_blob_files(store_folder: Path) -> Iterator[tuple[str, Path]]:
    """(sha256, path) of every well-formed blob on disk."""
    root = paths.evidence_dir(store_folder)
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if not sub.is_dir() or len(sub.name) != 2:
            continue
        for f in sorted(sub.iterdir()):
            if _SHA_RE.match(f.name) and f.name[:2] == sub.name and f.is_file():
                yield f.name, f


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def is_own_temp(path: Path) -> bool:
    """A temporary file the store wrote itself (a regular file, never a link or a folder)."""
    return bool(_PARTIAL_RE.match(path.name) or _DOOMED_RE.match(path.name)) and _is_regular(path)


def iter_strays(store_folder: Path) -> Iterator[Path]:
    """Temporary files the store itself left in the evidence folder (interrupted copies and
    deletes), whatever their age; nothing else."""
    root = paths.evidence_dir(store_folder)
    if not root.is_dir():
        return
    for item in sorted(root.iterdir()):
        if is_own_temp(item):
            yield item


def iter_foreign(store_folder: Path) -> Iterator[Path]:
    """What is in the evidence folder but was not written by the store: reported, never
    deleted (a user's sub-folder, a sync tool's marker, other people's files)."""
    root = paths.evidence_dir(store_folder)
    if not root.is_dir():
        return
    for item in sorted(root.iterdir()):
        if item.is_dir() and not item.is_symlink() and re.fullmatch(r"[0-9a-f]{2}", item.name):
            for f in sorted(item.iterdir()):
                if not (_SHA_RE.match(f.name) and f.name[:2] == item.name and _is_regular(f)):
                    yield f
        elif not is_own_temp(item):
            yield item


def stray_kind(path: Path) -> str:
    if path.name.startswith(TEMP_PREFIX):
        return "partial"
    if path.name.startswith(DOOMED_PREFIX):
        return "deleting"
    return "other"


def file_age_s(path: Path, now: float | None = None) -> float:
    """Seconds since the file was last written (the OS clock wrote it, so it is compared
    with the OS clock); 0 when it cannot be read, so that it counts as fresh."""
    try:
        return (time.time() if now is None else now) - os.lstat(path).st_mtime
    except OSError:
        return 0.0


def remove_old_partials(store_folder: Path, *, min_age_s: float = PARTIAL_MIN_AGE_S) -> list[Path]:
    """Remove the store's own temporary copies older than `min_age_s` (left by a killed
    attach or import); a younger one may be another window copying right now."""
    removed: list[Path] = []
    for path in iter_strays(store_folder):
        if stray_kind(path) == "partial" and file_age_s(path) >= min_age_s:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


_BLOB_LOCK_KEY = 0x65436D706C6E74  # "eCmplnt": one advisory lock for the shared blob store


def blob_lock(session: Session, *, exclusive: bool) -> None:
    """Team mode: attaching (shared) and deleting strays (exclusive) exclude each other across
    processes until the transaction ends, so a cleanup never deletes a blob whose row is
    about to commit. SQLite needs nothing: its write transaction already excludes writers."""
    if session.get_bind().dialect.name != "postgresql":
        return
    fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    from sqlalchemy import text

    session.execute(text(f"SELECT {fn}(:key)"), {"key": _BLOB_LOCK_KEY})


def refresh_blob(path: Path) -> None:
    """Mark a stored original as just used (best effort: in a shared folder it may belong to
    another volunteer), so a cleanup running now sees it as fresh, never as a stray."""
    with contextlib.suppress(OSError):
        os.utime(path)


def remove_path(path: Path) -> None:
    """Remove a stray (blob files are read-only, so make them writable first on Windows)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o644)
    if path.is_dir():
        import shutil

        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
