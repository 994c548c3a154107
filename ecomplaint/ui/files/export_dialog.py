"""The Export dialog: choose language, redaction, sections, originals and paper, then build the
dossier off the UI thread with progress, cancel and "open when done".

The dialog opens on the case's detail as ui.ops read it; Export reads the record again on the
ops worker (so it holds every write queued before it) and builds the PDF there, reporting
progress to the dialog's own bar. Modal questions go through `ask_save_path` so tests can
answer them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.records import CaseDetail
from ecomplaint.dossier.exhibit_check import ExhibitsNotIntact
from ecomplaint.dossier.labels import label
from ecomplaint.dossier.options import SECTIONS, DossierOptions
from ecomplaint.i18n import UserError, t
from ecomplaint.ui.ops import LongJob, LongOp, Ops, describe
from ecomplaint.ui.plain import plain_label

if TYPE_CHECKING:
    from ecomplaint.dossier.builder import BuildResult


def build_now(
    job: LongJob, case_id: int, out: Path, options: DossierOptions, allow_altered: bool = False
) -> BuildResult:
    """On the ops worker: read the record as it is now (after every queued write), then lay out
    the PDF. reportlab is imported here, off the UI thread: the window need not wait for it.
    Altered or missing exhibits stop it (ExhibitsNotIntact) unless `allow_altered`."""
    from ecomplaint.dossier.builder import build_dossier, print_cache_dir
    from ecomplaint.store import queries  # on the runner's thread

    detail = queries.case_detail(job.store, case_id)
    folder = job.store.folder
    # "As of" never goes past the export: the store's (injectable) clock says when that is.
    options = dataclasses.replace(options, exported_at=job.store.clock.now())
    try:
        return build_dossier(
            detail,
            store_folder=folder,
            out=out,
            options=options,
            progress=lambda fraction, stage: job.progress(fraction, 1, stage),
            cancelled=job.cancel.is_set,
            cache_dir=print_cache_dir(folder),
            allow_altered=allow_altered,
        )
    except OSError as exc:
        raise UserError(
            "dossier.cannot_write", path=str(out), detail=exc.strerror or str(exc)
        ) from exc


def default_ask_save_path(parent: QWidget, title: str, start: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, "PDF (*.pdf)")
    return path


def default_opener(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDialog(QDialog):
    done_ok = Signal(object)  # BuildResult, after the file is in place

    def __init__(
        self,
        ops: Ops,
        detail: CaseDetail,
        parent: QWidget | None = None,
        *,
        ask_save_path: Callable[[QWidget, str, str], str] = default_ask_save_path,
        opener: Callable[[Path], None] = default_opener,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.detail = detail
        self.case_id = detail.case.id
        self.ask_save_path = ask_save_path
        self.opener = opener
        self._op: LongOp | None = None
        self.last_result: BuildResult | None = None
        self.setWindowTitle(self.tr("Export dossier"))
        self._build_ui()

    # --- layout
    def _build_ui(self) -> None:
        case = self.detail.case
        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if case.language != "en" else 1)
        form.addRow(self.tr("Language"), self.lang)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        form.addRow(self.tr("Paper"), self.paper)
        self.redact = QCheckBox(
            self.tr("Redact: mask my name, phone numbers, ID numbers and address")
        )
        self.attach = QCheckBox(self.tr("Attach the original files inside the PDF"))
        # Redacted + originals: the originals are not redacted; the user must say yes.
        self.unredacted_ok = QCheckBox(t("dossier.unredacted_ok"))
        self.unredacted_ok.setStyleSheet("color: #b00020")
        for box in (self.redact, self.attach):
            box.toggled.connect(self._show_unredacted_ok)
        self._show_unredacted_ok()
        self.open_when_done = QCheckBox(self.tr("Open the PDF when done"))
        self.open_when_done.setChecked(True)

        sections = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for n, key in enumerate(SECTIONS):
            box = QCheckBox(self._section_name(key))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, n // 3, n % 3)
        self.lang.currentIndexChanged.connect(self._relabel_sections)

        self.path = QLineEdit(str(Path.home() / f"{case.order_no or 'dossier'}.pdf"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Save as"), path_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Shown only after an export stopped on altered or missing exhibits: the user's
        # explicit choice to print them marked ALTERED rather than vouch for them.
        self.anyway_button = self.buttons.addButton(
            self.tr("Export anyway, marked ALTERED"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anyway_button.setVisible(False)
        self.anyway_button.clicked.connect(self.export_anyway)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for w in (
            self.redact,
            self.attach,
            self.unredacted_ok,
            sections,
            self.open_when_done,
            self.progress,
            self.status,
            self.buttons,
        ):
            layout.addWidget(w)

    def _show_unredacted_ok(self) -> None:
        both = self.redact.isChecked() and self.attach.isChecked()
        self.unredacted_ok.setVisible(both)
        if not both:
            self.unredacted_ok.setChecked(False)

    def _section_name(self, key: str) -> str:
        return label(f"sec.{key}", self.lang.currentData() or "zh")

    def _relabel_sections(self) -> None:
        for key, box in self.section_boxes.items():
            box.setText(self._section_name(key))

    def _choose_path(self) -> None:
        chosen = self.ask_save_path(self, self.tr("Save dossier as"), self.path.text())
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    # --- running
    def options(self) -> DossierOptions:
        return DossierOptions(
            lang=self.lang.currentData(),
            redact=self.redact.isChecked(),
            sections=tuple(k for k, b in self.section_boxes.items() if b.isChecked()),
            attach_originals=self.attach.isChecked(),
            paper=self.paper.currentData(),
            include_unredacted_originals=self.unredacted_ok.isChecked(),
        )

    @property
    def running(self) -> bool:
        return self._op is not None

    @Slot()
    def export_anyway(self) -> None:
        self.start_export(allow_altered=True)

    @Slot()
    def start_export(self, allow_altered: bool = False) -> None:
        if self.running:
            return
        self.anyway_button.setVisible(False)
        out = Path(self.path.text()).expanduser()
        if not self.path.text().strip() or out.is_dir():
            self._choose_path()
            out = Path(self.path.text()).expanduser()
            if not self.path.text().strip() or out.is_dir():
                return
        options = self.options()
        if options.originals_refused:
            self.status.setText(t("dossier.unredacted_confirm"))
            return
        self.last_result = None
        case_id = self.case_id
        self._set_running(True)
        self.status.setText(self.tr("Building the dossier…"))
        self._op = self.ops.long(
            lambda job: build_now(job, case_id, out, options, allow_altered),
            self.tr("Building the dossier…"),
            self._on_finished,
            progress=self._on_progress,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.export_button.setEnabled(not running)
        for w in (
            self.lang,
            self.paper,
            self.redact,
            self.attach,
            self.unredacted_ok,
            self.path,
            *self.section_boxes.values(),
        ):
            w.setEnabled(not running)

    @Slot()
    def cancel_or_close(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _finish_thread(self) -> None:
        self._op = None
        self._set_running(False)

    def _on_progress(self, permille: int, _stage: str) -> None:
        self.progress.setValue(permille // 10)

    def _on_finished(self, result: BuildResult) -> None:
        self._finish_thread()
        self.last_result = result
        saved = self.tr("Saved {path}: {pages} pages, {kb} KB.").format(
            path=result.path, pages=result.pages, kb=result.size // 1024
        )
        marked = [*result.altered, *result.missing]
        if marked:
            saved += " " + self.tr("Marked ALTERED or MISSING in the dossier: {list}.").format(
                list=", ".join(marked)
            )
        self.status.setText(saved)
        # The file is saved: what is left to do here is close (or export again).
        self.cancel_button.setText(self.tr("Close"))
        self.done_ok.emit(result)
        if self.open_when_done.isChecked():
            self.opener(result.path)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish_thread()
        self.status.setText(describe(exc))
        if isinstance(exc, ExhibitsNotIntact):  # altered or missing: the user may export anyway
            self.anyway_button.setVisible(True)
            self.adjustSize()  # room for the list of exhibits concerned

    def _on_cancelled(self) -> None:
        self._finish_thread()
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def shutdown(self) -> None:
        """Cancel a running export and let it stop (closing the dialog, test teardown)."""
        if self._op is not None:
            self._op.cancel()
            self.ops.drain()

    def reject(self) -> None:
        if self.running:
            self.cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.shutdown()
        super().closeEvent(event)
