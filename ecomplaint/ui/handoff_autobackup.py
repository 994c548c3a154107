"""Automatic backups while the window runs: at start, then checked every hour (taken daily).

auto = AutoBackup(store, keep=7, parent=window)
auto.start()
# on close: auto.stop()
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecomplaint.services.backups import DEFAULT_INTERVAL, DEFAULT_KEEP, backup_if_due
from ecomplaint.store.engine import Store
from ecomplaint.ui.handoff_jobs import FileJob

CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    backed_up = Signal(object)  # the new backup's path
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        *,
        keep: int = DEFAULT_KEEP,
        interval: timedelta = DEFAULT_INTERVAL,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.keep = keep
        self.interval = interval
        self.job: FileJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        if self.job is not None and self.job.isRunning():
            return
        store, keep, interval = self.store, self.keep, self.interval
        job = FileJob(lambda _p, _c: backup_if_due(store, keep=keep, interval=interval), self)
        job.succeeded.connect(self._done)
        job.failed.connect(self.failed)
        self.job = job
        job.start()

    def _done(self, path: object) -> None:
        if path is not None:
            self.backed_up.emit(path)

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.stop()
