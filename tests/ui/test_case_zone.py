"""A case's times in the window are its own zone's: typed in it, shown in it with the offset.

The machine and the process think they are in Shanghai ($TZ); the case is in London. 10:00
typed in the log form must be stored as 10:00 Europe/London (09:00 UTC in November)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from ecomplaint.services import cases
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.escalate_dialog import EscalateDialog
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog
from tests.ui.conftest import wait_idle


@pytest.fixture
def shanghai_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    monkeypatch.delenv("ECOMPLAINT_TZ", raising=False)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def london_case(store: Store) -> int:
    written = cases.create_case(
        store,
        title="Washing machine never delivered",
        platform="amazon",
        ladder="uk.generic",
        currency="GBP",
        amount="649",
    )
    assert written.created_id is not None
    return written.created_id


def open_window(qtbot: Any, make_window: Any, store: Store, case_id: int) -> MainWindow:
    w: MainWindow = make_window(store)
    wait_idle(qtbot, w)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.case.id == case_id)
    wait_idle(qtbot, w)
    return w


def test_times_typed_for_a_london_case_are_read_in_london(
    qtbot: Any, store: Store, make_window: Any, london_case: int, shanghai_machine: None
) -> None:
    assert os.environ["TZ"] == "Asia/Shanghai"
    w = open_window(qtbot, make_window, store, london_case)
    dialog = w.log_entry()
    assert isinstance(dialog, LogEntryDialog)
    assert dialog.zone_label.text() == "Europe/London"
    dialog.when.setCurrentIndex(dialog.when.findData("yesterday"))
    dialog.at.setDateTime(QDateTime(QDate(2026, 11, 19), QTime(10, 0)))
    dialog.summary.setPlainText("Phoned the seller")
    dialog.try_accept()
    wait_idle(qtbot, w)
    (entry,) = queries.case_detail(store, london_case).entries
    assert entry.occurred_at == datetime(2026, 11, 19, 10, 0, tzinfo=UTC)  # GMT in November
    assert entry.occurred_tz == "Europe/London"

    # shown back as 10:00, the day header saying the offset; the header names the jurisdiction
    model = w.timeline.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    day, row = model.row_at(0), model.row_at(1)
    assert model.day_text(day).endswith("(UTC+00)")
    assert model.time_text(row) == "10:00"
    assert w.header.values["jurisdiction"].text() == "GB · Europe/London (UTC+00) · GBP"


def test_the_display_zone_setting_overrides_the_case_zone(
    qtbot: Any,
    store: Store,
    make_window: Any,
    london_case: int,
    shanghai_machine: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ecomplaint.services import entries

    entries.log_entry(
        store,
        case_id=london_case,
        kind="call_out",
        summary="Phoned",
        occurred_at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC),
        occurred_tz="Europe/London",
    )
    monkeypatch.setenv("ECOMPLAINT_TZ", "Asia/Shanghai")
    w = open_window(qtbot, make_window, store, london_case)
    model = w.timeline.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.time_text(model.row_at(1)) == "18:00"
    assert model.day_text(model.row_at(0)).endswith("(UTC+08)")


def test_an_escalation_time_is_read_in_the_case_zone(
    qtbot: Any, store: Store, make_window: Any, london_case: int, shanghai_machine: None
) -> None:
    w = open_window(qtbot, make_window, store, london_case)
    dialog = w.case_actions.escalate()
    assert isinstance(dialog, EscalateDialog)
    # the store's frozen clock (06:00 UTC) shown as London wall time, not Shanghai's 14:00
    assert dialog.when.dateTime().time() == QTime(6, 0)
    dialog.when.setDateTime(QDateTime(QDate(2026, 6, 1), QTime(10, 0)))  # BST
    assert dialog.values()["escalated_at"] == datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_preferences_display_zone_reaches_the_window_and_the_cli(
    qtbot: Any,
    store: Store,
    make_window: Any,
    london_case: int,
    shanghai_machine: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from ecomplaint.domain.display_zone import display_zone
    from ecomplaint.services import entries

    monkeypatch.setenv("ECOMPLAINT_CONFIG_DIR", str(tmp_path / "config"))
    entries.log_entry(
        store,
        case_id=london_case,
        kind="call_out",
        summary="Phoned",
        occurred_at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC),
        occurred_tz="Europe/London",
    )
    w = open_window(qtbot, make_window, store, london_case)
    model = w.timeline.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.time_text(model.row_at(1)) == "10:00"
    prefs = w.preferences()
    assert prefs.display_zone.currentData() == ""  # each case's own zone by default
    prefs.display_zone.setCurrentIndex(prefs.display_zone.findData("Asia/Shanghai"))
    prefs.accept()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.time_text(model.row_at(1)) == "18:00")
    # the very setting the CLI reads
    assert display_zone("Europe/London").key == "Asia/Shanghai"
    prefs = w.preferences()
    prefs.display_zone.setCurrentIndex(0)
    prefs.accept()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.time_text(model.row_at(1)) == "10:00")
    assert display_zone("Europe/London").key == "Europe/London"
