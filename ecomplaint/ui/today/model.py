"""The Today view's rows: overdue now, due within 24 h, waiting on me. Rows arrive through
set_report(); the model reads no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ecomplaint import vocabulary
from ecomplaint.store.due import DueReport
from ecomplaint.ui.plain import tooltip
from ecomplaint.ui.zone import home_zone
from ecomplaint.vocabulary import duration

Index = QModelIndex | QPersistentModelIndex

OVERDUE, DUE_SOON, WAITING = "overdue", "due_soon", "waiting"


@dataclass(frozen=True)
class TodayRow:
    section: str  # overdue | due_soon | waiting
    case_id: int
    case_title: str
    what: str
    who: str
    when: datetime  # the deadline, or since when we wait
    delta: timedelta  # how late / how long left / how long waiting
    reason: str = ""  # for waiting rows: paused | final_offer | refusal
    promise_id: int | None = None


def rows_from_report(report: DueReport) -> list[TodayRow]:
    now = report.now
    rows = [
        TodayRow(
            OVERDUE,
            i.case_id,
            i.case_title,
            i.description or i.what,
            i.party,
            i.due_by,
            now - i.due_by,
            promise_id=i.promise_id,
        )
        for i in report.overdue
    ]
    rows += [
        TodayRow(
            DUE_SOON,
            i.case_id,
            i.case_title,
            i.description or i.what,
            i.party,
            i.due_by,
            i.due_by - now,
            promise_id=i.promise_id,
        )
        for i in report.due_soon
    ]
    rows += [
        TodayRow(
            WAITING,
            w.case_id,
            w.case_title,
            w.note,
            "",
            w.since,
            now - w.since,
            reason=w.reason,
            promise_id=w.promise_id,
        )
        for w in report.waiting
    ]
    return rows


class TodayModel(QAbstractTableModel):
    COLUMNS = ("state", "case", "what", "who", "when")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TodayRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("State"),
            self.tr("Case"),
            self.tr("What"),
            self.tr("Who"),
            self.tr("Deadline / since"),
        ]

    def set_report(self, report: DueReport) -> None:
        self.set_rows(rows_from_report(report))

    def set_rows(self, rows: list[TodayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TodayRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def duration_text(self, delta: timedelta) -> str:
        return duration(delta)  # the same words as `ecomplaint due` and the dossier

    def state_text(self, r: TodayRow) -> str:
        if r.section == OVERDUE:
            return self.tr("Overdue by %1").replace("%1", self.duration_text(r.delta))
        if r.section == DUE_SOON:
            return self.tr("Due in %1").replace("%1", self.duration_text(r.delta))
        labels = {
            "paused": self.tr("Paused: waiting on me"),
            "final_offer": self.tr("Final offer: my decision"),
            "refusal": self.tr("Refused: my decision"),
        }
        # a reason the window has no sentence for (a final response) reads as the catalogue says
        return labels.get(r.reason) or vocabulary.word("reason", r.reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "state":
                return self.state_text(r)
            if column == "case":
                return f"#{r.case_id} {r.case_title}"
            if column == "what":
                return r.what.splitlines()[0] if r.what else ""
            if column == "who":
                return r.who
            return r.when.astimezone(home_zone()).strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and column == "what":
            return tooltip(r.what)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            color = {OVERDUE: "#b00020", DUE_SOON: "#a05a00"}.get(r.section, "#1f4e9a")
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.UserRole:
            return r.case_id
        return None
