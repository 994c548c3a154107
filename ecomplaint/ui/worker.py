"""One writer thread for the database (HOUSE.md habit 3).

Every job is a plain callable run on the worker thread, in the order submitted; it opens its own
session (through the store's read()/write()) and returns plain records, which come back to the UI
thread through a queued signal. Nothing on the UI thread touches SQLite.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Runner(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:  # handed to the UI thread, which shows it
            self.failed.emit(job_id, exc)
        else:
            self.finished.emit(job_id, result)


class DbWorker(QObject):
    """Owns the thread. `submit()` from the UI thread; callbacks run on the UI thread."""

    _post = Signal(int, object)
    error = Signal(object)  # an exception no callback claimed
    # (no bool-typed signal here: PySide6 6.12 loses a reference to True/False on each
    # emit of Signal(bool) from Python, which aborts the interpreter after ~1000s of jobs)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("ecomplaint-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._post.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._thread.start()

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._post.emit(job_id, fn)
        return job_id

    def pending(self) -> int:
        return len(self._callbacks)

    def is_idle(self) -> bool:
        return not self._callbacks

    def _pop(self, job_id: int) -> tuple[Done | None, Failed | None]:
        return self._callbacks.pop(job_id, (None, None))

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._pop(job_id)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error = self._pop(job_id)
        if on_error is not None:
            on_error(exc)
        else:
            self.error.emit(exc)

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Finish the queued jobs, then stop the thread (call on close and in test teardown)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._callbacks and self._thread.isRunning() and time.monotonic() < deadline:
            # let queued writes land before the thread goes away (nothing is lost on close)
            QCoreApplication.processEvents()
            QThread.msleep(2)
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(timeout_ms)
        self._callbacks.clear()

    def running(self) -> bool:
        return self._thread.isRunning()
