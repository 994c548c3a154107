"""The main window: the case list (the workspace issue grows this into the full workspace)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.case_list_model import CaseListModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle("eComplaint")
        self.model = CaseListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)
        self.resize(1100, 700)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(queries.list_cases(self.store, limit=500))
