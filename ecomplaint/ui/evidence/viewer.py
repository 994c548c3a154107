"""The exhibit viewer: fit to window, zoom, EXIF orientation respected, the original never
changed. With a TextReader it shows the text read from the picture over it (line boxes,
selectable by click, Shift+click, Ctrl+click and a dragged band; Ctrl+C copies the lines'
text) and beside it (plain selectable text); "Read text" (Ctrl+R) reads it on demand.
With a RedactionBackend and the window's undo stack, "Redact…" (Ctrl+Shift+R) edits boxes
over the picture (ui/evidence/redact_boxes.py) and applies them as a new, undoable exhibit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRubberBand,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.exhibits import Origin
from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.domain.visible import visible
from ecomplaint.store.blobs import blob_path
from ecomplaint.ui.evidence.line_overlay import LineOverlay
from ecomplaint.ui.evidence.origin import origin_text
from ecomplaint.ui.evidence.reading import error_text
from ecomplaint.ui.evidence.redact_boxes import BoxEditor
from ecomplaint.ui.evidence.text_side import TextSide
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.zone import home_zone

if TYPE_CHECKING:
    from ecomplaint.domain.image_redaction import Box
    from ecomplaint.ui.evidence.reading import TextReader
    from ecomplaint.ui.evidence.redaction import Redacted, RedactionBackend

# open_make_entries(parent, evidence_uid, line_numbers, *, ops, undo_stack)
MakeEntries = Callable[..., Any]


def too_large(path: Path) -> tuple[int, int] | None:
    """Width and height when the picture is too large to decode safely (a decompression
    bomb, or simply huge), read from its header; None otherwise."""
    size = QImageReader(str(path)).size()
    from ecomplaint.services.thumbnails import MAX_PIXELS  # Pillow: loaded when first needed

    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        return size.width(), size.height()
    return None


def load_upright(path: Path) -> QImage:
    """The image turned as its EXIF says; a null image if it is corrupt (callers check
    `too_large` first)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # applies the EXIF orientation
    return reader.read()


def make_entries_opener() -> MakeEntries:
    """The "make entries" preview (ui/evidence/make_entries.py), imported when first wanted."""
    from ecomplaint.ui.evidence.make_entries import open_make_entries

    return open_make_entries


class _View(QGraphicsView):
    """Routes the mouse and keys to the viewer while lines or boxes are on the picture."""

    resized = Signal()

    def __init__(self, viewer: ImageViewerDialog) -> None:
        super().__init__(viewer)
        self.viewer = viewer
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._band_from: QPoint | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def _routing(self) -> bool:
        return self.viewer.redacting or self.viewer.overlay.count() > 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._routing() or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        if self.viewer.redacting:
            self.viewer.editor.press(pos, self.viewer.zoom())
        else:
            number = self.viewer.overlay.line_at(pos)
            if number is not None:
                self.viewer.overlay.click(number, event.modifiers())
            else:  # a band over the lines, or a click that clears
                self._band_from = event.position().toPoint()
                self.band.setGeometry(QRect(self._band_from, QSize()))
                self.band.show()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._routing():
            super().mouseMoveEvent(event)
            return
        if self.viewer.redacting:
            self.viewer.editor.move(self.mapToScene(event.position().toPoint()))
        elif self._band_from is not None:
            self.band.setGeometry(QRect(self._band_from, event.position().toPoint()).normalized())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._routing():
            super().mouseReleaseEvent(event)
            return
        if self.viewer.redacting:
            self.viewer.editor.release()
        elif self._band_from is not None:
            rect = QRect(self._band_from, event.position().toPoint()).normalized()
            self.band.hide()
            self._band_from = None
            if rect.width() < 4 and rect.height() < 4:
                self.viewer.overlay.click(None, event.modifiers())
            else:
                self.viewer.overlay.band(self.mapToScene(rect).boundingRect(), event.modifiers())
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Tab goes from box to box while redacting, instead of leaving the picture
        if event.type() == QEvent.Type.KeyPress and self.viewer.redacting:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.viewer.editor.cycle(event.key() == Qt.Key.Key_Tab)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.viewer.handle_key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        self.viewer.context_menu(self.mapToScene(event.pos()), event.globalPos())


