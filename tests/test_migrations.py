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


def test_0006_gives_existing_cases_china_and_the_ladder_they_were_on(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "ecomplaint.sqlite3"
    migrate(db, target="0005")
    conn = sqlite3.connect(db)
    now = "2026-03-01 08:00:00.000000"
    for cid, platform in ((1, "jd"), (2, "tmall"), (3, "amazon"), (4, "other")):
        conn.execute(
            "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
            " services, complainant_name, complainant_phone, complainant_address,"
            " complainant_id_no, demands, status, tags, language, notes, created_at, updated_at,"
            " assignee, version) VALUES (?, ?, 't', ?, '', '', '', 'CNY', '', '', '', '', '',"
            " '', 'open', '', 'zh', '', ?, ?, '', 1)",
            (cid, f"uid-{cid}", platform, now, now),
        )
    # Case 4 already climbed the JD ladder: it stays on it.
    conn.execute(
        "INSERT INTO escalations (uid, case_id, ladder, rung, rung_label, escalated_at,"
        " reference_no, outcome, note, version) VALUES ('x', 4, 'cn.jd', 'supervisor', '', ?,"
        " '', '', '', 1)",
        (now,),
    )
    conn.execute(
        "INSERT INTO promises (uid, case_id, what, description, made_at, clock, window_min,"
        " window_max, tz, due_from, due_by, version) VALUES ('p', 1, 'reply', '', ?, 'hours',"
        " 0, 48, 'Asia/Shanghai', ?, ?, 1)",
        (now, now, now),
    )
    conn.commit()
    conn.close()
    store = open_store(folder, clock=FixedClock())
    assert store.migrated_from == "0005" and store.backup_path is not None
    got = {
        cid: (c.country, c.ladder, c.tz, c.calendar, c.currency)
        for cid in (1, 2, 3, 4)
        for c in [queries.get_case(store, cid)]
    }
    assert got == {
        1: ("CN", "cn.jd", "Asia/Shanghai", "CN", "CNY"),
        2: ("CN", "cn.tmall", "Asia/Shanghai", "CN", "CNY"),
        3: ("CN", "cn.generic", "Asia/Shanghai", "CN", "CNY"),
        4: ("CN", "cn.jd", "Asia/Shanghai", "CN", "CNY"),
    }
    assert queries.case_detail(store, 1).promises[0].calendar == "CN"
    with store.read() as s:  # the search triggers on cases survived (no table rebuild)
        names = {
            r[0]
            for r in s.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    assert {"search_cases_ai", "search_cases_au"} <= names
    store.close()
