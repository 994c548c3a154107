"""The viewer's side panel: the text read from the picture as plain, selectable text.

One block per line, in reading order (block 0 is line 1), so selecting text here selects the
lines on the picture and the other way round. Plain text by construction (QPlainTextEdit):
OCR text is data, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.ui.plain import plain_label


class TextSide(QWidget):
    linesPicked = Signal(list)  # list[int]: the lines the user's text selection spans

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(parent=self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        # long lines wrap: a line is still one block, so selections still map to lines
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.make_entries = QPushButton(self)
        self.make_entries.hide()  # shown when the "make entries" dialog is installed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.make_entries)
        self._syncing = False
        self.text.selectionChanged.connect(self._picked)

    def set_result(self, result: OcrResult | None) -> None:
        self._syncing = True
        self.text.setPlainText("" if result is None else result.text)
        self._syncing = False

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def show_selected(self, numbers: list[int]) -> None:
        """Highlight the picture's selected lines here (without moving the user's cursor)."""
        marks = []
        doc = self.text.document()
        for n in numbers:
            block = doc.findBlockByNumber(n - 1)
            if not block.isValid():
                continue
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor(30, 110, 220, 60))  # type: ignore[attr-defined]
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
            mark.cursor = QTextCursor(block)  # type: ignore[attr-defined]
            marks.append(mark)
        self.text.setExtraSelections(marks)
        if numbers and not self.text.textCursor().hasSelection():
            block = doc.findBlockByNumber(numbers[0] - 1)
            if block.isValid():
                self._syncing = True
                self.text.setTextCursor(QTextCursor(block))
                self.text.ensureCursorVisible()
                self._syncing = False

    def _picked(self) -> None:
        if self._syncing:
            return
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return
        doc = self.text.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber() + 1
        last = doc.findBlock(cursor.selectionEnd()).blockNumber() + 1
        self.linesPicked.emit(list(range(first, last + 1)))
