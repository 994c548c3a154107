"""The Today model without a window, the widget and the notifier with qtbot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, promises
from ecomplaint.store.due import due_report
from ecomplaint.ui.today.model import TodayModel
from ecomplaint.ui.today.notifier import LapseNotifier
from ecomplaint.ui.today.view import TodayView


def test_model_rows_from_demo(demo_store, clock, qtbot):
    model = TodayModel()
    model.set_report(due_report(demo_store, clock.now()))
    assert model.rowCount() == 2
    state = model.index(0, 0).data()
    assert state == "Overdue by 2 d 14 h"
    assert model.index(0, 2).data() == "发来书面处理说明"
    assert model.index(1, 0).data() == "Final offer: my decision"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == model.row_at(0).case_id


def test_widget_counts_and_open_case(demo_store, clock, qtbot):
    view = TodayView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counts_changed) as sig:
        view.show_report(due_report(demo_store, clock.now()))
    assert sig.args == [1, 0, 1]
    assert view.title_suffix() == "1 overdue"
    assert "Overdue: 1" in view.summary.text()
    index = view.model.index(0, 1)
    with qtbot.waitSignal(view.open_case) as opened:
        view.table.doubleClicked.emit(index)
    assert opened.args == [view.model.row_at(0).case_id]


def test_notifier_summary_then_lapse(store, qtbot):
    clock = FixedClock(datetime(2026, 11, 20, 6, 0, tzinfo=UTC))
    store.clock = clock
    cid = cases.create_case(store, title="Kettle").created_id
    promises.record_promise(
        store,
        case_id=cid,
        what="refund",
        window_min=0,
        window_max=2,
        made_at=clock.now(),
        description="refund",
    )
    notifier = LapseNotifier(tray=None)
    seen: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: seen.append((title, text)))

    def report():  # what the Today tab loads through ui.ops each minute
        return due_report(store, clock.now(), horizon=timedelta(hours=24))

    text = notifier.summary(report())
    assert text.startswith("0 overdue, 1 due within 24 hours")
    assert notifier.check(report()) == []
    clock.advance(timedelta(hours=2, minutes=1))
    lapsed = notifier.check(report())
    assert len(lapsed) == 1
    assert seen[-1] == ("Promise lapsed", "Kettle: refund")
    assert notifier.check(report()) == []  # announced once
