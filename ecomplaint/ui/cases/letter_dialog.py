"""The letter dialog: pick a kind and a language, read and edit the draft, copy it, save it as
text or PDF, and mark it as sent (an entry, the letter as its exhibit, the rung's clock) in one
change through the same service as `ecomplaint letter --sent`.

Every read and write goes through ui.ops: the draft is made on the worker thread from the record
as it is after every queued write, and files are written there too. The store and the services
are imported inside the functions that run there (the window starts before SQLAlchemy loads).
The draft sits in a QPlainTextEdit, so a quote holding markup stays characters.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint import settings
from ecomplaint.i18n import Lang, current_language
from ecomplaint.letters.kinds import LetterKind, load_kinds
from ecomplaint.ui.ops import Ops, describe
from ecomplaint.ui.plain import plain_label

if TYPE_CHECKING:
    from ecomplaint.letters.render import Letter
    from ecomplaint.store.engine import Store


def ask_save_path(parent: QWidget, title: str, start: str, pattern: str) -> str:
    """The save dialog (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, pattern)
    return path


def kinds_for(country: str, kinds: dict[str, LetterKind]) -> list[LetterKind]:
    """The kinds written for the case's country first, the others after, each in file order."""
    mine = [k for k in kinds.values() if k.country == country]
    return mine + [k for k in kinds.values() if k.country != country]


class LetterDialog(QDialog):
    sent = Signal(object)  # services.letter_sent.SentLetter

    def __init__(
        self,
        ops: Ops,
        case_id: int,
        *,
        country: str,
        case_lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case_id = case_id
        self.letter: Letter | None = None
        self._generation = 0
        self.kinds = load_kinds(settings.config_dir())
        ui: Lang = current_language()
        self.setWindowTitle(self.tr("Draft a letter"))
        self.kind = QComboBox(self)
        for k in kinds_for(country, self.kinds):
            self.kind.addItem(k.title.get(ui), k.id)
        self.lang = QComboBox(self)
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if case_lang == "en" else 0)
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("Language"), self.lang)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.editor.setPlaceholderText(self.tr("Drafting…"))
        self.lengths = plain_label("", self)
        self.lengths.setWordWrap(True)
        self.status = plain_label("", self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.save_text_button = QPushButton(self.tr("Save as text…"), self)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.sent_button = QPushButton(self.tr("Mark as sent"), self)
        self.sent_button.setToolTip(
            self.tr("Log it as sent: an entry, the letter as its exhibit, the rung's clock")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.save_text_button, self.save_pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.lengths)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(780, 640)
        self.kind.currentIndexChanged.connect(lambda _i: self.redraft())
        self.lang.currentIndexChanged.connect(lambda _i: self.redraft())
        self.copy_button.clicked.connect(self.copy)
        self.save_text_button.clicked.connect(lambda: self.save(".txt"))
        self.save_pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.reject)
        self.redraft()

    # -- the draft -----------------------------------------------------------------------------
    def redraft(self) -> None:
        kind, lang, case_id = self.kind.currentData(), self.lang.currentData(), self.case_id
        self._generation += 1
        generation = self._generation
        self.letter = None
        self._busy(True)

        def draft(store: Store) -> Letter:
            from ecomplaint.services.letters import draft_letter

            return draft_letter(store, case_id=case_id, kind=kind, lang=lang)

        def done(letter: Letter) -> None:
            if generation == self._generation:  # a later choice wins over a slow draft
                self.show_letter(letter)

        self.ops.read(draft, done, failed=self._failed)

    def show_letter(self, letter: Letter) -> None:
        self.letter = letter
        self.editor.setPlainText(letter.text)
        ui = current_language()
        notes = []
        for n in letter.lengths:
            if n.max_chars is None:
                line = self.tr("“%1”: %2 characters. %3 (%4)")
                args = [n.block, str(n.chars), n.note.get(ui), n.source]
            elif n.over:
                line = self.tr("“%1”: %2 characters, over the form's limit of %3 (%4): shorten it.")
                args = [n.block, str(n.chars), str(n.max_chars), n.source]
            else:
                line = self.tr("“%1”: %2 of %3 characters (%4)")
                args = [n.block, str(n.chars), str(n.max_chars), n.source]
            notes.append(_fill(line, args))
        self.lengths.setText("\n".join(notes))
        self.lengths.setVisible(bool(notes))
        self.status.setText("")
        self._busy(False)

    def edited(self) -> Letter | None:
        """The draft as the user has it now (their edits are what gets saved or sent)."""
        if self.letter is None:
            return None
        return replace(self.letter, text=self.editor.toPlainText())

    # -- what the user does with it ------------------------------------------------------------
    def copy(self) -> None:
        QApplication.clipboard().setText(self.editor.toPlainText())
        self.status.setText(self.tr("Copied to the clipboard."))

    def save(self, suffix: str) -> None:
        letter = self.edited()
        if letter is None:
            return
        pattern = "PDF (*.pdf)" if suffix == ".pdf" else self.tr("Text (*.txt)")
        path = ask_save_path(self, self.tr("Save the letter"), f"{letter.kind}{suffix}", pattern)
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)

        def write(_store: Store) -> Path:
            from ecomplaint.i18n import UserError
            from ecomplaint.services.letters import save_letter

            try:
                return save_letter(letter, out)
            except OSError as exc:
                raise UserError(
                    "dossier.cannot_write", path=str(out), detail=exc.strerror or str(exc)
                ) from exc

        self.ops.read(
            write,
            lambda saved: self.status.setText(_fill(self.tr("Saved %1"), [str(saved)])),
            failed=self._failed,
        )

    def mark_sent(self) -> None:
        letter = self.edited()
        if letter is None:
            return
        kind = self.kinds[letter.kind]
        case_id, text, lang = self.case_id, letter.text, letter.lang
        self._busy(True)

        def send(store: Store) -> Any:
            from ecomplaint.services.letter_sent import mark_letter_sent

            return mark_letter_sent(store, case_id=case_id, kind=kind, text=text, lang=lang)

        # ops.write announces the Changes: the timeline, evidence and next step reload.
        self.ops.write(send, self._was_sent, initiator=self, failed=self._failed)

    def _was_sent(self, result: Any) -> None:
        self._busy(False)
        self.sent_button.setEnabled(False)  # once per draft: a second click would log it twice
        self.status.setText(
            _fill(
                self.tr("Logged as sent: entry #%1, the letter stored as exhibit #%2."),
                [str(result.entry_id), str(result.evidence_id)],
            )
        )
        self.sent.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(describe(exc))

    def _busy(self, busy: bool) -> None:
        for w in (self.sent_button, self.save_text_button, self.save_pdf_button, self.copy_button):
            w.setEnabled(not busy)


def _fill(template: str, args: list[str]) -> str:
    """%1, %2… replaced in one pass, so a %2 inside user text is never substituted again."""
    import re

    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], template)
