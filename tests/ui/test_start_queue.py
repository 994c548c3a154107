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
