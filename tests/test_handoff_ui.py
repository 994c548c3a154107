"""The hand-off and restore widgets on a real (offscreen) window, work on worker threads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import backups, cases
from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.migrate import head_revision
from ecomplaint.ui import handoff_dialogs, restore_dialog
from ecomplaint.ui.handoff_autobackup import AutoBackup
from ecomplaint.ui.handoff_dialogs import HandoffActions
from ecomplaint.ui.restore_dialog import RestoreDialog
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence

SHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


@pytest.fixture
def told(monkeypatch: Any) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []

    def tell(parent: Any, title: str, text: str, *, error: bool = False) -> None:
        said.append((text, error))

    monkeypatch.setattr(handoff_dialogs, "tell", tell)
    monkeypatch.setattr(restore_dialog, "tell", tell)
    # the import's preview: the user says yes
    monkeypatch.setattr(handoff_dialogs, "confirm_plain", lambda *args: True)
    return said


def test_export_then_import_through_the_actions(
    qtbot: Any, demo_store: Store, tmp_path: Path, told: list[tuple[str, bool]]
) -> None:
    add_evidence(demo_store, 1, b"\xff\xd8photo", name="p.jpg")
    window = QWidget()
    qtbot.addWidget(window)
    actions = HandoffActions(window, demo_store)
    job = actions.export_case(1, tmp_path / "tv")
    assert job is not None
    with qtbot.waitSignal(actions.exported, timeout=10_000) as sig:
        pass
    job.wait()
    assert sig.args[0].path == tmp_path / "tv.ecase" and told[-1][1] is False

    other = open_store(tmp_path / "other", clock=FixedClock(FROZEN))
    try:
        receiver = HandoffActions(window, other)
        with qtbot.waitSignal(receiver.imported, timeout=10_000) as sig:
            job = receiver.import_file(tmp_path / "tv.ecase")
        assert job is not None
        job.wait()  # the preview
        assert receiver.job is not None
        receiver.job.wait()  # and the import the user agreed to
        assert sig.args[0].case_id is not None and sig.args[0].evidence
        assert len(queries.list_cases(other)) == 1 and "Imported" in told[-1][0]

        (tmp_path / "bad.ecase").write_bytes(b"PK\x03\x04 broken")
        job = receiver.import_file(tmp_path / "bad.ecase")
        assert job is not None
        qtbot.waitUntil(lambda: told[-1][1] is True, timeout=10_000)
        job.wait()
        assert "Nothing was imported" in told[-1][0]
    finally:
        receiver.stop()
        other.close()
    actions.stop()


def test_the_restore_dialog_shows_the_backup_then_restores_off_the_ui_thread(
    qtbot: Any, demo_store: Store, tmp_path: Path, monkeypatch: Any, told: Any
) -> None:
    backup = backups.write_backup_file(demo_store, tmp_path / "b.zip")
    cases.create_case(demo_store, title="after the backup")
    folder = demo_store.folder
    asked: list[str] = []
    monkeypatch.setattr(restore_dialog, "ask", lambda p, title, text: asked.append(text) or True)
    dialog = RestoreDialog(folder, backup, close_store=demo_store.close, clock=FixedClock(FROZEN))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.description.text()
    assert "Cases 2, entries 16" in text and f"Schema: {head_revision()}" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog.png"))

    with qtbot.waitSignal(dialog.restored, timeout=20_000) as sig:
        dialog.restore_button.click()
    assert asked and sig.args[0].before_restore is not None
    store = open_store(folder, clock=FixedClock(FROZEN))
    try:
        assert queries.counts(store)["cases"] == 2
    finally:
        store.close()


def test_the_restore_dialog_refuses_a_file_that_is_not_a_backup(qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"junk")
    closed: list[bool] = []
    dialog = RestoreDialog(tmp_path / "data", junk, close_store=lambda: closed.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.description.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog_refused.png"))
    dialog.start_restore()
    assert closed == []  # the store was never closed for a file that cannot be restored


def test_auto_backup_takes_one_at_start_and_stops_cleanly(qtbot: Any, store: Store) -> None:
    auto = AutoBackup(store, keep=2)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as sig:
        auto.start()
    assert Path(sig.args[0]).name.endswith("-auto")
    auto.check()  # not due again: no second backup
    auto.stop()
    assert len(backups.auto_backups(store.folder)) == 1
