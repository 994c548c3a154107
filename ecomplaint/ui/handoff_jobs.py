"""Long file work (export, import, backup, restore) on a worker thread, with progress and cancel.

The work function gets `progress(done, total)` and a cancel flag (a threading.Event); it runs
the Qt-free services. Results come back to the UI thread through queued signals. The owner
must call `stop()` (or wait()) before it goes away: a QThread destroyed while running aborts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from ecomplaint.handoff.jobs import Cancelled
from ecomplaint.i18n import UserError, current_language

Work = Callable[[Callable[[int, int], None], threading.Event], Any]


class FileJob(QThread):
    progressed = Signal(int)  # per mille (bytes do not fit a C++ int past 2 GB)
    succeeded = Signal(object)
    failed = Signal(str)  # the user-facing message, in the user's language
    cancelled = Signal()

    def __init__(self, work: Work, parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_flag = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(int(1000 * done / total) if total else 0)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self.cancel_flag)
        except Cancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(exc.message(current_language()))
        except Exception as exc:  # an unexpected failure still reaches the user, not stderr
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)

    def cancel(self) -> None:
        self.cancel_flag.set()

    def stop(self) -> None:
        """Ask the work to stop and wait for the thread (teardown, window closing)."""
        self.cancel_flag.set()
        self.wait()
