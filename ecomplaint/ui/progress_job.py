"""A long task on its own thread with a progress dialog that appears only when it is slow.

Subclasses hand in their worker (a QObject with `run()` plus `progress`, `finished` and
`failed` signals) and say what the dialog shows; this class owns the thread, the late dialog
(HOUSE.md: progress appears after ~600 ms, as Anki does), cancel and a clean stop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ecomplaint.ui.plain import plain_progress_label

SHOW_AFTER_MS = 600


class ProgressJob(QObject):
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, worker: Any, name: str, parent: QWidget | None, show_after_ms: int) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.worker = worker  # a QObject with run() and progress/finished/failed signals
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName(name)
        worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog: QProgressDialog | None = None
        self.dialog_shown = False  # did the task last long enough to show progress?
        self._last: tuple[Any, ...] = (0,)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_after_ms)
        self._timer.timeout.connect(self._show_dialog)

    # -- what a subclass says -------------------------------------------------------------
    def dialog_text(self) -> str:
        raise NotImplementedError

    def dialog_title(self) -> str:
        raise NotImplementedError

    def progress_label(self, *args: Any) -> str | None:
        """The dialog's label for a progress report (None: keep the opening text)."""
        return None

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    # -- the mechanism --------------------------------------------------------------------
    def start(self) -> None:
        self.worker_thread.start()
        self._timer.start()

    def is_running(self) -> bool:
        return self.worker_thread.isRunning()

    def _show_dialog(self) -> None:
        if not self.worker_thread.isRunning():
            return
        # An explicit context: tr() in a base class would look the text up under the subclass.
        cancel = QCoreApplication.translate("ProgressJob", "Cancel")
        d = QProgressDialog(self.dialog_text(), cancel, 0, 1000, self._parent_widget)
        d.setWindowTitle(self.dialog_title())
        plain_progress_label(d)  # labels name files and cases
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.canceled.connect(self.cancel)
        d.setValue(int(self._last[0]))
        d.show()
        self.dialog = d
        self.dialog_shown = True

    def _on_progress(self, permille: int, *rest: Any) -> None:
        self._last = (permille, *rest)
        d = self.dialog  # setValue() on a modal dialog runs the event loop: it may finish us
        if d is not None:
            label = self.progress_label(permille, *rest)
            if label is not None:
                d.setLabelText(label)
            d.setValue(permille)

    def _finish(self) -> None:
        self._timer.stop()
        self.worker_thread.quit()
        self.worker_thread.wait()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_finished(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def stop(self) -> None:
        """Cancel and wait for the thread (window close, test teardown)."""
        self.cancel()
        self._timer.stop()
        if self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait()
