"""Opening the store: checks, pragmas, backup-then-migrate, and the read/write sessions.

The store is SQLite in the data folder by default; a team points every copy of the program
at one PostgreSQL server instead (`database_url`). Both run the same migrations and services.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from ecomplaint import paths
from ecomplaint.domain.clock import Clock, SystemClock
from ecomplaint.store import health, search, sqlite_file
from ecomplaint.store.backup import backup_database, backup_name, list_backups
from ecomplaint.store.errors import StoreError
from ecomplaint.store.migrate import current_revision, head_revision, known_revisions, upgrade
from ecomplaint.store.sqlite_file import check_integrity

__all__ = [
    "Store",
    "open_store",
    "make_engine",
    "migrate",
    "head_revision",
    "known_revisions",
    "check_integrity",
]

BUSY_TIMEOUT_MS = 10_000


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


def make_server_engine(url: str) -> Engine:
    """A PostgreSQL engine for team mode; connections are checked before use (servers restart).

    Every statement is planned for its own parameters: psycopg prepares a statement run five
    times, and the server's generic plan for a search (tsquery parameters unknown) can take
    seconds where the plan for the actual words takes 1 ms (bench/bench_search_pg.py).
    """
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        connect_args={"options": "-c plan_cache_mode=force_custom_plan"},
    )


@dataclass
class Store:
    folder: Path  # local data folder: the SQLite file, backups, caches, evidence
    path: Path  # the SQLite file (in team mode: where it would be; unused)
    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    migrated_from: str | None = None  # revision before this open upgraded it, if it did
    backup_path: Path | None = None  # the automatic pre-migration backup, if taken
    user: str = ""  # who is logging (team mode shows it as "logged by")
    location: str = ""  # what messages name: the file, or the server URL without password
    # Set once the database is known to be damaged: every later write is refused with it.
    damaged: StoreError | None = None

    def __post_init__(self) -> None:
        self.location = self.location or str(self.path)

    def stop_writing(self, detail: str) -> StoreError:
        """A damaged page was met: no more writes this session, nor in the next one
        until a full check passes (health.DAMAGED_MARKER)."""
        if self.damaged is None:
            backups = list_backups(paths.backups_dir(self.folder))
            self.damaged = StoreError(
                "store.write_stopped", path=self.location, backups=backups, detail=detail
            )
            if self.dialect == "sqlite":
                health.mark_damaged(self.folder, detail)
        return self.damaged

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DatabaseError as exc:
            raise self._translated(exc) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        if self.damaged is not None:
            raise self.damaged
        bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except DatabaseError as exc:
            translated = self._translated(exc)
            if isinstance(translated, StoreError) and translated.key == "store.corrupt":
                raise self.stop_writing(str(exc.orig)) from exc
            raise translated from exc

    def _translated(self, exc: DatabaseError) -> Exception:
        translated = _translate(exc, self.location, self.folder)
        if isinstance(translated, StoreError) and translated.key == "store.corrupt":
            self.stop_writing(str(exc.orig))  # a read that meets damage stops writing too
        return translated

    def close(self) -> None:
        self.engine.dispose()


def _translate(exc: DatabaseError, path: Path | str, folder: Path) -> Exception:
    """Low-level database failures as messages the user can act on."""
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreError("store.locked", path=path)
    if "full" in text:
        return StoreError("store.disk_full", path=path)
    if "malformed" in text or "not a database" in text:
        backups = list_backups(paths.backups_dir(folder))
        return StoreError("store.corrupt", path=path, backups=backups, detail=str(exc.orig))
    if isinstance(exc, OperationalError) and (
        "connection" in text or "could not connect" in text or "server closed" in text
    ):
        return StoreError("store.server_unreachable", path=path, detail=str(exc.orig).strip())
    return exc


def migrate(db_file: Path, *, target: str = "head") -> None:
    """Upgrade a SQLite file in one transaction with foreign keys off."""
    engine = make_engine(db_file, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            upgrade(conn, target)
    finally:
        engine.dispose()


def _open_sqlite(base: Path, clock: Clock, user: str, new_store: bool) -> Store:
    db_file = paths.db_path(base)
    existing = list_backups(paths.backups_dir(base))
    present = sqlite_file.check_file(db_file, existing)
    current = sqlite_file.current_revision(db_file, existing) if present else None
    head = head_revision()
    if current is None and not new_store and health.has_history(base):
        # The database went missing (or was emptied) beside evidence or backups: creating an
        # empty store here would hide the loss and let backups rotate to empty stores.
        raise StoreError("store.missing_database", path=db_file, backups=existing)

    backup: Path | None = None
    if current != head:
        if current is not None:
            check_integrity(db_file, existing)  # never migrate (or back up) a damaged file
            name = backup_name(f"before-{head}", clock.now())
            backup = backup_database(db_file, paths.backups_dir(base) / name)
        try:
            migrate(db_file)
        except OperationalError as exc:
            translated = _translate(exc, db_file, base)
            if isinstance(translated, StoreError):
                raise translated from exc
            raise StoreError(
                "store.migration_failed", path=db_file, detail=str(exc), backup=str(backup)
            ) from exc
        except Exception as exc:
            raise StoreError(
                "store.migration_failed", path=db_file, detail=str(exc), backup=str(backup)
            ) from exc

    store = Store(
        folder=base,
        path=db_file,
        engine=make_engine(db_file),
        clock=clock,
        user=user,
        migrated_from=current if current != head else None,
        backup_path=backup,
    )
    if health.damage_seen(base):  # an earlier session met a damaged page: check it all now
        result = sqlite_file.quick_check(db_file)
        if result == "ok":
            health.clear_damaged(base)
        else:
            store.stop_writing(result)
    # Index rows written by other tools since (usually none). If another writer holds the
    # lock, its next flush drains the search queue anyway.
    with contextlib.suppress(StoreError):
        search.catch_up(store)
    return store


_CORE_TABLES = frozenset({"cases", "entries", "parties"})  # in every revision of ours


def _not_ours_on_server(conn: Any, current: str | None) -> str:
    """Why a server database is not an eComplaint store ('' if it is, or is empty)."""
    from sqlalchemy import inspect

    tables = set(inspect(conn).get_table_names())
    if current is None:
        others = sorted(tables - {"alembic_version"})
        return f"tables {', '.join(others[:3])}" if others else ""
    if not current[:4].isdigit():
        return f"schema version {current!r}"
    if current in known_revisions() and not tables >= _CORE_TABLES:
        return "no eComplaint tables"
    return ""


def _open_server(base: Path, url: str, clock: Clock, user: str, new_store: bool) -> Store:
    shown = make_url(url).render_as_string(hide_password=True)
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
            foreign = _not_ours_on_server(conn, current)
            conn.rollback()
        if foreign:  # another program's database: never migrate into it
            raise StoreError("store.foreign", path=shown, detail=foreign)
        if current is not None and current not in known_revisions():
            raise StoreError("store.too_new", path=shown, found=current)
        shared = paths.evidence_is_shared(base)
        if current is None and not new_store and shared and health.has_history(base):
            # An empty team database beside a shared folder full of originals: the wrong
            # server, or a lost database. Never start over on top of the team's evidence.
            raise StoreError("store.missing_database", path=shown)
        if current != head_revision():
            # Server backups are the administrator's (pg_dump); the upgrade is one
            # transaction under an advisory lock, so it applies whole or not at all.
            with engine.connect() as conn, conn.begin():
                upgrade(conn)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(
            "store.server_unreachable", path=shown, detail=str(exc.orig).strip()
        ) from exc
    except StoreError:
        engine.dispose()
        raise
    store = Store(
        folder=base,
        path=paths.db_path(base),
        engine=engine,
        clock=clock,
        user=user,
        location=shown,
        migrated_from=current if current != head_revision() else None,
    )
    # Index rows other tools (psql, a script) wrote since; any volunteer's next write would.
    with contextlib.suppress(StoreError):
        search.catch_up(store)
    return store


def open_store(
    folder: str | os.PathLike[str] | None = None,
    *,
    clock: Clock | None = None,
    database_url: str | None = None,
    user: str | None = None,
    evidence_dir: str | os.PathLike[str] | None = None,
    new_store: bool = False,
) -> Store:
    """Open (creating or upgrading) the store.

    `folder`: the local data folder (see paths.data_dir for the default). `database_url`:
    empty for SQLite in that folder, or `postgresql://…` for a team's shared server.
    `evidence_dir`: team mode's shared evidence folder (default: the shared_evidence_dir
    setting); without one, evidence stays in the local data folder.
    `new_store`: the user asked for a new, empty store although the folder holds evidence
    or backups (without it, a missing or empty database there is an error naming them).
    """
    from ecomplaint import settings

    base = paths.data_dir(folder)
    sqlite_file.check_writable(base)
    health.make_private(base)  # cases name people, phones and addresses: owner only
    clock = clock or SystemClock()
    if user is None:
        user = str(settings.get("user_name"))
    shared = None
    if database_url:
        chosen = evidence_dir or settings.get("shared_evidence_dir")
        shared = Path(chosen).expanduser().resolve() if chosen else None
        if shared is not None:
            sqlite_file.check_writable(shared)
    paths.set_evidence_dir(base, shared)
    if database_url:
        return _open_server(base, database_url, clock, user, new_store)
    return _open_sqlite(base, clock, user, new_store)
