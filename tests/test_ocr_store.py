"""Stored OCR reads: keyed by the picture's fingerprint, replaced when read again, never
duplicated by two readers at once, and the evidence file never touched. These tests do not
load the OCR model: what they read is damaged or not a picture, or they save results directly."""

from __future__ import annotations

import hashlib
import io
import threading
from datetime import UTC, datetime

from PIL import Image
from sqlmodel import func, select

from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.services import ocr
from ecomplaint.services.cases import create_case
from ecomplaint.services.evidence import get_evidence
from ecomplaint.store import ocr_reads
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import OcrRead
from tests.helpers.evidence import add_evidence

BOTH_DATABASES = True

T1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
T2 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _png(color: str = "white") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buf, "PNG")
    return buf.getvalue()


def _result(sha: str, text: str) -> OcrResult:
    line = OcrLine(text, ((1, 2), (30, 2), (30, 12), (1, 12)), 0.9)
    return OcrResult(sha, "rapidocr 3.10.0 / PP-OCRv6 small", 40, 30, (line,))


def _rows(store: Store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(OcrRead)).one())


def test_a_read_is_saved_then_replaced_for_the_same_fingerprint(store: Store) -> None:
    sha = "ab" * 32
    with store.write() as s:
        ocr_reads.save_read(s, _result(sha, "第一次 first"), read_at=T1)
    with store.write() as s:
        ocr_reads.save_read(s, _result(sha.upper(), "第二次 <b>second</b>\u202e"), read_at=T2)
    with store.read() as s:
        back = ocr_reads.load_read(s, sha)
        assert ocr_reads.read_at(s, sha) == T2
    assert _rows(store) == 1
    assert back is not None and back.text == "第二次 <b>second</b>\u202e"
    assert back.engine == "rapidocr 3.10.0 / PP-OCRv6 small"
    assert back.lines[0].rect() == (1, 2, 30, 11)


def test_two_writers_of_one_fingerprint_leave_one_row(store: Store) -> None:
    sha = "cd" * 32
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def write(n: int) -> None:
        try:
            start.wait()
            for _ in range(5):
                with store.write() as s:
                    ocr_reads.save_read(s, _result(sha, f"reader {n}"), read_at=T1)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert _rows(store) == 1
    with store.read() as s:
        back = ocr_reads.load_read(s, sha)
    assert back is not None and back.text.startswith("reader ")


def test_unread_images_lists_pictures_without_a_read(store: Store) -> None:
    case_id = create_case(store, title="截图").created_id
    assert case_id is not None
    png = add_evidence(store, case_id, _png(), name="chat.png", mime="image/png")
    add_evidence(store, case_id, b"%PDF-1.4\n", name="receipt.pdf", mime="application/pdf")
    png_uid = get_evidence(store, png).uid
    assert ocr.unread_images(store, case_id=case_id) == [png_uid]
    with store.write() as s:
        ocr_reads.save_read(s, _result(get_evidence(store, png).sha256, "x"), read_at=T1)
    assert ocr.unread_images(store, case_id=case_id) == []


def test_a_damaged_picture_is_stored_with_its_reason_and_the_file_is_untouched(
    store: Store,
) -> None:
    case_id = create_case(store, title="截图").created_id
    assert case_id is not None
    cut = _png()[:60]  # a PNG cut short
    ev = get_evidence(store, add_evidence(store, case_id, cut, name="cut.png", mime="image/png"))
    before = blob_path(store.folder, ev.sha256).read_bytes()
    result = ocr.read_exhibit(store, evidence_uid=ev.uid, now=T1)
    assert result.error == "ocr.corrupt" and result.lines == ()
    stored = ocr.exhibit_text(store, evidence_uid=ev.uid)
    assert stored is not None and stored.error == "ocr.corrupt"
    assert blob_path(store.folder, ev.sha256).read_bytes() == before
    assert hashlib.sha256(before).hexdigest() == ev.sha256
    assert ocr.unread_images(store, case_id=case_id) == []  # not retried at every start


def test_a_text_file_and_a_missing_or_altered_original(store: Store) -> None:
    case_id = create_case(store, title="截图").created_id
    assert case_id is not None
    txt = get_evidence(
        store, add_evidence(store, case_id, b"hello\n", name="a.png", mime="image/png")
    )
    assert ocr.read_exhibit(store, evidence_uid=txt.uid).error == "ocr.unsupported"

    gone = get_evidence(store, add_evidence(store, case_id, _png("red"), mime="image/png"))
    blob_path(store.folder, gone.sha256).unlink()
    assert ocr.read_exhibit(store, evidence_uid=gone.uid).error == "ocr.missing_file"
    assert ocr.exhibit_text(store, evidence_uid=gone.uid) is None  # not saved: fixable

    changed = get_evidence(store, add_evidence(store, case_id, _png("blue"), mime="image/png"))
    path = blob_path(store.folder, changed.sha256)
    path.chmod(0o644)
    path.write_bytes(_png("green"))
    assert ocr.read_exhibit(store, evidence_uid=changed.uid).error == "ocr.changed_file"
    assert ocr.exhibit_text(store, evidence_uid=changed.uid) is None


def test_an_unknown_exhibit_is_a_clear_error(store: Store) -> None:
    import pytest

    from ecomplaint.i18n import UserError

    with pytest.raises(UserError) as info:
        ocr.exhibit_text(store, evidence_uid="no-such-uid")
    assert "no-such-uid" in info.value.message("en")
