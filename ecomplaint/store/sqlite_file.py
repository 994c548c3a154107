"""Checks on the SQLite file itself, done before SQLAlchemy ever opens it (never writing)."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
import tempfile
from pathlib import Path

from ecomplaint.store import schema_check
from ecomplaint.store.errors import StoreError

_SQLITE_MAGIC = b"SQLite format 3\x00"
_OUR_REVISION = re.compile(r"^\d{4}")  # our migrations are numbered: 0001_..., 0002_...


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreError("store.disk_full", path=folder) from exc
        raise StoreError("store.dir_not_writable", path=folder) from exc


def check_file(db_file: Path, backups: list[Path]) -> bool:
    """Refuse a database path we could only fail on later; True if a file is there.

    A folder, a file we may not read, or one we may not write is said plainly here: SQLite
    would otherwise fail mid-open with a traceback (or, for a read-only file, on the first
    write, after the window already showed the store)."""
    try:
        st = db_file.lstat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError("store.db_unreadable", path=db_file, detail=exc.strerror) from exc
    if stat.S_ISDIR(st.st_mode):
        raise StoreError("store.db_is_folder", path=db_file, backups=backups)
    try:
        with open(db_file, "rb"):
            pass
    except OSError as exc:
        raise StoreError("store.db_unreadable", path=db_file, detail=exc.strerror) from exc
    # Marked read-only, or not writable by us: refuse now rather than on the first save.
    if not os.access(db_file, os.W_OK) or not st.st_mode & stat.S_IWUSR:
        raise StoreError("store.read_only", path=db_file)
    return True


def current_revision(db_file: Path, backups: list[Path]) -> str | None:
    """Read the schema revision without changing the file; refuse what is not ours.

    None means an empty database (a new store). A file with tables must be ours exactly:
    its catalogue is compared with our schema at its revision (schema_check), so another
    program's SQLite file, even one that uses Alembic, is never migrated or switched to WAL.
    """
    with open(db_file, "rb") as fh:
        header = fh.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise StoreError("store.not_sqlite", path=db_file, backups=backups)
    if not header:  # an empty file: treat like a new store
        return None
    _roll_back_hot_journal(db_file)
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            # Reading the catalogue touches page 1 and the schema pages only; a full check of
            # every page runs before a backup, a migration and in `verify`, not on each start
            # (it grows with the store: 0.1 s at 10,000 cases).
            found = schema_check.schema_of(conn)
            if not found:
                return None
            if not any(t == "table" and n == "alembic_version" for t, n, _, _ in found):
                raise StoreError(
                    "store.foreign", path=db_file, backups=backups, detail="no eComplaint tables"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
            raise StoreError("store.locked", path=db_file) from exc
        raise StoreError("store.corrupt", path=db_file, backups=backups, detail=str(exc)) from exc
    revision = str(row[0]) if row and row[0] is not None else ""
    if schema_check.reference(revision) is None:
        if _OUR_REVISION.match(revision):  # a later migration of ours: a newer eComplaint
            raise StoreError("store.too_new", path=db_file, backups=backups, found=revision)
        raise StoreError(
            "store.foreign",
            path=db_file,
            backups=backups,
            detail=f"schema version {revision!r}" if revision else "no schema version",
        )
    problems = schema_check.differences(found, revision)
    if problems:
        raise StoreError(
            "store.foreign", path=db_file, backups=backups, detail="; ".join(problems[:3])
        )
    return revision


def _roll_back_hot_journal(db_file: Path) -> None:
    """A process killed mid-transaction in rollback-journal mode (a restore, an older store)
    leaves a hot `-journal`; a read-only connection cannot roll it back and reports "attempt
    to write a readonly database", which must not read as damage. Rolling it back is what
    any SQLite connection does first, and restores the file as it was before that
    transaction; it changes nothing else (no migration, no switch to WAL)."""
    journal = db_file.with_name(db_file.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    try:
        conn = sqlite3.connect(db_file)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # the read-only open below reports what is wrong


def quick_check(db_file: Path) -> str:
    """'ok', or the first problem PRAGMA quick_check finds (read-only, every page)."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc) or "unreadable"
    return str(result[0]) if result else "quick_check failed"


def check_integrity(db_file: Path, backups: list[Path]) -> None:
    """PRAGMA quick_check over every page; StoreError("store.corrupt") if it finds damage."""
    result = quick_check(db_file)
    if result != "ok":
        raise StoreError("store.corrupt", path=db_file, backups=backups, detail=result)
