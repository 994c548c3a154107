"""Restore the whole store from a backup, never leaving it half restored.

Call with every engine on the store closed. Steps:
1. describe and verify: only regular files are read (no links, devices or pipes, in a folder
   or a zip), and only if the disk has room for them; every file of the backup is copied into
   a staging folder inside the store folder while its SHA-256 is checked; the database is
   opened read-only and must be exactly ours: the schema at a known revision with no extra
   table, view, index or trigger (schema_check), PRAGMA integrity_check and
   foreign_key_check clean (an older revision is migrated by the next open_store);
2. back up the current state (a `...-before-restore` backup folder sharing the originals by
   hard links; raw files if damaged), rotated like the automatic ones;
3. switch the current database out of WAL mode (a checkpoint: no -wal file holds commits);
   refused if another program still has it open;
4. put the backup's (verified) originals in place, replacing same-named ones (same bytes
   unless damaged): the store is then the old database + more files, which is valid;
5. os.replace the staged database over the current one (atomic), drop stale -wal/-shm;
6. remove originals that the backup does not have (they are in the pre-restore backup).
A crash between any two steps leaves a store whose database refers only to files present.
A bare pre-migration `.sqlite3` backup restores the database only; the evidence is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ecomplaint import paths
from ecomplaint.handoff.backups import (
    BACKUP_LIMITS,
    BEFORE_RESTORE,
    DB_NAME,
    DEFAULT_KEEP,
    BackupInfo,
    as_backup_error,
    backup_folder,
    describe_backup,
    rotate,
    store_blobs,
)
from ecomplaint.i18n import UserError
from ecomplaint.io_errors import io_guard
from ecomplaint.progress import CancelFlag, Progress, Ticker
from ecomplaint.store import health, schema_check
from ecomplaint.store.backup import backup_database
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import known_revisions
from ecomplaint.store.evidence_files import BLOB_MODE, fsync_dir, remove_path
from ecomplaint.zipsafe import CHUNK, SafeZip

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)

STAGING_PREFIX = ".restore-"


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    before_restore: Path | None  # the backup of what was there before
    files_added: int
    files_removed: int


def _open_regular(path: Path) -> int:
    """A descriptor on `path` only if it is a regular file reached without following a link
    at its last step (restore would otherwise read, and chmod, a file outside the backup)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UserError("backup.bad_file", file=path, detail=_not_regular(path.name))
    return fd


def _not_regular(name: str) -> UserError:
    return UserError("backup.reason.not_regular", name=name)


def _copy_hashing(src: Path, dest: Path, ticker: Ticker) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(_open_regular(src), "rb") as fh, open(dest, "wb") as out:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
            ticker.add(len(chunk))
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


def _linked(src: Path, dest: Path) -> bool:
    try:
        os.link(src, dest, follow_symlinks=False)
        return True
    except OSError:
        return False


