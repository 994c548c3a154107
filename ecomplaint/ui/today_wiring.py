"""The Today tab, the tray notifier and the window title's counts, on one minute timer."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from ecomplaint.store.due import DueReport, due_report
from ecomplaint.ui.notifier import LapseNotifier
from ecomplaint.ui.today_view import TodayView

if TYPE_CHECKING:
    from ecomplaint.ui.main_window import MainWindow

REFRESH_MS = 60_000


class TodayWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        now = window.store.clock.now  # the store's clock: tests inject a fixed one
        self.view = TodayView(self._load, lambda: self.window.store.clock.now(), window)
        self.view.open_case.connect(self.open_case)
        self.view.counts_changed.connect(lambda *_: self.update_title())
        self.index = window.add_main_tab(self.view, "")
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon() or QIcon(), window)
            self.tray.activated.connect(lambda _r: self.show_today())
            self.tray.show()
        # The notifier reads the report the view just loaded instead of querying again.
        self.notifier = LapseNotifier(self._latest, now, self.tray, self)
        self.notifier.timer.stop()  # one timer for everything (below)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        window.data_changed.connect(lambda _c: self.refresh())

    def _load(self, now: datetime) -> DueReport:
        # the window's current store (a restore replaces it)
        return due_report(self.window.store, now, horizon=timedelta(hours=24))

    def _latest(self, now: datetime) -> DueReport:
        report = self.view.report
        return report if report is not None else self._load(now)

    def start(self) -> None:
        # After the workspace has painted: the first report must not delay the window.
        QTimer.singleShot(0, self._start_now)

    def _start_now(self) -> None:
        self.refresh()
        self.notifier.summary()
        self.timer.start()

    def tick(self) -> None:
        self.refresh()
        self.notifier.check()

    def refresh(self) -> None:
        self.view.refresh()

    def retranslate(self) -> None:
        self.window.main_tabs.setTabText(self.index, self.tr("Today"))
        self.view.table.setAccessibleName(self.tr("Today"))
        if self.view.report is not None:
            self.view.refresh()
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
        self.notifier.stop()
        if self.tray is not None:
            self.tray.hide()
