"""Export a case to a hand-off file and import one, from the window (the lead wires the menus).

    actions = HandoffActions(window, store)
    export_action.triggered.connect(lambda: actions.export_case(current_case_id))
    import_action.triggered.connect(actions.import_file)
    actions.imported.connect(window.on_changes)   # a services.changes.Changes
    # on close: actions.stop()

Modal questions go through `ask`, `tell` and the two `choose_*` functions so tests patch them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from ecomplaint.handoff.export import ExportResult, default_file_name, export_case
from ecomplaint.handoff.import_report import report_lines
from ecomplaint.handoff.importer import ImportResult, import_case_file, preview_case_file
from ecomplaint.i18n import current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.ask import inform, show_error, yes_no
from ecomplaint.ui.handoff_jobs import FileJob
from ecomplaint.ui.plain import plain_progress_label

SHOW_PROGRESS_AFTER_MS = 600


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    return yes_no(parent, title, text)


def confirm_plain(parent: QWidget | None, title: str, question: str, details: str) -> bool:
    """Yes/No with the details as plain text: they hold the user's own titles and notes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    if error:
        show_error(parent, title, text)
    else:
        inform(parent, title, text)


def choose_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, "eComplaint", str(suggested), "eComplaint case (*.ecase)"
    )
    return Path(name) if name else None


def choose_import_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "eComplaint", "", "eComplaint case (*.ecase)")
    return Path(name) if name else None


class JobProgress(QProgressDialog):
    """A progress dialog that appears only when the job is slow; Cancel stops the job."""

    def __init__(self, job: FileJob, label: str, parent: QWidget | None) -> None:
        super().__init__(label, self.tr("Cancel"), 0, 1000, parent)
        plain_progress_label(self)  # the label names the file
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.setAutoReset(False)
        self.setValue(0)
        job.progressed.connect(self.setValue)
        self.canceled.connect(job.cancel)
        job.finished.connect(self.close)


class HandoffActions(QObject):
    """Export and import with a worker thread each; one job at a time."""

    imported = Signal(object)  # services.changes.Changes of the import
    exported = Signal(object)  # handoff.export.ExportResult

    def __init__(self, parent: QWidget, store: Store) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.store = store
        self.job: FileJob | None = None
        self.progress: JobProgress | None = None

    def busy(self) -> bool:
        return self.job is not None and self.job.isRunning()

    def export_case(self, case_id: int, dest: Path | None = None) -> FileJob | None:
        if self.busy():
            return None
        if dest is None:
            case = queries.get_case(self.store, case_id)
            suggested = Path.home() / default_file_name(case.title, case.order_no, case_id)
            dest = choose_export_path(self.parent_widget, suggested)
            if dest is None:
                return None
        if not dest.suffix:
            dest = dest.with_suffix(".ecase")
        target, store = dest, self.store
        return self._start(
            lambda progress, cancel: export_case(
                store, case_id, target, progress=progress, cancel=cancel
            ),
            self.tr("Exporting the case…"),
            self._export_done,
        )

    def import_file(self, source: Path | None = None) -> FileJob | None:
        if self.busy():
            return None
        source = source or choose_import_path(self.parent_widget)
        if source is None:
            return None
        src, store = source, self.store
        # First what the import would do (rolled back, nothing written), then the user says.
        return self._start(
            lambda progress, cancel: preview_case_file(store, src),
            self.tr("Reading the case file…"),
            lambda plan: self._preview_done(src, plan),
        )

    def _preview_done(self, source: Path, plan: ImportResult) -> None:
        if self.job is not None:
            self.job.wait()  # the preview thread is ending; one job at a time
        details = "\n".join(report_lines(plan, current_language() == "zh"))
        if not confirm_plain(
            self.parent_widget,
            self.tr("Import this case?"),
            self.tr("Import the case file? Nothing has been written yet."),
            details,
        ):
            return
        store = self.store
        self._start(
            lambda progress, cancel: import_case_file(
                store, source, progress=progress, cancel=cancel
            ),
            self.tr("Importing the case…"),
            self._import_done,
        )

    def _start(self, work: Any, label: str, done: Any) -> FileJob:
        job = FileJob(work, self)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.progress = JobProgress(job, label, self.parent_widget)
        self.job = job
        job.start()
        return job

    def _export_done(self, result: ExportResult) -> None:
        self.exported.emit(result)
        tell(
            self.parent_widget,
            self.tr("Case exported"),
            self.tr("Saved {path}: {entries} entries, {files} evidence files.").format(
                path=result.path, entries=result.entries, files=result.evidence_files
            ),
        )

    def _import_done(self, result: ImportResult) -> None:
        self.imported.emit(result.changes)
        if result.created:
            text = self.tr("Imported the new case “{title}”.")
        else:
            text = self.tr("Updated the case “{title}” from the file.")
        tell(self.parent_widget, self.tr("Case imported"), text.format(title=result.title))

    def _failed(self, message: str) -> None:
        tell(self.parent_widget, self.tr("Nothing was changed"), message, error=True)

    def _cancelled(self) -> None:
        pass  # the services removed what they had half written; nothing to say

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()