def _hash_ticking(path: Path, ticker: Ticker) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(_open_regular(path), "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            ticker.add(len(chunk))
    return digest.hexdigest(), size


def _stage(info: BackupInfo, staging: Path, ticker: Ticker) -> None:
    """Copy every file of the backup into `staging`, checking each fingerprint."""
    if info.shape == "database":
        backup_database(info.path, staging / DB_NAME)
        return
    zf = SafeZip(info.path, BACKUP_LIMITS) if info.shape == "zip" else None
    try:
        for rel, (sha, size) in info.files.items():
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            if zf is not None:
                with open(dest, "wb") as out:
                    got, n = zf.copy_to(rel, _Ticking(out, ticker))
                    out.flush()
                    os.fsync(out.fileno())
            elif rel != DB_NAME and _linked(info.path / rel, dest):
                got, n = _hash_ticking(dest, ticker)  # a link costs no space; read to verify
            else:
                got, n = _copy_hashing(info.path / rel, dest, ticker)
            if got != sha or n != size:
                raise UserError("handoff.fingerprint_mismatch", file=info.path, name=rel)
    finally:
        if zf is not None:
            zf.close()


class _Ticking:
    def __init__(self, out: object, ticker: Ticker) -> None:
        self.out = out
        self.ticker = ticker

    def write(self, data: bytes) -> int:
        self.out.write(data)  # type: ignore[attr-defined]
        self.ticker.add(len(data))
        return len(data)


def check_database(db_file: Path, source: Path) -> str:
    """Refuse a database that is not exactly one this program wrote; return its revision.

    Opened read-only (nothing in it runs: triggers fire only on writes), then: the schema
    object by object against ours at its revision, every page (integrity_check) and every
    reference (foreign_key_check)."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            found = schema_check.schema_of(conn)
            has_version = any(t == "table" and n == "alembic_version" for t, n, _, _ in found)
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
            revision = str(row[0]) if row and row[0] is not None else ""
            if revision and revision not in known_revisions() and revision[:4].isdigit():
                raise UserError("backup.too_new", file=source, found=revision)
            problems = schema_check.differences(found, revision) if revision else []
            if not revision or problems:
                detail = "; ".join(problems[:3]) or "no eComplaint schema version"
                raise UserError("backup.foreign_database", file=source, detail=detail)
            ok = conn.execute("PRAGMA integrity_check").fetchone()
            if not ok or ok[0] != "ok":
                raise UserError("backup.bad_database", file=source, detail=ok[0] if ok else "?")
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                detail = f"{len(broken)} broken references, first in {broken[0][0]}"
                raise UserError("backup.bad_database", file=source, detail=detail)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError("backup.bad_database", file=source, detail=str(exc)) from exc
    return revision


def _require_space(info: BackupInfo, folder: Path) -> None:
    """Refuse before writing a byte when the backup cannot fit (a zip's declared sizes are
    enforced while unpacking; a folder's originals are linked, not copied, where possible)."""
    need = info.database_bytes + (info.evidence_bytes if info.shape == "zip" else 0)
    need += need // 20 + (16 << 20)  # journals, the manifest, room to breathe
    free = shutil.disk_usage(folder).free
    if need > free:
        raise UserError("backup.no_space", file=info.path, need=_size(need), free=_size(free))


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n < (1 << 30) else f"{n / (1 << 30):.2f} GB"


def _leave_wal(db_file: Path) -> None:
    """Checkpoint and switch to rollback-journal mode so no -wal file holds commits.

    Needs the database to itself: another open connection keeps it in WAL mode."""
    if not db_file.exists():
        return
    try:
        conn = sqlite3.connect(db_file, timeout=2)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise UserError("backup.store_busy", path=db_file) from exc
        return  # damaged: it was copied raw into the pre-restore backup; replaced below
    except sqlite3.DatabaseError:
        return
    if not mode or str(mode[0]).lower() != "delete":
        raise UserError("backup.store_busy", path=db_file)


def _remove_stale_journals(db_file: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)


def clean_staging(folder: Path) -> None:
    """Remove staging folders an interrupted restore left behind (they hold only copies)."""
    if folder.is_dir():
        for p in folder.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(p, ignore_errors=True)


def restore_backup(
    folder: Path,
    source: Path,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> RestoreResult:
    """Replace the store in `folder` by the backup `source` (see the module doc)."""
    folder = Path(folder)
    info = describe_backup(Path(source))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    clean_staging(folder)
    _require_space(info, folder)
    with io_guard(folder):
        return _restore(folder, info, now, progress, cancel)


def _restore(
    folder: Path,
    info: BackupInfo,
    now: datetime,
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> RestoreResult:
    db_file = paths.db_path(folder)
    total = info.database_bytes + info.evidence_bytes
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        with as_backup_error(info.path):
            _stage(info, staging, Ticker(total, progress, cancel))  # cancellable up to here
        check_database(staging / DB_NAME, info.path)
        _leave_wal(db_file)
        before = None
        if db_file.exists():
            before = backup_folder(folder, reason=BEFORE_RESTORE, now=now, keep_damaged=True)
            rotate(folder, keep=DEFAULT_KEEP, reason=BEFORE_RESTORE)

        added = 0
        for rel in info.files:
            if rel == DB_NAME:
                continue
            sha = rel.rsplit("/", 1)[1]
            final = blob_path(folder, sha)
            # Always the verified copy: an original damaged since the backup is repaired.
            added += not final.exists()
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, final)
            if not final.is_symlink():  # staged as a regular file; never chmod through a link
                with contextlib.suppress(OSError):
                    os.chmod(final, BLOB_MODE)  # as the blob store keeps originals
        for fan in {
            blob_path(folder, rel.rsplit("/", 1)[1]).parent for rel in info.files if rel != DB_NAME
        }:
            fsync_dir(fan)

        _leave_wal(db_file)  # again: nothing may have reopened it meanwhile
        _remove_stale_journals(db_file)
        os.replace(staging / DB_NAME, db_file)
        fsync_dir(folder)
        _remove_stale_journals(db_file)
        health.clear_damaged(folder)  # the damaged database is gone (kept in `before`)

        removed = 0
        if info.shape != "database":
            keep = {rel.rsplit("/", 1)[1] for rel in info.files if rel != DB_NAME}
            for sha, path in store_blobs(folder):
                if sha not in keep:
                    remove_path(path)
                    removed += 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(info=info, before_restore=before, files_added=added, files_removed=removed)
