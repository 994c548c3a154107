"""Full-text search on PostgreSQL: search documents with a GIN index, a queue, its triggers.

Revision ID: 0004
Revises: 0003

PostgreSQL only (SQLite got its FTS5 index in 0003; nothing happens there). One row of
`search_docs` per live case, entry and party holds the same tokens as SQLite's index
(ecomplaint/store/search_tokens.py: bigrams for Chinese) as a tsvector built from a literal
with positions, never by PostgreSQL's text parser (which drops CJK characters in a C-locale
database). `search_terms` holds, per case, the set of every term of its documents (no
positions): one GIN lookup answers "which cases hold all these words" without touching the
much larger documents. Foreign keys with ON DELETE CASCADE remove a row's document with the
row, however it is deleted. Triggers queue every inserted, edited or deleted row with its
case(s) in `search_queue`; the app's session hooks re-index the queue in the same
transaction (store/search.py). Existing rows are indexed here, so an upgraded database
searches at once. An index on the case list's default order lets a search keystroke stop
after the first page instead of sorting every hit.
"""

import sqlalchemy as sa
from alembic import op

from ecomplaint.store.search_tokens import tsvector_literal

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# kind, table, case id column, indexed fields (as of this revision)
_SOURCES = (
    (
        "c",
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
    ("e", "entries", "case_id", ("summary", "quote")),
    ("p", "parties", "case_id", ("name", "organisation", "notes")),
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
    op.execute(
        "CREATE TABLE search_terms ("
        " case_id integer PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
        " terms tsvector NOT NULL)"
    )
    # The row, and the case it belongs to now (NEW) and belonged to (OLD): both cases' term
    # sets are recomputed. A plain append; the reader takes each row once.
    op.execute(
        "CREATE TABLE search_queue (kind char(1) NOT NULL, row_id integer NOT NULL,"
        " case_id integer NOT NULL)"
    )
    for kind, table, case_col, fields in _SOURCES:
        op.execute(
            f"CREATE FUNCTION search_enqueue_{table}() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN"
            " IF TG_OP <> 'DELETE' THEN"
            f" INSERT INTO search_queue VALUES ('{kind}', NEW.id, NEW.{case_col});"
            " END IF;"
            " IF TG_OP <> 'INSERT' THEN"
            f" INSERT INTO search_queue VALUES ('{kind}', OLD.id, OLD.{case_col});"
            " END IF;"
            " RETURN NULL;"
            " END $$"
        )
        watched = ", ".join(dict.fromkeys((case_col, *fields, "trashed_at")))
        op.execute(
            f"CREATE TRIGGER search_{table}_enqueue AFTER INSERT OR DELETE OR UPDATE OF {watched}"
            f" ON {table} FOR EACH ROW EXECUTE FUNCTION search_enqueue_{table}()"
        )

    # Back-fill: every live row as it stands now (arrays unnested: one statement a batch).
    insert = sa.text(
        "INSERT INTO search_docs (kind, row_id, case_id, entry_id, party_id, doc)"
        " SELECT CAST(:k AS text), r, c, CASE WHEN CAST(:k AS text) = 'e' THEN r END,"
        " CASE WHEN CAST(:k AS text) = 'p' THEN r END, CAST(d AS tsvector)"
        " FROM unnest(CAST(:r AS integer[]), CAST(:c AS integer[]), CAST(:d AS text[]))"
        " AS t(r, c, d)"
    )
    for kind, table, case_col, fields in _SOURCES:
        rows = bind.exec_driver_sql(
            f"SELECT id, {case_col}, {', '.join(fields)} FROM {table} WHERE trashed_at IS NULL"
        )
        while batch := rows.fetchmany(1000):
            bind.execute(
                insert,
                {
                    "k": kind,
                    "r": [r[0] for r in batch],
                    "c": [r[1] for r in batch],
                    "d": [tsvector_literal(*(x or "" for x in r[2:])) for r in batch],
                },
            )
    op.execute(
        "INSERT INTO search_terms (case_id, terms)"
        " SELECT d.case_id, array_to_tsvector(array_agg(DISTINCT t.term))"
        " FROM search_docs d, unnest(tsvector_to_array(d.doc)) AS t(term) GROUP BY d.case_id"
    )
    op.execute("CREATE INDEX ix_search_docs_doc ON search_docs USING gin (doc)")
    op.execute("CREATE INDEX ix_search_terms_terms ON search_terms USING gin (terms)")
    op.execute(
        "CREATE INDEX ix_cases_live_updated ON cases (updated_at DESC NULLS LAST, id DESC)"
        " WHERE trashed_at IS NULL"
    )
    op.execute("ANALYZE search_docs")
    op.execute("ANALYZE search_terms")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for _kind, table, _case_col, _fields in _SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_enqueue ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_enqueue_{table}()")
    op.execute("DROP INDEX IF EXISTS ix_cases_live_updated")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_terms")
    op.execute("DROP TABLE IF EXISTS search_docs")
