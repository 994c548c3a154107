"""The open case's evidence: a side tab with thumbnails, and how files get attached.

The panel shows the evidence of the entry selected on the timeline (the whole case when none
is selected or it has none). Files arrive by the "Attach files…" action, by dropping them on
the timeline or the panel, or by pasting; they go to the selected entry, else to the case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomplaint import settings as install_settings
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.services import evidence as ev
from ecomplaint.services.evidence_verify import VerifyReport, last_failing_ids
from ecomplaint.ui import evidence_actions
from ecomplaint.ui.ask import inform, show_error
from ecomplaint.ui.commands import TrashEvidenceCommand
from ecomplaint.ui.evidence_attach import AttachJob
from ecomplaint.ui.evidence_drop import EvidenceDropFilter, paths_from_mime
from ecomplaint.ui.evidence_strip import EvidenceStrip
from ecomplaint.ui.evidence_thumbs import ThumbnailLoader
from ecomplaint.ui.evidence_verify_job import VerifyJob
from ecomplaint.ui.plain import plain_label

if TYPE_CHECKING:
    from ecomplaint.ui.main_window import MainWindow


def ask_open_paths(parent: QWidget, title: str) -> list[str]:
    """The file dialog of "Attach files…" (tests patch this)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title)
    return list(paths)


def size_limit() -> int:
    try:
        return int(install_settings.get("evidence_max_mb")) * 1024 * 1024
    except (OSError, ValueError, TypeError):
        return ev.DEFAULT_SIZE_LIMIT


class EvidencePanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.loader = ThumbnailLoader(window.store.folder, parent=self)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.attach_button)
        self.records: list[EvidenceRecord] = []
        self.failing: set[int] = last_failing_ids(window.store.folder)
        self.jobs: list[AttachJob | VerifyJob] = []
        self.last_outcome: ev.AttachOutcome | None = None
        self.last_report: VerifyReport | None = None
        self.strip.openRequested.connect(self.open_record)
        self.strip.saveCopyRequested.connect(self.save_copy)
        self.strip.trashRequested.connect(self.trash)
        self.strip.filesDropped.connect(self.attach_paths)
        self.drop = EvidenceDropFilter(self)
        self.drop.install(window.timeline)
        self.drop.filesDropped.connect(self.attach_paths)
        window.timeline.selectionModel().currentChanged.connect(lambda *_: self.show_rows())
        window.timeline.timeline_model.modelReset.connect(self.show_rows)
        self.retranslate()

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach files…"))
        self.strip.setAccessibleName(self.tr("Evidence"))
        self.attach_button.setAccessibleName(self.attach_button.text())
        self.show_rows()

    # -- what is shown ---------------------------------------------------------------------
    def selected_entry_id(self) -> int | None:
        row = self.window_.timeline.current_row()
        return row.entry.id if row is not None and row.entry is not None else None

    def show_rows(self) -> None:
        detail = self.window_.detail
        live = [e for e in detail.evidence if e.trashed_at is None] if detail else []
        self.records = live
        entry_id = self.selected_entry_id()
        of_entry = [e for e in live if entry_id is not None and e.entry_id == entry_id]
        if of_entry:
            self.caption.setText(
                self.tr("Evidence of the selected entry (%1)").replace("%1", str(len(of_entry)))
            )
            self.strip.set_rows(of_entry)
        else:
            self.caption.setText(
                self.tr("All evidence of the case (%1)").replace("%1", str(len(live)))
                if detail
                else self.tr("No case open.")
            )
            self.strip.set_rows(live)
        self.strip.set_failing(self.failing)
        self.attach_button.setEnabled(detail is not None)

    def case_opened(self, case_id: int) -> None:
        self.show_rows()

    # -- attaching -------------------------------------------------------------------------
    def attach_files(self) -> AttachJob | None:
        if self.window_.current_case_id is None:
            return None
        paths = ask_open_paths(self.window_, self.tr("Attach files"))
        return self.attach_paths(paths) if paths else None

    def paste(self) -> AttachJob | None:
        mime = QGuiApplication.clipboard().mimeData()
        paths = paths_from_mime(mime) if mime is not None else []
        return self.attach_paths(paths) if paths else None

    def attach_paths(self, paths: list[str]) -> AttachJob | None:
        w = self.window_
        if w.current_case_id is None or not paths:
            return None
        job = AttachJob(
            w.store,
            case_id=w.current_case_id,
            paths=paths,
            entry_id=self.selected_entry_id(),
            size_limit=size_limit(),
            parent=w,
        )
        job.finished.connect(lambda outcome: self._attached(job, outcome))
        job.failed.connect(lambda message: self._attach_failed(job, message))
        self.jobs.append(job)
        job.start()
        return job

    def _attached(self, job: AttachJob, outcome: ev.AttachOutcome) -> None:
        self._forget(job)
        self.last_outcome = outcome
        if outcome.refused:
            show_error(
                self.window_,
                self.tr("Some files were not attached"),
                "\n".join(f"{r.path.name}: {r.error}" for r in outcome.refused),
            )
        if not outcome.cancelled:
            self.window_.apply_changes(outcome.changes)

    def _attach_failed(self, job: AttachJob, message: str) -> None:
        self._forget(job)
        show_error(self.window_, self.tr("Nothing was attached"), message)

    def _forget(self, job: AttachJob | VerifyJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)

    # -- the strip's requests --------------------------------------------------------------
    def open_record(self, record: EvidenceRecord) -> None:
        evidence_actions.open_evidence(self.window_.store.folder, record, self.window_)

    def save_copy(self, record: EvidenceRecord) -> None:
        evidence_actions.save_copy(self.window_.store.folder, record, self.window_)

    def trash(self, record: EvidenceRecord) -> None:
        if evidence_actions.confirm_trash(record, self.window_):
            self.window_.undo_stack.push(
                TrashEvidenceCommand(self.window_, self.tr("remove evidence"), record.id)
            )

    # -- verifying -------------------------------------------------------------------------
    def verify(self) -> VerifyJob:
        job = VerifyJob(self.window_.store, parent=self.window_)
        job.finished.connect(lambda report: self._verified(job, report))
        job.failed.connect(lambda message: self._verify_failed(job, message))
        self.jobs.append(job)
        job.start()
        return job

    def _verified(self, job: VerifyJob, report: VerifyReport) -> None:
        self._forget(job)
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
        (show_error if self.failing else inform)(self.window_, self.tr("Verify evidence"), text)

    def _verify_failed(self, job: VerifyJob, message: str) -> None:
        self._forget(job)
        show_error(self.window_, self.tr("Verify evidence"), message)

    def sizeHint(self) -> QSize:
        return QSize(240, 400)

    def stop_jobs(self) -> None:
        for job in list(self.jobs):
            job.stop()
        self.jobs.clear()

    def stop(self) -> None:
        self.stop_jobs()
        self.loader.stop()
