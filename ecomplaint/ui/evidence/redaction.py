"""Redacting a picture from the viewer: where the window meets services.image_redaction, and
the undoable command (undo trashes the redacted copy; redo brings it back).

The services are imported on the runner's thread only (the window starts without them);
tests inject a fake RedactionBackend.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.services.changes import Changes
from ecomplaint.ui.commands import ServiceCommand
from ecomplaint.ui.ops import Ops

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store


@dataclass(frozen=True)
class Redacted:
    """What applying gave: the new exhibit (its record, to show it) and what changed."""

    changes: Changes
    evidence_id: int
    record: EvidenceRecord | None


class RedactionBackend:
    def propose(self, store: Store, uid: str) -> list[Box]:
        """DB runner: boxes over the personal data in the picture's stored text."""
        from ecomplaint.services import image_redaction

        return list(image_redaction.propose_boxes(store, evidence_uid=uid))

    def apply(
        self, store: Store, uid: str, boxes: Sequence[Box], by: str, now: datetime
    ) -> Redacted:
        """DB runner: the redacted copy as a new exhibit (the user confirmed the boxes)."""
        from ecomplaint.services import evidence, image_redaction

        done = image_redaction.redact_image(
            store,
            evidence_uid=uid,
            boxes=list(boxes),
            by=by,
            confirmed=True,
            now=now,
            reader=_child_reader(),
        )
        return Redacted(
            done.changes, done.evidence_id, evidence.get_evidence(store, done.evidence_id)
        )

    def trash(self, store: Store, evidence_id: int) -> Changes:
        from ecomplaint.services import evidence

        return evidence.trash_evidence(store, evidence_id=evidence_id)

    def restore(self, store: Store, evidence_id: int) -> Changes:
        from ecomplaint.services import evidence

        return evidence.restore_evidence(store, evidence_id=evidence_id)


def _child_reader() -> Callable[[bytes, str], OcrResult] | None:
    """The read-back check's reader: the OCR child process (ecomplaint.ocr.client), so the
    engine never loads in the window's process; None when OCR cannot run here (the copy is
    then made without the text check, as services.image_redaction does)."""
    try:
        from ecomplaint.ocr import client, engine
    except ImportError:
        return None
    if engine.unavailable() is not None:
        return None

    def read(data: bytes, sha256: str) -> OcrResult:
        return client.read_image(data, sha256=sha256)

    return read


def who() -> str:
    """Who redacted: the user's name from the settings (the same as 'logged by')."""
    from ecomplaint import settings

    try:
        return str(settings.get("user_name") or "")
    except (OSError, ValueError):
        return ""


class RedactImageCommand(ServiceCommand):
    """Apply a redaction; undo trashes the copy (the original was never touched), redo
    restores it rather than writing another."""

    def __init__(
        self,
        ops: Ops,
        text: str,
        backend: RedactionBackend,
        uid: str,
        boxes: Sequence[Box],
        by: str,
        shown: Callable[[Redacted], None] | None = None,
    ) -> None:
        super().__init__(ops, text)
        self.backend = backend
        self.uid = uid
        self.boxes = list(boxes)
        self.by = by
        self.now = ops.now()
        self.done: Redacted | None = None
        self.shown = shown  # the viewer shows the new exhibit (first time only)

    def redo(self) -> None:
        first = self.done is None
        self.ops.write(
            self.forward,
            lambda _c: self._after(first),
            self,
            failed=self.failed,
        )

    def _after(self, first: bool) -> None:
        if first and self.done is not None and self.shown is not None:
            self.shown(self.done)

    def forward(self, store: Store) -> Changes:
        if self.done is None:
            self.done = self.backend.apply(store, self.uid, self.boxes, self.by, self.now)
            return self.done.changes
        return self.backend.restore(store, self.done.evidence_id)

    def backward(self, store: Store) -> Changes:
        if self.done is None:
            return Changes()  # applying failed: nothing to undo
        return self.backend.trash(store, self.done.evidence_id)
