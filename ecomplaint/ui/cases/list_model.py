"""The case list as a real table model: rows arrive through set_rows()/append_rows(); it reads no
database. Sorting is asked of SQL (sort_requested); more rows are asked for (fetch_requested) as
the view scrolls, a page at a time, so 10,000 cases open instantly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ecomplaint.ui.labels import platform_label, status_label
from ecomplaint.ui.plain import tooltip
from ecomplaint.ui.zone import offset_text, shown_in_case

if TYPE_CHECKING:
    from ecomplaint.domain.case_summary import CaseSummary

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOR = QColor("#b00020")
PAGE_SIZE = 200
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
# Qt asks each cell for a dozen roles while it sizes and paints the list (thousands of calls at
# start): the others are turned away before any work (bench/README.md: start-up)
_ANSWERED = frozenset((_DISPLAY, _ACCESSIBLE, _FOREGROUND, _FONT, _TOOLTIP, _USER))


class CaseListModel(QAbstractTableModel):
    COLUMNS = ("title", "platform", "merchant", "status", "next_due", "overdue")
    # the list_cases(order_by=...) key for each column
    SORT_KEYS = ("title", "platform", "merchant", "status", "next_due", "next_due")

    fetch_requested = Signal(int)  # offset of the next page
    sort_requested = Signal(str, bool)  # order_by key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._complete = True
        self._fetching = False
        self.sort_key = "updated"
        self.descending = True
        # (row, column) -> the text shown: Qt asks again on every layout and paint, and the
        # labels and zones cost ~20 µs a cell; cleared with the rows, the language, the zone
        self._texts: dict[tuple[int, int], str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Platform"),
            self.tr("Merchant"),
            self.tr("Status"),
            self.tr("Next deadline"),
            self.tr("Overdue"),
        ]

    # -- rows in -------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseSummary], *, complete: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self._complete = complete
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: list[CaseSummary], *, complete: bool) -> None:
        self._fetching = False
        self._complete = complete
        known = {r.id for r in self._rows}
        fresh = [r for r in rows if r.id not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    def row_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == case_id:
                return i
        return -1

    def retranslate(self) -> None:
        """The language or the display zone changed: every text again."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))

    # -- lazy loading and sorting ------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_requested.emit(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # -1 is "no sort column" (the header's start state): the default order, not the last key
        self.sort_key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else "updated"
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_key, self.descending)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        case = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (_DISPLAY, _ACCESSIBLE):
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(case, column)
            return text
        if (
            role == _FOREGROUND
            and case.overdue
            and column
            in (
                "next_due",
                "overdue",
            )
        ):
            # a QColor, which Qt takes as the brush: building a QBrush from Python makes
            # PySide6 create QGradient's enums (~2 ms) before the first paint
            return OVERDUE_COLOR
        if role == _FONT and column == "overdue" and case.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == _TOOLTIP and column == "title":
            return tooltip(case.title)
        if role == _USER:
            return case.id
        return None

    def _text(self, case: CaseSummary, column: str) -> str:
        if column == "next_due":
            if case.next_due is None:
                return ""
            due = shown_in_case(case.next_due, case.tz)  # each case in its own zone
            return due.strftime("%Y-%m-%d %H:%M ") + offset_text(due)
        if column == "overdue":
            return self.tr("overdue") if case.overdue else ""
        if column == "platform":
            return platform_label(case.platform)
        if column == "status":
            return status_label(case.status)
        return str(getattr(case, column))
