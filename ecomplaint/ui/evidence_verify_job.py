"""The "Verify evidence files" menu action: re-hash everything in a worker thread.

    job = VerifyJob(store, parent=window)
    job.finished.connect(on_report)  # VerifyReport → strip.set_failing(r.failing_evidence_ids())
    job.start()

The report is also saved (services.evidence_verify.save_last_report) so the marks survive a
restart: read them back with last_failing_ids(store.folder).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ecomplaint.services import evidence_verify as ver
from ecomplaint.services.store_check import check_database
from ecomplaint.store.engine import Store
from ecomplaint.ui.progress_job import SHOW_AFTER_MS, ProgressJob


class VerifyWorker(QObject):
    progress = Signal(int)  # per mille
    finished = Signal(object)  # VerifyReport
    failed = Signal(str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.cancel_event = threading.Event()
        self._last = -1

    def _on_progress(self, done: int, total: int) -> None:
        permille = int(1000 * done / total) if total else 1000
        if permille != self._last:
            self._last = permille
            self.progress.emit(permille)

    @Slot()
    def run(self) -> None:
        try:
            damaged = check_database(self.store)
            if damaged is not None:
                self.failed.emit(damaged.message())
                return
            report = ver.verify_store(self.store, self._on_progress, self.cancel_event)
            if not report.cancelled:
                ver.save_last_report(self.store, report)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(report)


class VerifyJob(ProgressJob):
    def __init__(
        self, store: Store, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(VerifyWorker(store), "verify", parent, show_after_ms)

    def dialog_text(self) -> str:
        return self.tr("Checking the fingerprints of all evidence files…")

    def dialog_title(self) -> str:
        return self.tr("Verify evidence")
