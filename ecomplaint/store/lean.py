"""The case list's first page without the ORM: the standard library's sqlite3, read-only.

The window shows this page while the store layer (SQLAlchemy, about half of the start) loads
on the operations runner's thread. It answers only when the file is plainly a healthy store of
the current revision; anything unusual returns None and the window waits for the normal open,
which runs every guard (missing database beside a history, damage marker, schema check,
migration) and shows its dialog. It never writes: the URI is `mode=ro`, so it creates nothing
and cannot take a write lock; in WAL mode it reads the last committed state like any reader.

Imports nothing of SQLAlchemy (tests/test_startup.py checks the window's first filled paint).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from ecomplaint import paths
from ecomplaint.domain.clock import Clock
from ecomplaint.domain.records import CaseSummary
from ecomplaint.store import health, schema_check

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


def first_page(folder: Path, clock: Clock, limit: int) -> list[CaseSummary] | None:
    """The first `limit` rows of the case list, newest first, or None: take the normal path."""
    db_file = paths.db_path(folder)
    if not db_file.is_file() or (folder / health.DAMAGED_MARKER).exists():
        return None
    head = _head_revision()
    uri = f"file:{quote(str(db_file))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=0.5, check_same_thread=False)
    except sqlite3.Error:
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
