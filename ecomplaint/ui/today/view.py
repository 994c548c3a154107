"""The Today view: every case's overdue, due-soon and waiting items in one table, and below
it the user's own legal deadlines (the statutory windows `due` lists: 7-day return, 30-day
right to reject…), which run against the user rather than the merchant.

It shows the due report it is handed (`show_report`; ui/today/wiring.py loads it through
ui.ops), emits open_case(case_id) on double-click and counts_changed for the window title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.i18n import current_language
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.today.model import TodayModel

if TYPE_CHECKING:
    from ecomplaint.services.remedies import OwnWindow
    from ecomplaint.store.due import DueReport


class TodayView(QWidget):
    open_case = Signal(int)
    counts_changed = Signal(int, int, int)  # overdue, due within 24 h, waiting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DueReport | None = None
        self.own: list[OwnWindow] = []
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
        self.own_label = plain_label(parent=self)
        self.own_label.setWordWrap(True)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.own_label)

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

    def show_own_windows(self, windows: list[OwnWindow]) -> None:
        """The user's own open statutory windows, soonest first (hidden when there are none)."""
        self.own = windows
        zh = current_language() == "zh"
        lines = [self.tr("My own legal deadlines (%1)").replace("%1", str(len(windows)))]
        for w in windows:
            left = (
                self.tr("clock stopped")
                if w.paused
                else self.tr("%1 days left").replace("%1", str(w.days_left))
            )
            title, article = (w.title_zh, w.article_zh) if zh else (w.title_en, w.article_en)
            # Filled by position in one pass: user text holding "%2" is never substituted.
            parts = [w.last_day.isoformat(), title, article, left, w.case_title]
            line = self.tr("%1  %2 (%3; %4) — %5")
            lines.append(_fill(line, parts))
        self.own_label.setText("\n".join(lines))
        self.own_label.setVisible(bool(windows))

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


def _fill(template: str, args: list[str]) -> str:
    """%1, %2… replaced in one pass, so a "%2" inside user text is never substituted again."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], template)
