"""Reading the text of pictures in the background: find them (DB runner), read them (the
compute lane: seconds each, never holding the runner), save each read (DB runner, a write).

    reader = TextReader(ops)
    reader.read_case(case_id, sha256s=[...])        # after an attach: the new pictures
    reader.read_case(case_id, uids=[uid], again=True)  # "Read text" on demand
    reader.progressed.connect(...); reader.read_one.connect(...); reader.finished.connect(...)

Where the window meets the core is the OcrBackend (services.ocr and ecomplaint.ocr, imported
on the worker threads only: the window starts without them); tests inject a fake one.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import t
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.ui.ops import ComputeJob, LongOp, Ops, describe

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store


UNSAVED = ("ocr.unavailable", "ocr.missing_file", "ocr.changed_file", "ocr.interrupted")


def is_picture(mime: str) -> bool:
    """A picture the text reader takes (the same test as services.ocr.unread_images)."""
    return is_renderable(mime)


@dataclass(frozen=True)
class Picture:
    """An exhibit to read: what the compute lane needs, and nothing of the store."""

    uid: str
    sha256: str
    name: str
    path: Path


def error_text(key: str) -> str:
    """The sentence for an OcrResult.error key, in the user's language (the core's catalogue,
    so the window and the CLI say the same)."""
    with contextlib.suppress(ImportError):
        import ecomplaint.ocr_messages  # noqa: F401 - merges the ocr.* keys into i18n
    text = t(key)
    if text != key:
        return text
    return QCoreApplication.translate(
        "Reading",
        "The text of this picture could not be read. The exhibit is stored and verified as usual.",
    )


class OcrBackend:
    """The core's reading, split by where each part runs (ecomplaint.ocr, services.ocr)."""

    def pictures(
        self,
        store: Store,
        case_id: int,
        *,
        sha256s: Sequence[str] | None = None,
        uids: Sequence[str] | None = None,
        again: bool = False,
    ) -> list[Picture]:
        """DB runner: the case's live pictures (those with these fingerprints or uids), only
        the ones with no stored read unless `again`."""
        from ecomplaint.store import queries
        from ecomplaint.store.blobs import blob_path

        detail = queries.case_detail(store, case_id)
        chosen = [
            e
            for e in detail.evidence
            if e.trashed_at is None
            and is_picture(e.mime)
            and (sha256s is None or e.sha256 in sha256s)
            and (uids is None or e.uid in uids)
        ]
        if not again:
            unread = set(self.unread(store, case_id))
            chosen = [e for e in chosen if e.uid in unread]
        return [
            Picture(e.uid, e.sha256, e.original_name, blob_path(store.folder, e.sha256))
            for e in chosen
        ]

    def unread(self, store: Store, case_id: int) -> list[str]:
        from ecomplaint.services import ocr

        return list(ocr.unread_images(store, case_id=case_id))

    def read(
        self,
        picture: Picture,
        progress: Callable[[int, int], None],
        cancel: Callable[[], bool],
    ) -> OcrResult:
        """Compute lane, no store: the stored file's bytes, checked against their fingerprint,
        read by the engine in its child process (ecomplaint.ocr.client; as services.ocr.read_exhibit
        does, split so the runner is free).
        Raises progress.Cancelled when cancelled."""
        sha = picture.sha256.lower()
        try:
            from ecomplaint.ocr import client
        except ImportError:
            return OcrResult(sha, error="ocr.unavailable")
        try:
            data = picture.path.read_bytes()
        except OSError:
            return OcrResult(sha, error="ocr.missing_file")
        if hashlib.sha256(data).hexdigest() != sha:
            return OcrResult(sha, error="ocr.changed_file")
        # in the OCR child process: loading the engine here would freeze the window
        return client.read_image(data, sha256=sha, progress=progress, cancel=cancel)

    def save(self, store: Store, picture: Picture, result: OcrResult, now: datetime) -> Any:
        """DB runner: keep the read against the exhibit's fingerprint (derived data). What
        can be fixed (OCR missing, the file missing or changed) is not kept, so it is read
        again later (the rule of services.ocr.read_exhibit)."""
        if result.error in UNSAVED:
            return None
        from ecomplaint.store import ocr_reads

        with store.write() as session:
            ocr_reads.save_read(session, result, read_at=now)
        return None

    def stored(self, store: Store, uid: str) -> OcrResult | None:
        """DB runner: the stored read of an exhibit, if any."""
        from ecomplaint.services import ocr

        return ocr.exhibit_text(store, evidence_uid=uid)


@dataclass
class ReadSummary:
    """One batch, when it ends: how many were read, which could not be and why, cancelled."""

    read: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, message)
    cancelled: int = 0

    def message(self) -> str:
        """What the user is told about the failures ('' when none)."""
        if not self.failed:
            return ""
        reasons = {m for _n, m in self.failed}
        if len(reasons) == 1:  # OCR missing: one sentence, not one per picture
            names = ", ".join(visible(n) for n, _m in self.failed[:5])
            more = "…" if len(self.failed) > 5 else ""
            return f"{names}{more}: {next(iter(reasons))}"
        return "\n".join(f"{visible(n)}: {m}" for n, m in self.failed)


