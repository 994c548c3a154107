"""Search finds a case by the words read from its screenshots.

Revision ID: 0009
Revises: 0008

Each live exhibit with a stored read gets a search document (SQLite: an FTS5 row with code 3
in its rowid; PostgreSQL: a `search_docs` row of kind 'v'), holding the text of the read
of its picture. The read is kept once per fingerprint (`ocr_reads.sha256`), so its triggers
queue every exhibit showing that picture; the exhibits' own triggers queue an exhibit that is
added, trashed, restored, moved to another case or deleted. The session hooks of
store/search.py index the queue in the writer's transaction, as for cases, entries and
parties. Existing reads are indexed here.
"""

import sqlalchemy as sa
from alembic import op

from ecomplaint.store.search_tokens import index_text, tsvector_literal

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_CODE = 3  # the low two bits of an exhibit's index rowid (store/search.py)
_READ_TEXT = (
    "SELECT t.id, t.case_id, o.text FROM evidence t JOIN ocr_reads o ON o.sha256 = t.sha256"
    " WHERE t.trashed_at IS NULL"
)


def _rowid(case_id: int, row_id: int) -> int:
    return (case_id << 32) | (row_id << 2) | _CODE  # as store/search.py index_rowid


def _sqlite_upgrade(bind: sa.Connection) -> None:
    def queue(ref: str, indexed: bool) -> str:
        case = f"{ref}.case_id" if indexed else "NULL"
        return (
            f"INSERT INTO search_queue (kind, row_id, old_case_id) VALUES ('v', {ref}.id, {case});"
        )

    def queue_showing(ref: str) -> str:
        # every exhibit showing the picture; indexed (if it was) under its own case
        return (
            "INSERT INTO search_queue (kind, row_id, old_case_id)"
            f" SELECT 'v', id, case_id FROM evidence WHERE sha256 = {ref}.sha256;"
        )

    for ddl in (
        "CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence"
        f" BEGIN {queue('new', False)} END",
        "CREATE TRIGGER search_evidence_au AFTER UPDATE OF id, case_id, sha256, trashed_at"
        f" ON evidence BEGIN {queue('old', True)} {queue('new', False)} END",
        "CREATE TRIGGER search_evidence_ad AFTER DELETE ON evidence"
        f" BEGIN {queue('old', True)} END",
        "CREATE TRIGGER search_ocr_reads_ai AFTER INSERT ON ocr_reads"
        f" BEGIN {queue_showing('new')} END",
        "CREATE TRIGGER search_ocr_reads_au AFTER UPDATE OF sha256, text ON ocr_reads"
        f" BEGIN {queue_showing('old')} {queue_showing('new')} END",
        "CREATE TRIGGER search_ocr_reads_ad AFTER DELETE ON ocr_reads"
        f" BEGIN {queue_showing('old')} END",
    ):
        op.execute(ddl)
    insert = sa.text("INSERT INTO search_index (rowid, body) VALUES (:r, :b)")
    rows = bind.exec_driver_sql(_READ_TEXT)
    while batch := rows.fetchmany(1000):
        bind.execute(
            insert, [{"r": _rowid(r[1], r[0]), "b": index_text(r[2] or "")} for r in batch]
        )


def _pg_upgrade(bind: sa.Connection) -> None:
    op.execute(
        "CREATE FUNCTION search_enqueue_evidence() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        " IF TG_OP <> 'DELETE' THEN INSERT INTO search_queue VALUES ('v', NEW.id, NEW.case_id);"
        " END IF;"
        " IF TG_OP <> 'INSERT' THEN INSERT INTO search_queue VALUES ('v', OLD.id, OLD.case_id);"
        " END IF;"
        " RETURN NULL;"
        " END $$"
    )
    op.execute(
        "CREATE TRIGGER search_evidence_enqueue AFTER INSERT OR DELETE OR UPDATE OF"
        " case_id, sha256, trashed_at ON evidence FOR EACH ROW"
        " EXECUTE FUNCTION search_enqueue_evidence()"
    )
    op.execute(
        "CREATE FUNCTION search_enqueue_ocr_reads() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        " IF TG_OP <> 'DELETE' THEN INSERT INTO search_queue"
        " SELECT 'v', id, case_id FROM evidence WHERE sha256 = NEW.sha256;"
        " END IF;"
        " IF TG_OP <> 'INSERT' THEN INSERT INTO search_queue"
        " SELECT 'v', id, case_id FROM evidence WHERE sha256 = OLD.sha256;"
        " END IF;"
        " RETURN NULL;"
        " END $$"
    )
    op.execute(
        "CREATE TRIGGER search_ocr_reads_enqueue AFTER INSERT OR DELETE OR UPDATE OF"
        " sha256, text ON ocr_reads FOR EACH ROW EXECUTE FUNCTION search_enqueue_ocr_reads()"
    )
    rows = bind.exec_driver_sql(_READ_TEXT).all()
    if rows:
        bind.execute(
            sa.text(
                "INSERT INTO search_docs (kind, row_id, case_id, doc)"
                " SELECT 'v', r, c, CAST(d AS tsvector) FROM unnest(CAST(:r AS integer[]),"
                " CAST(:c AS integer[]), CAST(:d AS text[])) AS t(r, c, d)"
            ),
            {
                "r": [r[0] for r in rows],
                "c": [r[1] for r in rows],
                "d": [tsvector_literal(r[2] or "") for r in rows],
            },
        )
        op.execute(
            "INSERT INTO search_terms (case_id, terms)"
            " SELECT d.case_id, array_to_tsvector(array_agg(DISTINCT t.term))"
            " FROM search_docs d, unnest(tsvector_to_array(d.doc)) AS t(term)"
            " WHERE d.case_id IN (SELECT case_id FROM search_docs WHERE kind = 'v')"
            " GROUP BY d.case_id"
            " ON CONFLICT (case_id) DO UPDATE SET terms = EXCLUDED.terms"
        )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_upgrade(bind)
    elif bind.dialect.name == "postgresql":
        _pg_upgrade(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("evidence", "ocr_reads"):
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
        op.execute(f"DELETE FROM search_index WHERE (rowid & 3) = {_CODE}")
    elif bind.dialect.name == "postgresql":
        for table in ("evidence", "ocr_reads"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_enqueue ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS search_enqueue_{table}()")
        op.execute("DELETE FROM search_docs WHERE kind = 'v'")
