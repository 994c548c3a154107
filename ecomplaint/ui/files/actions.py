"""File menu extras: Export dossier…, hand-off files, Back up now…, Restore from backup…, and
the automatic daily backup. Every one runs on ui.ops; a restore ends in ops.swap_store(), which
every view follows through ops.store_swapped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ecomplaint import settings as install_settings
from ecomplaint.domain.records import CaseDetail
from ecomplaint.handoff.backups import write_backup_file
from ecomplaint.store import queries
from ecomplaint.ui.ask import inform
from ecomplaint.ui.cases.context import CaseContext
from ecomplaint.ui.files.autobackup import AutoBackup
from ecomplaint.ui.files.export_dialog import ExportDialog
from ecomplaint.ui.files.handoff import HandoffActions
from ecomplaint.ui.files.restore_dialog import RestoreDialog, choose_backup_path
from ecomplaint.ui.ops import LongOp, Ops


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
    def __init__(self, ops: Ops, case: CaseContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case = case
        self.parent_widget = parent
        self.handoff = HandoffActions(ops, parent)
        self.auto = AutoBackup(ops, keep=_keep(), parent=self)
        self.backup_op: LongOp | None = None
        self.export_dialog: ExportDialog | None = None
        self.restore_dialog: RestoreDialog | None = None

    def start(self) -> None:
        if self.ops.store.dialect == "sqlite":  # a team server is backed up by its admin
            self.auto.start()

    # -- dossier -----------------------------------------------------------------------------
    def export_dossier(self, **kwargs: Any) -> None:
        """Opens the dialog once the case is read (after any write queued before)."""
        case_id = self.case.case_id
        if case_id is None:
            return

        def show(detail: CaseDetail) -> None:
            dialog = ExportDialog(self.ops, detail, self.parent_widget, **kwargs)
            self.export_dialog = dialog
            dialog.open()

        self.ops.read(lambda store: queries.case_detail(store, case_id), show)

    # -- hand-off ------------------------------------------------------------------------------
    def export_case(self) -> None:
        if self.case.case_id is not None:
            self.handoff.export_case(self.case.case_id)

    def import_case(self) -> None:
        self.handoff.import_file()

    # -- backups -----------------------------------------------------------------------------
    def backup_now(self) -> LongOp | None:
        w = self.parent_widget
        if self.backup_op is not None and not self.backup_op.finished:
            return None
        stamp = self.ops.store.clock.now().astimezone().strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"ecomplaint-backup-{stamp}.zip")
        path = ask_backup_path(w, self.tr("Back up now"), suggested)
        if not path:
            return None
        dest = Path(path if path.lower().endswith(".zip") else path + ".zip")
        self.backup_op = self.ops.long(
            lambda job: write_backup_file(
                job.store, dest, progress=job.progress, cancel=job.cancel
            ),
            self.tr("Backing up…"),
            lambda p: inform(w, self.tr("Backup saved"), self.tr("Saved %1").replace("%1", str(p))),
            title=self.tr("No backup was made"),
        )
        return self.backup_op

    def restore(self, source: Path | None = None) -> RestoreDialog | None:
        w = self.parent_widget
        source = source or choose_backup_path(w)
        if source is None:
            return None
        dialog = RestoreDialog(self.ops, source, parent=w)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def stop(self) -> None:
        self.auto.stop()
        if self.export_dialog is not None:
            self.export_dialog.shutdown()
