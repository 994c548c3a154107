"""The Today view: every case's overdue, due-soon and waiting items in one table.

It shows the due report it is handed (`show_report`; ui/today/wiring.py loads it through
ui.ops), emits open_case(case_id) on double-click and counts_changed for the window title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.store.due import DueReport
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.today.model import TodayModel


class TodayView(QWidget):
    open_case = Signal(int)
    counts_changed = Signal(int, int, int)  # overdue, due within 24 h, waiting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def show_report(self, report: DueReport) -> None:
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
