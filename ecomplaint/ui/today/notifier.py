"""Desktop notifications while the program runs: a summary at start, then one message each
time a promise lapses. Uses the system tray when there is one; otherwise it only emits
`notified` (the window may show it in the status bar) and stays silent. It is handed the due
report the Today view just loaded through ui.ops; it never queries by itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ecomplaint.store.due import DueReport
from ecomplaint.ui.plain import notification_body


class LapseNotifier(QObject):
    notified = Signal(str, str)  # title, message

    def __init__(self, tray: QSystemTrayIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._known: set[int] | None = None  # overdue promise ids already announced

    def summary(self, report: DueReport) -> str:
        """At start: what is overdue, due and waiting."""
        self._known = {i.promise_id for i in report.overdue}
        c = report.counts
        text = (
            self.tr("%1 overdue, %2 due within 24 hours, %3 waiting on you")
            .replace("%1", str(c.overdue))
            .replace("%2", str(c.due_soon))
            .replace("%3", str(c.waiting))
        )
        if c.overdue or c.due_soon or c.waiting:
            self._show(self.tr("eComplaint today"), text)
        return text

    def check(self, report: DueReport) -> list[int]:
        """Announce promises that lapsed since the last report; return their ids."""
        current = {i.promise_id: i for i in report.overdue}
        if self._known is None:
            self._known = set(current)
            return []
        fresh = [pid for pid in current if pid not in self._known]
        self._known = set(current)
        for pid in fresh:
            item = current[pid]
            who = f" ({item.party})" if item.party else ""
            self._show(
                self.tr("Promise lapsed"),
                f"{item.case_title}: {item.description or item.what}{who}",
            )
        return fresh

    def _show(self, title: str, message: str) -> None:
        self.notified.emit(title, message)
        tray = self._tray
        if (
            tray is not None
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
            and tray.isVisible()
        ):
            tray.showMessage(
                title, notification_body(message), QSystemTrayIcon.MessageIcon.Warning, 10_000
            )
