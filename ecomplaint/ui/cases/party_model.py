"""The parties of the open case as a list model (role and name)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ecomplaint.ui.labels import role_label
from ecomplaint.ui.plain import isolate, tooltip

if TYPE_CHECKING:
    from ecomplaint.domain.records import PartyRecord

Index = QModelIndex | QPersistentModelIndex


class PartyListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartyRecord] = []

    def set_rows(self, rows: list[PartyRecord]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda p: (p.role != "complainant", p.id))
        self.endResetModel()

    def rows(self) -> list[PartyRecord]:
        return list(self._rows)

    def row_at(self, row: int) -> PartyRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{role_label(p.role)}: {isolate(p.label)}"
            return text + (f"  ({isolate(p.contact)})" if p.contact else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(p.notes)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None
