"""The redaction boxes over a picture, edited by hand: add (drag on the picture), move (drag a
box), resize (drag its corner handle, or Shift+arrows), remove (Delete, or the context menu).

Boxes are in the image's own pixels (domain.image_redaction.Box), the ones the core fills
solid. Keyboard: Tab/Shift+Tab go from box to box, arrows move the current one (Shift: size),
Insert adds one in the middle of the view, Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from ecomplaint.domain.image_redaction import Box

Z_BOXES = 20.0
HANDLE = 14.0  # the corner that resizes, in screen pixels
MIN_SIDE = 4  # a box smaller than this (image pixels) is a slip of the mouse


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    return pen


class BoxItem(QGraphicsRectItem):
    """One box: a translucent black fill while editing (the picture shows through), red frame."""

    def __init__(self, box: Box) -> None:
        super().__init__(QRectF(box.x, box.y, box.w, box.h))
        self.reason = box.reason
        self.setZValue(Z_BOXES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the editor routes the mouse
        self.set_current(False)

    def set_current(self, on: bool) -> None:
        self.current = on
        self.setBrush(QBrush(QColor(0, 0, 0, 150 if on else 120)))
        self.setPen(_pen(QColor(255, 200, 0) if on else QColor(220, 40, 40), 3 if on else 2))

    def box(self) -> Box:
        r = self.rect().normalized()
        return Box(round(r.x()), round(r.y()), round(r.width()), round(r.height()), self.reason)


class BoxEditor(QObject):
    """The boxes of one redaction in progress and the mouse/keyboard edits on them."""

    changed = Signal()

    def __init__(self, scene: QGraphicsScene, bounds: QRectF, parent: QObject | None = None):
        super().__init__(parent)
        self.scene = scene
        self.bounds = bounds  # the image: boxes stay inside it
        self.items: list[BoxItem] = []
        self.current: BoxItem | None = None
        self._drag: tuple[str, QPointF, QRectF] | None = None  # what, where it began, rect then
        self._new: BoxItem | None = None

    # -- content ---------------------------------------------------------------------------
    def set_boxes(self, boxes: list[Box]) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items, self.current = [], None
        for box in boxes:
            clipped = box.clipped(int(self.bounds.width()), int(self.bounds.height()))
            if clipped is not None:
                self._add_item(clipped)
        self.changed.emit()

    def boxes(self) -> list[Box]:
        return [item.box() for item in self.items]

    def clear(self) -> None:
        self.set_boxes([])

    def _add_item(self, box: Box) -> BoxItem:
        item = BoxItem(box)
        self.scene.addItem(item)
        self.items.append(item)
        return item

    def set_current(self, item: BoxItem | None) -> None:
        if self.current is not None and self.current in self.items:
            self.current.set_current(False)
        self.current = item
        if item is not None:
            item.set_current(True)
            item.ensureVisible(QRectF(), 20, 20)

    # -- mouse (scene coordinates; `scale` = screen pixels per image pixel) -----------------
    def box_at(self, pos: QPointF) -> BoxItem | None:
        for item in reversed(self.items):  # the last drawn is on top
            if item.rect().normalized().contains(pos):
                return item
        return None

    def press(self, pos: QPointF, scale: float) -> None:
        item = self.box_at(pos)
        if item is not None:
            self.set_current(item)
            corner = item.rect().normalized().bottomRight()
            grip = HANDLE / max(scale, 1e-6)
            near = abs(pos.x() - corner.x()) <= grip and abs(pos.y() - corner.y()) <= grip
            self._drag = ("resize" if near else "move", pos, QRectF(item.rect()))
            return
        if not self.bounds.contains(pos):
            self.set_current(None)
            return
        self._new = self._add_item(Box(round(pos.x()), round(pos.y()), 0, 0, "manual"))
        self.set_current(self._new)
        self._drag = ("new", pos, QRectF(pos, pos))

    def move(self, pos: QPointF) -> None:
        if self._drag is None or self.current is None:
            return
        what, start, rect = self._drag
        pos = QPointF(
            min(max(pos.x(), self.bounds.left()), self.bounds.right()),
            min(max(pos.y(), self.bounds.top()), self.bounds.bottom()),
        )
        if what == "new":
            self.current.setRect(QRectF(start, pos).normalized())
        elif what == "resize":
            self.current.setRect(QRectF(rect.topLeft(), pos).normalized())
        else:
            moved = rect.translated(pos - start)
            self.current.setRect(self._inside(moved))

    def release(self) -> None:
        if self._drag is None:
            return
        what = self._drag[0]
        self._drag = None
        item = self.current
        if item is not None and what == "new":
            r = item.rect().normalized()
            if r.width() < MIN_SIDE or r.height() < MIN_SIDE:  # a click, not a box
                self.remove(item)
                return
        self.changed.emit()

    def _inside(self, r: QRectF) -> QRectF:
        dx = max(0.0, self.bounds.left() - r.left()) - max(0.0, r.right() - self.bounds.right())
        dy = max(0.0, self.bounds.top() - r.top()) - max(0.0, r.bottom() - self.bounds.bottom())
        return r.translated(dx, dy)

    # -- keyboard ------------------------------------------------------------------------------
    def cycle(self, forward: bool = True) -> None:
        if not self.items:
            return
        if self.current not in self.items:
            self.set_current(self.items[0 if forward else -1])
            return
        i = self.items.index(self.current)  # type: ignore[arg-type]
        self.set_current(self.items[(i + (1 if forward else -1)) % len(self.items)])

    def nudge(self, dx: float, dy: float, *, resize: bool = False) -> None:
        item = self.current
        if item is None:
            return
        r = item.rect().normalized()
        if resize:
            r.setWidth(max(MIN_SIDE, r.width() + dx))
            r.setHeight(max(MIN_SIDE, r.height() + dy))
            r = r.intersected(self.bounds)
        else:
            r = self._inside(r.translated(dx, dy))
        item.setRect(r)
        self.changed.emit()

    def add_at(self, centre: QPointF, w: float = 200, h: float = 60) -> BoxItem:
        w, h = min(w, self.bounds.width()), min(h, self.bounds.height())
        rect = self._inside(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h))
        item = self._add_item(Box(round(rect.x()), round(rect.y()), round(w), round(h)))
        self.set_current(item)
        self.changed.emit()
        return item

    def remove(self, item: BoxItem | None = None) -> None:
        item = item or self.current
        if item is None or item not in self.items:
            return
        i = self.items.index(item)
        self.items.remove(item)
        self.scene.removeItem(item)
        self.current = None
        if self.items:
            self.set_current(self.items[min(i, len(self.items) - 1)])
        self.changed.emit()
