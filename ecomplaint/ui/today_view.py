"""The Today view: every case's overdue, due-soon and waiting items in one table.

Standalone widget for the main window: give it a loader (the due query) and a clock
(`now` callable); it emits open_case(case_id) on double-click and counts_changed for the
window title. The query runs on the UI thread: it takes milliseconds (bench/bench_today.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.store.due import DueReport, due_report
from ecomplaint.store.engine import Store
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.today_model import TodayModel

Loader = Callable[[datetime], DueReport]


def store_loader(store: Store, horizon: timedelta = timedelta(hours=24)) -> Loader:
    return lambda now: due_report(store, now, horizon=horizon)


class TodayView(QWidget):
    open_case = Signal(int)
    counts_changed = Signal(int, int, int)  # overdue, due within 24 h, waiting

    def __init__(
        self,
        load: Loader,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        refresh_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._now = now
        self.report: DueReport | None = None
        self.model = TodayModel(self)
        self.summary = plain_label(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> DueReport:
        report = self._load(self._now())
        self.report = report
        self.model.set_report(report)
        c = report.counts
        self.summary.setText(
            self.tr("Overdue: %1   Due within 24 h: %2   Waiting on me: %3")
            .replace("%1", str(c.overdue))
            .replace("%2", str(c.due_soon))
            .replace("%3", str(c.waiting))
        )
        self.counts_changed.emit(c.overdue, c.due_soon, c.waiting)
        return report

    def title_suffix(self) -> str:
        """For the window title, e.g. "2 overdue · 1 due today"; empty when nothing is due."""
        if self.report is None:
            return ""
        c = self.report.counts
        parts = []
        if c.overdue:
            parts.append(self.tr("%1 overdue").replace("%1", str(c.overdue)))
        if c.due_soon:
            parts.append(self.tr("%1 due within 24 h").replace("%1", str(c.due_soon)))
        return " · ".join(parts)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.row_at(index.row()).case_id)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)
