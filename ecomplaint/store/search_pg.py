"""Search on PostgreSQL (team mode): the search documents of migration 0004.

One row of `search_docs` per live case, entry, party and read exhibit (0009): its tokens
(search_tokens, the same as SQLite's FTS5 index holds) as a tsvector with positions, under a
GIN index; and one row of `search_terms` per case: the set of all its documents' terms,
without positions. What the user typed becomes tsquery literals sent as bound parameters:
all its tokens must be in the case's term set (one small GIN lookup: exact for words of one
token), and each word of two or more tokens must also be a phrase in one of the case's
documents (as on SQLite).

The triggers of 0004 queue every inserted, edited or deleted row with its case(s); the session
hooks in store/search.py call `drain` in the writer's transaction, which rewrites the queued
rows' documents and their cases' term sets. Deleted rows take their documents with them
(ON DELETE CASCADE).
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
    exists,
    false,
    func,
    literal,
    select,
    table,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlmodel import col

from ecomplaint.store import tables as tb
from ecomplaint.store.search_tokens import server_query, tsvector_literal

if TYPE_CHECKING:
    from ecomplaint.store.search import Source

DOCS_TABLE = "search_docs"
TERMS_TABLE = "search_terms"
QUEUE_TABLE = "search_queue"
_BATCH = 1000
# Which column of search_docs references the row itself (for the cascade on delete).
_OWNER = {"cases": "case_id", "entries": "entry_id", "parties": "party_id"}

_docs = table(DOCS_TABLE, column("case_id", Integer), column("doc", TSVECTOR))
_terms = table(TERMS_TABLE, column("case_id", Integer), column("terms", TSVECTOR))

# One statement per batch (arrays unnested on the server): 3x faster than executemany.
_UPSERT = sql_text(
    f"INSERT INTO {DOCS_TABLE} (kind, row_id, case_id, entry_id, party_id, doc)"
    " SELECT k, r, c, e, p, CAST(d AS tsvector) FROM unnest(CAST(:k AS text[]),"
    " CAST(:r AS integer[]), CAST(:c AS integer[]), CAST(:e AS integer[]),"
    " CAST(:p AS integer[]), CAST(:d AS text[])) AS t(k, r, c, e, p, d)"
    " ON CONFLICT (kind, row_id) DO UPDATE SET case_id = EXCLUDED.case_id, doc = EXCLUDED.doc"
)


def case_filter(text: str) -> ColumnElement[bool]:
    """Every word of `text` is in some document of the case (as on SQLite).

    The term sets answer through their GIN index. A phrase is then checked in the documents
    of each case that passes, one case at a time: `ts_match_vq` (what `@@` calls) keeps the
    documents' GIN index out of it and OFFSET 0 keeps the planner from turning the check into
    a join, so the case list's LIMIT stops the work after its first page. (Through the index,
    a common bigram's posting list is read for every case: seconds; as a join over all
    documents, 20-70 ms, because phrase selectivity is badly underestimated.)
    """
    query = server_query(text)
    if query is None:
        return false()
    terms, phrases = query
    in_terms = select(_terms.c.case_id).where(
        _terms.c.terms.op("@@")(cast(literal(terms), TSQUERY))
    )
    return and_(
        col(tb.Case.id).in_(in_terms),
        *(
            exists(
                select(literal(1))
                .select_from(_docs)
                .where(
                    _docs.c.case_id == col(tb.Case.id),
                    func.ts_match_vq(_docs.c.doc, cast(literal(p), TSQUERY)),
                )
                .offset(0)
            )
            for p in phrases
        ),
    )


def _write_docs(conn: Connection, src: Source, rows: Sequence[Any]) -> None:
    """Upsert the documents of these rows: (id, case id, *fields) each."""
    if not rows:
        return
    owner = _OWNER.get(src.table)  # exhibits: their documents go by the queue (0009)
    ids = [int(r[0]) for r in rows]
    none: list[int | None] = [None] * len(rows)
    conn.execute(
        _UPSERT,
        {
            "k": [src.kind] * len(rows),
            "r": ids,
            "c": [int(r[1]) for r in rows],
            "e": ids if owner == "entry_id" else none,
            "p": ids if owner == "party_id" else none,
            "d": [tsvector_literal(*(x or "" for x in r[2:])) for r in rows],
        },
    )


def _reindex(conn: Connection, src: Source, ids: Sequence[int]) -> None:
    """Documents for the live rows among `ids` as they are now; none for the others."""
    select_live = sql_text(f"{src.select_sql()} WHERE t.id = ANY(:ids) AND t.trashed_at IS NULL")
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
    queued = conn.execute(
        sql_text(f"DELETE FROM {QUEUE_TABLE} RETURNING kind, row_id, case_id")
    ).all()
    if not queued:
        return 0
    by_kind: dict[str, set[int]] = defaultdict(set)
    cases: set[int] = set()
    for kind, row_id, case_id in queued:
        by_kind[kind].add(int(row_id))
        cases.add(int(case_id))
    for kind, ids in by_kind.items():
        if kind in sources:
            _reindex(conn, sources[kind], sorted(ids))
    _write_terms(conn, sorted(cases))
    return sum(len(ids) for ids in by_kind.values())


def _write_terms(conn: Connection, case_ids: Sequence[int] | None) -> None:
    """Recompute the term sets of these cases (None: of every case) from their documents."""
    where = "" if case_ids is None else "WHERE d.case_id = ANY(:ids)"
    params = {} if case_ids is None else {"ids": list(case_ids)}
    if case_ids is None:
        conn.execute(sql_text(f"DELETE FROM {TERMS_TABLE}"))
    else:
        conn.execute(sql_text(f"DELETE FROM {TERMS_TABLE} WHERE case_id = ANY(:ids)"), params)
    conn.execute(
        sql_text(
            f"INSERT INTO {TERMS_TABLE} (case_id, terms)"
            " SELECT d.case_id, array_to_tsvector(array_agg(DISTINCT t.term))"
            f" FROM {DOCS_TABLE} d, unnest(tsvector_to_array(d.doc)) AS t(term) {where}"
            " GROUP BY d.case_id"
            " ON CONFLICT (case_id) DO UPDATE SET terms = EXCLUDED.terms"
        ),
        params,
    )


def rebuild(conn: Connection, sources: Iterable[Source]) -> int:
    """Every live row's document afresh, in the caller's transaction; return rows read."""
    conn.execute(sql_text(f"DELETE FROM {DOCS_TABLE}"))
    conn.execute(sql_text(f"DELETE FROM {QUEUE_TABLE}"))
    total = 0
    for src in sources:
        page = sql_text(
            f"{src.select_sql()} WHERE t.id > :after AND t.trashed_at IS NULL"
            " ORDER BY t.id LIMIT :n"
        )
        after = 0
        while rows := conn.execute(page, {"after": after, "n": _BATCH}).all():
            _write_docs(conn, src, rows)
            after = rows[-1][0]
        total += int(conn.execute(sql_text(f"SELECT count(*) FROM {src.table}")).scalar() or 0)
    _write_terms(conn, None)
    conn.execute(sql_text(f"ANALYZE {DOCS_TABLE}"))
    conn.execute(sql_text(f"ANALYZE {TERMS_TABLE}"))
    return total


def has_index(conn: Connection) -> bool:
    return bool(conn.execute(sql_text(f"SELECT to_regclass('{DOCS_TABLE}') IS NOT NULL")).scalar())
