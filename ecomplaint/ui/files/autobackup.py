"""Automatic backups while the window runs: at start, then checked every hour (taken daily).

    auto = AutoBackup(ops, keep=7, parent=window)
    auto.start()
    # on close: auto.stop()

The check runs on ui.ops like any other read, so it never races a write or a restore.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecomplaint.handoff.backups import DEFAULT_INTERVAL, DEFAULT_KEEP, backup_if_due
from ecomplaint.ui.ops import Ops, describe

CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    backed_up = Signal(object)  # the new backup's path
    failed = Signal(str)

    def __init__(
        self,
        ops: Ops,
        *,
        keep: int = DEFAULT_KEEP,
        interval: timedelta = DEFAULT_INTERVAL,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.keep = keep
        self.interval = interval
        self.checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        if self.checking:
            return
        self.checking = True
        keep, interval = self.keep, self.interval
        self.ops.read(
            lambda store: backup_if_due(store, keep=keep, interval=interval),
            self._done,
            failed=self._failed,
        )

    def _done(self, path: object) -> None:
        self.checking = False
        if path is not None:
            self.backed_up.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        self.failed.emit(describe(exc))

    def stop(self) -> None:
        self.timer.stop()
