"""File menu extras: Export dossier…, hand-off files, Back up now…, Restore from backup…, and
the automatic daily backup.

A restore replaces the database file: the window lets its queued jobs land, closes the store,
and after the restore (or a failed one) opens the store again in the same folder and reloads
every view. Nothing else holds the old store: components read `window.store` when they run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ecomplaint import settings as install_settings
from ecomplaint.services.backups import write_backup_file
from ecomplaint.store.engine import open_store
from ecomplaint.ui.ask import inform, show_error
from ecomplaint.ui.export_dialog import ExportDialog
from ecomplaint.ui.handoff_autobackup import AutoBackup
from ecomplaint.ui.handoff_dialogs import HandoffActions, JobProgress
from ecomplaint.ui.handoff_jobs import FileJob
from ecomplaint.ui.restore_dialog import RestoreDialog, choose_backup_path

if TYPE_CHECKING:
    from ecomplaint.ui.main_window import MainWindow


def ask_backup_path(parent: QWidget, title: str, suggested: str) -> str:
    """The save dialog of "Back up now…" (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "eComplaint backup (*.zip)")
    return path


def _keep() -> int:
    try:
        return max(1, int(install_settings.get("backups_keep")))
    except (OSError, ValueError, TypeError):
        return 10


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.handoff = HandoffActions(window, window.store)
        self.handoff.imported.connect(window.apply_changes)
        self.auto = AutoBackup(window.store, keep=_keep(), parent=self)
        self.auto.failed.connect(lambda message: window.statusBar().showMessage(message, 15_000))
        self.backup_job: FileJob | None = None
        self.export_dialog: ExportDialog | None = None
        self.restore_dialog: RestoreDialog | None = None

    def start(self) -> None:
        if self.window.store.dialect == "sqlite":  # a team server is backed up by its admin
            self.auto.start()

    # -- dossier -----------------------------------------------------------------------------
    def export_dossier(self, **kwargs: Any) -> ExportDialog | None:
        w = self.window
        if w.current_case_id is None:
            return None
        dialog = ExportDialog(w.store, w.current_case_id, w, **kwargs)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    # -- hand-off ------------------------------------------------------------------------------
    def export_case(self) -> None:
        if self.window.current_case_id is not None:
            self.handoff.export_case(self.window.current_case_id)

    def import_case(self) -> None:
        self.handoff.import_file()

    # -- backups -----------------------------------------------------------------------------
    def backup_now(self) -> FileJob | None:
        w = self.window
        if self.backup_job is not None and self.backup_job.isRunning():
            return None
        stamp = w.store.clock.now().astimezone().strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"ecomplaint-backup-{stamp}.zip")
        path = ask_backup_path(w, self.tr("Back up now"), suggested)
        if not path:
            return None
        dest = Path(path if path.lower().endswith(".zip") else path + ".zip")
        store = w.store
        job = FileJob(
            lambda progress, cancel: write_backup_file(
                store, dest, progress=progress, cancel=cancel
            ),
            self,
        )
        JobProgress(job, self.tr("Backing up…"), w)
        job.succeeded.connect(
            lambda p: inform(w, self.tr("Backup saved"), self.tr("Saved %1").replace("%1", str(p)))
        )
        job.failed.connect(lambda message: show_error(w, self.tr("No backup was made"), message))
        self.backup_job = job
        job.start()
        return job

    def restore(self, source: Path | None = None) -> RestoreDialog | None:
        w = self.window
        source = source or choose_backup_path(w)
        if source is None:
            return None
        dialog = RestoreDialog(
            w.store.folder, source, close_store=self.close_store, clock=w.store.clock, parent=w
        )
        dialog.restored.connect(lambda _r: self.reopen_store())
        dialog.restore_failed.connect(lambda _m: self.reopen_store())
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def close_store(self) -> None:
        """Before a restore: let queued work land, stop background jobs, release the file."""
        w = self.window
        while not w.worker.is_idle():
            QApplication.processEvents()
            QThread.msleep(2)
        self.auto.stop()
        w.evidence.stop_jobs()
        w.store.close()

    def reopen_store(self) -> None:
        w = self.window
        old = w.store
        try:
            store = open_store(old.folder, clock=old.clock)
        except Exception as exc:  # noqa: BLE001 - shown; the user can restart
            w.show_exception(exc)
            return
        w.store = store
        self.handoff.store = store
        self.auto.store = store
        w.undo_stack.clear()  # the old commands point at rows of the replaced database
        w.close_case()
        w.refresh_cases()
        w.today.refresh()
        w.evidence.failing = set()
        self.start()  # the automatic backup was stopped for the restore

    def stop(self) -> None:
        self.auto.stop()
        self.handoff.stop()
        if self.backup_job is not None:
            self.backup_job.stop()
        for dialog in (self.export_dialog,):
            if dialog is not None:
                dialog.shutdown()
        if self.restore_dialog is not None and self.restore_dialog.job is not None:
            self.restore_dialog.job.stop()
