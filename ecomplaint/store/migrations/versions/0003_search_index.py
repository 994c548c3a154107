"""Full-text search: an FTS5 index, a queue of rows to re-index, the triggers that fill it.

Revision ID: 0003
Revises: 0002

SQLite only (a PostgreSQL variant comes later). The index holds text tokenized in Python
(ecomplaint/store/search_tokens.py: bigrams for Chinese), split by FTS5's `ascii` tokenizer
on the spaces. Existing rows are indexed here, so an upgraded store searches at once.

Note for later migrations: rebuilding `cases`, `entries` or `parties` in batch mode drops
their triggers; recreate them (tests/test_search.py checks that they exist at head).
"""

import sqlalchemy as sa
from alembic import op

from ecomplaint.store.search_tokens import index_text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# kind, rowid code, table, case id column, indexed fields (as of this revision)
_SOURCES = (
    (
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
    ("e", 1, "entries", "case_id", ("summary", "quote")),
    ("p", 2, "parties", "case_id", ("name", "organisation", "notes")),
)


def _triggers(kind: str, table: str, columns: tuple[str, ...]) -> list[str]:
    def queue(ref: str) -> str:
        # Not INSERT OR IGNORE: an outer statement's OR clause would override it.
        return (
            f"INSERT INTO search_queue (kind, row_id) SELECT '{kind}', {ref}.id WHERE NOT EXISTS"
            f" (SELECT 1 FROM search_queue WHERE kind = '{kind}' AND row_id = {ref}.id);"
        )

    watched = ", ".join(columns)
    return [
        f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {queue('new')} END",
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF id, {watched} ON {table}"
        f" BEGIN {queue('old')} {queue('new')} END",
        f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {queue('old')} END",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, case_id UNINDEXED, tokenize = 'ascii', columnsize = 0)"
    )
    op.execute(
        "CREATE TABLE search_queue (kind TEXT NOT NULL, row_id INTEGER NOT NULL,"
        " PRIMARY KEY (kind, row_id)) WITHOUT ROWID"
    )
    for kind, _code, table, case_col, fields in _SOURCES:
        watched = (*fields, "trashed_at") if case_col == "id" else (case_col, *fields, "trashed_at")
        for ddl in _triggers(kind, table, watched):
            op.execute(ddl)

    # Back-fill: every live row as it stands now.
    insert = sa.text("INSERT INTO search_index (rowid, case_id, body) VALUES (:r, :c, :b)")
    for _kind, code, table, case_col, fields in _SOURCES:
        rows = bind.exec_driver_sql(
            f"SELECT id, {case_col}, {', '.join(fields)} FROM {table} WHERE trashed_at IS NULL"
        )
        while batch := rows.fetchmany(1000):
            values = [
                {"r": r[0] * 4 + code, "c": r[1], "b": index_text(*(x or "" for x in r[2:]))}
                for r in batch
            ]
            bind.execute(insert, values)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for _kind, _code, table, _case_col, _fields in _SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_index")
