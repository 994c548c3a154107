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


def _triggers(kind: str, table: str, case_col: str, columns: tuple[str, ...]) -> list[str]:
    def queue(ref: str, indexed: bool) -> str:
        # The case the row was indexed under (old rows only) finds its index row to delete.
        # A plain append (no key, so no conflict clause an outer statement could override);
        # the reader keeps the first entry per row: it holds what the index holds.
        case_ref = f"{ref}.{case_col}" if indexed else "NULL"
        return (
            f"INSERT INTO search_queue (kind, row_id, old_case_id)"
            f" VALUES ('{kind}', {ref}.id, {case_ref});"
        )

    watched = ", ".join(dict.fromkeys(("id", case_col, *columns, "trashed_at")))
    return [
        f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {queue('new', False)} END",
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {watched} ON {table}"
        f" BEGIN {queue('old', True)} {queue('new', False)} END",
        f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {queue('old', True)} END",
    ]


def _rowid(case_id: int, row_id: int, code: int) -> int:
    return (case_id << 32) | (row_id << 2) | code  # as store/search.py index_rowid


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # Prefix indexes of 1 and 2 characters make the first keystrokes fast (r*, 安*).
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'ascii', columnsize = 0, prefix = '1 2')"
    )
    op.execute(
        "CREATE TABLE search_queue (kind TEXT NOT NULL, row_id INTEGER NOT NULL,"
        " old_case_id INTEGER)"
    )
    for kind, _code, table, case_col, fields in _SOURCES:
        for ddl in _triggers(kind, table, case_col, fields):
            op.execute(ddl)

    # Back-fill: every live row as it stands now.
    insert = sa.text("INSERT INTO search_index (rowid, body) VALUES (:r, :b)")
    for _kind, code, table, case_col, fields in _SOURCES:
        rows = bind.exec_driver_sql(
            f"SELECT id, {case_col}, {', '.join(fields)} FROM {table} WHERE trashed_at IS NULL"
        )
        while batch := rows.fetchmany(1000):
            values = [
                {"r": _rowid(r[1], r[0], code), "b": index_text(*(x or "" for x in r[2:]))}
                for r in batch
            ]
            bind.execute(insert, values)
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for _kind, _code, table, _case_col, _fields in _SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_index")
