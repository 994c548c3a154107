"""Attaching off the UI thread: hashing, copying and thumbnails in a worker QThread.

    job = AttachJob(store, case_id=…, paths=[…], entry_id=…, parent=window)
    job.finished.connect(on_done)     # AttachOutcome (check .cancelled, .refused)
    job.failed.connect(show_message)  # a UserError message (the store itself failed)
    job.start()

A progress dialog appears only if the work lasts longer than SHOW_AFTER_MS; its Cancel stops
the batch before anything is committed (see services.evidence: a batch is all or nothing).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ecomplaint.i18n import UserError
from ecomplaint.services import evidence as ev
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.services.thumbnails import DEFAULT_SIZE, ensure_thumbnail
from ecomplaint.store.engine import Store
from ecomplaint.ui.progress_job import SHOW_AFTER_MS, ProgressJob

_EMIT_EVERY_S = 0.05  # at most 20 progress signals a second: the UI thread stays free


class AttachWorker(QObject):
    progress = Signal(int, int, str)  # per-mille done, files done, current file name
    finished = Signal(object)  # AttachOutcome
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        *,
        case_id: int,
        paths: Sequence[str],
        entry_id: int | None = None,
        description: str = "",
        size_limit: int = ev.DEFAULT_SIZE_LIMIT,
        thumb_size: int = DEFAULT_SIZE,
        overlap_thumbnails: bool = True,
    ) -> None:
        super().__init__()
        self.overlap_thumbnails = overlap_thumbnails
        self.store = store
        self.case_id = case_id
        self.paths = [str(p) for p in paths]
        self.entry_id = entry_id
        self.description = description
        self.size_limit = size_limit
        self.thumb_size = thumb_size
        self.cancel_event = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        """Thread-safe: may be called from the UI thread while run() works."""
        self.cancel_event.set()

    def _on_progress(self, p: ev.AttachProgress) -> None:
        now = time.monotonic()
        if now - self._last_emit < _EMIT_EVERY_S and p.done_bytes < p.total_bytes:
            return
        self._last_emit = now
        # Copying is ~80 % of the work, thumbnails the rest.
        permille = int(800 * p.done_bytes / p.total_bytes) if p.total_bytes else 800
        self.progress.emit(permille, p.files_done, p.current)

    def _thumbnail(self, sha256: str, mime: str) -> None:
        if not self.cancel_event.is_set():
            ensure_thumbnail(self.store.folder, sha256, mime, self.thumb_size)

    @Slot()
    def run(self) -> None:
        # Thumbnails (JPEG decoding: CPU) overlap the copying of the next files (disk, hashing);
        # one decoding thread leaves the other core to the copy and the UI.
        thumbs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attach-thumbs")
        pending: list[Future[None]] = []

        stored: list[tuple[str, str]] = []

        def on_stored(sha256: str, mime: str) -> None:
            if is_renderable(mime):
                stored.append((sha256, mime))
                if self.overlap_thumbnails:
                    pending.append(thumbs.submit(self._thumbnail, sha256, mime))

        try:
            outcome = ev.attach_files(
                self.store,
                case_id=self.case_id,
                paths=self.paths,
                entry_id=self.entry_id,
                description=self.description,
                progress=self._on_progress,
                cancel=self.cancel_event,
                size_limit=self.size_limit,
                on_stored=on_stored,
            )
        except UserError as exc:
            thumbs.shutdown(cancel_futures=True)
            self.failed.emit(exc.message())
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost silently
            thumbs.shutdown(cancel_futures=True)
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if outcome.cancelled:
            thumbs.shutdown(cancel_futures=True)
        else:
            if not self.overlap_thumbnails:
                pending = [thumbs.submit(self._thumbnail, sha, mime) for sha, mime in stored]
            for i, fut in enumerate(pending):
                # The rows are committed; a cancel now only skips the remaining thumbnails
                # (the strip makes them later on demand).
                if self.cancel_event.is_set():
                    thumbs.shutdown(cancel_futures=True)
                    break
                with contextlib.suppress(Exception):
                    fut.result()
                self.progress.emit(
                    800 + int(200 * (i + 1) / len(pending)), len(outcome.attached), ""
                )
            thumbs.shutdown(wait=True)
        self.finished.emit(outcome)


class AttachJob(ProgressJob):
    """Owns the thread, the worker and the (late) progress dialog of one attach batch."""

    def __init__(
        self,
        store: Store,
        *,
        case_id: int,
        paths: Sequence[str],
        entry_id: int | None = None,
        description: str = "",
        size_limit: int = ev.DEFAULT_SIZE_LIMIT,
        parent: QWidget | None = None,
        show_after_ms: int = SHOW_AFTER_MS,
        overlap_thumbnails: bool = True,
    ) -> None:
        worker = AttachWorker(
            store,
            case_id=case_id,
            paths=paths,
            entry_id=entry_id,
            description=description,
            size_limit=size_limit,
            overlap_thumbnails=overlap_thumbnails,
        )
        super().__init__(worker, "attach", parent, show_after_ms)
        self._last = (0, 0, "")
        self.count = len(paths)

    def cancel(self) -> None:
        self.worker.cancel()

    def dialog_text(self) -> str:
        return self.tr("Fingerprinting and copying %n file(s)…", "", self.count)

    def dialog_title(self) -> str:
        return self.tr("Attaching evidence")

    def progress_label(self, *args: object) -> str | None:
        _permille, files_done, current = args
        return (
            self.tr("%1 of %2 files · %3")
            .replace("%1", str(files_done))
            .replace("%2", str(self.count))
            .replace("%3", str(current))
        )
