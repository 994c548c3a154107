"""Export a case to a hand-off file and import one, as long operations on ui.ops.

    actions = HandoffActions(ops, parent_widget)
    actions.export_case(case_id)   # asks where, then exports with late progress and cancel
    actions.import_file()          # asks which file, previews on ops, asks, then imports

Messages go through ui.ask (tests patch one function); the file choosers are the two
`choose_*` functions so tests answer them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from ecomplaint.domain.records import CaseRecord
from ecomplaint.i18n import current_language
from ecomplaint.ui import ask
from ecomplaint.ui.ask import inform
from ecomplaint.ui.ops import LongJob, LongOp, Ops

if TYPE_CHECKING:
    from ecomplaint.handoff.export import ExportResult
    from ecomplaint.handoff.importer import ImportResult
    from ecomplaint.store.engine import Store


# The hand-off modules import the store layer: they load on the runner's thread (issue 19).
def _get_case(store: Store, case_id: int) -> CaseRecord:
    from ecomplaint.store import queries

    return queries.get_case(store, case_id)


def _export_case(job: LongJob, case_id: int, target: Path) -> ExportResult:
    from ecomplaint.handoff.export import export_case

    return export_case(job.store, case_id, target, progress=job.progress, cancel=job.cancel)


def _import_case_file(job: LongJob, src: Path) -> ImportResult:
    from ecomplaint.handoff.importer import import_case_file

    return import_case_file(job.store, src, progress=job.progress, cancel=job.cancel)


def choose_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, "eComplaint", str(suggested), "eComplaint case (*.ecase)"
    )
    return Path(name) if name else None


def choose_import_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "eComplaint", "", "eComplaint case (*.ecase)")
    return Path(name) if name else None


def confirm_plain(parent: QWidget | None, title: str, question: str, details: str) -> bool:
    """Yes/No with the details as plain text: they hold the user's own titles and notes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    return ask.ask(box) == int(QMessageBox.StandardButton.Yes)


@dataclass(frozen=True)
class Preview:
    """The dry run's plan, wrapped so ops announces no Changes for it (nothing was written)."""

    source: Path
    plan: ImportResult


def preview_now(job: LongJob, source: Path) -> Preview:
    """On the ops worker: the import's own rules in a rolled-back transaction."""
    from ecomplaint.handoff.importer import preview_case_file

    return Preview(source, preview_case_file(job.store, source))


class HandoffActions(QObject):
    """Export and import; one at a time."""

    imported = Signal(object)  # handoff.importer.ImportResult
    exported = Signal(object)  # handoff.export.ExportResult

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ops = ops
        self.op: LongOp | None = None

    def busy(self) -> bool:
        return self.op is not None and not self.op.finished

    def export_case(self, case_id: int, dest: Path | None = None) -> None:
        if self.busy():
            return
        if dest is not None:
            self._export(case_id, dest)
            return

        def chosen(case: CaseRecord) -> None:
            from ecomplaint.handoff.export import default_file_name  # loaded by the read

            suggested = Path.home() / default_file_name(case.title, case.order_no, case_id)
            path = choose_export_path(self.parent_widget, suggested)
            if path is not None:
                self._export(case_id, path)

        self.ops.read(lambda store: _get_case(store, case_id), chosen)

    def _export(self, case_id: int, dest: Path) -> None:
        target = dest if dest.suffix else dest.with_suffix(".ecase")
        self.op = self.ops.long(
            lambda job: _export_case(job, case_id, target),
            self.tr("Exporting the case…"),
            self._export_done,
            title=self.tr("Nothing was changed"),
            parent=self.parent_widget,
        )

    def import_file(self, source: Path | None = None) -> None:
        if self.busy():
            return
        src = source or choose_import_path(self.parent_widget)
        if src is None:
            return
        # First what the import would do (rolled back, nothing written), then the user says.
        self.op = self.ops.long(
            lambda job: preview_now(job, src),
            self.tr("Reading the case file…"),
            self._preview_done,
            title=self.tr("Nothing was changed"),
            parent=self.parent_widget,
        )

    def _preview_done(self, preview: Preview) -> None:
        from ecomplaint.handoff.import_report import report_lines

        details = "\n".join(report_lines(preview.plan, current_language() == "zh"))
        if not confirm_plain(
            self.parent_widget,
            self.tr("Import this case?"),
            self.tr("Import the case file? Nothing has been written yet."),
            details,
        ):
            return
        src = preview.source
        self.op = self.ops.long(
            lambda job: _import_case_file(job, src),
            self.tr("Importing the case…"),
            self._import_done,
            title=self.tr("Nothing was changed"),
            parent=self.parent_widget,
        )

    def _export_done(self, result: ExportResult) -> None:
        self.exported.emit(result)
        inform(
            self.parent_widget,
            self.tr("Case exported"),
            self.tr("Saved {path}: {entries} entries, {files} evidence files.").format(
                path=result.path, entries=result.entries, files=result.evidence_files
            ),
        )

    def _import_done(self, result: ImportResult) -> None:
        self.imported.emit(result)
        if result.created:
            text = self.tr("Imported the new case “{title}”.")
        else:
            text = self.tr("Updated the case “{title}” from the file.")
        inform(self.parent_widget, self.tr("Case imported"), text.format(title=result.title))
