"""The Today tab, the tray notifier and the window title's counts, on one minute timer.

The due report is read through ui.ops (never on the UI thread) when the tab starts, every
minute, after a restore, and after a change to promises or cases.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from ecomplaint.services.changes import Changes
from ecomplaint.store.due import DueReport, due_report
from ecomplaint.ui.notifier import LapseNotifier
from ecomplaint.ui.today_view import TodayView

if TYPE_CHECKING:
    from ecomplaint.ui.main_window import MainWindow

REFRESH_MS = 60_000
HORIZON = timedelta(hours=24)


class TodayWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.view = TodayView(window)
        self.view.open_case.connect(self.open_case)
        self.view.counts_changed.connect(lambda *_: self.update_title())
        self.index = window.add_main_tab(self.view, "")
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon() or QIcon(), window)
            self.tray.activated.connect(lambda _r: self.show_today())
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
        now = self.ops.store.clock.now()  # the store's clock: tests inject a fixed one

        def loaded(report: DueReport) -> None:
            self.view.show_report(report)
            if summary:
                self.notifier.summary(report)
            elif check:
                self.notifier.check(report)

        self.ops.read(lambda store: due_report(store, now, horizon=HORIZON), loaded)

    def retranslate(self) -> None:
        self.window.main_tabs.setTabText(self.index, self.tr("Today"))
        self.view.table.setAccessibleName(self.tr("Today"))
        if self.view.report is not None:
            self.view.show_report(self.view.report)
        self.update_title()

    def update_title(self) -> None:
        base = QCoreApplication.translate("MainWindow", "eComplaint")
        suffix = self.view.title_suffix()
        self.window.setWindowTitle(f"{base} — {suffix}" if suffix else base)
        if self.tray is not None:
            self.tray.setToolTip(self.window.windowTitle())

    def open_case(self, case_id: int) -> None:
        self.window.open_case(case_id)
        self.window.main_tabs.setCurrentIndex(0)

    def show_today(self) -> None:
        self.window.main_tabs.setCurrentIndex(self.index)
        self.window.show()
        self.window.raise_()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
