"""The Today tab, the tray notifier and the window title's counts, on one minute timer.

The due report is read through ui.ops (never on the UI thread) when the tab starts, every
minute, after a restore, and after a change to promises or cases. The window places `view` in a
tab and follows `title_changed` and `show_requested` (the tray icon was clicked).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from ecomplaint.services.changes import Changes
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.today.notifier import LapseNotifier
from ecomplaint.ui.today.view import TodayView

REFRESH_MS = 60_000
HORIZON = timedelta(hours=24)


if TYPE_CHECKING:
    from ecomplaint.services.remedies import OwnWindow
    from ecomplaint.store.due import DueReport
    from ecomplaint.store.engine import Store


def _due_report(store: Store, now: datetime) -> tuple[DueReport, list[OwnWindow]]:
    from ecomplaint.services.remedies import own_windows  # on the runner's thread
    from ecomplaint.store.due import due_report

    return due_report(store, now, horizon=HORIZON), own_windows(store, now)


class TodayWiring(QObject):
    title_changed = Signal(str)  # the window title with today's counts
    show_requested = Signal()  # the tray icon was clicked

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.view = TodayView(parent)
        self.view.counts_changed.connect(lambda *_: self.update_title())
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.activated.connect(lambda _r: self.show_requested.emit())
            self.tray.show()
        self.notifier = LapseNotifier(self.tray, self)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.refresh(check=True))
        self.ops.changed.connect(self._changed)
        self.ops.store_swapped.connect(self.refresh)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.promises or changes.cases:
            self.refresh()

    def start(self) -> None:
        # After the workspace has painted: the first report must not delay the window.
        QTimer.singleShot(0, lambda: self.refresh(summary=True))
        self.timer.start()

    def refresh(self, *, summary: bool = False, check: bool = False) -> None:
        now = self.ops.now()  # the store's clock: tests inject a fixed one

        def loaded(result: tuple[DueReport, list[OwnWindow]]) -> None:
            report, mine = result
            self.view.show_own_windows(mine)
            self.view.show_report(report)
            if summary:
                self.notifier.summary(report)
            elif check:
                self.notifier.check(report)

        self.ops.read(lambda store: _due_report(store, now), loaded)

    def retranslate(self) -> None:
        self.view.table.setAccessibleName(self.tr("Today"))
        if self.view.report is not None:
            self.view.show_report(self.view.report)
        self.view.show_own_windows(self.view.own)
        self.update_title()

    def update_title(self) -> None:
        base = QCoreApplication.translate("MainWindow", "eComplaint")
        suffix = self.view.title_suffix()
        title = f"{base} — {suffix}" if suffix else base
        self.title_changed.emit(title)
        if self.tray is not None:
            self.tray.setToolTip(title)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
