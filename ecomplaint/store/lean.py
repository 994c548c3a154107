"""The case list's first page and the open case without the ORM: stdlib sqlite3, read-only.

The window shows this page while the store layer (SQLAlchemy, about half of the start) loads
on the operations runner's thread. It answers only when the file is plainly a healthy store of
the current revision; anything unusual returns None and the window waits for the normal open,
which runs every guard (missing database beside a history, damage marker, schema check,
migration) and shows its dialog. It never writes: the URI is `mode=ro`, so it creates nothing
and cannot take a write lock; in WAL mode it reads the last committed state like any reader.

`case_detail` reads one case as queries.case_detail does, for the user's first clicks while
the store is still opening (ui/cases/context.py); it too answers None when unsure.

Imports nothing of SQLAlchemy (tests/test_startup.py checks the window's first filled paint).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from ecomplaint import paths
from ecomplaint.domain.case_summary import CaseSummary
from ecomplaint.domain.clock import Clock
from ecomplaint.store import health, schema_check

if TYPE_CHECKING:
    from ecomplaint.domain import records as r

R = TypeVar("R")

_MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"

# list_cases(order_by="updated", descending=True) with no filter, written out (a test compares
# both on the same stores); the deadline subquery runs for the page's rows only.
_FIRST_PAGE = """
SELECT c.id, c.uid, c.title, c.platform, c.merchant, c.order_no, c.status, c.tags,
       c.updated_at,
       (SELECT min(p.due_by) FROM promises AS p
         WHERE p.case_id = c.id AND p.kept_at IS NULL AND p.broken_at IS NULL
           AND p.superseded_by_id IS NULL AND p.trashed_at IS NULL) AS next_due
  FROM (SELECT * FROM cases WHERE trashed_at IS NULL
         ORDER BY updated_at DESC NULLS LAST, id DESC LIMIT ?) AS c
 ORDER BY c.updated_at DESC NULLS LAST, c.id DESC
"""


def _head_revision() -> str | None:
    """The newest migration, from the file names (as store.migrate.known_revisions)."""
    names = sorted(p.name for p in _MIGRATIONS.glob("[0-9]*_*.py"))
    return names[-1].split("_", 1)[0] if names else None


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _connect(folder: Path) -> sqlite3.Connection | None:
    """A read-only connection to a plain local store (no damage marker), or None."""
    db_file = paths.db_path(folder)
    if not db_file.is_file() or (folder / health.DAMAGED_MARKER).exists():
        return None
    uri = f"file:{quote(str(db_file))}?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, timeout=0.5, check_same_thread=False)
    except sqlite3.Error:
        return None


def first_page(folder: Path, clock: Clock, limit: int) -> list[CaseSummary] | None:
    """The first `limit` rows of the case list, newest first, or None: take the normal path."""
    head = _head_revision()
    conn = _connect(folder)
    if conn is None:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if head is None or row != [(head,)]:
            return None  # empty, foreign or to be migrated: the normal open decides
        if schema_check.differences(schema_check.schema_of(conn), head):
            return None  # not exactly our schema: the normal open says what is wrong
        rows = conn.execute(_FIRST_PAGE, (limit,)).fetchall()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    now = clock.now()
    out: list[CaseSummary] = []
    for id_, uid, title, platform, merchant, order_no, status, tags, updated, due_text in rows:
        updated_at = _utc(updated)
        if updated_at is None:
            return None
        due = _utc(due_text)
        out.append(
            CaseSummary(
                id=id_,
                uid=uid,
                title=title,
                platform=platform,
                merchant=merchant,
                order_no=order_no,
                status=status,
                tags=tags,
                updated_at=updated_at,
                next_due=due,
                overdue=bool(due is not None and due < now),
            )
        )
    return out


# -- one case --------------------------------------------------------------------------------


def _converter(annotation: str) -> Callable[[Any], Any] | None:
    """How a column's stored value becomes the record's: what store/types.py and SQLAlchemy's
    SQLite types do on the way out (aware UTC times, Decimal money, ISO dates, 0/1 flags)."""
    if "datetime" in annotation:
        return _utc
    if "date" in annotation:
        return lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(str(v))
    if "Decimal" in annotation:
        return lambda v: None if v is None else Decimal(str(v))
    if annotation == "bool":
        return lambda v: None if v is None else bool(v)
    return None


def _rows(
    conn: sqlite3.Connection, cls: type[R], table: str, where: str, order: str, arg: int
) -> list[R]:
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    convert = [_converter(str(f.type)) for f in fields(cls)]  # type: ignore[arg-type]
    sql = f"SELECT {', '.join(names)} FROM {table} WHERE {where} ORDER BY {order}"
    out = []
    for row in conn.execute(sql, (arg,)):
        values = {n: (c(v) if c else v) for n, c, v in zip(names, convert, row, strict=True)}
        out.append(cls(**values))
    return out


def _under_case() -> tuple[tuple[str, str, type[Any], str], ...]:
    """table, record, order: as queries.case_detail reads them (trashed rows left out)."""
    # The records are imported with the first case read, not with the first page: the window's
    # first paint needs only CaseSummary (bench/README.md: start-up).
    from ecomplaint.domain import records as r

    return (
        ("parties", "parties", r.PartyRecord, "id"),
        ("entries", "entries", r.EntryRecord, "occurred_at, id"),
        ("promises", "promises", r.PromiseRecord, "made_at, id"),
        ("pauses", "pauses", r.PauseRecord, "started_at, id"),
        ("escalations", "escalations", r.EscalationRecord, "escalated_at, id"),
        ("evidence", "evidence", r.EvidenceRecord, "added_at, id"),
    )


def case_detail(folder: Path, case_id: int) -> r.CaseDetail | None:
    """The case and everything under it, as queries.case_detail reads it, in one read
    transaction; None when the case is not there or anything is unusual (take the normal
    path, which says what is wrong)."""
    from ecomplaint.domain import records as r

    head = _head_revision()
    conn = _connect(folder)
    if conn is None:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for the seven reads
        if head is None or conn.execute("SELECT version_num FROM alembic_version").fetchall() != [
            (head,)
        ]:
            return None
        found = _rows(conn, r.CaseRecord, "cases", "id = ?", "id", case_id)
        if not found:
            return None
        parts: dict[str, list[Any]] = {}
        for attr, table, cls, order in _under_case():
            live = " AND trashed_at IS NULL" if "trashed_at" in _names(cls) else ""
            parts[attr] = _rows(conn, cls, table, f"case_id = ?{live}", order, case_id)
        return r.CaseDetail(case=found[0], **parts)
    except (sqlite3.Error, ValueError, TypeError, ArithmeticError):
        return None
    finally:
        conn.close()


def _names(cls: type[Any]) -> set[str]:
    return {f.name for f in fields(cls)}
