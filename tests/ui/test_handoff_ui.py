"""The hand-off and restore widgets on a real (offscreen) window, work on worker threads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import backups
from ecomplaint.handoff.export import export_case
from ecomplaint.services import cases
from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.migrate import head_revision
from ecomplaint.ui.files import handoff, restore_dialog
from ecomplaint.ui.files.autobackup import AutoBackup
from ecomplaint.ui.files.handoff import HandoffActions
from ecomplaint.ui.files.restore_dialog import RestoreDialog
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_export_then_import_through_the_actions(
    qtbot: Any,
    demo_store: Store,
    tmp_path: Path,
    asked: list[str],
    make_ops: Any,
    monkeypatch: Any,
) -> None:
    previews: list[str] = []  # the import's preview: the user says yes
    monkeypatch.setattr(
        handoff, "confirm_plain", lambda _p, _t, _q, details: previews.append(details) or True
    )
    add_evidence(demo_store, 1, b"\xff\xd8photo", name="p.jpg")
    window = QWidget()
    qtbot.addWidget(window)
    actions = HandoffActions(make_ops(demo_store), window)
    with qtbot.waitSignal(actions.exported, timeout=10_000) as sig:
        actions.export_case(1, tmp_path / "tv")
    assert sig.args[0].path == tmp_path / "tv.ecase" and "Saved" in asked[-1]

    other = open_store(tmp_path / "other", clock=FixedClock(FROZEN))
    try:
        receiving = make_ops(other)
        announced: list[Any] = []
        receiving.changed.connect(lambda changes, _who: announced.append(changes))
        receiver = HandoffActions(receiving, window)
        with qtbot.waitSignal(receiver.imported, timeout=10_000) as sig:
            receiver.import_file(tmp_path / "tv.ecase")
        assert sig.args[0].case_id is not None and announced[-1].evidence
        assert len(previews) == 1  # asked once, before anything was written
        assert len(queries.list_cases(other)) == 1 and "Imported" in asked[-1]

        (tmp_path / "bad.ecase").write_bytes(b"PK\x03\x04 broken")
        receiver.import_file(tmp_path / "bad.ecase")
        receiving.drain()
        assert "Nothing was imported" in asked[-1]
    finally:
        receiving.stop()
        other.close()


def test_window_import_shows_a_preview_first(
    qtbot: Any, demo_store: Store, tmp_path: Path, asked: list[str], make_ops: Any
) -> None:
    """The preview is read on the runner; saying No writes nothing (issue #12 §4)."""
    case_id = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    assert case_id is not None
    old = export_case(demo_store, case_id, tmp_path / "old.ecase").path
    cases.edit_case(demo_store, case_id=case_id, values={"title": "新标题"})
    ops = make_ops(demo_store)
    announced: list[Any] = []
    ops.changed.connect(lambda changes, _who: announced.append(changes))
    window = QWidget()
    qtbot.addWidget(window)
    actions = HandoffActions(ops, window)

    actions.import_file(old)  # the fixture's answer is not Yes: the user declines
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    ops.drain()

    assert "Nothing has been written yet" in asked[0] and "新标题" in asked[0]  # what is kept
    assert announced == [] and not actions.busy()
    titles: list[str] = []
    ops.read(lambda store: queries.get_case(store, case_id).title, titles.append)
    ops.drain()
    assert titles == ["新标题"]


def test_the_restore_dialog_shows_the_backup_then_restores_off_the_ui_thread(
    qtbot: Any, demo_store: Store, tmp_path: Path, monkeypatch: Any, make_ops: Any
) -> None:
    backup = backups.write_backup_file(demo_store, tmp_path / "b.zip")
    cases.create_case(demo_store, title="after the backup")
    ops = make_ops(demo_store)
    questions: list[str] = []
    monkeypatch.setattr(
        restore_dialog, "yes_no", lambda p, title, text: questions.append(text) or True
    )
    dialog = RestoreDialog(ops, backup)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.description.text()
    assert "Cases 2, entries 16" in text and f"Schema: {head_revision()}" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog.png"))

    with qtbot.waitSignal(ops.store_swapped, timeout=20_000):
        dialog.restore_button.click()
    assert questions and ops.store is not demo_store  # every view now reads the restored one
    counts: list[dict[str, int]] = []
    ops.read(queries.counts, counts.append)
    ops.drain()
    assert counts[0]["cases"] == 2
    ops.store.close()


def test_the_restore_dialog_refuses_a_file_that_is_not_a_backup(
    qtbot: Any, store: Store, tmp_path: Path, make_ops: Any
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"junk")
    ops = make_ops(store)
    dialog = RestoreDialog(ops, junk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.description.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog_refused.png"))
    dialog.start_restore()
    assert dialog.job is None and ops.is_idle()  # nothing was queued for a file like that


def test_auto_backup_takes_one_at_start_and_stops_cleanly(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops = make_ops(store)
    auto = AutoBackup(ops, keep=2)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as sig:
        auto.start()
    assert Path(sig.args[0]).name.endswith("-auto")
    auto.check()  # not due again: no second backup
    auto.stop()
    ops.drain()
    assert len(backups.auto_backups(store.folder)) == 1
