"""Team mode in the window: two sessions saving the same case (issue #12 §7).

Every edit and every undo from the window carries the version it was based on; the second
save is refused, both values are shown and the user chooses; nothing is overwritten silently.
SQLite stands in for the shared database here (the version check is the same code path as
PostgreSQL's row lock, see tests/test_team_mode.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.ui import ask
from ecomplaint.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_main_window import create_case


@pytest.fixture
def second(store: Store) -> Iterator[Store]:
    """Another session on the same database (another volunteer's window)."""
    other = open_store(store.folder, clock=store.clock)
    yield other
    other.close()


def _open(qtbot: Any, w: MainWindow, case_id: int) -> None:
    w.open_case(case_id)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.case.id == case_id)
    wait_idle(qtbot, w)


def _save_title(qtbot: Any, w: MainWindow, dialog: Any, title: str) -> None:
    dialog.set_value("title", title)
    dialog.try_accept()
    wait_idle(qtbot, w)


def test_second_window_saving_the_same_case_is_refused(
    qtbot: Any, store: Store, second: Store, make_window: Any, asked: list[str]
) -> None:
    w1: MainWindow = make_window(store)
    case_id = create_case(qtbot, w1, "Old title")
    w2: MainWindow = make_window(second)
    _open(qtbot, w2, case_id)
    first, other = w1.edit_case(), w2.edit_case()  # both opened on the same version
    assert first is not None and other is not None

    _save_title(qtbot, w1, first, "Alice's title")
    _save_title(qtbot, w2, other, "Bob's title")

    assert queries.get_case(store, case_id).title == "Alice's title"  # not overwritten
    shown = asked[-1]
    assert "Alice's title" in shown and "Bob's title" in shown  # both values shown
    # the user kept the saved values (the default): the window now shows them
    qtbot.waitUntil(lambda: w2.detail is not None and w2.detail.case.title == "Alice's title")
    w2.act_undo.trigger()  # undoing the refused edit writes nothing
    wait_idle(qtbot, w2)
    assert queries.get_case(store, case_id).title == "Alice's title"


def test_choosing_mine_saves_over_the_version_now_stored(
    qtbot: Any,
    store: Store,
    second: Store,
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def use_mine(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Use mine").click()
        return 0

    w1: MainWindow = make_window(store)
    case_id = create_case(qtbot, w1, "Old title")
    w2: MainWindow = make_window(second)
    _open(qtbot, w2, case_id)
    first, other = w1.edit_case(), w2.edit_case()
    _save_title(qtbot, w1, first, "Alice's title")
    monkeypatch.setattr(ask, "ask", use_mine)
    _save_title(qtbot, w2, other, "Bob's title")
    wait_idle(qtbot, w2)
    qtbot.waitUntil(lambda: queries.get_case(store, case_id).title == "Bob's title")


def test_undo_over_someone_elses_change_is_refused(
    qtbot: Any, store: Store, second: Store, make_window: Any, asked: list[str]
) -> None:
    w1: MainWindow = make_window(store)
    case_id = create_case(qtbot, w1, "Old title")
    edit = w1.edit_case()
    _save_title(qtbot, w1, edit, "Alice's title")
    w2: MainWindow = make_window(second)
    _open(qtbot, w2, case_id)
    _save_title(qtbot, w2, w2.edit_case(), "Bob's title")
    assert queries.get_case(store, case_id).title == "Bob's title"

    w1.act_undo.trigger()  # would put back "Old title" over Bob's work

    wait_idle(qtbot, w1)
    assert queries.get_case(store, case_id).title == "Bob's title"
    assert "Bob's title" in asked[-1] and "Old title" in asked[-1]


def test_own_edits_undo_and_redo_in_a_row(
    qtbot: Any, store: Store, make_window: Any, asked: list[str]
) -> None:
    """The versions of this window's own commands chain: no false conflict."""
    w: MainWindow = make_window(store)
    case_id = create_case(qtbot, w, "One")
    _save_title(qtbot, w, w.edit_case(), "Two")
    _save_title(qtbot, w, w.edit_case(), "Three")
    for expected in ("Two", "One"):
        w.act_undo.trigger()
        wait_idle(qtbot, w)
        assert queries.get_case(store, case_id).title == expected
    for expected in ("Two", "Three"):
        w.act_redo.trigger()
        wait_idle(qtbot, w)
        assert queries.get_case(store, case_id).title == expected
    assert asked == []
