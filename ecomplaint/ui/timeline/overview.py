"""The case at a glance in the window: the dossier's chart (domain/overview.py), drawn with
QPainter from the open case the case context holds. Hover names a mark; a click on an entry or
a promise selects its entry in the timeline (`entry_clicked`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from ecomplaint.domain import overview, promise_rules
from ecomplaint.domain.records import CaseDetail
from ecomplaint.ui.cases.context import CaseContext
from ecomplaint.ui.labels import kind_label, promise_status_label, promise_what_label
from ecomplaint.ui.plain import tooltip
from ecomplaint.ui.zone import home_zone, local

ROW = 16
LABEL_W = 150
LATE = QColor("#c62828")
KEPT = QColor("#2e7d32")
WINDOW = QColor("#dbe6f3")
BAND = (QColor("#fff4e0"), QColor("#fde9c8"))


def display_time(at: datetime) -> str:
    return local(at).strftime("%Y-%m-%d %H:%M")


class OverviewView(QWidget):
    entry_clicked = Signal(int)

    def __init__(
        self, case: CaseContext, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.now = now
        self.layout_: overview.Layout | None = None
        self.detail: CaseDetail | None = None
        self._hits: list[tuple[QRectF, int | None, str]] = []  # area, entry id, hover text
        self.setMouseTracking(True)
        self.setAccessibleName("Overview")
        case.detail_changed.connect(self.refresh)

    def refresh(self) -> None:
        detail = self.case.detail
        self.detail = detail
        if detail is None:
            self.layout_ = None
        else:
            now = self.now()
            states = {p.id: promise_rules.evaluate(p, detail.pauses, now) for p in detail.promises}
            self.layout_ = overview.compute(detail, states, now, home_zone())
        self.setVisible(self.layout_ is not None and not self.layout_.empty)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lay = self.layout_
        rows = (len(lay.bars) + max(len(lay.lanes), 1)) if lay else 1
        return QSize(600, min(ROW * rows + 40, 260))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 60)

    # -- drawing -------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        lay = self.layout_
        self._hits = []
        if lay is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        ink = pal.windowText().color()
        x0, x1 = LABEL_W, self.width() - 12
        top, bottom = 14, self.height() - 18

        def X(f: float) -> float:  # noqa: N802 - a coordinate
            return x0 + f * (x1 - x0)

        for i, band in enumerate(lay.bands):
            r = QRectF(X(band.x0), top, X(band.x1) - X(band.x0), bottom - top)
            p.fillRect(r, BAND[i % 2])
            p.setPen(ink)
            p.drawText(QPointF(r.left() + 2, top - 3), band.label[:30])
        for shade in lay.shades:
            p.fillRect(
                QRectF(X(shade.x0), top, X(shade.x1) - X(shade.x0), bottom - top),
                QColor(0, 0, 0, 25),
            )
        bars = lay.bars[: max((bottom - top) // ROW - len(lay.lanes), 0)]
        for n, bar in enumerate(bars):
            y = top + n * ROW + 4
            label = f"{promise_what_label(bar.what)} · {promise_status_label(bar.status)}"
            p.setPen(ink)
            p.drawText(QRectF(0, y - 3, LABEL_W - 6, ROW), Qt.AlignmentFlag.AlignRight, label)
            p.drawLine(QPointF(X(bar.x_made), y + 4), QPointF(X(bar.x_due_from), y + 4))
            win = QRectF(X(bar.x_due_from), y, max(X(bar.x_due_by) - X(bar.x_due_from), 2), 8)
            p.setPen(QPen(QColor("#3a6ea5")))
            p.setBrush(WINDOW)
            p.drawRect(win)
            if bar.late is not None:
                p.setBrush(QBrush(LATE, Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(LATE))
                p.drawRect(QRectF(X(bar.late[0]), y + 1, X(bar.late[1]) - X(bar.late[0]), 6))
            self._outcome(p, bar.outcome, X(bar.x_outcome), y + 4)
            hover = f"{label}\n{display_time(bar.made_at)} → {display_time(bar.due_by)}"
            area = QRectF(X(bar.x_made) - 3, y - 2, X(bar.x_outcome) - X(bar.x_made) + 8, 12)
            self._hits.append((area, bar.entry_id, hover))
        lane_y = {g: top + len(bars) * ROW + 8 + ROW * i for i, g in enumerate(lay.lanes)}
        names = {
            "call": self.tr("Calls"),
            "visit": self.tr("Visits"),
            "chat": self.tr("Chats"),
            "harassment": self.tr("Harassment"),
            "other": self.tr("Other"),
        }
        for group, y in lane_y.items():
            p.setPen(ink)
            p.drawText(
                QRectF(0, y - ROW / 2, LABEL_W - 6, ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                names[group],
            )
        for tick in lay.ticks:
            shape, colour = overview.MARKS[tick.group]
            x, y = X(tick.x), lane_y[tick.group]
            self._mark(p, shape, x, y, QColor(colour))
            text = f"{kind_label(tick.kind)} · {display_time(tick.at)}"
            self._hits.append((QRectF(x - 4, y - 4, 8, 8), tick.entry_id, text))
        p.setPen(ink)
        p.drawLine(QPointF(x0, bottom), QPointF(x1, bottom))
        for a, b in lay.breaks:
            p.fillRect(QRectF(X(a), bottom - 3, X(b) - X(a), 6), pal.window())
            for xb in (X(a), X(b)):
                p.drawLine(QPointF(xb - 2, bottom + 4), QPointF(xb + 2, bottom - 4))
        last = -1e9
        for at, f in lay.day_marks:
            if X(f) - last > 44:
                p.drawText(QPointF(X(f) - 14, bottom + 13), display_time(at)[5:10])
                last = X(f)
        p.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(X(lay.x_as_of), top), QPointF(X(lay.x_as_of), bottom))
        p.end()

    @staticmethod
    def _mark(p: QPainter, shape: str, x: float, y: float, colour: QColor, r: float = 3.5) -> None:
        p.setPen(QPen(colour, 1.5))
        p.setBrush(colour)
        if shape == "circle":
            p.drawEllipse(QPointF(x, y), r, r)
        elif shape == "square":
            p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
        elif shape == "triangle":
            p.drawPolygon(
                QPolygonF([QPointF(x - r, y + r), QPointF(x + r, y + r), QPointF(x, y - r)])
            )
        elif shape == "cross":
            p.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
            p.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(
                QPolygonF(
                    [QPointF(x - r, y), QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r)]
                )
            )

    @staticmethod
    def _outcome(p: QPainter, outcome: str, x: float, y: float) -> None:
        kind = overview.OUTCOME_MARK[outcome]
        if kind == "check":
            p.setPen(QPen(KEPT if outcome == "kept" else LATE, 2))
            p.drawPolyline(
                QPolygonF([QPointF(x - 3, y), QPointF(x - 1, y + 3), QPointF(x + 4, y - 4)])
            )
        elif kind == "cross":
            p.setPen(QPen(LATE, 2))
            p.drawLine(QPointF(x - 3, y - 3), QPointF(x + 3, y + 3))
            p.drawLine(QPointF(x - 3, y + 3), QPointF(x + 3, y - 3))
        elif kind == "arrow":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LATE)
            p.drawPolygon(QPolygonF([QPointF(x, y - 4), QPointF(x + 6, y), QPointF(x, y + 4)]))

    # -- hover and click -----------------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[int | None, str] | None:
        for area, entry_id, text in reversed(self._hits):  # marks drawn last are on top
            if area.contains(pos):
                return entry_id, text
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.hit(event.position())
        if found is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip(found[1]) or "", self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.hit(event.position())
        if found is not None and found[0] is not None:
            self.entry_clicked.emit(found[0])
