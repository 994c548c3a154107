"""Full-text search on PostgreSQL: search documents with a GIN index, a queue, its triggers.

Revision ID: 0004
Revises: 0003

PostgreSQL only (SQLite got its FTS5 index in 0003; nothing happens there). One row of
`search_docs` per live case, entry and party holds the same tokens as SQLite's index
(ecomplaint/store/search_tokens.py: bigrams for Chinese) as a tsvector built from a literal
with positions, never by PostgreSQL's text parser (which drops CJK characters in a C-locale
database). Foreign keys with ON DELETE CASCADE remove a row's document with the row, however
it is deleted. Triggers queue every inserted or edited row in `search_queue`; the app's
session hooks re-index the queue in the same transaction (store/search.py). Existing rows are
indexed here, so an upgraded database searches at once.
"""

import sqlalchemy as sa
from alembic import op

from ecomplaint.store.search_tokens import tsvector_literal

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# kind, table, case id column, document column naming the row, indexed fields (as of now)
_SOURCES = (
    (
        "c",
        "cases",
        "id",
        "case_id",
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
    ("e", "entries", "case_id", "entry_id", ("summary", "quote")),
    ("p", "parties", "case_id", "party_id", ("name", "organisation", "notes")),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE search_docs ("
        " kind char(1) NOT NULL,"
        " row_id integer NOT NULL,"
        " case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
        " entry_id integer REFERENCES entries (id) ON DELETE CASCADE,"
        " party_id integer REFERENCES parties (id) ON DELETE CASCADE,"
        " doc tsvector NOT NULL,"
        " PRIMARY KEY (kind, row_id))"
    )
    # The cascades look rows up by these columns; the GIN index answers the searches.
    op.execute("CREATE INDEX ix_search_docs_case_id ON search_docs (case_id)")
    op.execute("CREATE INDEX ix_search_docs_entry_id ON search_docs (entry_id)")
    op.execute("CREATE INDEX ix_search_docs_party_id ON search_docs (party_id)")
    op.execute("CREATE TABLE search_queue (kind char(1) NOT NULL, row_id integer NOT NULL)")
    op.execute(
        "CREATE FUNCTION search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        " INSERT INTO search_queue (kind, row_id) VALUES (TG_ARGV[0], NEW.id);"
        " RETURN NULL;"
        " END $$"
    )
    for kind, table, case_col, _doc_col, fields in _SOURCES:
        watched = ", ".join(dict.fromkeys((case_col, *fields, "trashed_at")))
        op.execute(
            f"CREATE TRIGGER search_{table}_enqueue AFTER INSERT OR UPDATE OF {watched}"
            f" ON {table} FOR EACH ROW EXECUTE FUNCTION search_enqueue('{kind}')"
        )

    # Back-fill: every live row as it stands now.
    insert = sa.text(
        "INSERT INTO search_docs (kind, row_id, case_id, entry_id, party_id, doc)"
        " VALUES (:k, :r, :c, :e, :p, CAST(:d AS tsvector))"
    )
    for kind, table, case_col, doc_col, fields in _SOURCES:
        rows = bind.exec_driver_sql(
            f"SELECT id, {case_col}, {', '.join(fields)} FROM {table} WHERE trashed_at IS NULL"
        )
        while batch := rows.fetchmany(1000):
            values = [
                {
                    "k": kind,
                    "r": r[0],
                    "c": r[1],
                    "e": r[0] if doc_col == "entry_id" else None,
                    "p": r[0] if doc_col == "party_id" else None,
                    "d": tsvector_literal(*(x or "" for x in r[2:])),
                }
                for r in batch
            ]
            bind.execute(insert, values)
    op.execute("CREATE INDEX ix_search_docs_doc ON search_docs USING gin (doc)")
    op.execute("ANALYZE search_docs")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for _kind, table, _case_col, _doc_col, _fields in _SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_enqueue ON {table}")
    op.execute("DROP FUNCTION IF EXISTS search_enqueue()")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_docs")
