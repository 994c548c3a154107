"""Schema migrations (Alembic): which revisions exist, and running them safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same for every volunteer's copy of the program.
_PG_MIGRATION_LOCK = 0x6563_6F6D  # "ecom"


def alembic_config() -> Config:
    from alembic.config import Config  # imported only when migrating: it is slow to import

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    """Revision ids in order, from the migration file names ("0002_....py" is revision 0002).

    Reading names instead of loading Alembic keeps start-up fast; a test checks that the
    names agree with Alembic's own revision graph.
    """
    names = sorted(p.name for p in (_MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return [n.split("_", 1)[0] for n in names]


def head_revision() -> str:
    return known_revisions()[-1]


def upgrade(conn: Connection, target: str = "head") -> None:
    """Run the migrations inside the caller's transaction, then check every reference.

    SQLite: the caller's connection has foreign keys OFF (a batch table rebuild with them ON
    would cascade-delete child rows). PostgreSQL: an advisory lock keeps two volunteers who
    start the program at once from migrating the shared database twice.
    """
    from alembic import command

    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)
    if conn.dialect.name == "sqlite":
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign_key_check found {len(problems)} broken references")


def current_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None
