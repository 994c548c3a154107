"""Opening the store: checks, pragmas, backup-then-migrate, and the read/write sessions."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from ecomplaint import paths
from ecomplaint.domain.clock import Clock, SystemClock
from ecomplaint.store.backup import backup_database, backup_name, list_backups
from ecomplaint.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 10_000
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config() -> Config:
    from alembic.config import Config  # imported only when migrating: it is slow to import

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    """Revision ids in order, from the migration file names ("0002_....py" is revision 0002).

    Reading names instead of loading Alembic keeps start-up fast; a test checks that the
    names agree with Alembic's own revision graph.
    """
    names = sorted(p.name for p in (_MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return [n.split("_", 1)[0] for n in names]


def head_revision() -> str:
    return known_revisions()[-1]


def make_engine(db_file: Path, *, foreign_keys: bool = True) -> Engine:
    """A SQLite engine with WAL, synchronous=FULL, a busy timeout and real transactions."""
    engine = create_engine(
        f"sqlite:///{db_file}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (DDL included).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that upgrades to a write
        # lock can fail with SQLITE_BUSY at once, whatever the busy timeout says.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@dataclass
class Store:
    folder: Path
    path: Path
    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    migrated_from: str | None = None  # revision before this open upgraded it, if it did
    backup_path: Path | None = None  # the automatic pre-migration backup, if taken

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DatabaseError as exc:
            raise _translate(exc, self.path) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except DatabaseError as exc:
            raise _translate(exc, self.path) from exc

    def close(self) -> None:
        self.engine.dispose()


def _translate(exc: DatabaseError, path: Path) -> Exception:
    """SQLite's low-level failures as messages the user can act on."""
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreError("store.locked", path=path)
    if "full" in text:
        return StoreError("store.disk_full", path=path)
    if "malformed" in text or "not a database" in text:
        backups = list_backups(paths.backups_dir(path.parent))
        return StoreError("store.corrupt", path=path, backups=backups, detail=str(exc.orig))
    return exc


def _check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreError("store.disk_full", path=folder) from exc
        raise StoreError("store.dir_not_writable", path=folder) from exc


def _current_revision(db_file: Path, backups: list[Path]) -> str | None:
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


def migrate(db_file: Path, *, target: str = "head") -> None:
    """Upgrade in one transaction with foreign keys off, then check every reference."""
    from alembic import command

    engine = make_engine(db_file, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign_key_check found {len(problems)} broken references")
    finally:
        engine.dispose()


def open_store(
    folder: str | os.PathLike[str] | None = None, *, clock: Clock | None = None
) -> Store:
    """Open (creating or upgrading) the store in `folder`; see paths.data_dir for the default."""
    base = paths.data_dir(folder)
    _check_writable(base)
    db_file = paths.db_path(base)
    backups_folder = paths.backups_dir(base)
    clock = clock or SystemClock()
    existing = list_backups(backups_folder)

    current = _current_revision(db_file, existing) if db_file.exists() else None
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise StoreError("store.too_new", path=db_file, backups=existing, found=current)

    backup: Path | None = None
    if current != head:
        if current is not None:
            check_integrity(db_file, existing)  # never migrate (or back up) a damaged file
            name = backup_name(f"before-{head}", clock.now())
            backup = backup_database(db_file, backups_folder / name)
        try:
            migrate(db_file)
        except OperationalError as exc:
            translated = _translate(exc, db_file)
            if isinstance(translated, StoreError):
                raise translated from exc
            raise StoreError(
                "store.migration_failed", path=db_file, detail=str(exc), backup=str(backup)
            ) from exc
        except Exception as exc:
            raise StoreError(
                "store.migration_failed", path=db_file, detail=str(exc), backup=str(backup)
            ) from exc

    engine = make_engine(db_file)
    return Store(
        folder=base,
        path=db_file,
        engine=engine,
        clock=clock,
        migrated_from=current if current != head else None,
        backup_path=backup,
    )
