"""Text read from screenshots (OCR), and redacted images as exhibits derived from an original.

Revision ID: 0008
Revises: 0007

`ocr_reads` is derived data keyed by an image's SHA-256 (the same picture attached to two
cases is read once; the original file is never changed). `lines_json` keeps every line's
text, box and score so the viewer can draw them and an entry can cite "lines 4–6";
`error` records why a picture could not be read so it is not retried at every start.

`evidence` gains `derived_from_uid` (a redacted copy points at the exhibit it was made from,
by uid so a case file carries the link; a plain column because SQLite cannot add a foreign
key in place) and `redaction_json` (which boxes were filled, on which original, by whom and when).
Columns are added in place (ALTER TABLE ADD COLUMN): no table rebuild, so the search
triggers of 0003/0004 stay as they are.
"""

import sqlalchemy as sa
from alembic import op

from ecomplaint.store.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_reads",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("engine", sa.String, nullable=False, server_default=""),
        sa.Column("read_at", UTCDateTime, nullable=False),
        sa.Column("width", sa.Integer, nullable=False, server_default="0"),
        sa.Column("height", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lines_json", sa.String, nullable=False, server_default="[]"),
        sa.Column("text", sa.String, nullable=False, server_default=""),
        sa.Column("error", sa.String, nullable=False, server_default=""),
        sa.UniqueConstraint("sha256", name="uq_ocr_reads_sha256"),
    )
    op.add_column(
        "evidence",
        sa.Column("derived_from_uid", sa.String(36), nullable=False, server_default=""),
    )
    op.add_column(
        "evidence",
        sa.Column("redaction_json", sa.String, nullable=False, server_default=""),
    )
    op.create_index("ix_evidence_derived_from_uid", "evidence", ["derived_from_uid"])


def downgrade() -> None:
    op.drop_index("ix_evidence_derived_from_uid", "evidence")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("redaction_json")
        batch.drop_column("derived_from_uid")
    op.drop_table("ocr_reads")
