"""File → Import calls, messages or e-mail…: choose a file, preview what it adds, import.

The file is read (preview_import) and committed (commit_import) on the operations runner
with progress and Cancel; the window only shows rows. The import is one step on the undo
stack: undo moves the whole batch to the trash (undo_import), redo brings it back.
The service modules are imported inside the functions the runner calls (issue 19).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.ui.commands import BatchCommand
from ecomplaint.ui.labels import kind_label
from ecomplaint.ui.ops import LongJob, Ops
from ecomplaint.ui.plain import isolate, plain_label

if TYPE_CHECKING:
    from ecomplaint.services.records_import import ImportPreview
    from ecomplaint.store.engine import Store

Index = QModelIndex | QPersistentModelIndex
MAX_TEXT = 200  # a table cell shows the start of a long message; the entry keeps it all


@dataclass(frozen=True)
class ReadChoices:
    """What the user chose in the dialog, handed to the runner."""

    case_id: int
    path: str
    zone: str
    day_first: bool | None
    contact: str
    numbers: tuple[str, ...]
    date_from: datetime | None
    date_to: datetime | None  # exclusive


def read_preview(
    store: Store, choices: ReadChoices, cancel: threading.Event | None = None
) -> ImportPreview:
    """Runs on the runner: parse the file and mark duplicates. Writes nothing. Cancel is
    checked for every record the parser hands over (the filter sees each one)."""
    from ecomplaint.progress import Cancelled
    from ecomplaint.records_import.model import SourceItem
    from ecomplaint.records_import.sources import ReadOptions
    from ecomplaint.services.records_import import ImportFilters, preview_import

    class Filters(ImportFilters):
        def keep(self, item: SourceItem) -> bool:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            return super().keep(item)

    return preview_import(
        store,
        case_id=choices.case_id,
        path=choices.path,
        options=ReadOptions(zone=choices.zone, day_first=choices.day_first),
        filters=Filters(
            numbers=choices.numbers,
            contact=choices.contact,
            date_from=choices.date_from,
            date_to=choices.date_to,
        ),
    )


class PreviewModel(QAbstractTableModel):
    """The preview's rows: a tick (new rows only), kind, time in the case zone, party, text,
    and whether the row is already in the case."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._zone: ZoneInfo | None = None
        self._ticked: set[int] = set()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._zone = ZoneInfo(preview.zone) if preview is not None else None
        self._ticked = {r.index for r in preview.rows if r.is_new} if preview else set()
        self.endResetModel()

    def chosen(self) -> list[int]:
        return sorted(self._ticked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Import"),
            self.tr("Kind"),
            self.tr("Time"),
            self.tr("Party"),
            self.tr("Text"),
            self.tr("Already in the case"),
        ][section]

    def duplicate_text(self, dup: str) -> str:
        return {
            "source": self.tr("Imported before from this file"),
            "content": self.tr("Same time, party and text"),
            "repeat": self.tr("Repeated in this file"),
        }.get(dup, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._preview is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._preview.rows[index.row()].is_new:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        r = self._preview.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0 and r.is_new:
            on = r.index in self._ticked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == 1:
            return kind_label(r.item.kind)
        if col == 2:
            return r.item.occurred_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if col == 3:
            return isolate(r.party_label or r.party_key)
        if col == 4:
            text = (r.quote or r.summary).replace("\n", " ")
            return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"
        if col == 5:
            return self.duplicate_text(r.duplicate)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._preview is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        r = self._preview.rows[index.row()]
        if index.column() != 0 or not r.is_new:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(r.index)
        else:
            self._ticked.discard(r.index)
        self.dataChanged.emit(index, index, [role])
        return True


class ImportRecordsCommand(BatchCommand):
    """The committed import as one step (see BatchCommand)."""

    service = "ecomplaint.services.records_import"
    redo_name = "redo_import"
    undo_name = "undo_import"


class ImportRecordsDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        undo_stack: QUndoStack,
        case_id: int,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack
        self.case_id = case_id
        self.preview: ImportPreview | None = None
        self.imported: Callable[[Any], None] | None = None  # tests and the window listen here
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.zone = QLineEdit(zone)
        self.order = QComboBox()
        self.contact = QLineEdit()
        self.numbers = QLineEdit()
        self.use_from, self.use_to = QCheckBox(), QCheckBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setDate(QDate.currentDate())
            d.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.load_preview)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.model.dataChanged.connect(lambda *_a: self._update_ok())
        # Changed options make the preview stale: Import waits for a new preview.
        for edit in (self.path, self.zone, self.contact, self.numbers):
            edit.textEdited.connect(self._stale)
        self.order.activated.connect(self._stale)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self._stale)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self._stale)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        dates = QHBoxLayout()
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(w)
        dates.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        fields: list[tuple[QWidget, QHBoxLayout | QWidget]] = [
            (self.path, file_row),
            (self.zone, self.zone),
            (self.order, self.order),
            (self.contact, self.contact),
            (self.numbers, self.numbers),
            (self.use_from, dates),
        ]
        for label, (buddy, field) in zip(self.labels, fields, strict=True):
            label.setBuddy(buddy)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import calls, messages or e-mail"))
        self.browse.setText(self.tr("&Choose…"))
        labels = [
            self.tr("&File:"),
            self.tr("&Time zone of the file:"),
            self.tr("&Date order:"),
            self.tr("Only &contact (name or number contains):"),
            self.tr("Only these &numbers (comma between):"),
            self.tr("Dates:"),
        ]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        current = self.order.currentIndex()
        self.order.clear()
        self.order.addItem(self.tr("Decide from the file"), None)
        self.order.addItem(self.tr("Day before month (31/12)"), True)
        self.order.addItem(self.tr("Month before day (12/31)"), False)
        self.order.setCurrentIndex(max(0, current))
        self.use_from.setText(self.tr("From"))
        self.use_to.setText(self.tr("to (inclusive)"))
        self.show_button.setText(self.tr("&Preview"))
        self.ok_button.setText(self.tr("&Import"))

    # -- reading -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a call log, message backup, e-mail or chat export"),
            "",
            self.tr("Records (*.xml *.eml *.mbox *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.load_preview()

    def choices(self) -> ReadChoices:
        zone = self.zone.text().strip()
        try:
            tz: ZoneInfo | None = ZoneInfo(zone)
        except (ValueError, KeyError, OSError):
            tz = None  # the service says the zone is unknown, in the user's language

        def at(edit: QDateEdit, shift: int) -> datetime | None:
            if tz is None:
                return None
            d = edit.date().addDays(shift).toPython()
            return datetime.combine(d, time(0, 0), tzinfo=tz)  # type: ignore[arg-type]

        numbers = tuple(n.strip() for n in self.numbers.text().split(",") if n.strip())
        return ReadChoices(
            case_id=self.case_id,
            path=self.path.text().strip(),
            zone=zone,
            day_first=self.order.currentData(),
            contact=self.contact.text().strip(),
            numbers=numbers,
            date_from=at(self.date_from, 0) if self.use_from.isChecked() else None,
            date_to=at(self.date_to, 1) if self.use_to.isChecked() else None,
        )

    def load_preview(self) -> None:
        if not self.path.text().strip():
            return
        choices = self.choices()
        self.ok_button.setEnabled(False)
        self._drop_preview()

        def run(job: LongJob) -> ImportPreview:
            return read_preview(job.store, choices, job.cancel)

        self.ops.long(
            run,
            self.tr("Reading the file…"),
            self._show_preview,
            title=self.windowTitle(),
            parent=self,
            show_after_ms=400,
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        if not self.isVisible():  # closed while the file was read: nothing to show it in
            self.ops.read(lambda _s: preview.close(), None)
            return
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        new = len(preview.new_rows)
        text = self.tr("%n new record(s)", "", new)
        dup = len(preview.rows) - new
        if dup:
            text += " · " + self.tr("%n already in the case", "", dup)
        if preview.skipped:
            text += " · " + self.tr("%n unreadable, left out", "", preview.skipped)
        if preview.new_parties:
            text += " · " + self.tr("%n new part(ies)", "", len(preview.new_parties))
        self.summary.setText("\n".join([text, *preview.assumptions]))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.preview is not None and bool(self.model.chosen()))

    def _stale(self, *_args: object) -> None:
        if self.preview is not None:
            self._drop_preview()
            self.summary.setText(self.tr("The options changed: press Preview again."))
            self._update_ok()

    def _drop_preview(self) -> None:
        old, self.preview = self.preview, None
        self.model.set_preview(None)
        if old is not None:
            self.ops.read(lambda _s: old.close(), None)  # its spill files, off the UI thread

    # -- importing ---------------------------------------------------------------------------
    def commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        rows = self.model.chosen()
        if not rows:
            return
        self.ok_button.setEnabled(False)

        def run(job: LongJob) -> Any:
            from ecomplaint.services.records_import import commit_import

            return commit_import(job.store, preview=preview, rows=rows)

        def done(outcome: Any) -> None:
            command = ImportRecordsCommand(
                self.ops,
                self.tr("Import of %n record(s)", "", len(outcome.entry_ids)),
                self.case_id,
                outcome.batch,
            )
            self.undo_stack.push(command)
            if self.imported is not None:
                self.imported(outcome)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.ops.show_failure(exc, self.windowTitle())

        self.ops.long(
            run,
            self.tr("Copying the file and adding the records…"),
            done,
            title=self.windowTitle(),
            parent=self,
            failed=failed,
            show_after_ms=400,
        )

    def done(self, result: int) -> None:
        self._drop_preview()
        super().done(result)
