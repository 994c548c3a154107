"""A row of exhibit thumbnails for one timeline entry (or a case): model and view.

The model reads no database: rows arrive through set_rows(), failing ids (from the last
verify) through set_failing(). The view emits what the user asked for; evidence_actions does it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from ecomplaint.domain.exhibits import Origin
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.domain.visible import visible
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.ui.evidence.drop import EvidenceDropFilter
from ecomplaint.ui.evidence.origin import origin_text
from ecomplaint.ui.evidence.reading import is_picture
from ecomplaint.ui.evidence.thumbs import ThumbnailLoader
from ecomplaint.ui.plain import tooltip
from ecomplaint.ui.zone import home_zone

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
FailingRole = Qt.ItemDataRole.UserRole + 2


def _human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def type_label(mime: str, name: str) -> str:
    ext = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    if mime == "application/pdf":
        return "PDF"
    if mime.startswith("audio/"):
        return "♪ " + (ext or "AUDIO")
    if mime.startswith("video/"):
        return "▶ " + (ext or "VIDEO")
    if mime.startswith("text/"):
        return ext or "TXT"
    return ext[:5] or "FILE"


def placeholder(size: int, label: str, *, broken: bool = False, waiting: bool = False) -> QPixmap:
    """A sheet of paper with the file's type; broken images get a crossed frame."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    sheet = QRect(size // 6, size // 12, size * 2 // 3, size * 5 // 6)
    p.setPen(QPen(QColor("#9a9a9a"), 2))
    p.setBrush(QColor("#f4f4f4") if not waiting else QColor("#e8e8e8"))
    p.drawRoundedRect(sheet, 6, 6)
    if broken:
        p.setPen(QPen(QColor("#b0b0b0"), 2))
        p.drawLine(sheet.topLeft(), sheet.bottomRight())
        p.drawLine(sheet.topRight(), sheet.bottomLeft())
    f = QFont()
    f.setPixelSize(max(10, size // 8))
    f.setBold(True)
    p.setFont(f)
    p.setPen(QColor("#505050"))
    p.drawText(sheet, Qt.AlignmentFlag.AlignCenter, "…" if waiting else label)
    p.end()
    return pm


def mark_altered(pm: QPixmap) -> QPixmap:
    """A red frame and a warning sign over a thumbnail whose file failed verification."""
    out = QPixmap(pm)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#d03030"), 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(out.rect().adjusted(2, 2, -2, -2))
    badge = QRect(out.width() - 30, 4, 26, 26)
    p.setBrush(QColor("#d03030"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(badge)
    p.setPen(QColor("white"))
    f = QFont()
    f.setPixelSize(18)
    f.setBold(True)
    p.setFont(f)
    p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
    p.end()
    return out


class EvidenceStripModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[EvidenceRecord] = []
        self._failing: set[int] = set()
        self._origins: dict[int, Origin] = {}  # a redacted copy's id → the original it is of
        self._cache: dict[tuple[str, bool], QPixmap] = {}
        loader.ready.connect(self._on_ready)

    def set_rows(
        self, rows: list[EvidenceRecord], origins: dict[int, Origin] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._origins = dict(origins or {})
        self.endResetModel()

    def set_failing(self, evidence_ids: set[int]) -> None:
        """Ids whose file is missing or altered (VerifyReport.failing_evidence_ids())."""
        self._failing = set(evidence_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def record(self, row: int) -> EvidenceRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _on_ready(self, sha256: str) -> None:
        for i, r in enumerate(self._rows):
            if r.sha256 == sha256:
                self._cache.pop((sha256, False), None)
                self._cache.pop((sha256, True), None)
                ix = self.index(i)
                self.dataChanged.emit(ix, ix, [Qt.ItemDataRole.DecorationRole])

    def _icon(self, r: EvidenceRecord, failing: bool) -> QPixmap:
        size = self._loader.size
        thumb = self._loader.pixmap(r.sha256, r.mime)
        if thumb is not None:
            key = (r.sha256, failing)
            if key not in self._cache:
                canvas = QPixmap(size, size)
                canvas.fill(Qt.GlobalColor.transparent)
                p = QPainter(canvas)
                at = QPoint((size - thumb.width()) // 2, (size - thumb.height()) // 2)
                p.drawPixmap(at, thumb)
                p.setPen(QPen(QColor("#b8b8b8"), 1))  # white screenshots on a white card
                p.drawRect(QRect(at, thumb.size()).adjusted(0, 0, -1, -1))
                p.end()
                self._cache[key] = mark_altered(canvas) if failing else canvas
            return self._cache[key]
        waiting = is_renderable(r.mime) and self._loader.is_pending(r.sha256)
        broken = is_renderable(r.mime) and self._loader.failed(r.sha256)
        pm = placeholder(size, type_label(r.mime, r.original_name), broken=broken, waiting=waiting)
        return mark_altered(pm) if failing else pm

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        failing = r.id in self._failing
        if role == Qt.ItemDataRole.DisplayRole:
            # a file name may hold U+202E or a newline: shown escaped, as in the CLI
            return ("⚠ " if failing else "") + visible(r.original_name)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(r, failing)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(r, failing))
        if role == RecordRole:
            return r
        if role == FailingRole:
            return failing
        return None

    def _tooltip(self, r: EvidenceRecord, failing: bool) -> str:
        lines = [
            visible(r.original_name),
            f"{r.mime} · {_human_size(r.size)}",
            self.tr("SHA-256: %1").replace("%1", r.sha256),
        ]
        if r.captured_at:
            lines.append(
                self.tr("Captured: %1").replace(
                    "%1", r.captured_at.astimezone(home_zone()).strftime("%Y-%m-%d %H:%M")
                )
            )
        lines.append(
            self.tr("Added: %1").replace(
                "%1", r.added_at.astimezone(home_zone()).strftime("%Y-%m-%d %H:%M")
            )
        )
        if r.description:
            lines.append(r.description)
        if r.id in self._origins:
            lines.append(origin_text(self._origins[r.id]))
        if failing:
            lines.append(self.tr("⚠ This file failed verification: it is missing or was altered."))
        return "\n".join(lines)


class EvidenceStrip(QListView):
    """Thumbnails in one scrollable row. Embed one per timeline entry.

    Signals carry the record; connect them to evidence_actions (open, save a copy) and to
    your undoable trash command. `filesDropped` carries local paths dropped or pasted here.
    """

    openRequested = Signal(object)  # EvidenceRecord
    saveCopyRequested = Signal(object)
    trashRequested = Signal(object)
    readTextRequested = Signal(object)  # "Read text": the picture's words, boxes, for the viewer
    makeEntriesRequested = Signal(object)  # entries from the whole picture's messages
    filesDropped = Signal(list)  # list[str]

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip_model = EvidenceStripModel(loader, self)
        self.setModel(self.strip_model)
        size = loader.size
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(size, size))
        self.setGridSize(QSize(size + 24, size + 30))
        self.setFrameShape(QListView.Shape.NoFrame)  # it sits inside an entry's card
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(size + 34 + self.horizontalScrollBar().sizeHint().height())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.activated.connect(self._activated)
        self._drop = EvidenceDropFilter(self)
        self._drop.install(self)
        self._drop.filesDropped.connect(self.filesDropped)
        self.act_read_text = QAction(self)
        self.act_read_text.setShortcut(QKeySequence("Ctrl+R"))
        self.act_read_text.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_read_text.triggered.connect(self._read_current)
        self.addAction(self.act_read_text)

    def _read_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            record = self.strip_model.record(index.row())
            if is_picture(record.mime):
                self.readTextRequested.emit(record)

    def set_rows(
        self, rows: list[EvidenceRecord], origins: dict[int, Origin] | None = None
    ) -> None:
        self.strip_model.set_rows(rows, origins)

    def set_failing(self, evidence_ids: set[int]) -> None:
        self.strip_model.set_failing(evidence_ids)

    def _activated(self, index: QModelIndex) -> None:
        self.openRequested.emit(self.strip_model.record(index.row()))

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        record = self.strip_model.record(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(record))
        menu.addAction(
            self.tr("Save a copy of the original…"), lambda: self.saveCopyRequested.emit(record)
        )
        if is_picture(record.mime):
            read = menu.addAction(self.tr("Read text"), lambda: self.readTextRequested.emit(record))
            read.setShortcut(QKeySequence("Ctrl+R"))
            menu.addAction(
                self.tr("Make entries from this picture…"),
                lambda: self.makeEntriesRequested.emit(record),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Remove (to the trash)"), lambda: self.trashRequested.emit(record))
        menu.exec(self.viewport().mapToGlobal(pos))
