"""Full-text search over all cases, and keeping its index in step with every write.

The index is an FTS5 table of pre-tokenized text (see search_tokens), one row per indexed
case, entry, party or exhibit (the words read from its picture). Its rowid encodes the case
and the row (see `index_rowid`), so a search reads case ids straight from FTS5's own lists,
never from its content table (5-10x faster on 200k entries, bench/bench_search.py).

Triggers (migration 0003; 0009 for exhibits and the text read from them) put the key of
every inserted, edited or deleted row, with the case it was indexed under, in
`search_queue`. Session hooks re-index the queued rows after each flush, after each bulk
statement and before each commit, on the same connection and so in the same transaction:
index and data commit or roll back together. Because SQL triggers fill the queue, writes the
ORM never sees (bulk deletes, ON DELETE CASCADE, text statements, a raw sqlite3 connection)
are caught too; `catch_up` (run by open_store) drains what writes outside a session left
behind.

Trashed rows leave the index; a trashed case hides all its rows at query time, so trashing
and restoring a case does not re-index its timeline.

PostgreSQL (team mode) keeps the same tokens in a table of tsvector documents (migration
0004, store/search_pg.py) with the same queue-and-hooks design; the functions here dispatch
on the connection's dialect.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Integer, bindparam, column, event, false, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import ORMExecuteState, Session
from sqlmodel import col

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
    code: int  # the low two bits of the index rowid
    table: str
    case_id: str  # the column holding the case id
    fields: tuple[str, ...]  # the row's own columns, or another table's through `join`
    join: str = ""  # where text kept elsewhere is found, the row being `t`

    def select_sql(self) -> str:
        """SELECT id, case id, *fields of the rows (alias `t`); the caller adds WHERE."""
        cols = ", ".join(f if "." in f else f"t.{f}" for f in self.fields)
        return f"SELECT t.id, t.{self.case_id}, {cols} FROM {self.table} t {self.join}".rstrip()


def index_rowid(case_id: int, row_id: int, code: int) -> int:
    """The case in the high 32 bits, the row and its table in the low 32."""
    if row_id >= 1 << 30 or case_id >= 1 << 31:
        raise ValueError(f"id too large for the search index: {case_id}/{row_id}")
    return (case_id << 32) | (row_id << 2) | code


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
        # An exhibit is found by the words read from its picture (0009): the read is kept
        # once per fingerprint, so the triggers queue every exhibit showing that picture.
        Source(
            "v", 3, "evidence", "case_id", ("o.text",), "JOIN ocr_reads o ON o.sha256 = t.sha256"
        ),
    )
}


# --- reading -------------------------------------------------------------------------------


def case_filter(text: str, dialect: str = "sqlite") -> ColumnElement[bool]:
    """A WHERE clause on cases.id: the case's text holds every word of `text`.

    Words AND together across the case's own fields, its entries and its parties; each word
    matches as a phrase (a Chinese word by its bigrams, a Latin word or number by prefix).
    Text with nothing searchable in it (only punctuation, say) matches nothing.
    """
    phrases = query_phrases(text)
    if not phrases:
        return false()
    if dialect == "postgresql":
        from ecomplaint.store import search_pg  # team mode only: not at start

        return search_pg.case_filter(text)
    # One FTS5 query per word, intersected: a case matches when each word is in some row.
    parts = [
        f"SELECT rowid >> 32 FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :search_{i}"
        for i in range(len(phrases))
    ]
    hits = (
        sql_text(" INTERSECT ".join(parts))
        .bindparams(*(bindparam(f"search_{i}", p) for i, p in enumerate(phrases)))
        .columns(column("case_id", Integer))
    )
    return col(tb.Case.id).in_(hits)


def search_case_ids(store: Store, text: str, *, limit: int | None = None) -> list[int]:
    """Ids of the live cases whose text holds every word of `text`, newest first."""
    if not query_phrases(text):
        return []
    c = tb.Case
    stmt = (
        select(col(c.id))
        .where(col(c.trashed_at).is_(None), case_filter(text, store.dialect))
        .order_by(col(c.updated_at).desc(), col(c.id).desc())
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
    """Index the live rows among `ids` as they are now (their old index rows are gone)."""
    for chunk in _chunks(sorted(set(ids))):
        rows = conn.exec_driver_sql(
            f"{src.select_sql()} WHERE t.id IN ({_in(chunk)}) AND t.trashed_at IS NULL"
        ).all()
        values = [
            (index_rowid(r[1], r[0], src.code), index_text(*(x or "" for x in r[2:]))) for r in rows
        ]
        if values:
            conn.exec_driver_sql(f"INSERT INTO {INDEX_TABLE} (rowid, body) VALUES (?, ?)", values)


def drain_queue(conn: Connection) -> int:
    """Re-index every row the triggers queued; return how many. Runs in the caller's
    transaction."""
    if conn.dialect.name == "postgresql":
        from ecomplaint.store import search_pg  # team mode only: not at start

        return search_pg.drain(conn, SOURCES)
    queued = conn.exec_driver_sql(
        f"SELECT kind, row_id, old_case_id FROM {QUEUE_TABLE} ORDER BY rowid"
    ).all()
    if not queued:
        return 0
    first: dict[tuple[str, int], int | None] = {}
    for kind, row_id, old_case_id in queued:
        # A row can be queued many times; its first entry tells what the index holds.
        first.setdefault((kind, row_id), old_case_id)
    stale: list[int] = []
    by_kind: dict[str, list[int]] = defaultdict(list)
    for (kind, row_id), old_case_id in first.items():
        if kind not in SOURCES:
            continue
        by_kind[kind].append(row_id)
        if old_case_id is not None:  # indexed under that case until now
            stale.append(index_rowid(old_case_id, row_id, SOURCES[kind].code))
    for chunk in _chunks(stale):
        conn.exec_driver_sql(f"DELETE FROM {INDEX_TABLE} WHERE rowid IN ({_in(chunk)})")
    for kind, ids in by_kind.items():
        _reindex(conn, SOURCES[kind], ids)
    conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE}")
    return len(first)


def rebuild(conn: Connection) -> int:
    """Index every row afresh on this connection, in its transaction; return how many."""
    if conn.dialect.name == "postgresql":
        from ecomplaint.store import search_pg  # team mode only: not at start

        return search_pg.rebuild(conn, SOURCES.values())
    conn.exec_driver_sql(f"DELETE FROM {INDEX_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE}")
    total = 0
    for src in SOURCES.values():
        ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {src.table}").all()]
        _reindex(conn, src, ids)
        total += len(ids)
    # Merge the segments a bulk load leaves behind: a third smaller, and faster to query.
    conn.exec_driver_sql(f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('optimize')")
    return total


def rebuild_index(store: Store) -> int:
    """Index every row afresh (after a bulk load, a tokenizer change, or to repair)."""
    with store.write() as s:
        conn = s.connection()
        return rebuild(conn) if _indexed(conn) else 0


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
    """Whether this database has the search tables (SQLite from 0003, PostgreSQL from 0004)."""
    known = conn.info.get(_HAS_INDEX)
    if known is None:
        if conn.dialect.name == "postgresql":
            from ecomplaint.store import search_pg  # team mode only: not at start

            known = search_pg.has_index(conn)
        elif conn.dialect.name == "sqlite":
            known = (
                conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    (QUEUE_TABLE,),
                ).first()
                is not None
            )
        else:
            known = False
        conn.info[_HAS_INDEX] = known
    return bool(known)


def _drain_session(session: Session) -> None:
    conn = session.connection()
    if _indexed(conn):
        drain_queue(conn)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    _drain_session(session)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    # Text statements (session.execute(text("UPDATE ..."))) are neither flushes nor
    # ORM DML; whatever they queued is indexed here, before the commit.
    _drain_session(session)


@event.listens_for(Session, "do_orm_execute")
def _after_bulk_statement(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    result = state.invoke_statement()
    _drain_session(state.session)
    return result
