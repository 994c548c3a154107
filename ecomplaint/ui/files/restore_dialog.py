"""Restore the store from a backup: show what the backup holds, confirm, restore on ui.ops.

    path = choose_backup_path(window)
    dialog = RestoreDialog(ops, path, parent=window)
    dialog.open()   # on success ops.swap_store() hands every view the restored store

The restore is a long operation on the one worker thread, so everything queued before it
lands first and nothing reads the file while it is replaced. The worker releases the store's
file, restores, and opens the result once (migrating a backup from an older schema) so that
the views' reload is quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
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

from ecomplaint.handoff.backups import BackupInfo, describe_backup, describe_lines
from ecomplaint.handoff.restore import RestoreResult, restore_backup
from ecomplaint.i18n import UserError, current_language
from ecomplaint.store.engine import Store, open_store
from ecomplaint.ui.ask import inform, yes_no
from ecomplaint.ui.ops import LongJob, LongOp, Ops, describe
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


def _restore_then_open(source: Path) -> Callable[[LongJob], tuple[RestoreResult, Store]]:
    def work(job: LongJob) -> tuple[RestoreResult, Store]:
        old = job.store
        old.close()  # release the file; if the restore does not happen the engine reconnects
        result = restore_backup(
            old.folder, source, now=old.clock.now(), progress=job.progress, cancel=job.cancel
        )
        return result, open_store(old.folder, clock=old.clock)  # migrates an older schema

    return work


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(str)  # the message; the store was not changed

    def __init__(self, ops: Ops, source: Path, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.ops = ops
        self.source = source
        self.job: LongOp | None = None
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
        if not yes_no(
            self,
            self.tr("Replace the current store?"),
            self.tr("All cases and evidence will be replaced by the backup. Continue?"),
        ):
            return
        self.restore_button.setEnabled(False)
        self.progress.show()
        self.job = self.ops.long(
            _restore_then_open(self.info.path),
            self.tr("Restore from a backup"),
            self._done,
            progress=lambda permille, _text: self.progress.setValue(permille),
            failed=lambda exc: self._failed(describe(exc)),
            cancelled=lambda: self._failed(self.tr("Cancelled; nothing was changed.")),
        )

    def on_cancel(self) -> None:
        if self.job is not None and not self.job.finished:
            self.job.cancel()  # honoured while copying and checking; the swap itself is short
            return
        self.reject()

    def _done(self, restored: tuple[RestoreResult, Store]) -> None:
        result, store = restored
        self.job = None
        self.ops.swap_store(store)
        self.restored.emit(result)
        inform(
            self,
            self.tr("Restored"),
            self.tr("The store was restored. The previous state was kept in {path}.").format(
                path=result.before_restore or "-"
            ),
        )
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.heading.setText(self.tr("The restore did not happen:"))
        self.description.setText(message)
        self.restore_failed.emit(message)
        self.job = None
        self.restore_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()  # honoured while copying and checking
            self.ops.drain()
        super().done(result)
