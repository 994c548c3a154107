"""The lean first page (store/lean.py): the same rows as list_cases, or None when unsure."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ecomplaint import paths
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, entries, evidence, pauses
from ecomplaint.store import lean, queries
from ecomplaint.store.engine import Store

ROOT = Path(__file__).resolve().parent.parent


def _sqlite_only(store: Store) -> None:
    if store.dialect != "sqlite":
        pytest.skip("the lean path reads local SQLite stores only")


def test_the_lean_page_is_the_case_list_first_page(demo_store: Store, clock: FixedClock) -> None:
    _sqlite_only(demo_store)
    # hostile text, a trashed case, a case with no promise: all as list_cases shows them
    cases.create_case(demo_store, title="<b>粗体</b>\u202e 🧾 " + "长" * 300, tags="a|b")
    gone = cases.create_case(demo_store, title="trashed")
    assert gone.created_id is not None
    cases.trash_case(demo_store, case_id=gone.created_id)
    for limit in (1, 2, 50):
        expected = queries.list_cases(demo_store, limit=limit, now=clock.now())
        assert lean.first_page(demo_store.folder, clock, limit) == expected
    assert len(expected) == 3  # the trashed case is left out
    assert any(row.overdue for row in expected)  # the demo's lapsed promise counts as overdue


def test_the_lean_case_is_the_case_detail(
    demo_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    """What the window shows of a case opened before the store layer has loaded (issue 19)
    is what the store reads: every field, type and order, trashed rows left out."""
    _sqlite_only(demo_store)
    made = cases.create_case(
        demo_store,
        title="<img src=x>\u202e 🧾 " + "长" * 480,
        order_date="2026-02-03",
        amount="0.10",
        currency="GBP",
        demands="a\tb\r\nc",
    )
    case_id = made.created_id
    assert case_id is not None
    kept = entries.log_entry(demo_store, case_id=case_id, kind="note", summary="kept 🙂")
    gone = entries.log_entry(demo_store, case_id=case_id, kind="note", summary="trashed")
    assert gone.created_id is not None
    entries.trash_entry(demo_store, entry_id=gone.created_id)
    photo = tmp_path / "p.txt"
    photo.write_bytes(b"evidence")
    evidence.attach_files(
        demo_store, case_id=case_id, paths=[photo], entry_id=kept.created_id, description="d"
    )
    pauses.pause_case(demo_store, case_id=case_id, reason="waiting on me")
    ids = [row.id for row in queries.list_cases(demo_store, limit=50)]
    assert case_id in ids and len(ids) == 3
    for ident in ids:
        expected = queries.case_detail(demo_store, ident)
        assert lean.case_detail(demo_store.folder, ident) == expected
    mine = lean.case_detail(demo_store.folder, case_id)
    assert mine is not None
    assert [e.summary for e in mine.entries] == ["kept 🙂"]
    assert len(mine.evidence) == 1 and len(mine.pauses) == 1
    assert mine.case.amount is not None and str(mine.case.amount) == "0.10"
    # a case that is not there, and a store that is not plainly healthy: the normal path
    assert lean.case_detail(demo_store.folder, 10**9) is None
    demo_store.close()
    marked = _copy(demo_store, tmp_path / "m")
    (marked / ".store-damaged").write_text("SQLITE_CORRUPT earlier", encoding="utf-8")
    assert lean.case_detail(marked, case_id) is None
    older = _copy(demo_store, tmp_path / "o")
    with sqlite3.connect(paths.db_path(older)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    assert lean.case_detail(older, case_id) is None


def _copy(store: Store, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    folder.mkdir(parents=True)
    shutil.copy2(paths.db_path(store.folder), paths.db_path(folder))
    return folder


def test_anything_unusual_takes_the_normal_path(
    demo_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _sqlite_only(demo_store)
    demo_store.close()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert lean.first_page(empty, clock, 10) is None
    assert list(empty.iterdir()) == []  # read-only: it created no database

    marked = _copy(demo_store, tmp_path)
    (marked / ".store-damaged").write_text("SQLITE_CORRUPT earlier", encoding="utf-8")
    assert lean.first_page(marked, clock, 10) is None

    tampered = _copy(demo_store, tmp_path / "t")
    with sqlite3.connect(paths.db_path(tampered)) as conn:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON cases BEGIN DELETE FROM cases; END")
    assert lean.first_page(tampered, clock, 10) is None

    older = _copy(demo_store, tmp_path / "o")
    with sqlite3.connect(paths.db_path(older)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    assert lean.first_page(older, clock, 10) is None  # the normal open migrates it

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    with sqlite3.connect(paths.db_path(foreign)) as conn:
        conn.execute("CREATE TABLE cases (id INTEGER)")
    assert lean.first_page(foreign, clock, 10) is None

    garbage = tmp_path / "garbage"
    garbage.mkdir()
    paths.db_path(garbage).write_bytes(b"not a database\x00" * 100)
    assert lean.first_page(garbage, clock, 10) is None


def test_the_lean_path_imports_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from ecomplaint.store import lean\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
