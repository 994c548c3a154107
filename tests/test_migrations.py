"""Real migrations: from the first schema with data, no row lost, a backup taken first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from ecomplaint.domain.clock import FixedClock
from ecomplaint.store import queries
from ecomplaint.store.engine import head_revision, make_engine, migrate, open_store


def _first_schema_store_with_data(folder: Path) -> Path:
    folder.mkdir(parents=True)
    db = folder / "ecomplaint.sqlite3"
    migrate(db, target="0001")
    conn = sqlite3.connect(db)
    now = "2026-03-01 08:00:00"
    for c in range(1, 4):
        conn.execute(
            "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
            " services, complainant_name, complainant_phone, complainant_address,"
            " complainant_id_no, demands, status, tags, language, notes, created_at, updated_at,"
            " amount) VALUES (?, ?, ?, 'jd', 'm', ?, 'p', 'CNY', '', '', '', '', '', '', 'open',"
            " '', 'zh', '', ?, ?, '12.50')",
            (c, f"uid-case-{c}", f"案件 {c}", f"order-{c}", now, now),
        )
        conn.execute(
            "INSERT INTO parties (id, uid, case_id, role, name, organisation, contact, notes,"
            " created_at) VALUES (?, ?, ?, 'customer_service', '客服', '', '', '', ?)",
            (c, f"uid-party-{c}", c, now),
        )
        for e in range(10):
            conn.execute(
                "INSERT INTO entries (uid, case_id, party_id, kind, channel, direction,"
                " occurred_at, occurred_tz, precision, logged_at, summary, quote)"
                " VALUES (?, ?, ?, 'call_in', 'phone', 'in', ?, 'Asia/Shanghai', 'exact', ?, ?,"
                " '')",
                (f"uid-entry-{c}-{e}", c, c, now, now, f"通话 {e}"),
            )
    conn.execute("UPDATE cases SET trashed_at = ? WHERE id = 3", (now,))
    conn.commit()
    conn.close()
    return db


def test_upgrade_from_the_first_schema_keeps_every_row(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = _first_schema_store_with_data(folder)
    store = open_store(folder, clock=FixedClock())
    assert store.migrated_from == "0001"
    assert queries.schema_revision(store) == head_revision()
    counts = queries.counts(store)
    assert (counts["cases"], counts["cases_in_trash"]) == (2, 1)
    assert counts["parties"] == 3 and counts["entries"] == 30
    detail = queries.case_detail(store, 1)
    assert detail.case.title == "案件 1" and str(detail.case.amount) == "12.50"
    assert detail.case.version == 1 and detail.case.assignee == ""
    assert {e.party_id for e in detail.entries} == {1}
    assert all(e.stance == "none" for e in detail.entries)
    with store.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    store.close()

    # The backup was taken before the upgrade and holds the old schema with all rows.
    assert store.backup_path is not None and store.backup_path.exists()
    old = sqlite3.connect(store.backup_path)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT count(*) FROM entries").fetchone()[0] == 30
    old.close()
    assert db.exists()


def test_reopening_an_up_to_date_store_takes_no_backup(store, data_dir: Path) -> None:
    store.close()
    again = open_store(data_dir)
    assert again.migrated_from is None and again.backup_path is None
    again.close()


def test_the_migrations_build_exactly_the_tables_the_code_declares(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    migrate(db)
    engine = make_engine(db)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    # Tables the ORM does not map (e.g. a full-text index) are not drift.
    diffs = [d for d in diffs if d[0] != "remove_table"]
    assert diffs == []


def test_revision_ids_read_from_file_names_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from ecomplaint.store.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == head_revision()
    in_order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert in_order == known_revisions()
