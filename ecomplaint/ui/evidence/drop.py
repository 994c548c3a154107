"""Files arriving by drag and drop or paste: turn the mime data into local paths.

Install an EvidenceDropFilter on any widget (the timeline, an entry card, a strip) and connect
`filesDropped(list[str])` to the evidence panel, which attaches them on ui.ops. For paste,
call paths_from_mime(clipboard.mimeData()).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def local_paths(mime: QMimeData) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def can_attach(mime: QMimeData) -> bool:
    return bool(local_paths(mime)) or mime.hasImage()


def paths_from_mime(mime: QMimeData, folder: Path | None = None) -> list[str]:
    """Local files named in `mime`; else a pasted image saved as a PNG in a temporary folder.

    The PNG is a new file made from the clipboard's pixels, so its fingerprint is of what was
    pasted; it is named after the paste time so the exhibit has a meaningful name.
    """
    paths = local_paths(mime)
    if paths or not mime.hasImage():
        return paths
    image = mime.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return []
    target_dir = folder or Path(tempfile.mkdtemp(prefix="ecomplaint-paste-"))
    stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
    target = target_dir / f"pasted-{stamp}.png"
    if not image.save(str(target)):  # the .png suffix picks the format
        return []
    return [str(target)]


class EvidenceDropFilter(QObject):
    filesDropped = Signal(list)  # list[str]

    def install(self, widget: QWidget) -> None:
        """Accept drops on `widget` (on its viewport too, for lists and scroll areas)."""
        targets: list[QWidget] = [widget]
        if isinstance(widget, QAbstractScrollArea):
            targets.append(widget.viewport())
        for w in targets:
            w.setAcceptDrops(True)
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if can_attach(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = paths_from_mime(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.filesDropped.emit(paths)
                return True
        return False