class ImageViewerDialog(QDialog):
    """Shows one exhibit. `saveCopyRequested(record)` is for the caller's save dialog;
    `openRecordRequested(record)` asks the caller to show another exhibit (the redacted copy)."""

    saveCopyRequested = Signal(object)
    openRecordRequested = Signal(object)
    ZOOM_STEP = 1.25

    def __init__(
        self,
        store_folder: Path,
        record: EvidenceRecord,
        parent: QWidget | None = None,
        *,
        reader: TextReader | None = None,
        undo_stack: QUndoStack | None = None,
        redaction: RedactionBackend | None = None,
        make_entries: MakeEntries | None = None,
        origin: Origin | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.origin = origin  # set for a redacted copy: the caption names its original
        self.reader = reader
        self.undo_stack = undo_stack
        self.redaction = redaction
        # the preview writes entries: it needs the runner and the window's undo stack
        self.open_make_entries: MakeEntries | None = None
        if reader is not None and undo_stack is not None:
            self.open_make_entries = make_entries or make_entries_opener()
        self.read_result: OcrResult | None = None
        self.redacting = False
        self.applying = False
        self.setWindowTitle(f"{visible(record.original_name)} — SHA-256 {record.sha256[:12]}…")
        self.resize(1100, 760)
        self.fit_mode = True
        path = blob_path(store_folder, record.sha256)
        self.oversize = too_large(path)
        self.image = QImage() if self.oversize is not None else load_upright(path)

        bar = QToolBar(self)
        self.act_fit = self._action(bar, self.tr("Fit to window"), "Ctrl+0", self.fit)
        self._action(bar, self.tr("Actual size"), "Ctrl+1", lambda: self.set_zoom(1.0))
        self._action(bar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self._action(bar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        bar.addSeparator()
        self.act_save = self._action(
            bar,
            self.tr("Save a copy of the original…"),
            QKeySequence.StandardKey.Save,
            lambda: self.saveCopyRequested.emit(self.record),
        )
        bar.addSeparator()
        self.act_read = self._action(bar, self.tr("Read text"), "Ctrl+R", self.read_text)
        self.act_copy = self._action(
            bar, self.tr("Copy lines"), QKeySequence.StandardKey.Copy, self.copy_lines
        )
        self.act_copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the picture's
        self.act_select_all = QAction(self)
        self.act_select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        self.act_select_all.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_select_all.triggered.connect(self.select_all_lines)
        self.act_make = self._action(
            bar, self.tr("Make entries from selected lines…"), "Ctrl+E", self.make_entries
        )
        self.act_make.setVisible(self.open_make_entries is not None)
        bar.addSeparator()
        self.act_redact = self._action(
            bar, self.tr("Redact…"), "Ctrl+Shift+R", self.start_redacting
        )
        self.act_redact.setVisible(redaction is not None and reader is not None)
        if undo_stack is not None:  # the window's stack: undo a redaction from here too
            undo = undo_stack.createUndoAction(self, self.tr("Undo"))
            undo.setShortcut(QKeySequence("Ctrl+Z"))
            redo = undo_stack.createRedoAction(self, self.tr("Redo"))
            redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
            self.addActions([undo, redo])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        self.view = _View(self)
        self.view.addAction(self.act_copy)
        self.view.addAction(self.act_select_all)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene = QGraphicsScene(self)
        self.view.setScene(self.scene)
        self.view.resized.connect(self._refit)
        self.overlay = LineOverlay(self.scene, self)
        self.overlay.selectionChanged.connect(self._selection_changed)
        self.side = TextSide(self)
        self.view.setAccessibleName(self.tr("Picture"))
        self.side.text.setAccessibleName(self.tr("Text read from the picture"))
        self.side.linesPicked.connect(lambda numbers: self.overlay.select(numbers))
        self.side.make_entries.clicked.connect(self.make_entries)
        self.redact_bar = self._redact_bar()
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        if self.image.isNull():
            if self.oversize is not None:
                notice = self.tr(
                    "This image is too large to show ({width} × {height} pixels). "
                    "The stored file is kept as it is; save a copy to inspect it."
                ).format(width=self.oversize[0], height=self.oversize[1])
            else:
                notice = self.tr(
                    "This image cannot be shown (damaged or unsupported). "
                    "The stored file is kept as it is; save a copy to inspect it."
                )
            self.notice = QLabel(notice)
            self.notice.setWordWrap(True)
            self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.notice, 1)
            self.view.hide()
            self.editor = BoxEditor(self.scene, QRectF(), self)
            for act in (self.act_read, self.act_redact, self.act_make, self.act_copy):
                act.setEnabled(False)
        else:
            self.item = QGraphicsPixmapItem(QPixmap.fromImage(self.image))
            self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.scene.addItem(self.item)
            self.scene.setSceneRect(QRectF(self.item.boundingRect()))
            self.editor = BoxEditor(self.scene, QRectF(self.item.boundingRect()), self)
            self.split.addWidget(self.view)
            self.split.addWidget(self.side)
            self.split.setStretchFactor(0, 3)
            self.split.setStretchFactor(1, 1)
            self.split.setSizes([760, 320])  # the text stays readable beside a tall screenshot
            layout.addWidget(self.redact_bar)
            layout.addWidget(self.split, 1)
        self.editor.changed.connect(self._boxes_changed)
        self.side.setVisible(reader is not None and not self.image.isNull())
        self.act_read.setVisible(reader is not None)
        self.act_copy.setEnabled(False)
        self.act_make.setEnabled(False)
        self.caption = plain_label(self._caption())
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.caption)
        self.side.make_entries.setText(self.act_make.text())
        self.side.make_entries.setVisible(self.open_make_entries is not None)
        self.side.make_entries.setEnabled(False)
        if reader is not None and not self.image.isNull():
            reader.read_one.connect(self._read_one)
            self.side.set_heading(self.tr("Looking for the text read from this picture…"))
            backend, uid = reader.backend, record.uid
            reader.ops.read(
                lambda store: backend.stored(store, uid), self._stored, failed=self._load_failed
            )

    # -- building ----------------------------------------------------------------------------
    def _action(self, bar: QToolBar, text: str, key: object, slot: object) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(key))  # type: ignore[call-overload]
        act.triggered.connect(slot)  # type: ignore[arg-type]
        bar.addAction(act)
        return act

    def _redact_bar(self) -> QWidget:
        box = QWidget(self)
        box.setStyleSheet("background: #fff4d6;")
        self.redact_help = plain_label(parent=box)
        self.redact_help.setWordWrap(True)
        self.redact_apply = QPushButton(self.tr("Apply: make a redacted copy"), box)
        self.redact_apply.setShortcut(QKeySequence("Ctrl+Return"))
        self.redact_apply.clicked.connect(self.apply_redaction)
        self.redact_cancel = QPushButton(self.tr("Cancel"), box)
        self.redact_cancel.clicked.connect(self.stop_redacting)
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.redact_help, 1)
        row.addWidget(self.redact_apply)
        row.addWidget(self.redact_cancel)
        box.hide()
        return box

    def _caption(self) -> str:
        r = self.record
        parts = [visible(r.original_name), f"SHA-256 {r.sha256}"]
        if r.captured_at:
            parts.append(
                self.tr("captured %1").replace(
                    "%1", r.captured_at.astimezone(home_zone()).strftime("%Y-%m-%d %H:%M")
                )
            )
        made_from = origin_text(self.origin)
        return (made_from + "\n" if made_from else "") + " · ".join(parts)

    # -- zoom --------------------------------------------------------------------------------
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

    # -- the text ----------------------------------------------------------------------------
    def _stored(self, result: OcrResult | None) -> None:
        if result is None and self.read_result is None:
            self.side.set_heading(
                self.tr("The text of this picture has not been read yet. Read text: Ctrl+R.")
            )
            return
        if result is not None:
            self.set_result(result)

    def _load_failed(self, exc: BaseException) -> None:
        from ecomplaint.ui.ops import describe

        self.side.set_heading(describe(exc))

    def _read_one(self, uid: str, result: OcrResult) -> None:
        if uid == self.record.uid:
            self.set_result(result)

    def set_result(self, result: OcrResult | None) -> None:
        """Show a read: its line boxes over the picture and its text beside it."""
        self.read_result = result
        ok = result is not None and result.ok
        self.overlay.set_result(result if ok else None)
        self.overlay.set_visible(not self.redacting)
        self.side.set_result(result if ok else None)
        self.view.setDragMode(
            QGraphicsView.DragMode.NoDrag
            if self.overlay.count()
            else QGraphicsView.DragMode.ScrollHandDrag
        )
        self._selection_changed()

    def _heading(self) -> str:
        result = self.read_result
        if result is None:
            return ""
        if not result.ok:
            return error_text(result.error)
        if not result.lines:
            return self.tr("No text was found in this picture.")
        numbers = self.overlay.selected_numbers()
        text = self.tr("%1 lines read (%2).").replace("%1", str(len(result.lines)))
        text = text.replace("%2", visible(result.engine) or "OCR")
        if numbers:
            lo, hi = numbers[0], numbers[-1]
            which = str(lo) if lo == hi else f"{lo}–{hi}"
            text += " " + self.tr("Selected: line(s) %1.").replace("%1", which)
        else:
            text += " " + self.tr("Click a line or drag over lines to select them.")
        return text

    def _selection_changed(self) -> None:
        numbers = self.overlay.selected_numbers()
        self.side.show_selected(numbers)
        self.side.set_heading(self._heading())
        self.act_copy.setEnabled(bool(numbers))
        self.act_make.setEnabled(bool(numbers) and not self.redacting)
        self.side.make_entries.setEnabled(self.act_make.isEnabled())

    def read_text(self) -> None:
        if self.reader is None or self.image.isNull():
            return
        self.side.set_heading(self.tr("Reading the text of this picture…"))
        self.reader.read_case(self.record.case_id, uids=[self.record.uid], again=True)

    def select_all_lines(self) -> None:
        self.overlay.select_all()

    def copy_lines(self) -> None:
        """Ctrl+C on the picture: the selected lines' text, plain, one per line."""
        text = self.overlay.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def make_entries(self) -> None:
        numbers = self.overlay.selected_numbers()
        if self.open_make_entries is None or not numbers or self.redacting:
            return
        assert self.reader is not None and self.undo_stack is not None
        self.open_make_entries(
            self, self.record.uid, numbers, ops=self.reader.ops, undo_stack=self.undo_stack
        )

    # -- keys and the context menu -----------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if self.redacting:
            step = 10.0 if mods & Qt.KeyboardModifier.ControlModifier else 1.0
            moves = {
                Qt.Key.Key_Left: (-step, 0.0),
                Qt.Key.Key_Right: (step, 0.0),
                Qt.Key.Key_Up: (0.0, -step),
                Qt.Key.Key_Down: (0.0, step),
            }
            move = moves.get(Qt.Key(key))
            if move is not None:
                self.editor.nudge(*move, resize=shift)
            elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.editor.remove()
            elif key == Qt.Key.Key_Insert:
                centre = self.view.mapToScene(self.view.viewport().rect().center())
                self.editor.add_at(centre)
            elif key == Qt.Key.Key_Escape:
                self.stop_redacting()
            else:
                return False
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.overlay.count():
            self.overlay.step(-1 if key == Qt.Key.Key_Up else 1, extend=shift)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.redacting and event.key() == Qt.Key.Key_Escape:
            self.stop_redacting()  # Escape leaves the redaction, not the viewer
            return
        super().keyPressEvent(event)

    def context_menu(self, pos: QPointF, global_pos: QPoint) -> None:
        menu = QMenu(self)
        if self.redacting:
            box = self.editor.box_at(pos)
            if box is not None:
                self.editor.set_current(box)
                menu.addAction(self.tr("Remove this box"), lambda: self.editor.remove(box))
            menu.addAction(self.tr("Add a box here"), lambda: self.editor.add_at(pos))
        else:
            number = self.overlay.line_at(pos)
            if number is not None and number not in self.overlay.selected:
                self.overlay.click(number, Qt.KeyboardModifier.NoModifier)
            for act in (self.act_copy, self.act_make, self.act_read, self.act_redact):
                if act.isVisible():
                    menu.addAction(act)
        menu.popup(global_pos)
        self._menu = menu  # kept alive while shown

    # -- redaction ---------------------------------------------------------------------------
    def start_redacting(self) -> None:
        if self.redaction is None or self.reader is None or self.image.isNull():
            return
        if self.redacting:
            return
        self.redacting = True
        self.overlay.set_visible(False)
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.redact_bar.show()
        self.overlay.select([])  # lines and boxes are different things: one at a time
        self.redact_help.setText(self.tr("Looking for personal data in the text read…"))
        backend, uid = self.redaction, self.record.uid
        self.reader.ops.read(
            lambda store: backend.propose(store, uid), self._proposed, failed=self._propose_failed
        )
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _proposed(self, boxes: list[Box]) -> None:
        if not self.redacting:
            return
        self.editor.set_boxes(boxes)
        self.editor.cycle()

    def _propose_failed(self, exc: BaseException) -> None:
        from ecomplaint.ui.ops import describe

        self.editor.set_boxes([])
        self.redact_help.setText(describe(exc))

    def _boxes_changed(self) -> None:
        n = len(self.editor.items)
        lead = (
            self.tr(
                "%1 box(es) will be filled solid black in a new copy; the original stays."
            ).replace("%1", str(n))
            if n
            else self.tr("No personal data was proposed: draw boxes over what must be hidden.")
        )
        self.redact_help.setText(
            lead
            + " "
            + self.tr(
                "Drag on the picture to add a box, drag a box to move it or its corner to resize "
                "it; Delete removes it. Keys: Tab next box, arrows move (Shift: size), Insert "
                "adds, Ctrl+Enter applies, Escape cancels."
            )
        )
        self.redact_apply.setEnabled(n > 0 and not self.applying)

    def stop_redacting(self) -> None:
        if not self.redacting:
            return
        self.redacting = False
        self.editor.clear()
        self.redact_bar.hide()
        self.overlay.set_visible(True)
        self.set_result(self.read_result)

    def apply_redaction(self) -> None:
        boxes = self.editor.boxes()
        if not self.redacting or not boxes or self.redaction is None or self.reader is None:
            return
        from ecomplaint.ui.evidence.redaction import RedactImageCommand, who

        command = RedactImageCommand(
            self.reader.ops,
            self.tr("redact picture"),
            self.redaction,
            self.record.uid,
            boxes,
            who(),
            shown=self._redacted,
        )
        command.failed = lambda exc: self._apply_failed(command, exc)
        self.applying = True
        self.redact_apply.setEnabled(False)
        self.redact_help.setText(self.tr("Making the redacted copy and checking it…"))
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        self.last_command = command

    def _redacted(self, done: Redacted) -> None:
        self.applying = False
        self.stop_redacting()
        if done.record is not None:
            self.openRecordRequested.emit(done.record)

    def _apply_failed(self, command: Any, exc: BaseException) -> None:
        from ecomplaint.ui.ops import describe

        self.applying = False
        if self.undo_stack is not None and command.done is None:
            command.setObsolete(True)  # nothing was made: leave nothing to undo
            self.undo_stack.undo()
        self.redact_help.setText(describe(exc))  # the boxes stay: fix them and apply again
        self.redact_apply.setEnabled(bool(self.editor.items))
