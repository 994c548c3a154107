"""Every case carries its jurisdiction: country, ladder, time zone and working-day calendar
(currency was already there); every promise records the calendar it was computed on.

Revision ID: 0006
Revises: 0005

Columns are added in place (ALTER TABLE ADD COLUMN; batch mode does not rebuild the table for
that), so the search triggers on `cases` stay. Every existing case lived in mainland China:
Asia/Shanghai, CN, the chinesecalendar working days, and the ladder it was already climbing
(its last escalation's, else its platform's as the shipped packs had them at this revision).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Platform -> ladder of the shipped packs at this revision (a snapshot, like any migration).
_PLATFORM_LADDERS = {"jd": "cn.jd", "tmall": "cn.tmall"}


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("country", sa.String, nullable=False, server_default="CN"))
        batch.add_column(sa.Column("ladder", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("tz", sa.String, nullable=False, server_default="Asia/Shanghai"))
        batch.add_column(sa.Column("calendar", sa.String, nullable=False, server_default="CN"))
    with op.batch_alter_table("promises") as batch:
        batch.add_column(sa.Column("calendar", sa.String, nullable=False, server_default="CN"))

    bind = op.get_bind()
    platform_ladder = " ".join(
        f"WHEN '{platform}' THEN '{ladder}'" for platform, ladder in _PLATFORM_LADDERS.items()
    )
    bind.execute(
        sa.text(
            "UPDATE cases SET ladder = COALESCE("
            " (SELECT e.ladder FROM escalations e"
            "   WHERE e.case_id = cases.id AND e.trashed_at IS NULL AND e.ladder <> ''"
            "   ORDER BY e.escalated_at DESC, e.id DESC LIMIT 1),"
            f" CASE cases.platform {platform_ladder} ELSE 'cn.generic' END)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("promises") as batch:
        batch.drop_column("calendar")
    with op.batch_alter_table("cases") as batch:
        for name in ("calendar", "tz", "ladder", "country"):
            batch.drop_column(name)
