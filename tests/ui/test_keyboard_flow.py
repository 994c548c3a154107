"""A new user, keyboard only, logs the TV story's complaint call with its 24–48 h promise."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog
from tests.ui.conftest import wait_idle

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    """Chinese arrives the way an input method delivers it: committed strings, per phrase."""
    widget = focused()
    for phrase in text.split(" "):
        if phrase.isascii():
            qtbot.keyClicks(widget, phrase)
        else:
            event = QInputMethodEvent()
            event.setCommitString(phrase)
            QApplication.sendEvent(widget, event)
        if phrase is not text.split(" ")[-1]:
            qtbot.keyClick(widget, K.Key_Space)


def test_log_the_complaint_call_with_the_keyboard_only(
    qtbot: Any, demo_store: Store, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    wait_idle(qtbot, w)
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    entries_before = len(queries.case_detail(demo_store, tv).entries)

    # Ctrl+F, type a word from the case, Enter goes to the result and opens it
    press(qtbot, K.Key_F, CTRL)
    assert focused() is w.filters.search
    type_text(qtbot, "电视")
    qtbot.waitUntil(lambda: w.case_model.rowCount() == 1, timeout=3000)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: w.current_case_id == tv, timeout=3000)
    wait_idle(qtbot, w)

    # Ctrl+L opens the form with the kind focused; a call to them is the default
    press(qtbot, K.Key_L, CTRL)
    dialog = w.findChild(LogEntryDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=3000)
    assert focused() is dialog.kind
    assert dialog.kind.currentData() == "call_out"
    assert (dialog.channel.currentData(), dialog.direction.currentData()) == ("phone", "out")
    press(qtbot, K.Key_Tab)  # channel
    press(qtbot, K.Key_Tab)  # direction
    press(qtbot, K.Key_Tab)  # who
    assert focused() is dialog.party
    press(qtbot, K.Key_Down)  # the complainant
    press(qtbot, K.Key_Down)  # customer service, 工号 7731
    assert "7731" in dialog.party.currentText()
    press(qtbot, K.Key_Tab)  # when: now
    assert focused() is dialog.when
    press(qtbot, K.Key_Tab)  # approximate (the time box is off while "now")
    press(qtbot, K.Key_Tab)
    assert focused() is dialog.summary
    type_text(qtbot, "致电客服投诉安装：底座安装被改成挂墙，插座外露。")
    press(qtbot, K.Key_Tab)
    assert focused() is dialog.quote
    type_text(qtbot, "我们先去了解一下情况，24 到 48 小时内给您回复。")
    press(qtbot, K.Key_Tab)
    assert focused() is dialog.promised
    press(qtbot, K.Key_Space)
    assert dialog.promised.isChecked()
    press(qtbot, K.Key_Tab)  # what: a reply (the default)
    press(qtbot, K.Key_Tab)  # within: 24–48 hours (the default)
    assert focused() is dialog.window_preset
    assert dialog.window_preset.currentData() == "24-48h"
    press(qtbot, K.Key_Return, CTRL)  # save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    wait_idle(qtbot, w)

    detail = queries.case_detail(demo_store, tv)
    assert len(detail.entries) == entries_before + 1
    entry = max(detail.entries, key=lambda e: e.id)
    assert (entry.kind, entry.channel, entry.direction) == ("call_out", "phone", "out")
    assert entry.occurred_at == demo_store.clock.now()
    assert "7731" in next(p.name for p in detail.parties if p.id == entry.party_id)
    promise = max(detail.promises, key=lambda p: p.id)
    assert promise.entry_id == entry.id
    assert (promise.clock, promise.window_min, promise.window_max) == ("hours", 24, 48)
    assert promise.due_from == entry.occurred_at + timedelta(hours=24)
    assert promise.due_by == entry.occurred_at + timedelta(hours=48)
    assert w.timeline.timeline_model.row_of_entry(entry.id) >= 0

    # and Ctrl+Z takes it back (the window manager hands focus back; offscreen has none)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    press(qtbot, K.Key_Z, CTRL)
    wait_idle(qtbot, w)
    assert len(queries.case_detail(demo_store, tv).entries) == entries_before


def test_escape_cancels_the_form(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    wait_idle(qtbot, w)
    w.open_case(1)
    wait_idle(qtbot, w)
    dialog = w.log_entry()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=3000)
    qtbot.keyClicks(dialog.summary, "not saved")
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    wait_idle(qtbot, w)
    assert all(e.summary != "not saved" for e in queries.case_detail(demo_store, 1).entries)


@pytest.mark.parametrize("where", ["summary", "promise_description"])
def test_ctrl_enter_in_a_text_box_and_enter_in_a_line_saves(
    where: str, qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    wait_idle(qtbot, w)
    w.open_case(1)
    wait_idle(qtbot, w)
    before = len(queries.case_detail(demo_store, 1).entries)
    dialog = w.log_entry()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=3000)
    dialog.promised.setChecked(True)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Called them")
    if where == "summary":
        press(qtbot, K.Key_Return, CTRL)  # a plain Enter would start a new line here
    else:
        dialog.promise_description.setFocus()
        qtbot.keyClicks(dialog.promise_description, "reply")
        press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    wait_idle(qtbot, w)
    detail = queries.case_detail(demo_store, 1)
    assert len(detail.entries) == before + 1
    assert any(e.summary == "Called them" for e in detail.entries)
