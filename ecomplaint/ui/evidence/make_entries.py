"""Make entries from a screenshot: a preview of one entry per message, corrected, confirmed.

The viewer opens it with the lines the user selected (`open_make_entries`). The proposals
are read on the operations runner (services.screenshot_entries.preview_entries: the stored
text, the case's zone and parties); the table shows and edits them (tick, time, side,
party, words); Confirm adds them on the runner in one transaction, and the step goes on the
window's undo stack (undo trashes the batch, redo brings it back), like the records import.
The service modules are imported inside the functions the runner calls (lean start).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ecomplaint.domain.chat_layout import (
    SIDE_DIRECTION,
    SIDE_LEFT,
    SIDE_NONE,
    SIDE_RIGHT,
    MessageProposal,
)
from ecomplaint.domain.enums import Channel, Direction, EntryKind, Precision
from ecomplaint.ui.commands import BatchCommand
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.plain import isolate, plain_label, tooltip

if TYPE_CHECKING:
    from ecomplaint.services.screenshot_entries import EntriesPreview, MadeEntries
    from ecomplaint.store.engine import Store

Index = QModelIndex | QPersistentModelIndex
MAX_TEXT = 300  # a cell shows the start of a long message; the entry keeps it all
TIME_FORMAT = "%Y-%m-%d %H:%M"
# The kinds a screenshot's messages can be, with their channel.
KINDS = (
    (EntryKind.SMS, Channel.SMS),
    (EntryKind.CHAT, Channel.APP_CHAT),
    (EntryKind.NOTE, Channel.OTHER),
)

COL_INCLUDE, COL_TIME, COL_SIDE, COL_PARTY, COL_QUOTE, COL_LINES, COL_NOTE = range(7)


class ProposalModel(QAbstractTableModel):
    """The proposals, editable: tick, time (in the case's zone), side, party, words; the
    lines quoted and what to check."""

    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MessageProposal] = []
        self._dups: list[int | None] = []
        self._parties: dict[int, str] = {}
        self._zone = ZoneInfo("Asia/Shanghai")  # the case's: times are read and typed in it

    # -- filling and reading back ----------------------------------------------------------
    def set_rows(
        self,
        proposals: Sequence[MessageProposal],
        *,
        duplicates: Sequence[int | None] = (),
        parties: Sequence[tuple[int, str]] = (),
        zone: str = "Asia/Shanghai",
    ) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self._dups = list(duplicates) or [None] * len(self._rows)
        self._parties = dict(parties)
        try:
            self._zone = ZoneInfo(zone)
        except (KeyError, ValueError):
            self._zone = ZoneInfo("Asia/Shanghai")
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_TIME, COL_TIME)

    def proposals(self) -> list[MessageProposal]:
        return list(self._rows)

    def chosen(self) -> list[MessageProposal]:
        return [p for p in self._rows if p.include]

    def parties(self) -> dict[int, str]:
        return dict(self._parties)

    def set_all(self, **values: Any) -> None:
        """One value for every row (the party of the chat, the kind of its messages)."""
        if not self._rows:
            return
        self._rows = [replace(p, **values) for p in self._rows]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Add"),
            self.tr("Time (%1)").replace("%1", self._zone.key),
            self.tr("Side"),
            self.tr("Party"),
            self.tr("Words (verbatim)"),
            self.tr("Lines"),
            self.tr("Check"),
        ][section]

    def side_text(self, side: str) -> str:
        return {
            SIDE_LEFT: self.tr("them → me"),
            SIDE_RIGHT: self.tr("me → them"),
        }.get(side, self.tr("neither"))

    def note_text(self, p: MessageProposal, dup: int | None) -> str:
        notes = {
            "before_first_stamp": self.tr("Time of the stamp below it: check it."),
            "no_stamp": self.tr("No time stamp: the time of the screenshot. Check it."),
            "no_stamp_added": self.tr("No time on the picture: the time it was added. Check it."),
            "day_from_added": self.tr("Day counted from when the file was added: check it."),
            "no_time": self.tr("No time: give one."),
        }
        out = [notes.get(p.time_note, "")]
        if dup is not None:
            out.append(self.tr("Already made from these lines: entry #%1.").replace("%1", str(dup)))
        return " ".join(x for x in out if x)

    def time_text(self, p: MessageProposal) -> str:
        if p.occurred_at is None:
            return ""
        when = p.occurred_at.astimezone(self._zone).strftime(TIME_FORMAT)
        if p.precision == Precision.APPROXIMATE:
            return self.tr("about %1").replace("%1", when)
        if p.precision == Precision.DAY:
            return when[:10]
        return when

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_INCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (COL_TIME, COL_SIDE, COL_PARTY, COL_QUOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        dup = self._dups[index.row()] if index.row() < len(self._dups) else None
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_INCLUDE:
            return Qt.CheckState.Checked if p.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.note_text(p, dup)
            if col == COL_QUOTE:
                return tooltip("\n".join(x for x in (p.quote, note) if x))
            return tooltip(note)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_TIME:
                return (
                    p.occurred_at.astimezone(self._zone).strftime(TIME_FORMAT)
                    if p.occurred_at
                    else ""
                )
            if col == COL_SIDE:
                return p.side
            if col == COL_PARTY:
                return p.party_id
            if col == COL_QUOTE:
                return p.quote
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_TIME and p.needs_review:
            return Qt.GlobalColor.darkRed
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == COL_NOTE:
            return self.note_text(p, dup)
        if col == COL_TIME:
            return self.time_text(p) + (" ⚠" if p.needs_review else "")
        if col == COL_SIDE:
            return self.side_text(p.side)
        if col == COL_PARTY:
            return isolate(self._parties.get(p.party_id, "")) if p.party_id else ""
        if col == COL_QUOTE:
            text = p.quote.replace("\n", " ")
            return isolate(text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…")
        if col == COL_LINES:
            lo, hi = min(p.lines), max(p.lines)
            return str(lo) if lo == hi else f"{lo}–{hi}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        p = self._rows[row]
        new: MessageProposal | None = None
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_INCLUDE:
            new = replace(p, include=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole and col == COL_TIME:
            at = self._parse_time(str(value or ""))
            if at is None:
                return False
            # The user's own time: exact, and no longer a guess to check.
            new = replace(p, occurred_at=at, precision=Precision.EXACT, time_note="")
        elif role == Qt.ItemDataRole.EditRole and col == COL_SIDE:
            side = str(value)
            if side not in (SIDE_LEFT, SIDE_RIGHT, SIDE_NONE):
                return False
            new = replace(p, side=side, direction=SIDE_DIRECTION.get(side, Direction.NONE))
        elif role == Qt.ItemDataRole.EditRole and col == COL_PARTY:
            pid = None if value in (None, "", 0) else int(value)
            if pid is not None and pid not in self._parties:
                return False
            new = replace(p, party_id=pid)
        elif role == Qt.ItemDataRole.EditRole and col == COL_QUOTE:
            new = replace(p, quote=str(value))
        if new is None:
            return False
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return True

    def _parse_time(self, text: str) -> datetime | None:
        text = text.strip()
        for fmt in (TIME_FORMAT, "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M"):
            try:
                naive = datetime.strptime(text, fmt)
            except ValueError:
                continue
            return naive.replace(tzinfo=self._zone)
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the side and party columns: the user picks, never types."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for text, value in self.choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        at = editor.findData(current)
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class QuoteDelegate(QStyledItemDelegate):
    """The words in a multi-line editor: a page's note keeps its line breaks."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.adjusted(0, 0, 0, max(0, 90 - rect.height())))


class MakeEntriesCommand(BatchCommand):
    """The entries made from a screenshot as one step (see BatchCommand)."""

    service = "ecomplaint.services.screenshot_entries"
    redo_name = "redo_entries"
    undo_name = "undo_entries"


def read_proposals(store: Store, evidence_uid: str, lines: list[int] | None) -> EntriesPreview:
    """Runs on the runner."""
    from ecomplaint.services.screenshot_entries import preview_entries

    return preview_entries(store, evidence_uid=evidence_uid, lines=lines)


class MakeEntriesDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        undo_stack: QUndoStack,
        evidence_uid: str,
        line_numbers: Sequence[int] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack
        self.evidence_uid = evidence_uid
        self.line_numbers = list(line_numbers) if line_numbers else None
        self.preview: EntriesPreview | None = None
        self.made: Callable[[MadeEntries], None] | None = None  # tests and the viewer listen
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.kind_label, self.party_label = QLabel(), QLabel()
        self.kind = QComboBox()
        self.party = QComboBox()
        self.kind_label.setBuddy(self.kind)
        self.party_label.setBuddy(self.party)
        for box in (self.kind, self.party):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.party.setMaximumWidth(420)  # a party's long name must not push the layout
        self.kind.activated.connect(self._kind_for_all)
        self.party.activated.connect(self._party_for_all)
        self.model = ProposalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COL_SIDE, ChoiceDelegate(self._side_choices, self))
        self.table.setItemDelegateForColumn(COL_PARTY, ChoiceDelegate(self._party_choices, self))
        self.table.setItemDelegateForColumn(COL_QUOTE, QuoteDelegate(self))
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.model.dataChanged.connect(lambda *_a: self._update_ok())

        choices = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.party_label, self.party):
            choices.addWidget(w)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make entries from the screenshot"))
        self.kind_label.setText(self.tr("&Messages are:"))
        self.party_label.setText(self.tr("&With:"))
        current = self.kind.currentIndex()
        self.kind.clear()
        names = {
            EntryKind.SMS: self.tr("Text messages (SMS)"),
            EntryKind.CHAT: self.tr("App chat"),
            EntryKind.NOTE: self.tr("A note"),
        }
        for kind, _channel in KINDS:
            self.kind.addItem(names[kind], str(kind))
        self.kind.setCurrentIndex(max(current, 0))
        self.hint.setText(
            self.tr(
                "Double-click a time, side, party or the words to correct them. Each entry "
                "keeps the picture's fingerprint and the lines it quotes."
            )
        )
        self.ok_button.setText(self.tr("&Make entries"))
        if self.summary.text() == "":
            self.summary.setText(self.tr("Reading the screenshot's text…"))

    def _side_choices(self) -> list[tuple[str, Any]]:
        return [(self.model.side_text(s), s) for s in (SIDE_LEFT, SIDE_RIGHT, SIDE_NONE)]

    def _party_choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("(nobody)"), None)] + [
            (isolate(label), pid) for pid, label in self.model.parties().items()
        ]

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        uid, lines = self.evidence_uid, self.line_numbers
        self.ops.read(lambda store: read_proposals(store, uid, lines), self._show, failed=self._no)

    def _no(self, exc: BaseException) -> None:
        from ecomplaint.ui.ops import describe

        if not isValid(self):  # closed (with the viewer) before the runner answered
            return
        self.summary.setText(describe(exc))
        self.ok_button.setEnabled(False)

    def _show(self, preview: EntriesPreview) -> None:
        if not isValid(self):  # closed (with the viewer) before the runner answered
            return
        self.preview = preview
        dups = [preview.duplicate_of(p) for p in preview.proposals]
        self.model.set_rows(
            preview.proposals, duplicates=dups, parties=preview.parties, zone=preview.zone
        )
        self.party.clear()
        for text, pid in self._party_choices():
            self.party.addItem(text, pid)
        shared = {p.party_id for p in preview.proposals}
        if len(shared) == 1:  # the party the title bar names, when the service found one
            self.party.setCurrentIndex(max(self.party.findData(shared.pop()), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(str(preview.reading.kind)), 0))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_NOTE, min(self.table.columnWidth(COL_NOTE), 240))
        self.table.horizontalHeader().setSectionResizeMode(
            COL_QUOTE, QHeaderView.ResizeMode.Stretch
        )
        self.table.resizeRowsToContents()
        n = len(preview.proposals)
        parts = [preview.original_name, self.tr("%n message(s)", "", n)]
        made = sum(1 for d in dups if d is not None)
        if made:
            parts.append(self.tr("%n already made", "", made))
        review = sum(1 for p in preview.proposals if p.needs_review)
        if review:
            parts.append(self.tr("%n time(s) to check (⚠)", "", review))
        if not preview.reading.is_chat:
            parts.append(self.tr("not laid out as a chat: one note quoting the lines"))
        if not n:
            parts.append(self.tr("no message in the lines chosen"))
        if preview.reading.left_out:
            parts.append(self._left_out_text(preview.reading.left_out))
        self.summary.setText(" · ".join(parts))
        self._update_ok()

    def _left_out_text(self, left_out: list[tuple[int, str]]) -> str:
        """The chosen lines no message quotes, and why: never dropped silently."""
        why = {
            "stamp": self.tr("line %1 is a time stamp (it dates the messages under it)"),
            "bubble_time": self.tr("line %1 is a message's own time (used as its time)"),
            "empty": self.tr("line %1 has no words"),
        }
        other = self.tr("line %1 is not part of any message")
        items = [why.get(w, other).replace("%1", str(n)) for n, w in left_out]
        return self.tr("chosen but not quoted: %1").replace("%1", "; ".join(items))

    def _kind_for_all(self, _row: int) -> None:
        kind = self.kind.currentData()
        channel = dict(KINDS).get(kind)
        if channel is not None:
            self.model.set_all(kind=str(kind), channel=str(channel))

    def _party_for_all(self, _row: int) -> None:
        self.model.set_all(party_id=self.party.currentData())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.preview is not None and bool(self.model.chosen()))

    # -- making ----------------------------------------------------------------------------
    def _step_text(self, count: int) -> str:
        return self.tr("%n entry(ies) from a screenshot", "", count)

    def confirm(self) -> None:
        preview = self.preview
        chosen = self.model.chosen()
        if preview is None or not chosen:
            return
        self.ok_button.setEnabled(False)
        proposals = self.model.proposals()
        uid = self.evidence_uid

        def run(store: Store) -> MadeEntries:
            from ecomplaint.services.screenshot_entries import make_entries

            return make_entries(store, evidence_uid=uid, proposals=proposals)

        ops, undo_stack, case_id = self.ops, self.undo_stack, preview.case_id
        fallback = self._step_text(len(chosen))  # the words, should the dialog be gone

        def done(made: MadeEntries) -> None:
            # The entries are made even if the dialog (or the viewer holding it) was closed
            # meanwhile: the step goes on the window's undo stack all the same.
            if made.batch:
                text = self._step_text(len(made.entry_ids)) if isValid(self) else fallback
                undo_stack.push(MakeEntriesCommand(ops, text, case_id, made.batch))
            if not isValid(self):
                return
            if self.made is not None:
                self.made(made)
            self.accept()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._update_ok()
            ops.show_failure(exc, self.windowTitle() if isValid(self) else "")

        self.ops.write(run, done, self, failed=failed)


def open_make_entries(
    parent: QWidget | None,
    evidence_uid: str,
    line_numbers: Sequence[int] | None,
    *,
    ops: Ops,
    undo_stack: QUndoStack,
) -> MakeEntriesDialog:
    """Open the preview for the exhibit's selected lines (None or empty: the whole picture),
    non-modal; the runner reads the proposals and the table fills when they arrive."""
    dialog = MakeEntriesDialog(ops, undo_stack, evidence_uid, line_numbers or None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.load()
    return dialog
