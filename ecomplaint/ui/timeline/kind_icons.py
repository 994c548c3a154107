"""Small vector icons for entry kinds, drawn with QPainter (no image files, no emoji)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

COLORS = {
    "order": "#3b6ea8",
    "payment": "#3b6ea8",
    "delivery": "#6a5acd",
    "visit": "#8a6d3b",
    "call_in": "#2e7d32",
    "call_out": "#00796b",
    "call_missed": "#9e9e9e",
    "chat": "#1565c0",
    "sms": "#1565c0",
    "email": "#455a64",
    "complaint": "#c62828",
    "reply": "#2e7d32",
    "offer": "#ef6c00",
    "refund": "#2e7d32",
    "harassment": "#b00020",
    "note": "#616161",
}


def kind_color(kind: str) -> QColor:
    return QColor(COLORS.get(kind, "#616161"))


def paint_kind_icon(p: QPainter, rect: QRectF, kind: str) -> None:
    """A filled circle in the kind's colour with a white pictogram."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(kind_color(kind))
    p.drawEllipse(rect)
    s = rect.width()
    x, y = rect.x(), rect.y()

    def pt(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    pen = QPen(QColor("white"), max(1.5, s / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if kind.startswith("call"):
        # handset: an arc with two ear/mouth pieces
        path.moveTo(pt(0.30, 0.30))
        path.cubicTo(pt(0.28, 0.55), pt(0.45, 0.72), pt(0.70, 0.70))
        p.drawPath(path)
        p.drawLine(pt(0.24, 0.30), pt(0.36, 0.30))
        p.drawLine(pt(0.70, 0.64), pt(0.70, 0.76))
        if kind == "call_in":
            p.drawLine(pt(0.72, 0.28), pt(0.52, 0.48))
            p.drawLine(pt(0.52, 0.48), pt(0.52, 0.38))
            p.drawLine(pt(0.52, 0.48), pt(0.62, 0.48))
        elif kind == "call_out":
            p.drawLine(pt(0.52, 0.48), pt(0.72, 0.28))
            p.drawLine(pt(0.72, 0.28), pt(0.62, 0.28))
            p.drawLine(pt(0.72, 0.28), pt(0.72, 0.38))
        else:
            p.drawLine(pt(0.54, 0.26), pt(0.74, 0.46))
            p.drawLine(pt(0.74, 0.26), pt(0.54, 0.46))
    elif kind in ("chat", "sms"):
        path.addRoundedRect(QRectF(pt(0.25, 0.28), pt(0.75, 0.62)), s * 0.08, s * 0.08)
        p.drawPath(path)
        p.drawLine(pt(0.38, 0.62), pt(0.32, 0.74))
        p.drawLine(pt(0.32, 0.74), pt(0.48, 0.62))
    elif kind == "email":
        p.drawRect(QRectF(pt(0.25, 0.32), pt(0.75, 0.68)))
        p.drawLine(pt(0.25, 0.32), pt(0.50, 0.52))
        p.drawLine(pt(0.50, 0.52), pt(0.75, 0.32))
    elif kind in ("order", "payment"):
        # a shopping bag
        p.drawRect(QRectF(pt(0.28, 0.40), pt(0.72, 0.74)))
        path.moveTo(pt(0.40, 0.40))
        path.cubicTo(pt(0.40, 0.22), pt(0.60, 0.22), pt(0.60, 0.40))
        p.drawPath(path)
    elif kind == "delivery":
        p.drawRect(QRectF(pt(0.28, 0.34), pt(0.72, 0.72)))
        p.drawLine(pt(0.28, 0.46), pt(0.72, 0.46))
        p.drawLine(pt(0.50, 0.34), pt(0.50, 0.46))
    elif kind == "visit":
        # a house
        path.moveTo(pt(0.25, 0.50))
        path.lineTo(pt(0.50, 0.26))
        path.lineTo(pt(0.75, 0.50))
        p.drawPath(path)
        p.drawRect(QRectF(pt(0.33, 0.48), pt(0.67, 0.74)))
    elif kind == "complaint":
        # a flag
        p.drawLine(pt(0.33, 0.24), pt(0.33, 0.78))
        path.moveTo(pt(0.33, 0.26))
        path.lineTo(pt(0.72, 0.36))
        path.lineTo(pt(0.33, 0.50))
        p.drawPath(path)
    elif kind == "reply":
        path.moveTo(pt(0.72, 0.70))
        path.cubicTo(pt(0.72, 0.45), pt(0.55, 0.40), pt(0.32, 0.40))
        p.drawPath(path)
        p.drawLine(pt(0.32, 0.40), pt(0.44, 0.28))
        p.drawLine(pt(0.32, 0.40), pt(0.44, 0.52))
    elif kind == "offer":
        # a price tag
        path.moveTo(pt(0.26, 0.30))
        path.lineTo(pt(0.52, 0.30))
        path.lineTo(pt(0.76, 0.54))
        path.lineTo(pt(0.54, 0.76))
        path.lineTo(pt(0.26, 0.50))
        path.closeSubpath()
        p.drawPath(path)
        p.drawPoint(pt(0.38, 0.42))
    elif kind == "refund":
        path.arcMoveTo(QRectF(pt(0.27, 0.27), pt(0.73, 0.73)), 60)
        path.arcTo(QRectF(pt(0.27, 0.27), pt(0.73, 0.73)), 60, 280)
        p.drawPath(path)
        p.drawLine(pt(0.62, 0.30), pt(0.64, 0.17))
        p.drawLine(pt(0.62, 0.30), pt(0.75, 0.33))
    elif kind == "harassment":
        path.moveTo(pt(0.50, 0.22))
        path.lineTo(pt(0.78, 0.72))
        path.lineTo(pt(0.22, 0.72))
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(pt(0.50, 0.40), pt(0.50, 0.56))
        p.drawPoint(pt(0.50, 0.64))
    else:
        # a note: a page with lines
        p.drawRect(QRectF(pt(0.32, 0.24), pt(0.68, 0.76)))
        for fy in (0.38, 0.50, 0.62):
            p.drawLine(pt(0.40, fy), pt(0.60, fy))
    p.restore()


def kind_pixmap(kind: str, size: int = 16) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    paint_kind_icon(painter, QRectF(0, 0, size, size), kind)
    painter.end()
    return pm
