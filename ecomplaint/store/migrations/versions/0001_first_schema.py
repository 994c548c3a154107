"""The first schema: cases, parties, entries.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("platform", sa.String, nullable=False),
        sa.Column("merchant", sa.String, nullable=False),
        sa.Column("order_no", sa.String, nullable=False),
        sa.Column("product", sa.String, nullable=False),
        sa.Column("order_date", sa.Date, nullable=True),
        sa.Column("amount", sa.String(40), nullable=True),
        sa.Column("currency", sa.String, nullable=False),
        sa.Column("services", sa.String, nullable=False),
        sa.Column("complainant_name", sa.String, nullable=False),
        sa.Column("complainant_phone", sa.String, nullable=False),
        sa.Column("complainant_address", sa.String, nullable=False),
        sa.Column("complainant_id_no", sa.String, nullable=False),
        sa.Column("demands", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("tags", sa.String, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("notes", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_cases_uid", "cases", ["uid"], unique=True)
    op.create_index("ix_cases_platform", "cases", ["platform"])
    op.create_index("ix_cases_order_no", "cases", ["order_no"])
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("organisation", sa.String, nullable=False),
        sa.Column("contact", sa.String, nullable=False),
        sa.Column("notes", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_parties_uid", "parties", ["uid"], unique=True)
    op.create_index("ix_parties_case_id", "parties", ["case_id"])
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "party_id", sa.Integer, sa.ForeignKey("parties.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("channel", sa.String, nullable=False),
        sa.Column("direction", sa.String, nullable=False),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("occurred_tz", sa.String, nullable=False),
        sa.Column("precision", sa.String, nullable=False),
        sa.Column("logged_at", sa.DateTime, nullable=False),
        sa.Column("summary", sa.String, nullable=False),
        sa.Column("quote", sa.String, nullable=False),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_entries_uid", "entries", ["uid"], unique=True)
    op.create_index("ix_entries_case_id", "entries", ["case_id"])
    op.create_index("ix_entries_party_id", "entries", ["party_id"])
    op.create_index("ix_entries_occurred_at", "entries", ["occurred_at"])


def downgrade() -> None:
    op.drop_table("entries")
    op.drop_table("parties")
    op.drop_table("cases")