class TextReader(QObject):
    """Background reading of pictures' text, one batch at a time (batches queue up)."""

    progressed = Signal(int, str)  # permille of the whole batch, what is being read
    read_one = Signal(str, object)  # uid, OcrResult (stored)
    finished = Signal(object)  # ReadSummary
    started = Signal()

    def __init__(
        self, ops: Ops, backend: OcrBackend | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.backend = backend or OcrBackend()
        self.ops_in_flight: dict[LongOp, Picture] = {}
        self.summary = ReadSummary()
        self.total = 0
        self.settled = 0  # read, failed or cancelled
        self.reading: set[str] = set()  # uids queued or being read
        self._stopped = False

    # -- asking --------------------------------------------------------------------------------
    def read_case(
        self,
        case_id: int,
        *,
        sha256s: Sequence[str] | None = None,
        uids: Sequence[str] | None = None,
        again: bool = False,
    ) -> None:
        """Find the pictures on the runner, then read each on the compute lane."""
        backend = self.backend
        sha = list(sha256s) if sha256s is not None else None
        wanted = list(uids) if uids is not None else None

        def find(store: Store) -> list[Picture]:
            return backend.pictures(store, case_id, sha256s=sha, uids=wanted, again=again)

        self.ops.read(find, self._enqueue, failed=self._find_failed)

    def busy(self) -> bool:
        return bool(self.ops_in_flight)

    def cancel(self) -> None:
        for op in list(self.ops_in_flight):
            op.cancel()

    def stop(self) -> None:
        self._stopped = True
        self.cancel()

    # -- the pipeline --------------------------------------------------------------------------
    def _find_failed(self, exc: BaseException) -> None:
        self.ops.show_failure(exc, QCoreApplication.translate("Reading", "Reading text"))

    def _enqueue(self, pictures: list[Picture]) -> None:
        pictures = [p for p in pictures if p.uid not in self.reading]
        if not pictures or self._stopped:
            return
        if not self.ops_in_flight:  # a new batch
            self.summary, self.total, self.settled = ReadSummary(), 0, 0
            self.started.emit()
        self.total += len(pictures)
        for picture in pictures:
            self.reading.add(picture.uid)
            self.ops_in_flight[self._submit(picture)] = picture
        self._progress(pictures[0], 0)

    def _submit(self, picture: Picture) -> LongOp:
        backend = self.backend

        def work(job: ComputeJob) -> OcrResult:
            return backend.read(
                picture, lambda done, total: job.progress(done, total), job.cancel.is_set
            )

        def failed(exc: BaseException) -> None:
            self._settle(picture, failure=exc)

        def cancelled() -> None:
            self._settle(picture, cancelled=True)

        def progress(permille: int, _text: str) -> None:
            self._progress(picture, permille)

        return self.ops.compute(
            work,
            QCoreApplication.translate("Reading", "Reading text"),
            lambda result: self._save(picture, result),
            failed=failed,
            cancelled=cancelled,
            progress=progress,
        )

    def _progress(self, picture: Picture, permille: int) -> None:
        if not self.total:
            return
        overall = int((1000 * self.settled + permille) / self.total)
        text = (
            QCoreApplication.translate("Reading", "Reading text: %1 of %2 · %3")
            .replace("%1", str(min(self.settled + 1, self.total)))
            .replace("%2", str(self.total))
            .replace("%3", visible(picture.name))
        )
        self.progressed.emit(min(overall, 1000), text)

    def _save(self, picture: Picture, result: OcrResult) -> None:
        backend, now = self.backend, self.ops.now()
        self.ops.write(
            lambda store: backend.save(store, picture, result, now),
            lambda _saved: self._settle(picture, result=result),
            failed=lambda exc: self._settle(picture, failure=exc),
        )

    def _settle(
        self,
        picture: Picture,
        *,
        result: OcrResult | None = None,
        failure: BaseException | None = None,
        cancelled: bool = False,
    ) -> None:
        for op, p in list(self.ops_in_flight.items()):
            if p is picture:
                del self.ops_in_flight[op]
        self.reading.discard(picture.uid)
        self.settled += 1
        if cancelled:
            self.summary.cancelled += 1
        elif failure is not None:
            self.summary.failed.append((picture.name, describe(failure)))
        elif result is not None:
            if result.error:
                self.summary.failed.append((picture.name, error_text(result.error)))
            else:
                self.summary.read += 1
            self.read_one.emit(picture.uid, result)  # a failed read too: the viewer says why
        if self.ops_in_flight:
            self._progress(next(iter(self.ops_in_flight.values())), 0)
        else:
            self.finished.emit(self.summary)
