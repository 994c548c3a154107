"""Edit → Trash…: what was deleted, newest first, and a Restore button (undoable: Ctrl+Z puts
it back in the trash). The list is read on the worker thread (ui.ops) and re-read whenever a
write changes the store, so a restore shows at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.services.changes import Changes
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.zone import home_zone, offset_text

if TYPE_CHECKING:
    from ecomplaint.services.trash import TrashItem
    from ecomplaint.store.engine import Store


def _list_trash(store: Store) -> list[TrashItem]:
    from ecomplaint.services.trash import list_trash  # on the runner's thread (issue 19)

    return list_trash(store)


class TrashDialog(QDialog):
    restore_requested = Signal(str, int)  # table, id

    def __init__(self, parent: QWidget | None, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.items: list[TrashItem] = []
        self.setWindowTitle(self.tr("Trash"))
        self.setAccessibleName(self.windowTitle())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Deleted items"))
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        self.restore = QPushButton(self.tr("&Restore"), self)
        self.restore.setAccessibleName(self.tr("Restore"))
        self.restore.clicked.connect(self._restore)
        self.list.itemDoubleClicked.connect(lambda _i: self._restore())
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 420)
        ops.changed.connect(self._changed)
        self.reload()

    def kind_text(self, table: str) -> str:
        names: dict[str, Callable[[], str]] = {
            "cases": lambda: self.tr("Case"),
            "parties": lambda: self.tr("Party"),
            "entries": lambda: self.tr("Entry"),
            "escalations": lambda: self.tr("Escalation"),
            "promises": lambda: self.tr("Promise"),
            "evidence": lambda: self.tr("Evidence"),
        }
        return names[table]() if table in names else table

    def reload(self) -> None:
        self.ops.read(_list_trash, self._show)

    def _changed(self, _changes: Changes, _initiator: object) -> None:
        self.reload()

    def _show(self, items: list[TrashItem]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            when = item.trashed_at.astimezone(home_zone())
            stamp = when.strftime("%Y-%m-%d %H:%M ") + offset_text(when)
            label = " ".join(item.label.split())[:200]  # one line; user text stays plain
            row = QListWidgetItem(f"{self.kind_text(item.table)} · {label}\n{stamp}")
            row.setData(Qt.ItemDataRole.UserRole, (item.table, item.id))
            self.list.addItem(row)
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        self.restore.setEnabled(self.list.currentRow() >= 0)

    def _restore(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        table, ident = row.data(Qt.ItemDataRole.UserRole)
        self.restore_requested.emit(str(table), int(ident))
