"""Full-text search over all cases, and keeping its index in step with every write.

The index is an FTS5 table of pre-tokenized text (see search_tokens), one row per indexed
case, entry or party; its rowid encodes which (`id * 4 + kind`). Triggers (migration 0003)
put the key of every inserted, edited or deleted row in `search_queue`; a session hook
re-indexes the queued rows after each flush and each bulk statement, on the same connection
and so in the same transaction: index and data commit or roll back together. Because the
queue is filled by SQL triggers, writes the ORM never sees (bulk deletes, ON DELETE CASCADE,
a raw sqlite3 connection) are caught too; `catch_up` drains what such writes left behind.

Trashed rows leave the index; a trashed case hides all its rows at query time, so trashing
and restoring a case does not re-index its timeline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, and_, column, event, false, select, table
from sqlalchemy.orm import ORMExecuteState, Session

from ecomplaint.store import tables as tb
from ecomplaint.store.search_tokens import index_text, query_phrases

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store

INDEX_TABLE = "search_index"
QUEUE_TABLE = "search_queue"
_CHUNK = 500


@dataclass(frozen=True)
class Source:
    kind: str  # the queue's key for the table
    code: int  # rowid = id * 4 + code
    table: str
    case_id: str  # the column holding the case id
    fields: tuple[str, ...]


SOURCES: dict[str, Source] = {
    s.kind: s
    for s in (
        Source(
            "c",
            0,
            "cases",
            "id",
            (
                "title",
                "merchant",
                "order_no",
                "product",
                "services",
                "demands",
                "notes",
                "complainant_name",
            ),
        ),
        Source("e", 1, "entries", "case_id", ("summary", "quote")),
        Source("p", 2, "parties", "case_id", ("name", "organisation", "notes")),
    )
}

_index = table(INDEX_TABLE, column("rowid"), column("case_id"), column("body"))


# --- reading -------------------------------------------------------------------------------


def case_filter(text: str) -> ColumnElement[bool]:
    """A WHERE clause on cases.id: the case's text holds every word of `text`.

    Words AND together across the case's own fields, its entries and its parties; each word
    matches as a phrase (a Chinese word by its bigrams, a Latin word or number by prefix).
    Text with nothing searchable in it (only punctuation, say) matches nothing.
    """
    phrases = query_phrases(text)
    if not phrases:
        return false()
    case_id = tb.Case.id  # type: ignore[var-annotated]
    return and_(
        *(
            case_id.in_(select(_index.c.case_id).where(_index.c.body.match(p)))  # type: ignore[union-attr]
            for p in phrases
        )
    )


def search_case_ids(store: Store, text: str, *, limit: int | None = None) -> list[int]:
    """Ids of the live cases whose text holds every word of `text`, newest first."""
    if not query_phrases(text):
        return []
    c = tb.Case
    stmt = (
        select(c.id)  # type: ignore[call-overload]
        .where(c.trashed_at.is_(None), case_filter(text))  # type: ignore[union-attr]
        .order_by(c.updated_at.desc(), c.id.desc())  # type: ignore[attr-defined, union-attr]
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.read() as s:
        return [int(x) for x in s.execute(stmt).scalars()]


# --- keeping the index current -------------------------------------------------------------


def _in(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids)  # ints only: safe to inline


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _reindex(conn: Connection, src: Source, ids: Sequence[int]) -> None:
    cols = ", ".join(src.fields)
    for chunk in _chunks(sorted(set(ids))):
        rowids = [i * 4 + src.code for i in chunk]
        conn.exec_driver_sql(f"DELETE FROM {INDEX_TABLE} WHERE rowid IN ({_in(rowids)})")
        rows = conn.exec_driver_sql(
            f"SELECT id, {src.case_id}, {cols} FROM {src.table}"
            f" WHERE id IN ({_in(chunk)}) AND trashed_at IS NULL"
        ).all()
        values = [(r[0] * 4 + src.code, r[1], index_text(*(x or "" for x in r[2:]))) for r in rows]
        if values:
            conn.exec_driver_sql(
                f"INSERT INTO {INDEX_TABLE} (rowid, case_id, body) VALUES (?, ?, ?)", values
            )


def drain_queue(conn: Connection) -> int:
    """Re-index every row the triggers queued; return how many. Runs in the caller's
    transaction."""
    queued = conn.exec_driver_sql(f"SELECT kind, row_id FROM {QUEUE_TABLE}").all()
    if not queued:
        return 0
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, row_id in queued:
        by_kind[kind].append(row_id)
    for kind, ids in by_kind.items():
        if kind in SOURCES:
            _reindex(conn, SOURCES[kind], ids)
    conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE}")
    return len(queued)


def rebuild_index(conn: Connection) -> None:
    """Index every row afresh (after a tokenizer change, or to repair)."""
    conn.exec_driver_sql(f"DELETE FROM {INDEX_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE}")
    for src in SOURCES.values():
        ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {src.table}").all()]
        _reindex(conn, src, ids)


def catch_up(store: Store) -> int:
    """Index what writes outside the app's sessions queued (cheap when nothing did)."""
    with store.read() as s:
        pending = s.connection().exec_driver_sql(f"SELECT 1 FROM {QUEUE_TABLE} LIMIT 1").first()
    if pending is None:
        return 0
    with store.write() as s:
        return drain_queue(s.connection())


_HAS_INDEX = "ecomplaint.search_index"


def _indexed(conn: Connection) -> bool:
    """Whether this database has the search tables (not before 0003, not on other dialects)."""
    if conn.dialect.name != "sqlite":
        return False
    known = conn.info.get(_HAS_INDEX)
    if known is None:
        known = (
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (QUEUE_TABLE,)
            ).first()
            is not None
        )
        conn.info[_HAS_INDEX] = known
    return bool(known)


def _drain_session(session: Session) -> None:
    conn = session.connection()
    if _indexed(conn):
        drain_queue(conn)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    _drain_session(session)


@event.listens_for(Session, "do_orm_execute")
def _after_bulk_statement(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    result = state.invoke_statement()
    _drain_session(state.session)
    return result
