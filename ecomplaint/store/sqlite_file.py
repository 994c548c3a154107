"""Checks on the SQLite file itself, done before SQLAlchemy ever opens it (never writing)."""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from pathlib import Path

from ecomplaint.store.errors import StoreError

_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreError("store.disk_full", path=folder) from exc
        raise StoreError("store.dir_not_writable", path=folder) from exc


def current_revision(db_file: Path, backups: list[Path]) -> str | None:
    """Read the schema revision without changing the file; refuse what is not ours."""
    with open(db_file, "rb") as fh:
        header = fh.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise StoreError("store.not_sqlite", path=db_file, backups=backups)
    if not header:  # an empty file: treat like a new store
        return None
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            # Reading the schema touches page 1 and the catalogue; a full check of every
            # page runs before a migration and in `verify`, not on each start (it grows
            # with the store: 0.1 s at 10,000 cases).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError("store.not_sqlite", path=db_file, backups=backups)
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
            raise StoreError("store.locked", path=db_file) from exc
        raise StoreError("store.corrupt", path=db_file, backups=backups, detail=str(exc)) from exc


def check_integrity(db_file: Path, backups: list[Path]) -> None:
    """PRAGMA quick_check over every page; StoreError("store.corrupt") if it finds damage."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("store.corrupt", path=db_file, backups=backups, detail=str(exc)) from exc
    if not result or result[0] != "ok":
        detail = result[0] if result else "quick_check failed"
        raise StoreError("store.corrupt", path=db_file, backups=backups, detail=detail)
