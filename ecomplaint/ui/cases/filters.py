"""The search box and filters above the case list. Emits `changed` ~150 ms after typing stops."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from ecomplaint.domain.enums import CaseStatus, Platform
from ecomplaint.ui.labels import platform_label, status_label

DEBOUNCE_MS = 150


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: str | None = None
    platform: str | None = None
    tag: str | None = None
    overdue_only: bool = False


class CaseFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.platform = QComboBox(self)
        self.tag = QLineEdit(self)
        self.tag.setClearButtonEnabled(True)
        self.overdue = QCheckBox(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 4)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.platform, 1, 1)
        grid.addWidget(self.tag, 1, 2)
        grid.addWidget(self.overdue, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.tag.textChanged.connect(lambda _t: self.timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.platform.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue.toggled.connect(lambda _b: self.changed.emit())
        self.retranslate()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search titles, merchants, orders, notes, quotes (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.overdue.setText(self.tr("Overdue only"))
        self.overdue.setAccessibleName(self.tr("Show only cases with an overdue promise"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.platform.setAccessibleName(self.tr("Filter by platform"))
        self._fill(self.status, self.tr("All statuses"), [(status_label(s), s) for s in CaseStatus])
        self._fill(
            self.platform, self.tr("All platforms"), [(platform_label(p), p) for p in Platform]
        )

    def value(self) -> CaseFilter:
        return CaseFilter(
            text=self.search.text().strip(),
            status=self.status.currentData(),
            platform=self.platform.currentData(),
            tag=self.tag.text().strip() or None,
            overdue_only=self.overdue.isChecked(),
        )
