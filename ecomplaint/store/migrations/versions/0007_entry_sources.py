"""Where an imported entry came from; call durations; numbers mapped to parties per case.

Revision ID: 0007
Revises: 0006

`entries` gains the source file's SHA-256 and the line/element inside it (re-importing the
same file adds nothing), the import batch (undo removes one import as one step) and a call's
duration. `source_contacts` remembers, per case, which party a number or address is.
Columns are added in place (ALTER TABLE ADD COLUMN): no table rebuild, so the search
triggers of 0003/0004 stay as they are.

Chained after 0006_jurisdiction when i16 was merged with main.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entries", sa.Column("duration_s", sa.Integer, nullable=True))
    op.add_column(
        "entries",
        sa.Column("source_sha256", sa.String(64), nullable=False, server_default=""),
    )
    op.add_column(
        "entries", sa.Column("source_locator", sa.String, nullable=False, server_default="")
    )
    op.add_column(
        "entries",
        sa.Column("import_batch", sa.String(36), nullable=False, server_default=""),
    )
    op.create_index("ix_entries_source_sha256", "entries", ["source_sha256"])
    op.create_index("ix_entries_import_batch", "entries", ["import_batch"])
    op.create_table(
        "source_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer,
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "party_id",
            sa.Integer,
            sa.ForeignKey("parties.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("address", sa.String, nullable=False),
        sa.UniqueConstraint("case_id", "address", name="uq_source_contacts_case_address"),
    )
    op.create_index("ix_source_contacts_case_id", "source_contacts", ["case_id"])
    op.create_index("ix_source_contacts_party_id", "source_contacts", ["party_id"])


def downgrade() -> None:
    op.drop_table("source_contacts")
    op.drop_index("ix_entries_import_batch", "entries")
    op.drop_index("ix_entries_source_sha256", "entries")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("import_batch")
        batch.drop_column("source_locator")
        batch.drop_column("source_sha256")
        batch.drop_column("duration_s")
