"""The text read from a picture, drawn over it: one box per line, lines selectable.

Lines are numbered from 1 in reading order (domain.ocr_text), the numbers an entry cites;
the selection is a set of those numbers. Click selects a line, Shift+click the run from the
last clicked line, Ctrl+click toggles one, a drag on the picture selects every line the band
touches. The overlay draws; the viewer routes the mouse and keys here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QGraphicsScene

from ecomplaint.domain.ocr_text import OcrLine, OcrResult

LINE_PEN = QColor(30, 110, 220, 200)
SELECTED_PEN = QColor(10, 70, 190)
SELECTED_FILL = QColor(40, 120, 240, 110)  # visible over white and over grey chat bubbles
Z_LINES = 10.0


class LineItem(QGraphicsPolygonItem):
    def __init__(self, number: int, line: OcrLine) -> None:
        super().__init__(QPolygonF([QPointF(x, y) for x, y in line.box]))
        self.number = number
        self.line = line
        self.setZValue(Z_LINES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the viewer routes clicks
        self.set_selected(False)

    def set_selected(self, on: bool) -> None:
        pen = QPen(SELECTED_PEN if on else LINE_PEN, 2.5 if on else 1.5)
        pen.setCosmetic(True)  # as thin at 10 % as at 400 %
        self.setPen(pen)
        self.setBrush(QBrush(SELECTED_FILL) if on else QBrush(Qt.BrushStyle.NoBrush))


class LineOverlay(QObject):
    """The line boxes of one OcrResult on a scene, and which lines are selected."""

    selectionChanged = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.items: list[LineItem] = []
        self.selected: set[int] = set()
        self.anchor: int | None = None  # where a Shift+click run starts
        self.result: OcrResult | None = None

    # -- content -------------------------------------------------------------------------
    def set_result(self, result: OcrResult | None) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items = []
        self.result = result
        self.selected, self.anchor = set(), None
        if result is not None:
            for n, line in enumerate(result.lines, start=1):
                item = LineItem(n, line)
                self.scene.addItem(item)
                self.items.append(item)
        self.selectionChanged.emit()

    def set_visible(self, on: bool) -> None:
        for item in self.items:
            item.setVisible(on)

    def count(self) -> int:
        return len(self.items)

    # -- selecting -----------------------------------------------------------------------
    def line_at(self, pos: QPointF) -> int | None:
        """The number of the line under `pos` (scene coordinates), topmost first."""
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, LineItem) and item.isVisible():
                return item.number
        return None

    def lines_in(self, rect: QRectF) -> list[int]:
        hit = self.scene.items(rect.normalized(), Qt.ItemSelectionMode.IntersectsItemShape)
        return sorted(i.number for i in hit if isinstance(i, LineItem) and i.isVisible())

    def select(self, numbers: Iterable[int], *, add: bool = False) -> None:
        valid = {n for n in numbers if 1 <= n <= len(self.items)}
        new = (self.selected | valid) if add else valid
        if new != self.selected:
            self.selected = new
            for item in self.items:
                item.set_selected(item.number in new)
            self.selectionChanged.emit()

    def click(self, number: int | None, modifiers: Qt.KeyboardModifier) -> None:
        """A click on a line (None: on the picture) with the keyboard's modifiers."""
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if number is None:
            if not (shift or ctrl):
                self.select([])
            return
        if shift and self.anchor is not None:
            lo, hi = sorted((self.anchor, number))
            self.select(range(lo, hi + 1), add=ctrl)
            return
        if ctrl:
            self.select(self.selected ^ {number})
        else:
            self.select([number])
        self.anchor = number

    def band(self, rect: QRectF, modifiers: Qt.KeyboardModifier) -> None:
        add = bool(
            modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        numbers = self.lines_in(rect)
        self.select(numbers, add=add)
        if numbers:
            self.anchor = numbers[0]

    def step(self, delta: int, *, extend: bool) -> None:
        """Up/Down move the selection one line (Shift: grow it from the anchor)."""
        if not self.items:
            return
        current = (
            max(self.selected)
            if delta > 0 and self.selected
            else (min(self.selected) if self.selected else 0)
        )
        target = min(max(1, current + delta if current else 1), len(self.items))
        if extend and self.anchor is not None:
            lo, hi = sorted((self.anchor, target))
            self.select(range(lo, hi + 1))
        else:
            self.select([target])
            self.anchor = target
        self.items[target - 1].ensureVisible(QRectF(), 20, 20)

    def select_all(self) -> None:
        self.select(range(1, len(self.items) + 1))

    def selected_numbers(self) -> list[int]:
        return sorted(self.selected)

    def selected_text(self) -> str:
        """The selected lines' text, one per line, in reading order: what Ctrl+C copies."""
        return "\n".join(self.items[n - 1].line.text for n in self.selected_numbers())

    def item(self, number: int) -> QGraphicsItem:
        return self.items[number - 1]
