"""Search on PostgreSQL (team mode): the search documents of migration 0004.

One row of `search_docs` per live case, entry and party: its tokens (search_tokens, the same
as SQLite's FTS5 index holds) as a tsvector with positions, under a GIN index. A word typed
in the search box becomes a tsquery literal (a phrase of its tokens, a prefix on the last),
sent as a bound parameter. The triggers of 0004 queue every inserted or edited row; the
session hooks in store/search.py call `drain` in the writer's transaction. Deleted rows take
their documents with them (ON DELETE CASCADE), so deletes need no queue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    and_,
    cast,
    column,
    false,
    literal,
    select,
    table,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlmodel import col

from ecomplaint.store import tables as tb
from ecomplaint.store.search_tokens import query_tsqueries, tsvector_literal

if TYPE_CHECKING:
    from ecomplaint.store.search import Source

DOCS_TABLE = "search_docs"
QUEUE_TABLE = "search_queue"
_BATCH = 1000
# Which column of search_docs references the row itself (for the cascade on delete).
_OWNER = {"cases": "case_id", "entries": "entry_id", "parties": "party_id"}

_docs = table(DOCS_TABLE, column("case_id", Integer), column("doc", TSVECTOR))

_UPSERT = sql_text(
    f"INSERT INTO {DOCS_TABLE} (kind, row_id, case_id, entry_id, party_id, doc)"
    " VALUES (:k, :r, :c, :e, :p, CAST(:d AS tsvector))"
    " ON CONFLICT (kind, row_id) DO UPDATE SET case_id = EXCLUDED.case_id, doc = EXCLUDED.doc"
)


def case_filter(text: str) -> ColumnElement[bool]:
    """Each word's tsquery must match some document of the case (as each FTS5 phrase must
    match some index row on SQLite)."""
    words = query_tsqueries(text)
    if not words:
        return false()
    return and_(
        *(
            col(tb.Case.id).in_(
                select(_docs.c.case_id).where(_docs.c.doc.op("@@")(cast(literal(q), TSQUERY)))
            )
            for q in words
        )
    )


def _write_docs(conn: Connection, src: Source, rows: Sequence[Any]) -> None:
    owner = _OWNER[src.table]
    values = [
        {
            "k": src.kind,
            "r": r[0],
            "c": r[1],
            "e": r[0] if owner == "entry_id" else None,
            "p": r[0] if owner == "party_id" else None,
            "d": tsvector_literal(*(x or "" for x in r[2:])),
        }
        for r in rows
    ]
    if values:
        conn.execute(_UPSERT, values)


def _reindex(conn: Connection, src: Source, ids: Sequence[int]) -> None:
    """Documents for the live rows among `ids` as they are now; none for the others."""
    select_live = sql_text(
        f"SELECT id, {src.case_id}, {', '.join(src.fields)} FROM {src.table}"
        " WHERE id = ANY(:ids) AND trashed_at IS NULL"
    )
    live: set[int] = set()
    for i in range(0, len(ids), _BATCH):
        rows = conn.execute(select_live, {"ids": list(ids[i : i + _BATCH])}).all()
        _write_docs(conn, src, rows)
        live.update(r[0] for r in rows)
    gone = [i for i in ids if i not in live]  # trashed (or deleted in the meantime)
    if gone:
        conn.execute(
            sql_text(f"DELETE FROM {DOCS_TABLE} WHERE kind = :k AND row_id = ANY(:ids)"),
            {"k": src.kind, "ids": gone},
        )


def drain(conn: Connection, sources: dict[str, Source]) -> int:
    """Re-index every row the triggers queued; return how many. In the caller's transaction.

    DELETE ... RETURNING takes exactly the queue rows it reads: rows another transaction
    queues meanwhile stay for that transaction (or the next writer) to index.
    """
    queued = conn.execute(sql_text(f"DELETE FROM {QUEUE_TABLE} RETURNING kind, row_id")).all()
    if not queued:
        return 0
    by_kind: dict[str, set[int]] = defaultdict(set)
    for kind, row_id in queued:
        by_kind[kind].add(int(row_id))
    for kind, ids in by_kind.items():
        if kind in sources:
            _reindex(conn, sources[kind], sorted(ids))
    return sum(len(ids) for ids in by_kind.values())


def rebuild(conn: Connection, sources: Iterable[Source]) -> int:
    """Every live row's document afresh, in the caller's transaction; return rows read."""
    conn.execute(sql_text(f"DELETE FROM {DOCS_TABLE}"))
    conn.execute(sql_text(f"DELETE FROM {QUEUE_TABLE}"))
    total = 0
    for src in sources:
        page = sql_text(
            f"SELECT id, {src.case_id}, {', '.join(src.fields)} FROM {src.table}"
            " WHERE id > :after AND trashed_at IS NULL ORDER BY id LIMIT :n"
        )
        after = 0
        while rows := conn.execute(page, {"after": after, "n": _BATCH}).all():
            _write_docs(conn, src, rows)
            after = rows[-1][0]
        total += int(conn.execute(sql_text(f"SELECT count(*) FROM {src.table}")).scalar() or 0)
    conn.execute(sql_text(f"ANALYZE {DOCS_TABLE}"))
    return total


def has_index(conn: Connection) -> bool:
    return bool(conn.execute(sql_text(f"SELECT to_regclass('{DOCS_TABLE}') IS NOT NULL")).scalar())
