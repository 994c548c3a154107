"""The open case's evidence: a side tab with thumbnails, and how files get attached.

The panel shows the evidence of the entry selected on the timeline (the whole case when none
is selected or it has none). Files arrive by the "Attach files…" action, by dropping them on
the timeline or the panel, or by pasting; they go to the selected entry, else to the case.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint import settings as install_settings
from ecomplaint.domain.exhibits import origin_of
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.ui.ask import inform, show_error
from ecomplaint.ui.cases.context import CaseContext
from ecomplaint.ui.commands import TrashEvidenceCommand
from ecomplaint.ui.evidence import actions as evidence_actions
from ecomplaint.ui.evidence.attach import attach_label, attach_with_thumbnails
from ecomplaint.ui.evidence.drop import EvidenceDropFilter, paths_from_mime
from ecomplaint.ui.evidence.reading import OcrBackend, ReadSummary, TextReader, is_picture
from ecomplaint.ui.evidence.redaction import RedactionBackend
from ecomplaint.ui.evidence.strip import EvidenceStrip
from ecomplaint.ui.evidence.thumbs import ThumbnailLoader
from ecomplaint.ui.evidence.verify import verify_and_save, verify_label
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from ecomplaint.ui.ops import LongOp, Ops
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.timeline.view import TimelineView

if TYPE_CHECKING:
    from ecomplaint.services import evidence as ev
    from ecomplaint.services.evidence_verify import VerifyReport


def _failing(folder: Path) -> set[int]:
    from ecomplaint.services.evidence_verify import last_failing_ids  # runner's thread

    return last_failing_ids(folder)


def ask_open_paths(parent: QWidget, title: str) -> list[str]:
    """The file dialog of "Attach files…" (tests patch this)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title)
    return list(paths)


def size_limit() -> int:
    try:
        return int(install_settings.get("evidence_max_mb")) * 1024 * 1024
    except (OSError, ValueError, TypeError):
        from ecomplaint.services.evidence import DEFAULT_SIZE_LIMIT

        return DEFAULT_SIZE_LIMIT


