"""The case list as a real table model: rows arrive through set_rows(); it reads no database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ecomplaint.domain.records import CaseSummary

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    COLUMNS = ("title", "platform", "merchant", "status", "next_due")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Platform"),
            self.tr("Merchant"),
            self.tr("Status"),
            self.tr("Next deadline"),
        ]

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "next_due":
                if case.next_due is None:
                    return ""
                text = case.next_due.astimezone().strftime("%Y-%m-%d %H:%M")
                return ("⚠ " + text) if case.overdue else text
            return getattr(case, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "next_due" and case.overdue:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        return None
