"""Issue 12 §2 and §8 in the window: every store error at start is a dialog, never a silent
exit; a missing database beside a case history is replaced only by the user's own choice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff.backups import backup_folder
from ecomplaint.services import cases, entries
from ecomplaint.services.demo import load_demo
from ecomplaint.store.engine import open_store
from ecomplaint.ui import app as app_module
from ecomplaint.ui.settings import Settings
from tests.conftest import FROZEN


@pytest.fixture
def start(qapp: QApplication, ini_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """run_app up to its event loop: the window opens, then the loop returns at once (a real
    app.exec() that quits would leave Qt closing down for the tests that follow)."""
    monkeypatch.setattr(
        app_module,
        "Settings",
        lambda: Settings(QSettings(str(ini_path), QSettings.Format.IniFormat)),
    )
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert QApplication.instance() is qapp
    return lambda folder: app_module.run_app(data_dir=str(folder), lang="en")


def test_a_database_path_that_is_a_folder_shows_a_dialog(
    start: Any, tmp_path: Path, asked: list[str]
) -> None:
    (tmp_path / "data" / "ecomplaint.sqlite3").mkdir(parents=True)
    assert start(tmp_path / "data") == 2
    assert len(asked) == 1 and "is a folder" in asked[0]


def test_an_unexpected_failure_at_start_still_shows_a_dialog(
    start: Any, tmp_path: Path, asked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecomplaint.store import engine

    def broken(*_a: Any, **_k: Any) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "data"))

    monkeypatch.setattr(engine, "open_store", broken)
    assert start(tmp_path / "data") == 2
    assert len(asked) == 1 and "Permission denied" in asked[0]


@pytest.fixture
def history_without_database(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    s = open_store(folder, clock=FixedClock(FROZEN))
    load_demo(s)
    s.close()
    backup_folder(folder, reason="manual", now=FROZEN)
    (folder / "ecomplaint.sqlite3").unlink()
    for side in ("-wal", "-shm"):
        (folder / f"ecomplaint.sqlite3{side}").unlink(missing_ok=True)
    return folder


def test_a_missing_database_is_not_replaced_unless_the_user_asks(
    start: Any, history_without_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecomplaint.ui import ask

    seen: list[QMessageBox] = []

    def close(box: QMessageBox) -> int:
        seen.append(box)
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(ask, "ask", close)
    assert start(history_without_database) == 2
    assert "missing or empty" in seen[0].informativeText()
    new = seen[0].button(QMessageBox.StandardButton.Yes)
    assert new is not None and new.text() == "Start a new, empty store"
    assert not (history_without_database / "ecomplaint.sqlite3").exists()

    monkeypatch.setattr(ask, "ask", lambda box: int(QMessageBox.StandardButton.Yes))
    assert start(history_without_database) == 0
    assert (history_without_database / "ecomplaint.sqlite3").stat().st_size > 0


def test_a_damaged_store_opens_with_the_damage_said_and_writes_refused(
    start: Any, tmp_path: Path, asked: list[str]
) -> None:
    from tests.test_store_guard import _checkpoint, damage_one_entries_page

    folder = tmp_path / "data"
    s = open_store(folder, clock=FixedClock(FROZEN))
    case_id = cases.create_case(s, title="long").created_id
    assert case_id is not None
    for i in range(300):
        entries.log_entry(s, case_id=case_id, kind="note", summary=f"{i} " + "x" * 300)
    s.close()
    db = folder / "ecomplaint.sqlite3"
    _checkpoint(db)
    damage_one_entries_page(db)
    (folder / ".store-damaged").write_text("seen by an earlier session")
    assert start(folder) == 0, asked  # the window opened, so File > Restore is at hand
    assert any("nothing more is written" in text for text in asked)


def test_the_windows_verify_checks_the_database_first(
    qapp: QApplication, tmp_path: Path, make_ops: Any
) -> None:
    from ecomplaint.ui.evidence.verify import verify_and_save, verify_label
    from tests.test_store_guard import _checkpoint, damage_one_entries_page

    folder = tmp_path / "data"
    s = open_store(folder, clock=FixedClock(FROZEN))
    case_id = cases.create_case(s, title="long").created_id
    assert case_id is not None
    for i in range(300):
        entries.log_entry(s, case_id=case_id, kind="note", summary=f"{i} " + "x" * 300)
    s.close()
    _checkpoint(folder / "ecomplaint.sqlite3")
    damage_one_entries_page(folder / "ecomplaint.sqlite3")
    s = open_store(folder, clock=FixedClock(FROZEN))
    try:
        ops = make_ops(s)
        failed: list[BaseException] = []
        reports: list[object] = []
        ops.long(verify_and_save, verify_label(), reports.append, failed=failed.append)
        ops.drain()
        assert reports == [] and len(failed) == 1 and "damaged" in str(failed[0])
    finally:
        s.close()


def test_team_mode_takes_the_slow_path_and_says_it_is_connecting(
    start: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: no lean read of a server; the frame says what the wait is for."""
    from ecomplaint.store import lean

    def no_lean(*_a: Any, **_k: Any) -> None:
        raise AssertionError("team mode must not read a local file first")

    monkeypatch.setattr(lean, "first_page", no_lean)
    seen: list[tuple[str, bool, str]] = []

    def opening(frame: Any, _open: Any, _new_store: bool) -> None:
        seen.append((type(frame).__name__, frame.isVisible(), frame.label.text()))
        frame.close()
        return None  # as if the server could not be reached (its dialog is tested elsewhere)

    monkeypatch.setattr(app_module, "_open_with_dialogs", opening)
    code = app_module.run_app(
        data_dir=str(tmp_path / "data"), lang="en", database_url="postgresql://u@127.0.0.1:1/x"
    )
    assert code == 2
    assert seen == [("StartupFrame", True, "Connecting to the team database…")]
