"""Opening the store: pragmas, bad files, newer schemas, locks, full disks, two instances."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, entries
from ecomplaint.store import engine as engine_mod
from ecomplaint.store import queries
from ecomplaint.store.backup import backup_database
from ecomplaint.store.engine import open_store
from ecomplaint.store.errors import StoreError


def test_new_store_uses_wal_full_sync_and_foreign_keys(store) -> None:
    with store.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    assert queries.schema_revision(store) == engine_mod.head_revision()


def test_env_var_and_flag_choose_the_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ECOMPLAINT_DATA_DIR", str(tmp_path / "from-env"))
    s = open_store(None)
    assert s.folder == (tmp_path / "from-env").resolve()
    s.close()
    s = open_store(tmp_path / "from-flag")
    assert s.folder == (tmp_path / "from-flag").resolve()
    s.close()


def test_unwritable_folder_is_named_in_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as info:
        open_store(blocker / "data")
    assert info.value.key == "store.dir_not_writable"
    assert str(blocker / "data") in info.value.message("en")
    assert "无法写入" in info.value.message("zh")


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "ecomplaint.sqlite3"
    content = b"my tax return, not a database\n" * 100
    db.write_bytes(content)
    with pytest.raises(StoreError) as info:
        open_store(data_dir)
    assert info.value.key == "store.not_sqlite"
    assert str(db) in info.value.message("en")
    assert db.read_bytes() == content


def _store_with_rows_and_a_backup(data_dir: Path, clock: FixedClock) -> tuple[Path, Path]:
    s = open_store(data_dir, clock=clock)
    case_id = cases.create_case(s, title="x" * 50).created_id
    for i in range(200):
        entries.log_entry(s, case_id=case_id, kind="note", summary=f"note {i} " + "y" * 400)
    s.close()
    backup = backup_database(s.path, data_dir / "backups" / "ecomplaint-20261101-000000-x.sqlite3")
    for side in ("-wal", "-shm"):
        Path(str(s.path) + side).unlink(missing_ok=True)
    return s.path, backup


def test_a_damaged_catalogue_is_refused_at_open_untouched_with_backups_offered(
    data_dir: Path, clock: FixedClock
) -> None:
    db, backup = _store_with_rows_and_a_backup(data_dir, clock)
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xa5" * (4096 - 100)  # page 1 holds the schema catalogue
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreError) as info:
        open_store(data_dir, clock=clock)
    assert info.value.key == "store.corrupt"
    assert info.value.backups == [backup]
    message = info.value.message("en")
    assert str(db) in message and str(backup) in message
    assert db.read_bytes() == bytes(raw)


def test_damaged_data_pages_give_the_corrupt_message_when_read_untouched(
    data_dir: Path, clock: FixedClock
) -> None:
    db, backup = _store_with_rows_and_a_backup(data_dir, clock)
    raw = bytearray(db.read_bytes())
    pages = len(raw) // 4096
    start = 4096 * (pages // 2)
    raw[start:] = b"\xff" * (len(raw) - start)  # the back half: data and index pages
    db.write_bytes(bytes(raw))
    s = open_store(data_dir, clock=clock)
    with pytest.raises(StoreError) as info:
        queries.case_detail(s, 1)
    s.close()
    assert info.value.key == "store.corrupt"
    assert str(backup) in info.value.message("en")
    assert db.read_bytes() == bytes(raw)
    with pytest.raises(StoreError) as info:  # and a migration never runs on a damaged file
        engine_mod.check_integrity(db, [backup])
    assert info.value.key == "store.corrupt"


def test_a_database_from_a_newer_version_is_refused_untouched(store, data_dir: Path) -> None:
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(data_dir)
    assert info.value.key == "store.too_new"
    assert "9999_future" in info.value.message("en")
    assert store.path.read_bytes() == before


def test_two_instances_on_one_store_both_write_safely(data_dir: Path, clock: FixedClock) -> None:
    first = open_store(data_dir, clock=clock)
    second = open_store(data_dir, clock=clock)
    case_id = cases.create_case(first, title="shared").created_id
    assert case_id is not None
    for i in range(20):
        writer = first if i % 2 else second
        entries.log_entry(writer, case_id=case_id, kind="note", summary=f"n{i}")
    assert len(queries.case_detail(first, case_id).entries) == 20
    assert len(queries.case_detail(second, case_id).entries) == 20
    first.close()
    second.close()


def test_a_store_locked_by_another_program_says_so(
    data_dir: Path, clock: FixedClock, monkeypatch
) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    s = open_store(data_dir, clock=clock)
    other = sqlite3.connect(s.path, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as info:
            cases.create_case(s, title="blocked")
        assert info.value.key == "store.locked"
    finally:
        other.rollback()
        other.close()
    cases.create_case(s, title="after the lock")  # works again once released
    assert [c.title for c in queries.list_cases(s)] == ["after the lock"]
    s.close()


def test_a_full_disk_loses_nothing_already_saved(data_dir: Path, clock: FixedClock) -> None:
    s = open_store(data_dir, clock=clock)
    case_id = cases.create_case(s, title="before the disk filled").created_id
    s.engine.dispose()

    @event.listens_for(s.engine, "connect")
    def _tiny_disk(dbapi_conn, _record) -> None:  # SQLite reports SQLITE_FULL at this size
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    with pytest.raises(StoreError) as info:
        for i in range(500):
            entries.log_entry(s, case_id=case_id, kind="note", summary="z" * 3000 + str(i))
    assert info.value.key == "store.disk_full"
    assert "磁盘已满" in info.value.message("zh")
    s.close()
    reopened = open_store(data_dir, clock=clock)
    assert [c.title for c in queries.list_cases(reopened)] == ["before the disk filled"]
    with reopened.read() as session:
        ok = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    assert ok == "ok"
    reopened.close()


def test_times_come_back_aware_in_utc(store) -> None:
    case_id = cases.create_case(store, title="t").created_id
    shanghai = datetime.fromisoformat("2026-11-04T15:05:00+08:00")
    entries.log_entry(store, case_id=case_id, kind="call_out", summary="s", occurred_at=shanghai)
    (entry,) = queries.case_detail(store, case_id).entries
    assert entry.occurred_at == shanghai
    assert entry.occurred_at.tzinfo == UTC
