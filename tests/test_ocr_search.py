"""A case is found by the words read from its screenshots, on SQLite and PostgreSQL: the index
follows reads saved, replaced and forgotten, exhibits trashed, restored and emptied, a picture
shown by two cases, a rebuild, and an upgrade of a store that already had reads."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ecomplaint.domain.clock import FixedClock
from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.services import cases, evidence, trash
from ecomplaint.store import ocr_reads
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.search import rebuild_index, search_case_ids
from tests.helpers.evidence import add_evidence

BOTH_DATABASES = True
T1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
BOX = ((1.0, 2.0), (30.0, 2.0), (30.0, 12.0), (1.0, 12.0))


def _read(store: Store, sha: str, *texts: str) -> None:
    lines = tuple(OcrLine(x, BOX) for x in texts)
    with store.write() as s:
        ocr_reads.save_read(s, OcrResult(sha, "test", 10, 10, lines), read_at=T1)


def _case(store: Store, title: str) -> int:
    case_id = cases.create_case(store, title=title).created_id
    assert case_id is not None
    return case_id


def test_a_case_is_found_by_its_screenshot_words_and_follows_new_reads(store: Store) -> None:
    a, b = _case(store, "花圈案"), _case(store, "other")
    ev = evidence.get_evidence(store, add_evidence(store, a, b"png-1", mime="image/png"))
    assert search_case_ids(store, "殡仪") == []
    _read(store, ev.sha256, "已为您订好一份花圈，殡仪配送", "Order TM-2026-0205-4471")
    assert search_case_ids(store, "殡仪") == [a]
    assert search_case_ids(store, "4471") == [a]
    assert search_case_ids(store, "tm 2026") == [a]
    assert search_case_ids(store, "花圈 order") == [a]  # words across the title and the text
    _read(store, ev.sha256, "退款 refund")  # read again: the old words go
    assert search_case_ids(store, "殡仪") == []
    assert search_case_ids(store, "refund") == [a]
    with store.write() as s:
        ocr_reads.forget_read(s, ev.sha256)
    assert search_case_ids(store, "refund") == []
    assert b not in search_case_ids(store, "other refund")


def test_trash_restore_and_empty_follow_the_exhibit(store: Store) -> None:
    a = _case(store, "a")
    ev = evidence.get_evidence(store, add_evidence(store, a, b"png-2", mime="image/png"))
    _read(store, ev.sha256, "威胁短信 threat")
    assert search_case_ids(store, "威胁") == [a]
    evidence.trash_evidence(store, evidence_id=ev.id)
    assert search_case_ids(store, "威胁") == []
    evidence.restore_evidence(store, evidence_id=ev.id)
    assert search_case_ids(store, "threat") == [a]
    # the same picture in another case keeps its read when this exhibit is deleted for good
    other = evidence.get_evidence(store, add_evidence(store, _case(store, "b"), b"png-2"))
    evidence.trash_evidence(store, evidence_id=ev.id)
    trash.empty_trash(store)
    assert search_case_ids(store, "threat") == [other.case_id]
    with store.read() as s:
        assert ocr_reads.load_read(s, ev.sha256) is not None
    # the last one deleted for good takes the text read from it along
    evidence.trash_evidence(store, evidence_id=other.id)
    trash.empty_trash(store)
    with store.read() as s:
        assert ocr_reads.load_read(s, ev.sha256) is None


def test_one_picture_in_two_cases_finds_both_even_attached_after_the_read(store: Store) -> None:
    a, b = _case(store, "a"), _case(store, "b")
    first = evidence.get_evidence(store, add_evidence(store, a, b"same", mime="image/png"))
    _read(store, first.sha256, "同一张截图 shared")
    add_evidence(store, b, b"same", mime="image/png")  # attached later: indexed at once
    assert set(search_case_ids(store, "截图")) == {a, b}
    cases.trash_case(store, case_id=b)
    assert search_case_ids(store, "shared") == [a]
    before = set(search_case_ids(store, "同一"))
    assert rebuild_index(store) >= 2
    assert set(search_case_ids(store, "同一")) == before == {a}


def test_hostile_read_text_is_only_words(store: Store) -> None:
    a = _case(store, "a")
    ev = evidence.get_evidence(store, add_evidence(store, a, b"png-3", mime="image/png"))
    _read(store, ev.sha256, 'NEAR(" OR *) \u202e<script>', "x" * 5000, "🧾 发票")
    assert search_case_ids(store, "发票") == [a]
    assert search_case_ids(store, "script") == [a]
    assert search_case_ids(store, 'NEAR("') == [a]


def test_upgrading_a_store_with_reads_indexes_them(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = open_store(folder, clock=FixedClock())
    case_id = _case(store, "t")
    add_evidence(store, case_id, b"old-read", mime="image/png")
    store.close()
    # Back to a 0008 store: no exhibit triggers, no exhibit index rows, a read saved there.
    conn = sqlite3.connect(folder / "ecomplaint.sqlite3")
    for table in ("evidence", "ocr_reads"):
        for suffix in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER search_{table}_{suffix}")
    conn.execute("DELETE FROM search_index WHERE (rowid & 3) = 3")
    conn.execute("UPDATE alembic_version SET version_num = '0008'")
    conn.execute(
        "INSERT INTO ocr_reads (sha256, read_at, text)"
        " SELECT sha256, '2026-03-01 08:00:00', '升级前读到的 upgrade' FROM evidence"
    )
    conn.commit()
    conn.close()
    store = open_store(folder, clock=FixedClock())
    try:
        assert store.migrated_from == "0008"
        assert search_case_ids(store, "读到") == [case_id]
        assert search_case_ids(store, "upgrade") == [case_id]
    finally:
        store.close()


def test_upgrading_a_team_database_with_reads_indexes_them(pg_url: str, tmp_path: Path) -> None:
    store = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock(), user="t")
    case_id = _case(store, "t")
    add_evidence(store, case_id, b"old-read-pg", mime="image/png")
    with store.write() as s:  # back to 0008, with a read saved there
        conn = s.connection()
        for table in ("evidence", "ocr_reads"):
            conn.exec_driver_sql(f"DROP TRIGGER search_{table}_enqueue ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION search_enqueue_{table}()")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
        conn.exec_driver_sql(
            "INSERT INTO ocr_reads (sha256, read_at, text) SELECT sha256, now(),"
            " '升级前读到的 upgrade' FROM evidence"
        )
    store.close()
    store = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock(), user="t")
    try:
        assert store.migrated_from == "0008"
        assert search_case_ids(store, "读到") == [case_id]
        assert search_case_ids(store, "upgrade 升级") == [case_id]
        trash.empty_trash(store)  # and the new triggers keep it current
        _read(store, evidence.list_evidence(store, case_id=case_id)[0].sha256, "换了 new")
        assert search_case_ids(store, "upgrade") == []
        assert search_case_ids(store, "new") == [case_id]
    finally:
        store.close()
