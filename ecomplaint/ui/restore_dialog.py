"""Restore the store from a backup: show what the backup holds, confirm, restore off the UI thread.

    path = choose_backup_path(window)
    dialog = RestoreDialog(store.folder, path, close_store=window.close_store, parent=window)
    dialog.restored.connect(window.reopen_store)        # RestoreResult
    dialog.restore_failed.connect(window.reopen_store)  # the store is as it was
    dialog.open()

`close_store` must dispose every engine on the store before the restore starts; the worker
then restores, and opens the result once (migrating a backup from an older schema) so that
the window's own reopen is quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.clock import Clock, SystemClock
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services.backups import BackupInfo, describe_backup, describe_lines
from ecomplaint.services.restore import RestoreResult, restore_backup
from ecomplaint.store.engine import open_store
from ecomplaint.ui.handoff_dialogs import SHOW_PROGRESS_AFTER_MS, ask, tell
from ecomplaint.ui.handoff_jobs import FileJob
from ecomplaint.ui.plain import plain_label


def choose_backup_path(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "eComplaint",
        str(start or ""),
        "eComplaint backup (*.zip *.sqlite3 manifest.json);;All files (*)",
    )
    if not name:
        return None
    path = Path(name)
    return path.parent if path.name == "manifest.json" else path  # a backup folder


def _restore_then_open(folder: Path, source: Path, clock: Clock) -> Callable[..., Any]:
    def work(progress: Callable[[int, int], None], cancel: Any) -> RestoreResult:
        result = restore_backup(folder, source, now=clock.now(), progress=progress, cancel=cancel)
        store = open_store(folder, clock=clock)  # migrates an older schema, here, off the UI
        store.close()
        return result

    return work


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(str)  # the message; the store was not changed

    def __init__(
        self,
        folder: Path,
        source: Path,
        *,
        close_store: Callable[[], None],
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.folder = folder
        self.source = source
        self.close_store = close_store
        self.clock = clock or SystemClock()
        self.job: FileJob | None = None
        self.info: BackupInfo | None = None

        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("This backup holds:"))
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(self.description.textInteractionFlags())
        self.warning = QLabel(
            self.tr(
                "Restoring replaces all cases and evidence in this store by the backup's. "
                "The current state is backed up first."
            )
        )
        self.warning.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button.clicked.connect(self.on_cancel)
        for w in (self.heading, self.description, self.warning, self.progress):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self._show_progress = QTimer(self)
        self._show_progress.setSingleShot(True)
        self._show_progress.timeout.connect(self.progress.show)
        self._describe()

    def _describe(self) -> None:
        try:
            self.info = describe_backup(self.source)
        except UserError as exc:
            self.heading.setText(self.tr("This file cannot be restored:"))
            self.description.setText(exc.message(current_language()))
            self.warning.hide()
            self.restore_button.setEnabled(False)
            return
        zh = current_language() == "zh"
        self.description.setText("\n".join(describe_lines(self.info, zh)))

    def start_restore(self) -> None:
        if self.info is None or self.job is not None:
            return
        if not ask(
            self,
            self.tr("Replace the current store?"),
            self.tr("All cases and evidence will be replaced by the backup. Continue?"),
        ):
            return
        self.restore_button.setEnabled(False)
        self.close_store()
        job = FileJob(_restore_then_open(self.folder, self.info.path, self.clock), self)
        job.progressed.connect(self.progress.setValue)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self._failed(self.tr("Cancelled; nothing was changed.")))
        self.job = job
        self._show_progress.start(SHOW_PROGRESS_AFTER_MS)
        job.start()

    def on_cancel(self) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancel()  # honoured while copying and checking; the swap itself is short
            return
        self.reject()

    def _done(self, result: RestoreResult) -> None:
        self._show_progress.stop()
        self.restored.emit(result)
        tell(
            self,
            self.tr("Restored"),
            self.tr("The store was restored. The previous state was kept in {path}.").format(
                path=result.before_restore or "-"
            ),
        )
        self.accept()

    def _failed(self, message: str) -> None:
        self._show_progress.stop()
        self.progress.hide()
        self.heading.setText(self.tr("The restore did not happen:"))
        self.description.setText(message)
        self.restore_failed.emit(message)
        self.job = None
        self.restore_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.stop()
        super().done(result)
