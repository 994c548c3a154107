"""The window is usable before the store has opened (issue 19): actions queue, none is refused."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from ecomplaint.domain.clock import FixedClock
from ecomplaint.store import lean
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.dialog import CaseDialog
from ecomplaint.ui.cases.list_model import PAGE_SIZE
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.settings import Settings
from ecomplaint.ui.translator import Translations


def titles(w: MainWindow) -> list[str]:
    return [w.case_model.row_at(i).title for i in range(w.case_model.rowCount())]


def test_new_case_clicked_while_the_store_opens_gets_the_dialog_and_is_saved(
    qtbot: Any,
    demo_store: Store,
    clock: FixedClock,
    ini_path: Path,
    translations: Translations,
) -> None:
    if demo_store.dialect != "sqlite":
        pytest.skip("the lean start is for local stores")
    gate = threading.Event()
    opened: list[bool] = []

    def slow_open() -> Store:  # the store layer still loading on the runner's thread
        gate.wait(60)
        opened.append(True)
        return demo_store

    first = lean.first_page(demo_store.folder, clock, PAGE_SIZE + 1)
    assert first is not None and len(first) == 2
    settings = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
    w = MainWindow(
        slow_open,
        settings=settings,
        translations=translations,
        folder=demo_store.folder,
        clock=clock,
        first_page=first,
    )
    qtbot.addWidget(w)
    failures: list[BaseException] = []
    w.ops.show_failure = lambda exc, title="": failures.append(exc)  # type: ignore[method-assign]
    w.show()
    qtbot.waitExposed(w)
    assert len(titles(w)) == 2  # the list is there before the store is
    try:
        w.act_new_case.trigger()  # the user's click, in the first second
        dialogs = [d for d in w.findChildren(CaseDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialogs[0].set_value("title", "Clicked before the store opened")
        dialogs[0].try_accept()
        qtbot.wait(200)
        assert not opened and not w.ops.is_ready()  # still loading: the write waits in line
        assert "Clicked before the store opened" not in titles(w)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "Clicked before the store opened" in titles(w), timeout=30_000)
    qtbot.waitUntil(w.ops.is_idle, timeout=30_000)
    assert failures == []
    assert w.case.detail is not None and w.case.detail.case.title.startswith("Clicked before")
    w.stop()


def _gated_window(
    qtbot: Any, store: Store, clock: FixedClock, ini_path: Path, translations: Translations
) -> tuple[MainWindow, threading.Event, list[bool]]:
    """A window whose store is still opening on the runner until the gate is set."""
    gate = threading.Event()
    opened: list[bool] = []

    def slow_open() -> Store:
        gate.wait(60)
        opened.append(True)
        return store

    first = lean.first_page(store.folder, clock, PAGE_SIZE + 1)
    assert first is not None
    settings = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
    w = MainWindow(
        slow_open,
        settings=settings,
        translations=translations,
        folder=store.folder,
        clock=clock,
        first_page=first,
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, gate, opened


def test_the_first_click_is_answered_before_the_store_has_opened(
    qtbot: Any,
    demo_store: Store,
    clock: FixedClock,
    ini_path: Path,
    translations: Translations,
) -> None:
    if demo_store.dialect != "sqlite":
        pytest.skip("the lean start is for local stores")
    w, gate, opened = _gated_window(qtbot, demo_store, clock, ini_path, translations)
    try:
        case_id = w.case_model.row_at(1).id
        w.case_table.selectRow(1)  # the user's click on a case in the list
        qtbot.waitUntil(lambda: w.case.detail is not None, timeout=10_000)
        assert not opened and not w.ops.is_ready()  # answered while the store layer loads
        assert w.current_case_id == case_id
        assert w.timeline.timeline_model.rowCount() > 0  # its timeline is shown
        assert w.party_model.rowCount() > 0
        assert w.header.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(w.ops.is_ready, timeout=30_000)
    qtbot.waitUntil(w.ops.is_idle, timeout=30_000)
    w.stop()


def test_a_case_opened_behind_a_queued_write_waits_for_it(
    qtbot: Any,
    demo_store: Store,
    clock: FixedClock,
    ini_path: Path,
    translations: Translations,
) -> None:
    """A read beside the runner could miss a write still in line: with one queued, the open
    queues too and shows the case as written."""
    if demo_store.dialect != "sqlite":
        pytest.skip("the lean start is for local stores")
    w, gate, opened = _gated_window(qtbot, demo_store, clock, ini_path, translations)
    case = w.case_model.row_at(0)
    try:
        w.push_case_edit("edit case", case.id, {"title": "Renamed while opening"}, 1)
        assert w.ops.writes_pending()
        w.open_case(case.id)
        qtbot.wait(300)
        assert w.case.detail is None and not opened  # waiting behind the write, not stale
    finally:
        gate.set()
    qtbot.waitUntil(lambda: w.case.detail is not None, timeout=30_000)
    assert w.case.detail is not None
    assert w.case.detail.case.title == "Renamed while opening"
    qtbot.waitUntil(w.ops.is_idle, timeout=30_000)
    w.stop()


def test_a_lean_read_that_fails_leaves_the_open_to_the_runner(
    qtbot: Any,
    demo_store: Store,
    clock: FixedClock,
    ini_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if demo_store.dialect != "sqlite":
        pytest.skip("the lean start is for local stores")
    from ecomplaint.ui.cases import context

    def broken(*_a: Any) -> None:
        raise RuntimeError("a value the lean reader did not expect")

    monkeypatch.setattr(context, "_lean_case", broken)
    w, gate, opened = _gated_window(qtbot, demo_store, clock, ini_path, translations)
    case_id = w.case_model.row_at(0).id
    try:
        w.open_case(case_id)
        qtbot.wait(300)
        assert w.case.detail is None  # not answered from the side, not lost either
    finally:
        gate.set()
    qtbot.waitUntil(lambda: w.case.detail is not None, timeout=30_000)
    assert w.current_case_id == case_id
    qtbot.waitUntil(w.ops.is_idle, timeout=30_000)
    w.stop()
