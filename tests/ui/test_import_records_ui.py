"""File → Import calls, messages or e-mail…: preview, untick, import as one undoable step;
missed-call bursts shown as one timeline row; a malformed file says so and adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.import_records import ImportRecordsDialog
from ecomplaint.ui.timeline.model import ROW_ROLE
from ecomplaint.ui.timeline.rows import TimelineRow
from tests import records_fixtures as fx
from tests.ui.conftest import wait_idle

TV = "JD-2026-1102-4417"
CALLER = "+86 139-0000-7777"  # a number the demo case does not know: a new party
T0 = datetime(2026, 11, 21, 1, 10, tzinfo=UTC)  # 09:10 in Shanghai


def burst_log(tmp_path: Path) -> Path:
    """Nine unanswered calls from one number in 20 minutes, then an answered call hours later."""
    lines = [fx.call(CALLER, T0 + timedelta(minutes=m), 3) for m in (0, 2, 5, 7, 9, 12, 15, 18, 20)]
    lines.append(fx.call(CALLER, T0 + timedelta(hours=4), 1, 125, name="Courier"))
    return fx.calls_xml(tmp_path / "calls-20261121.xml", lines)


def open_tv(qtbot: Any, store: Store, make_window: Any) -> tuple[MainWindow, int]:
    case_id = queries.find_case_id(store, TV)
    w: MainWindow = make_window(store)
    wait_idle(qtbot, w)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.case.id == case_id)
    wait_idle(qtbot, w)
    return w, case_id


def preview(qtbot: Any, w: MainWindow, path: Path) -> ImportRecordsDialog:
    dialog = w.import_records()
    assert dialog is not None
    dialog.path.setText(str(path))
    dialog.load_preview()
    wait_idle(qtbot, w)
    return dialog


def imported_entries(store: Store, case_id: int) -> list[Any]:
    return [e for e in queries.case_detail(store, case_id).entries if e.source_sha256]


def timeline_rows(w: MainWindow) -> list[TimelineRow]:
    m = w.timeline.timeline_model
    return [m.index(i, 0).data(ROW_ROLE) for i in range(m.rowCount())]


def test_a_call_log_is_previewed_imported_as_one_step_and_undone(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path
) -> None:
    w, case_id = open_tv(qtbot, demo_store, make_window)
    before = len(queries.case_detail(demo_store, case_id).entries)
    dialog = preview(qtbot, w, burst_log(tmp_path))
    m = dialog.model
    assert m.rowCount() == 10 and m.columnCount() == 6
    # Kind, time in the case zone (Shanghai), party: the file's number.
    assert m.index(0, 1).data() == "Missed call"
    assert m.index(0, 2).data() == "2026-11-21 09:10"
    assert CALLER in m.index(0, 3).data()
    assert m.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert m.index(0, 5).data() == ""
    assert dialog.ok_button.isEnabled()
    # The answered call is unticked: it stays out.
    assert m.setData(m.index(9, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.commit()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    got = imported_entries(demo_store, case_id)
    assert sorted(e.kind for e in got) == ["call_missed"] * 9
    assert w.undo_stack.count() == 1 and "9" in w.undo_stack.undoText()
    qtbot.waitUntil(lambda: len(w.detail.entries) == before + 9)  # type: ignore[union-attr]
    # The nine missed calls are one timeline row: count, first and last.
    bursts = [r for r in timeline_rows(w) if r.is_burst]
    assert len(bursts) == 1
    assert [c.id for c in bursts[0].burst] == sorted(e.id for e in got)
    model = w.timeline.timeline_model
    index = model.index(timeline_rows(w).index(bursts[0]), 0)
    assert "9 missed calls in 20 minutes" in index.data()
    assert "09:10–09:30" in index.data()
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.count("2026-11-21 09:") == 9
    assert not any(r.entry and r.entry.id in {e.id for e in got[1:]} for r in timeline_rows(w))

    w.undo_stack.undo()
    wait_idle(qtbot, w)
    assert imported_entries(demo_store, case_id) == []
    qtbot.waitUntil(lambda: len(w.detail.entries) == before)  # type: ignore[union-attr]
    w.undo_stack.redo()
    wait_idle(qtbot, w)
    assert len(imported_entries(demo_store, case_id)) == 9


def test_importing_the_same_log_again_marks_every_row_already_there(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path
) -> None:
    w, _case_id = open_tv(qtbot, demo_store, make_window)
    path = burst_log(tmp_path)
    first = preview(qtbot, w, path)
    first.commit()
    wait_idle(qtbot, w)
    again = preview(qtbot, w, path)
    m = again.model
    assert m.rowCount() == 10
    assert all(m.index(i, 5).data() == "Imported before from this file" for i in range(10))
    assert m.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None  # nothing to tick
    assert not again.ok_button.isEnabled()
    again.reject()


def test_a_malformed_file_shows_a_message_and_commits_nothing(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path, asked: list[str]
) -> None:
    w, case_id = open_tv(qtbot, demo_store, make_window)
    before = len(queries.case_detail(demo_store, case_id).entries)
    bad = tmp_path / "calls.xml"
    bad.write_text(burst_log(tmp_path).read_text(encoding="utf-8")[:400], encoding="utf-8")
    dialog = preview(qtbot, w, bad)
    assert len(asked) == 1 and "calls.xml" in asked[0]
    assert dialog.model.rowCount() == 0 and not dialog.ok_button.isEnabled()
    dialog.commit()
    wait_idle(qtbot, w)
    assert len(queries.case_detail(demo_store, case_id).entries) == before
    assert w.undo_stack.count() == 0


def test_unticking_every_row_or_changing_an_option_disables_import(
    qtbot: Any, demo_store: Store, make_window: Any, tmp_path: Path
) -> None:
    w, _case_id = open_tv(qtbot, demo_store, make_window)
    dialog = preview(qtbot, w, burst_log(tmp_path))
    m = dialog.model
    for i in range(m.rowCount()):
        m.setData(m.index(i, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.ok_button.isEnabled()
    m.setData(m.index(3, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.ok_button.isEnabled() and m.chosen() == [3]
    # A new filter makes the shown preview stale: it goes, and Import waits for Preview.
    dialog.contact.textEdited.emit("someone else")
    assert m.rowCount() == 0 and not dialog.ok_button.isEnabled()
    dialog.contact.setText("7777")
    dialog.load_preview()
    wait_idle(qtbot, w)
    assert m.rowCount() == 10 and dialog.ok_button.isEnabled()
    dialog.reject()
    wait_idle(qtbot, w)
