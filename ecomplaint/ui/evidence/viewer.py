"""A simple image viewer: fit to window, zoom, EXIF orientation respected, read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.domain.visible import visible
from ecomplaint.services.thumbnails import MAX_PIXELS
from ecomplaint.store.blobs import blob_path
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.zone import home_zone


def load_upright(path: Path) -> QImage:
    """The image turned as its EXIF says; a null image if it is corrupt or absurdly large."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # applies the EXIF orientation
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        return QImage()
    return reader.read()


class _View(QGraphicsView):
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class ImageViewerDialog(QDialog):
    """Shows one exhibit. `saveCopyRequested(record)` is for the caller's save dialog."""

    saveCopyRequested = Signal(object)
    ZOOM_STEP = 1.25

    def __init__(
        self, store_folder: Path, record: EvidenceRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(f"{visible(record.original_name)} — SHA-256 {record.sha256[:12]}…")
        self.resize(900, 700)
        self.fit_mode = True
        self.image = load_upright(blob_path(store_folder, record.sha256))

        bar = QToolBar(self)
        self.act_fit = self._action(bar, self.tr("Fit to window"), "Ctrl+0", self.fit)
        self._action(bar, self.tr("Actual size"), "Ctrl+1", lambda: self.set_zoom(1.0))
        self._action(bar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self._action(bar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        bar.addSeparator()
        self._action(
            bar,
            self.tr("Save a copy of the original…"),
            QKeySequence.StandardKey.Save,
            lambda: self.saveCopyRequested.emit(self.record),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        self.view = _View(self)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.scene = QGraphicsScene(self)
        self.view.setScene(self.scene)
        self.view.resized.connect(self._refit)
        if self.image.isNull():
            self.notice = QLabel(
                self.tr(
                    "This image cannot be shown (damaged or unsupported). "
                    "The stored file is kept as it is; save a copy to inspect it."
                )
            )
            self.notice.setWordWrap(True)
            self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.notice, 1)
            self.view.hide()
        else:
            self.item = QGraphicsPixmapItem(QPixmap.fromImage(self.image))
            self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.scene.addItem(self.item)
            self.scene.setSceneRect(QRectF(self.item.boundingRect()))
            layout.addWidget(self.view, 1)
        self.caption = plain_label(self._caption())
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.caption)

    def _caption(self) -> str:
        r = self.record
        parts = [visible(r.original_name), f"SHA-256 {r.sha256}"]
        if r.captured_at:
            parts.append(
                self.tr("captured %1").replace(
                    "%1", r.captured_at.astimezone(home_zone()).strftime("%Y-%m-%d %H:%M")
                )
            )
        return " · ".join(parts)

    def _action(self, bar: QToolBar, text: str, key: object, slot: object) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(key))  # type: ignore[call-overload]
        act.triggered.connect(slot)  # type: ignore[arg-type]
        bar.addAction(act)
        return act

    def zoom(self) -> float:
        return float(self.view.transform().m11())

    def set_zoom(self, factor: float) -> None:
        self.fit_mode = False
        factor = max(0.02, min(factor, 16.0))
        self.view.resetTransform()
        self.view.scale(factor, factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.ZOOM_STEP)

    def fit(self) -> None:
        self.fit_mode = True
        self._refit()

    def _refit(self) -> None:
        if self.fit_mode and not self.image.isNull():
            self.view.resetTransform()
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.0:  # fit shrinks big pictures; small ones stay sharp at 100 %
                self.view.resetTransform()
