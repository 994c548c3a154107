"""The "Verify evidence files" menu action: re-hash everything in a worker thread.

    job = VerifyJob(store, parent=window)
    job.finished.connect(on_report)  # VerifyReport → strip.set_failing(r.failing_evidence_ids())
    job.start()

The report is also saved (services.evidence_verify.save_last_report) so the marks survive a
restart: read them back with last_failing_ids(store.folder).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ecomplaint.services import evidence_verify as ver
from ecomplaint.store.engine import Store

SHOW_AFTER_MS = 600


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
            report = ver.verify_store(self.store, self._on_progress, self.cancel_event)
            if not report.cancelled:
                ver.save_last_report(self.store, report)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(report)


class VerifyJob(QObject):
    finished = Signal(object)  # VerifyReport
    failed = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.worker = VerifyWorker(store)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("verify")
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog: QProgressDialog | None = None
        self._value = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_after_ms)
        self._timer.timeout.connect(self._show_dialog)

    def start(self) -> None:
        self.worker_thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    def _show_dialog(self) -> None:
        if not self.worker_thread.isRunning():
            return
        d = QProgressDialog(
            self.tr("Checking the fingerprints of all evidence files…"),
            self.tr("Cancel"),
            0,
            1000,
            self._parent_widget,
        )
        d.setWindowTitle(self.tr("Verify evidence"))
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.canceled.connect(self.cancel)
        d.setValue(self._value)
        d.show()
        self.dialog = d

    def _on_progress(self, permille: int) -> None:
        self._value = permille
        d = self.dialog
        if d is not None:
            d.setValue(permille)

    def _finish(self) -> None:
        self._timer.stop()
        self.worker_thread.quit()
        self.worker_thread.wait()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_finished(self, report: ver.VerifyReport) -> None:
        self._finish()
        self.finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def stop(self) -> None:
        self.cancel()
        self._timer.stop()
        if self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait()
