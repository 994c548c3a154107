"""Reading exhibits' text (OCR): read and store, fetch what was read, list what is unread.

The read itself takes seconds and touches no table, so it runs outside any transaction; only
the save is one short write (an upsert by fingerprint, store/ocr_reads.py). The stored
original is read once into memory, checked against its fingerprint, and those same bytes are
decoded: the text stored under a SHA-256 is the text of that exact file. The file is never
written to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from sqlmodel import col, select

import ecomplaint.ocr_messages  # noqa: F401 - registers the ocr.* messages
from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.i18n import UserError
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.store import ocr_reads
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Evidence


def _evidence(store: Store, evidence_uid: str) -> Evidence:
    with store.read() as s:
        row = s.exec(select(Evidence).where(Evidence.uid == evidence_uid)).first()
    if row is None:
        raise UserError("not_found", what="@:noun.evidence", ident=evidence_uid)
    return row


def read_exhibit(
    store: Store,
    *,
    evidence_uid: str,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OcrResult:
    """Read the exhibit's stored original, save the read under its fingerprint (replacing an
    earlier one) and return it. A picture that cannot be read is saved with its reason
    (`error`), so it is not retried at every start; a missing or altered file and OCR being
    unavailable are returned but not saved (they can be fixed). Raises UserError for an
    unknown exhibit, Cancelled when cancelled (nothing saved)."""
    from ecomplaint.ocr import engine  # the engine's packages load on the first read

    row = _evidence(store, evidence_uid)
    sha = row.sha256.lower()
    try:
        data = blob_path(store.folder, sha).read_bytes()
    except OSError:
        return OcrResult(sha, error="ocr.missing_file")
    if hashlib.sha256(data).hexdigest() != sha:
        return OcrResult(sha, error="ocr.changed_file")
    result = engine.read_image(data, sha256=sha, progress=progress, cancel=cancel)
    if result.error in ("ocr.unavailable", "ocr.missing_file"):
        return result
    with store.write() as s:
        ocr_reads.save_read(s, result, read_at=now or store.clock.now())
    return result


def exhibit_text(store: Store, *, evidence_uid: str) -> OcrResult | None:
    """The stored read of the exhibit's picture, or None if it has not been read."""
    row = _evidence(store, evidence_uid)
    with store.read() as s:
        return ocr_reads.load_read(s, row.sha256)


def unread_images(store: Store, *, case_id: int) -> list[str]:
    """Uids of the case's live picture exhibits that have no stored read, oldest first."""
    with store.read() as s:
        rows = s.exec(
            select(Evidence.uid, Evidence.sha256, Evidence.mime)
            .where(Evidence.case_id == case_id, col(Evidence.trashed_at).is_(None))
            .order_by(col(Evidence.added_at), col(Evidence.id))
        ).all()
        images = [(uid, sha) for uid, sha, mime in rows if is_renderable(mime)]
        done = ocr_reads.read_fingerprints(s, (sha for _uid, sha in images))
    return [uid for uid, sha in images if sha.lower() not in done]


def read_times(store: Store, sha256s: list[str]) -> dict[str, datetime]:
    """When each of these pictures was last read (those that were)."""
    with store.read() as s:
        return {
            sha: when
            for sha in {x.lower() for x in sha256s}
            if (when := ocr_reads.read_at(s, sha)) is not None
        }
