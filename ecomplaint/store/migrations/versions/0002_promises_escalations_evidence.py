"""Promises, pauses, escalations and evidence; versions for optimistic locking.

Revision ID: 0002
Revises: 0001

The cases table is rebuilt (batch mode): the store runs this with foreign keys off, so the
rebuild cannot cascade-delete parties and entries.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fk(target: str, ondelete: str, nullable: bool = True) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def upgrade() -> None:
    # On SQLite the cases table is rebuilt (the path that would cascade-delete children if
    # foreign keys were on); PostgreSQL alters in place.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("cases", recreate="always" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("assignee", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    with op.batch_alter_table("parties") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("stance", sa.String, nullable=False, server_default="none"))
        batch.add_column(sa.Column("logged_by", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))

    op.create_table(
        "escalations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer, _fk("cases.id", "CASCADE"), nullable=False),
        sa.Column("entry_id", sa.Integer, _fk("entries.id", "SET NULL"), nullable=True),
        sa.Column("ladder", sa.String, nullable=False),
        sa.Column("rung", sa.String, nullable=False),
        sa.Column("rung_label", sa.String, nullable=False),
        sa.Column("escalated_at", sa.DateTime, nullable=False),
        sa.Column("reference_no", sa.String, nullable=False),
        sa.Column("outcome", sa.String, nullable=False),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_escalations_uid", "escalations", ["uid"], unique=True)
    op.create_index("ix_escalations_case_id", "escalations", ["case_id"])
    op.create_index("ix_escalations_entry_id", "escalations", ["entry_id"])

    op.create_table(
        "promises",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer, _fk("cases.id", "CASCADE"), nullable=False),
        sa.Column("entry_id", sa.Integer, _fk("entries.id", "CASCADE"), nullable=True),
        sa.Column("party_id", sa.Integer, _fk("parties.id", "SET NULL"), nullable=True),
        sa.Column("escalation_id", sa.Integer, _fk("escalations.id", "CASCADE"), nullable=True),
        sa.Column("what", sa.String, nullable=False),
        sa.Column("description", sa.String, nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("clock", sa.String, nullable=False),
        sa.Column("window_min", sa.Integer, nullable=False),
        sa.Column("window_max", sa.Integer, nullable=False),
        sa.Column("tz", sa.String, nullable=False),
        sa.Column("due_from", sa.DateTime, nullable=False),
        sa.Column("due_by", sa.DateTime, nullable=False),
        sa.Column("kept_entry_id", sa.Integer, _fk("entries.id", "SET NULL"), nullable=True),
        sa.Column("kept_at", sa.DateTime, nullable=True),
        sa.Column("broken_entry_id", sa.Integer, _fk("entries.id", "SET NULL"), nullable=True),
        sa.Column("broken_at", sa.DateTime, nullable=True),
        sa.Column("superseded_by_id", sa.Integer, _fk("promises.id", "SET NULL"), nullable=True),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    for col in (
        "uid",
        "case_id",
        "entry_id",
        "party_id",
        "escalation_id",
        "due_from",
        "due_by",
        "kept_entry_id",
        "broken_entry_id",
        "superseded_by_id",
    ):
        op.create_index(f"ix_promises_{col}", "promises", [col], unique=(col == "uid"))

    op.create_table(
        "pauses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, _fk("cases.id", "CASCADE"), nullable=False),
        sa.Column("promise_id", sa.Integer, _fk("promises.id", "CASCADE"), nullable=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("reason", sa.String, nullable=False),
    )
    op.create_index("ix_pauses_case_id", "pauses", ["case_id"])
    op.create_index("ix_pauses_promise_id", "pauses", ["promise_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer, _fk("cases.id", "CASCADE"), nullable=False),
        sa.Column("entry_id", sa.Integer, _fk("entries.id", "SET NULL"), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("original_name", sa.String, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mime", sa.String, nullable=False),
        sa.Column("captured_at", sa.DateTime, nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("description", sa.String, nullable=False),
        sa.Column("privacy_checked", sa.Boolean, nullable=False),
        sa.Column("trashed_at", sa.DateTime, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_evidence_uid", "evidence", ["uid"], unique=True)
    op.create_index("ix_evidence_case_id", "evidence", ["case_id"])
    op.create_index("ix_evidence_entry_id", "evidence", ["entry_id"])
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])


def downgrade() -> None:
    for table in ("evidence", "pauses", "promises", "escalations"):
        op.drop_table(table)
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("version")
        batch.drop_column("logged_by")
        batch.drop_column("stance")
    with op.batch_alter_table("parties") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("version")
        batch.drop_column("assignee")
