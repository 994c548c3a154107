"""The timeline view: a QListView with a painting delegate (day headers, icons, quotes, chips).

Row heights are measured with QFontMetrics and cached per width; the view lays rows out in
batches, so a case with thousands of entries paints its first screen at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QWidget

from ecomplaint.ui.timeline.kind_icons import paint_kind_icon
from ecomplaint.ui.timeline.model import ROW_ROLE, TimelineModel

if TYPE_CHECKING:  # the rows (and the rules they need) load with the first case
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ecomplaint.ui.timeline.rows import TimelineRow

Index = QModelIndex | QPersistentModelIndex

CHIP_COLORS = {
    "pending": ("#e3f2fd", "#0d47a1"),
    "due": ("#fff3e0", "#e65100"),
    "overdue": ("#ffebee", "#b00020"),
    "kept": ("#e8f5e9", "#1b5e20"),
    "kept_late": ("#fff8e1", "#8d6e00"),
    "broken": ("#ffebee", "#b00020"),
    "superseded": ("#eeeeee", "#616161"),
    "paused": ("#eeeeee", "#424242"),
}

PAD = 8
ICON = 22
LEFT = PAD + ICON + PAD
QUOTE_BAR = 4
WRAP = int(Qt.TextFlag.TextWordWrap)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._heights: dict[tuple[int, int], int] = {}
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self._metrics: tuple[QFontMetrics, QFontMetrics, QFontMetrics] | None = None

    def clear_cache(self) -> None:
        self._heights.clear()
        self._font_cache = None
        self._metrics = None

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        if self._font_cache is None:
            base = QFont(self.view.font())
            bold = QFont(base)
            bold.setBold(True)
            quote = QFont(base)
            quote.setItalic(True)
            self._font_cache = (base, bold, quote)
        return self._font_cache

    def _fm(self) -> tuple[QFontMetrics, QFontMetrics, QFontMetrics]:
        if self._metrics is None:
            base, bold, quote = self._fonts()
            self._metrics = (QFontMetrics(base), QFontMetrics(bold), QFontMetrics(quote))
        return self._metrics

    def _model(self) -> TimelineModel:
        model = self.view.model()
        assert isinstance(model, TimelineModel)
        return model

    def _text_width(self) -> int:
        return max(120, self.view.viewport().width() - LEFT - PAD)

    def _layout(self, row: TimelineRow, width: int) -> tuple[int, int, int, int]:
        """Heights of (heading, summary, quote, chips) for an entry row at text width."""
        fm, fmb, fmq = self._fm()
        e = row.entry
        assert e is not None
        heading = fmb.boundingRect(
            QRect(0, 0, width, 100_000), WRAP, self._model().heading_text(row)
        ).height()
        words = self._model().summary_text(row)
        summary = fm.boundingRect(QRect(0, 0, width, 100_000), WRAP, words).height() if words else 0
        quote = (
            fmq.boundingRect(
                QRect(0, 0, width - QUOTE_BAR - 2 * PAD, 100_000), WRAP, "“" + e.quote + "”"
            ).height()
            + PAD
            if e.quote and not row.is_burst
            else 0
        )
        chips = fm.height() + 6 if row.chips or row.evidence else 0
        return heading, summary, quote, chips

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row: TimelineRow = index.data(ROW_ROLE)
        width = self._text_width()
        key = (index.row(), width)
        cached = self._heights.get(key)
        if cached is None:
            if row.is_day:
                cached = self._fm()[1].height() + 2 * PAD
            else:
                heading, summary, quote, chips = self._layout(row, width)
                gaps = sum(4 for h in (summary, quote, chips) if h)
                cached = max(ICON, heading + summary + quote + chips + gaps) + 2 * PAD
            self._heights[key] = cached
        return QSize(width + LEFT + PAD, cached)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow = index.data(ROW_ROLE)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        # QStyle here, not at import: its eleven enums cost ~6 ms before the window's first
        # paint, which shows no timeline (bench/README.md: start-up)
        from PySide6.QtWidgets import QStyle

        painter.save()
        base, bold, quote_font = self._fonts()
        if row.is_day:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(PAD, 0, -PAD, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                self._model().day_text(row),
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()
            return
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        e = row.entry
        assert e is not None
        width = self._text_width()
        heading, summary, quote, chips = self._layout(row, width)
        paint_kind_icon(painter, QRectF(rect.x() + PAD, rect.y() + PAD, ICON, ICON), e.kind)
        x, y = rect.x() + LEFT, rect.y() + PAD
        text_color = palette.color(QPalette.ColorRole.Text)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRect(x, y, width, heading), WRAP, self._model().heading_text(row))
        y += heading + 4
        if summary:
            painter.setFont(base)
            painter.drawText(QRect(x, y, width, summary), WRAP, self._model().summary_text(row))
            y += summary + 4
        if quote:
            box = QRect(x, y, width, quote)
            painter.fillRect(box, QColor("#f4f1e8"))
            painter.fillRect(QRect(x, y, QUOTE_BAR, quote), QColor("#a1887f"))
            painter.setFont(quote_font)
            painter.setPen(QColor("#3e2723"))
            painter.drawText(
                box.adjusted(QUOTE_BAR + PAD, PAD // 2, -PAD, -PAD // 2), WRAP, "“" + e.quote + "”"
            )
            y += quote + 4
        if chips:
            painter.setFont(base)
            fm = self._fm()[0]
            cx = x
            model = self._model()
            for chip in row.chips:
                text = model.chip_text(chip)
                w = fm.horizontalAdvance(text) + 2 * PAD
                fill, ink = CHIP_COLORS.get(chip.status, ("#eeeeee", "#212121"))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor(ink), 1))
                painter.setBrush(QColor(fill))
                painter.drawRoundedRect(QRectF(cx, y, w, fm.height() + 4), 8, 8)
                painter.drawText(
                    QRect(cx, y, w, fm.height() + 4), int(Qt.AlignmentFlag.AlignCenter), text
                )
                cx += w + PAD
            if row.evidence:  # an entry with exhibits: their strip is in the Evidence tab
                text = model.evidence_text(row)
                w = fm.horizontalAdvance(text) + 2 * PAD
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor("#37474f"), 1))
                painter.setBrush(QColor("#eceff1"))
                painter.drawRect(QRectF(cx, y, w, fm.height() + 4))
                painter.drawText(
                    QRect(cx, y, w, fm.height() + 4), int(Qt.AlignmentFlag.AlignCenter), text
                )
        painter.restore()


class TimelineView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_model = TimelineModel(self)
        self.setModel(self.timeline_model)
        self.delegate = TimelineDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(60)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.timeline_model.modelReset.connect(self.delegate.clear_cache)
        # after opening a case, follow the batched layout down to the latest entry until the
        # user scrolls or clicks
        self.stick_to_bottom = False
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def show_latest(self) -> None:
        self.stick_to_bottom = True
        self.scrollToBottom()

    def _range_changed(self, _lo: int, _hi: int) -> None:
        if self.stick_to_bottom:
            self.scrollToBottom()

    def wheelEvent(self, event: Any) -> None:
        self.stick_to_bottom = False
        super().wheelEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        self.stick_to_bottom = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        self.stick_to_bottom = False
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.delegate.clear_cache()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self.delegate.clear_cache()
        super().resizeEvent(event)

    def current_row(self) -> TimelineRow | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.timeline_model.row_at(index.row())
