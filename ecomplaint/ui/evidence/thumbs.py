"""Thumbnails made off the UI thread: one loader (one worker thread) shared by every strip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.services.thumbnails import DEFAULT_SIZE, ensure_thumbnail


class _ThumbWorker(QObject):
    made = Signal(str, QImage)  # sha256, image (null when it cannot be rendered)

    def __init__(self, store_folder: Path, size: int) -> None:
        super().__init__()
        self._folder = store_folder
        self._size = size

    @Slot(str, str)
    def make(self, sha256: str, mime: str) -> None:
        path = ensure_thumbnail(self._folder, sha256, mime, self._size)
        # QImage (unlike QPixmap) may be built outside the UI thread.
        self.made.emit(sha256, QImage(str(path)) if path else QImage())


class ThumbnailLoader(QObject):
    """Ask with pixmap(); when it was not ready yet, `ready(sha256)` follows.

    The lead creates one per window, hands it to every EvidenceStrip, and calls stop() on
    close (tests: in teardown).
    """

    ready = Signal(str)
    _request = Signal(str, str)

    def __init__(self, store_folder: Path, size: int = DEFAULT_SIZE, parent: QObject | None = None):
        super().__init__(parent)
        self.size = size
        self._pixmaps: dict[str, QPixmap] = {}
        self._failed: set[str] = set()
        self._pending: set[str] = set()
        self._thread = QThread(self)
        self._thread.setObjectName("thumbnails")
        self._worker = _ThumbWorker(store_folder, size)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.make)
        self._worker.made.connect(self._on_made)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start(QThread.Priority.LowPriority)

    def pixmap(self, sha256: str, mime: str) -> QPixmap | None:
        """The thumbnail if ready; None while it is being made or when there is none."""
        if sha256 in self._pixmaps:
            return self._pixmaps[sha256]
        if sha256 in self._failed or not is_renderable(mime):
            return None
        if sha256 not in self._pending and self._thread.isRunning():
            self._pending.add(sha256)
            self._request.emit(sha256, mime)
        return None

    def is_pending(self, sha256: str) -> bool:
        return sha256 in self._pending

    def failed(self, sha256: str) -> bool:
        return sha256 in self._failed

    @Slot(str, QImage)
    def _on_made(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        if image.isNull():
            self._failed.add(sha256)
        else:
            self._pixmaps[sha256] = QPixmap.fromImage(image)
        self.ready.emit(sha256)

    def forget(self, sha256: str) -> None:
        self._pixmaps.pop(sha256, None)
        self._failed.discard(sha256)

    def stop(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
