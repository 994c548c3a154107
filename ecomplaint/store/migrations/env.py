"""Alembic environment: run on the connection the store hands over (foreign keys off)."""

from alembic import context
from sqlmodel import SQLModel

import ecomplaint.store.tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables in batch mode
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
