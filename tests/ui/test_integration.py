"""The wired-in pieces, end to end on the real window: Today, the title's counts, attaching,
the dossier, escalating, pausing, About, and what is disabled without a case."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt

from ecomplaint.resources_path import resource_path
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.escalate_dialog import EscalateDialog
from ecomplaint.ui.commands import LogEntryCommand
from ecomplaint.ui.dialogs.about import AboutDialog
from ecomplaint.ui.evidence import panel as evidence_panel
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogRequest
from tests.ui.conftest import wait_idle

TV_ORDER = "JD-2026-1102-4417"


def tv_id(store: Store) -> int:
    case_id = queries.find_case_id(store, TV_ORDER)
    assert case_id is not None
    return case_id


def open_and_wait(qtbot: Any, w: MainWindow, case_id: int) -> None:
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.current_case_id == case_id)
    wait_idle(qtbot, w)


def test_today_opens_a_case_on_double_click(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    w.act_today.trigger()
    assert w.main_tabs.currentWidget() is w.today.view
    view = w.today.view
    assert view.model.rowCount() > 0
    row = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).case_id)
    wanted = view.model.row_at(row).case_id
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.current_case_id == wanted)
    assert w.main_tabs.currentIndex() == 0


def test_window_title_shows_the_overdue_count(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(demo_store)
    wait_idle(qtbot, w)
    report = w.today.view.report
    assert report is not None and report.counts.overdue >= 1
    assert w.windowTitle() == f"eComplaint — {report.counts.overdue} overdue"


def test_attach_files_action_attaches_and_the_strip_shows_them(
    qtbot: Any, demo_store: Store, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w: MainWindow = make_window(demo_store)
    case_id = tv_id(demo_store)
    open_and_wait(qtbot, w, case_id)
    before = w.evidence.strip.strip_model.rowCount()
    picture = Path(str(resource_path("demo", "wreath_sms.png")))
    monkeypatch.setattr(evidence_panel, "ask_open_paths", lambda parent, title: [str(picture)])
    w.timeline.clearSelection()
    w.timeline.setCurrentIndex(w.timeline.timeline_model.index(-1, 0))
    w.act_attach.trigger()
    qtbot.waitUntil(lambda: not w.evidence.jobs, timeout=10_000)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.evidence.strip.strip_model.rowCount() == before + 1)
    names = [r.original_name for r in queries.case_detail(demo_store, case_id).evidence]
    assert "wreath_sms.png" in names
    # removing it asks first, then goes through the undo stack
    record = next(r for r in w.evidence.records if r.original_name == "wreath_sms.png")
    monkeypatch.setattr(evidence_panel.evidence_actions, "ask_yes_no", lambda *a: True)
    w.evidence.trash(record)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.evidence.strip.strip_model.rowCount() == before)
    w.undo_stack.undo()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.evidence.strip.strip_model.rowCount() == before + 1)


def test_export_dossier_action_writes_a_pdf(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path
) -> None:
    w: MainWindow = make_window(demo_store)
    open_and_wait(qtbot, w, tv_id(demo_store))
    out = tmp_path / "dossier.pdf"
    w.files.export_dossier(
        ask_save_path=lambda parent, title, start: str(out), opener=lambda p: None
    )
    qtbot.waitUntil(lambda: w.files.export_dialog is not None)
    dialog = w.files.export_dialog
    assert dialog is not None
    try:
        dialog.path.setText("")
        dialog.start_export()  # an empty path asks where (patched)
        qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=60_000)
        assert out.read_bytes().startswith(b"%PDF")
    finally:
        dialog.shutdown()
        dialog.close()


def test_export_dialog_opened_right_after_logging_shows_the_new_entry(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path
) -> None:
    """The order a user can produce with two shortcuts: Ctrl+L's write is still queued when
    Ctrl+P opens the export dialog. The dialog must see the record with the new entry (it read
    on the UI thread before, and showed the record without it, every time)."""
    w: MainWindow = make_window(demo_store)
    case_id = tv_id(demo_store)
    open_and_wait(qtbot, w, case_id)
    block = threading.Event()
    w.ops.read(lambda _s: block.wait(10), None)  # a busy worker: the write stays queued
    w.undo_stack.push(
        LogEntryCommand(w.ops, "log entry", _request(case_id, demo_store.clock.now()))
    )
    w.files.export_dossier(opener=lambda p: None)
    block.set()
    qtbot.waitUntil(lambda: w.files.export_dialog is not None)
    dialog = w.files.export_dialog
    assert dialog is not None
    try:
        assert "logged just before the export" in [e.summary for e in dialog.detail.entries]
    finally:
        dialog.close()


def _request(case_id: int, now: datetime) -> LogRequest:
    return LogRequest(
        case_id=case_id,
        kind="call_out",
        channel="phone",
        direction="out",
        party_id=None,
        new_party=None,
        occurred_at=now,
        occurred_tz="Asia/Shanghai",
        precision="exact",
        summary="logged just before the export",
        quote="",
        promise=None,
    )


def test_escalate_logs_the_rung_and_its_promise(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(demo_store)
    case_id = tv_id(demo_store)
    open_and_wait(qtbot, w, case_id)
    before = queries.case_detail(demo_store, case_id)
    dialog = w.case_actions.escalate()
    assert isinstance(dialog, EscalateDialog)
    assert dialog.rung.currentData() == "platform_intervention"  # the next rung, preselected
    dialog.rung.setCurrentIndex(dialog.rung.findData("regulator_12315"))  # a rung with a rule
    suggested = "regulator_12315"
    # Today (Nov 2026) SAMR Order No. 121 applies, whose limits the pack could not confirm;
    # escalated in March 2026, Order No. 20's 7-working-day acceptance clock is owed.
    assert "not be checked" in dialog.note.text() or "未能" in dialog.note.text()
    march = QDateTime.fromSecsSinceEpoch(int(datetime(2026, 3, 16, 2, 0, tzinfo=UTC).timestamp()))
    dialog.when.setDateTime(march)
    assert "7" in dialog.note.text()  # its acceptance clock is shown
    step = w.case_actions.label.text()
    assert step.startswith("Next: JD platform intervention") and "overdue" in step
    dialog.reference.setText("JD-INT-20261122")
    dialog.try_accept()
    wait_idle(qtbot, w)
    after = queries.case_detail(demo_store, case_id)
    new = [e for e in after.escalations if e.id not in {x.id for x in before.escalations}]
    assert [(e.rung, e.reference_no) for e in new] == [(suggested, "JD-INT-20261122")]
    owed = [p for p in after.promises if p.escalation_id == new[0].id]
    assert [(p.clock, p.window_max) for p in owed] == [("working_days", 7)]
    w.undo_stack.undo()
    wait_idle(qtbot, w)
    live = [e for e in queries.case_detail(demo_store, case_id).escalations if not e.trashed_at]
    assert len(live) == len([e for e in before.escalations if not e.trashed_at])


def test_pause_and_resume(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    case_id = tv_id(demo_store)
    open_and_wait(qtbot, w, case_id)

    def open_pauses() -> int:
        detail = queries.case_detail(demo_store, case_id)
        return sum(1 for p in detail.pauses if p.promise_id is None and p.ended_at is None)

    assert open_pauses() == 0
    w.case_actions.act_pause.trigger()
    wait_idle(qtbot, w)
    assert open_pauses() == 1
    assert w.case_actions.act_pause.text() == "&Resume the clocks"
    w.case_actions.act_pause.trigger()
    wait_idle(qtbot, w)
    assert open_pauses() == 0
    w.undo_stack.undo()  # un-resume: paused again
    wait_idle(qtbot, w)
    assert open_pauses() == 1
    w.undo_stack.undo()  # un-pause: no pause at all
    wait_idle(qtbot, w)
    assert queries.case_detail(demo_store, case_id).pauses == []


def test_help_about_opens(
    qtbot: Any, store: Store, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w: MainWindow = make_window(store)
    shown: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    w.act_about.trigger()
    assert shown == ["About eComplaint"]


def test_case_actions_disabled_without_a_case(qtbot: Any, store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(store)
    wait_idle(qtbot, w)
    assert w.current_case_id is None
    for action in (
        w.act_export,
        w.case_actions.act_escalate,
        w.case_actions.act_pause,
        w.act_attach,
        w.act_log,
    ):
        assert not action.isEnabled(), action.text()
    assert w.act_today.isEnabled() and w.act_backup.isEnabled()


def test_restore_reopens_the_store_in_the_same_window(
    qtbot: Any,
    demo_store: Store,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ecomplaint.handoff.backups import write_backup_file
    from ecomplaint.services.cases import create_case
    from ecomplaint.ui.files import restore_dialog

    backup = write_backup_file(demo_store, tmp_path / "b.zip")
    w: MainWindow = make_window(demo_store)
    wait_idle(qtbot, w)
    create_case(demo_store, title="after the backup")
    monkeypatch.setattr(restore_dialog, "yes_no", lambda *a: True)
    dialog = w.files.restore(backup)
    assert dialog is not None
    dialog.start_restore()
    qtbot.waitUntil(lambda: w.store is not demo_store, timeout=20_000)
    wait_idle(qtbot, w)
    titles = [c.title for c in queries.list_cases(w.store)]
    assert "after the backup" not in titles and len(titles) == 2
    assert w.case_model.rowCount() == 2
    w.store.close()


def test_logging_with_a_new_party_and_a_promise_is_one_action_undone_as_one(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    from dataclasses import replace

    from ecomplaint.ui.timeline.log_entry_dialog import NewParty, PromiseRequest

    w: MainWindow = make_window(demo_store)
    case_id = tv_id(demo_store)
    open_and_wait(qtbot, w, case_id)
    before = queries.case_detail(demo_store, case_id)
    request = replace(
        _request(case_id, demo_store.clock.now()),
        new_party=NewParty(role="supervisor", name="王经理"),
        promise=PromiseRequest("callback", "hours", 0, 24, "回电"),
    )
    command = LogEntryCommand(w.ops, "log entry", request)
    w.undo_stack.push(command)
    wait_idle(qtbot, w)
    after = queries.case_detail(demo_store, case_id)
    (party,) = [p for p in after.parties if p.name == "王经理"]
    (promise,) = [p for p in after.promises if p.id == command.promise_id]
    assert promise.party_id == party.id == command.party_id
    assert len(after.entries) == len(before.entries) + 1
    w.undo_stack.undo()
    wait_idle(qtbot, w)
    undone = queries.case_detail(demo_store, case_id)
    assert [len(undone.entries), len(undone.parties), len(undone.promises)] == [
        len(before.entries),
        len(before.parties),
        len(before.promises),
    ]