class EvidencePanel(QWidget):
    def __init__(
        self,
        ops: Ops,
        case: CaseContext,
        timeline: TimelineView,
        undo_stack: QUndoStack,
        parent: QWidget,
        ocr_backend: OcrBackend | None = None,
        redaction: RedactionBackend | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case = case
        self.timeline = timeline
        self.undo_stack = undo_stack
        self.parent_widget = parent
        self.loader = ThumbnailLoader(ops.folder, parent=self)
        self.strip = EvidenceStrip(self.loader, self)
        # a panel beside the timeline: thumbnails wrap downwards instead of one long row
        self.strip.setWrapping(True)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setMinimumHeight(0)
        self.strip.setMaximumHeight(16_777_215)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caption = plain_label(parent=self)
        self.caption.setWordWrap(True)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.attach_files)
        # reading pictures' text in the background: a quiet row, not a dialog
        self.reader = TextReader(ops, ocr_backend, self)
        self.redaction = redaction or RedactionBackend()
        self.reading_row = QWidget(self)
        self.reading_label = plain_label(parent=self.reading_row)  # names a file
        self.reading_label.setWordWrap(True)
        self.reading_bar = QProgressBar(self.reading_row)
        self.reading_bar.setRange(0, 1000)
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setMaximumHeight(8)
        self.reading_cancel = QToolButton(self.reading_row)
        self.reading_cancel.clicked.connect(self.reader.cancel)
        row = QVBoxLayout(self.reading_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reading_label)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.reading_bar, 1)
        bar_row.addWidget(self.reading_cancel)
        row.addLayout(bar_row)
        self.reading_row.hide()
        self.reading_notice = plain_label(parent=self)  # why some pictures were not read
        self.reading_notice.setWordWrap(True)
        self.reading_notice.hide()
        self.reader.started.connect(self._reading_started)
        self.reader.progressed.connect(self._reading_progress)
        self.reader.finished.connect(self._reading_finished)
        case.opened.connect(lambda *_: self.reading_notice.hide())  # it named that case's files
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.reading_row)
        layout.addWidget(self.reading_notice)
        layout.addWidget(self.attach_button)
        self.records: list[EvidenceRecord] = []
        self.failing: set[int] = set()
        ops.read(lambda store: _failing(store.folder), self._set_failing)
        self.jobs: list[LongOp] = []
        self.last_outcome: ev.AttachOutcome | None = None
        self.last_report: VerifyReport | None = None
        self.strip.openRequested.connect(self.open_record)
        self.strip.saveCopyRequested.connect(self.save_copy)
        self.strip.trashRequested.connect(self.trash)
        self.strip.readTextRequested.connect(lambda r: self.read_text([r]))
        self.strip.makeEntriesRequested.connect(self.make_entries)
        self.strip.filesDropped.connect(self.attach_paths)
        self.drop = EvidenceDropFilter(self)
        self.drop.install(timeline)
        self.drop.filesDropped.connect(self.attach_paths)
        timeline.selectionModel().currentChanged.connect(lambda *_: self.show_rows())
        timeline.timeline_model.modelReset.connect(self.show_rows)
        ops.store_swapped.connect(self._store_swapped)
        case.detail_changed.connect(self.show_rows)
        self.retranslate()

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach files…"))
        self.reading_cancel.setText(self.tr("Cancel"))
        self.reading_cancel.setToolTip(self.tr("Stop reading the pictures' text"))
        self.reading_cancel.setAccessibleName(self.tr("Stop reading the pictures' text"))
        self.strip.setAccessibleName(self.tr("Evidence"))
        self.attach_button.setAccessibleName(self.attach_button.text())
        self.show_rows()

    # -- what is shown ---------------------------------------------------------------------
    def selected_entry_id(self) -> int | None:
        row = self.timeline.current_row()
        return row.entry.id if row is not None and row.entry is not None else None

    def show_rows(self) -> None:
        detail = self.case.detail
        live = [e for e in detail.evidence if e.trashed_at is None] if detail else []
        self.records = live
        entry_id = self.selected_entry_id()
        of_entry = [e for e in live if entry_id is not None and e.entry_id == entry_id]
        origins = {e.id: o for e in live if (o := origin_of(e, detail)) is not None}
        if of_entry:
            self.caption.setText(
                self.tr("Evidence of the selected entry (%1)").replace("%1", str(len(of_entry)))
            )
            self.strip.set_rows(of_entry, origins)
        else:
            self.caption.setText(
                self.tr("All evidence of the case (%1)").replace("%1", str(len(live)))
                if detail
                else self.tr("No case open.")
            )
            self.strip.set_rows(live, origins)
        self.strip.set_failing(self.failing)
        self.attach_button.setEnabled(detail is not None)

    def _set_failing(self, failing: set[int]) -> None:
        self.failing = failing
        self.show_rows()

    def _store_swapped(self) -> None:
        self.failing = set()
        self.ops.read(lambda store: _failing(store.folder), self._set_failing)  # restored marks

    # -- attaching -------------------------------------------------------------------------
    def attach_files(self) -> LongOp | None:
        if self.case.case_id is None:
            return None
        paths = ask_open_paths(self.parent_widget, self.tr("Attach files"))
        return self.attach_paths(paths) if paths else None

    def paste(self) -> LongOp | None:
        mime = QGuiApplication.clipboard().mimeData()
        paths = paths_from_mime(mime) if mime is not None else []
        return self.attach_paths(paths) if paths else None

    def attach_paths(self, paths: list[str], *, show_after_ms: int | None = None) -> LongOp | None:
        case_id = self.case.case_id
        if case_id is None or not paths:
            return None
        entry_id, limit = self.selected_entry_id(), size_limit()
        op = self.ops.long(
            lambda job: attach_with_thumbnails(
                job, case_id=case_id, paths=paths, entry_id=entry_id, size_limit=limit
            ),
            attach_label(len(paths)),
            lambda outcome: self._attached(op, outcome),
            title=self.tr("Attaching evidence"),
            failed=lambda exc: self._failed(op, self.tr("Nothing was attached"), exc),
            show_after_ms=show_after_ms,
        )
        self.jobs.append(op)
        return op

    def _attached(self, op: LongOp, outcome: ev.AttachOutcome) -> None:
        # a cancelled batch committed nothing: its Changes are empty, ops announced nothing new
        self._forget(op)
        self.last_outcome = outcome
        pictures = [r.sha256 for r in outcome.attached if is_picture(r.mime)]
        if pictures and not outcome.cancelled and self.case.case_id is not None:
            self.reader.read_case(self.case.case_id, sha256s=pictures)  # in the background
        if outcome.refused:
            show_error(
                self.parent_widget,
                self.tr("Some files were not attached"),
                "\n".join(f"{r.path.name}: {r.error}" for r in outcome.refused),
            )

    def _failed(self, op: LongOp, title: str, exc: BaseException) -> None:
        self._forget(op)
        self.ops.show_failure(exc, title)

    def _forget(self, op: LongOp) -> None:
        if op in self.jobs:
            self.jobs.remove(op)

    # -- reading text ----------------------------------------------------------------------
    def read_text(self, records: list[EvidenceRecord]) -> None:
        """ "Read text" on demand (older exhibits, or again): pictures only."""
        uids = [r.uid for r in records if is_picture(r.mime)]
        if self.case.case_id is not None and uids:
            self.reader.read_case(self.case.case_id, uids=uids, again=True)

    def make_entries(self, record: EvidenceRecord) -> QWidget:
        """The preview of entries from every message the picture's text holds."""
        from ecomplaint.ui.evidence.make_entries import open_make_entries

        return open_make_entries(
            self.parent_widget, record.uid, None, ops=self.ops, undo_stack=self.undo_stack
        )

    def _reading_started(self) -> None:
        self.reading_notice.hide()
        self.reading_bar.setValue(0)
        self.reading_row.show()

    def _reading_progress(self, permille: int, text: str) -> None:
        self.reading_label.setText(text)
        self.reading_bar.setValue(permille)

    def _reading_finished(self, summary: ReadSummary) -> None:
        self.reading_row.hide()
        message = summary.message()
        if message:
            self.reading_notice.setText(self.tr("Text not read — %1").replace("%1", message))
            self.reading_notice.show()

    # -- the strip's requests --------------------------------------------------------------
    def open_record(self, record: EvidenceRecord) -> ImageViewerDialog | None:
        return evidence_actions.open_evidence(
            self.ops.folder,
            record,
            self.parent_widget,
            reader=self.reader,
            undo_stack=self.undo_stack,
            redaction=self.redaction,
            origin_of=lambda r: origin_of(r, self.case.detail),  # the detail of the moment
        )

    def save_copy(self, record: EvidenceRecord) -> None:
        evidence_actions.save_copy(self.ops.folder, record, self.parent_widget)

    def trash(self, record: EvidenceRecord) -> None:
        if evidence_actions.confirm_trash(record, self.parent_widget):
            self.undo_stack.push(
                TrashEvidenceCommand(self.ops, self.tr("remove evidence"), record.id)
            )

    # -- verifying -------------------------------------------------------------------------
    def verify(self, *, show_after_ms: int | None = None) -> LongOp:
        op = self.ops.long(
            verify_and_save,
            verify_label(),
            lambda report: self._verified(op, report),
            title=self.tr("Verify evidence"),
            failed=lambda exc: self._failed(op, self.tr("Verify evidence"), exc),
            show_after_ms=show_after_ms,
        )
        self.jobs.append(op)
        return op

    def _verified(self, op: LongOp, report: VerifyReport) -> None:
        self._forget(op)
        self.last_report = report
        if report.cancelled:
            return
        self.failing = set(report.failing_evidence_ids())
        self.strip.set_failing(self.failing)
        if self.failing:
            text = self.tr(
                "%1 evidence file(s) are missing or were altered; they are marked in red."
            ).replace("%1", str(len(self.failing)))
        else:
            text = self.tr("Every evidence file matches its fingerprint.")
        (show_error if self.failing else inform)(
            self.parent_widget, self.tr("Verify evidence"), text
        )

    def sizeHint(self) -> QSize:
        return QSize(240, 400)

    def stop(self) -> None:
        for op in self.jobs:
            op.cancel()  # ops.stop() then waits for them
        self.reader.stop()
        self.loader.stop()
