"""Redacting a picture exhibit: a new exhibit beside the untouched original, one transaction,
nothing left behind by a failure, undone by trashing the copy (services/image_redaction.py)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from ecomplaint.domain.image_redaction import Box, RedactionRecord
from ecomplaint.domain.ocr_text import OcrResult, lines_to_json
from ecomplaint.i18n import UserError
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.services.cases import create_case
from ecomplaint.services.entries import log_entry
from ecomplaint.services.evidence_verify import clean_strays, verify_store
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.evidence_files import iter_blob_files
from ecomplaint.store.tables import OcrRead
from tests.helpers.drawn_text import Drawn, png_bytes, screenshot

LINES = ["订单详情", "收货人 陈静 13912345678", "身份证 11010519491231002X", "实付 ¥268.00"]


@pytest.fixture
def case_id(store: Store) -> int:
    cid = create_case(
        store,
        title="Wreath",
        complainant_name="陈静",
        complainant_phone="13912345678",
        complainant_address="浙江省杭州市西湖区建设路 18 号",
    ).created_id
    assert cid is not None
    return cid


def _attach(store: Store, case_id: int, tmp_path: Path, data: bytes, name: str) -> str:
    f = tmp_path / name
    f.write_bytes(data)
    entry = log_entry(store, case_id=case_id, kind="sms", summary="threat").created_id
    out = ev.attach_files(store, case_id=case_id, paths=[f], entry_id=entry, description="短信")
    (r,) = out.results
    assert r.ok and r.evidence_id is not None
    return ev.get_evidence(store, r.evidence_id).uid


@pytest.fixture
def shot(store: Store, case_id: int, tmp_path: Path) -> tuple[str, list[Drawn], bytes]:
    img, drawn = screenshot(LINES, width=900, size=36)
    data = png_bytes(img)
    return _attach(store, case_id, tmp_path, data, "sms.png"), drawn, data


def _save_read(store: Store, sha: str, drawn: list[Drawn], w: int, h: int) -> None:
    """The text a reader would have stored for this picture (the lines as drawn)."""
    with store.write() as s:
        s.add(
            OcrRead(
                sha256=sha,
                engine="drawn",
                read_at=store.clock.now(),
                width=w,
                height=h,
                lines_json=lines_to_json([d.line for d in drawn]),
                text="\n".join(d.text for d in drawn),
            )
        )


def _record(store: Store, uid: str):  # type: ignore[no-untyped-def]
    rows = [x for x in ev.list_evidence(store, case_id=1, include_trashed=True) if x.uid == uid]
    return rows[0]


def test_the_copy_is_a_new_exhibit_beside_the_untouched_original(
    store: Store, case_id: int, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, drawn, data = shot
    original = _record(store, uid)
    box = Box(300, 120, 400, 60, "phone")
    done = ir.redact_image(store, evidence_uid=uid, boxes=[box], by="志愿者 A", check_text=False)
    copy = ev.get_evidence(store, done.evidence_id)
    assert copy.derived_from_uid == uid and copy.sha256 == done.sha256 != original.sha256
    assert copy.case_id == original.case_id and copy.entry_id == original.entry_id
    assert copy.mime == "image/png" and copy.original_name == "sms-redacted.png"
    assert copy.privacy_checked and copy.description == "短信"
    record = RedactionRecord.from_json(copy.redaction_json)
    assert record is not None
    assert record.original_uid == uid and record.original_sha256 == original.sha256
    assert record.boxes == (box,) and record.by == "志愿者 A" and record.at == store.clock.now()
    assert not record.verified and not done.verified  # no text check asked for
    # the original: same row, same bytes; the copy: its own blob under its own fingerprint
    assert _record(store, uid) == original
    assert blob_path(store.folder, original.sha256).read_bytes() == data
    stored = blob_path(store.folder, done.sha256).read_bytes()
    assert hashlib.sha256(stored).hexdigest() == done.sha256
    with Image.open(io.BytesIO(stored)) as im:
        assert im.getpixel((310, 130)) == (0, 0, 0) and im.getpixel((10, 10)) != (0, 0, 0)
    assert done.changes.evidence and done.changes.case_id == case_id
    assert verify_store(store).ok == 2


def test_proposed_boxes_come_from_the_stored_text_and_case_facts(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, drawn, data = shot
    assert ir.propose_boxes(store, evidence_uid=uid) == []  # not read yet: nothing to go on
    with Image.open(io.BytesIO(data)) as im:
        w, h = im.size
    _save_read(store, _record(store, uid).sha256, drawn, w, h)
    boxes = ir.propose_boxes(store, evidence_uid=uid)
    assert sorted(b.reason for b in boxes) == ["id", "name", "phone"]
    phone = next(b for b in boxes if b.reason == "phone")
    assert drawn[1].line.top > phone.y and phone.x > drawn[1].line.left
    done = ir.redact_image(store, evidence_uid=uid, boxes=boxes, by="me", check_text=False)
    # proposing on the copy proposes on its original (the copy's record holds them all)
    assert ir.propose_boxes(store, evidence_uid=done.uid) == boxes


def test_auto_on_a_picture_that_cannot_be_read_says_why(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    bad_uid = _attach(store, case_id, tmp_path, b"\x89PNG\r\n\x1a\n garbage", "broken.png")
    assert ir.propose_boxes(store, evidence_uid=bad_uid) == []  # unread: nothing proposed
    with pytest.raises(UserError) as err:
        ir.propose_boxes(store, evidence_uid=bad_uid, read=True)
    assert err.value.key == "redact_image.auto_unread"
    assert "--box" in err.value.message("en") and "damaged" in err.value.message("en")
    assert "无法识别" in err.value.message("zh")


def test_redacting_a_copy_again_starts_from_the_original_with_every_box(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, _, _ = shot
    a, b = Box(0, 0, 50, 50), Box(100, 100, 20, 20)
    first = ir.redact_image(store, evidence_uid=uid, boxes=[a], by="me", check_text=False)
    second = ir.redact_image(store, evidence_uid=first.uid, boxes=[b], by="me", check_text=False)
    copy = ev.get_evidence(store, second.evidence_id)
    assert copy.derived_from_uid == uid  # the original, not the first copy
    record = RedactionRecord.from_json(copy.redaction_json)
    assert record is not None and record.boxes == (a, b)
    assert second.original_uid == uid


def test_a_failure_before_the_commit_leaves_the_store_as_it_was(
    store: Store, shot: tuple[str, list[Drawn], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    uid, _, _ = shot
    before_rows = ev.list_evidence(store, case_id=1, include_trashed=True)
    before_blobs = dict(iter_blob_files(store.folder))

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("power cut between the blob and the row")

    monkeypatch.setattr(ir, "touch_case", boom)
    with pytest.raises(RuntimeError):
        ir.redact_image(store, evidence_uid=uid, boxes=[Box(0, 0, 9, 9)], by="me", check_text=False)
    assert ev.list_evidence(store, case_id=1, include_trashed=True) == before_rows
    assert dict(iter_blob_files(store.folder)) == before_blobs  # the new blob removed
    assert verify_store(store).ok == 1


def test_refusals_change_nothing(
    store: Store, case_id: int, shot: tuple[str, list[Drawn], bytes], tmp_path: Path
) -> None:
    uid, _, _ = shot
    text_uid = _attach(store, case_id, tmp_path, b"call log 13912345678\n", "calls.txt")
    bad_uid = _attach(store, case_id, tmp_path, b"\x89PNG\r\n\x1a\n garbage", "broken.png")
    before = ev.list_evidence(store, case_id=case_id)
    cases = [
        (text_uid, [Box(0, 0, 5, 5)], "redact_image.not_picture"),
        (uid, [], "redact_image.no_boxes"),
        (uid, [Box(5000, 5000, 5, 5)], "redact_image.box_outside"),
        (bad_uid, [Box(0, 0, 5, 5)], "redact_image.unreadable"),
    ]
    for ident, boxes, key in cases:
        with pytest.raises(UserError) as err:
            ir.redact_image(store, evidence_uid=ident, boxes=boxes, by="me", check_text=False)
        assert err.value.key == key
        assert err.value.message("zh") != err.value.message("en")
    assert ev.list_evidence(store, case_id=case_id) == before


def test_an_altered_original_is_not_redacted(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, _, _ = shot
    path = blob_path(store.folder, _record(store, uid).sha256)
    path.chmod(0o600)
    path.write_bytes(png_bytes(Image.new("RGB", (10, 10))))
    with pytest.raises(UserError) as err:
        ir.redact_image(store, evidence_uid=uid, boxes=[Box(0, 0, 5, 5)], by="me", check_text=False)
    assert err.value.key == "evidence.altered"


def test_a_value_still_readable_after_filling_stops_the_copy(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    """The check reads the copy's text: a box that misses the number stores nothing."""
    uid, drawn, data = shot
    with Image.open(io.BytesIO(data)) as im:
        w, h = im.size
    _save_read(store, _record(store, uid).sha256, drawn, w, h)
    phone = next(b for b in ir.propose_boxes(store, evidence_uid=uid) if b.reason == "phone")
    short = Box(phone.x, phone.y, phone.w // 3, phone.h, "phone")  # misses most digits

    def reader(png: bytes, sha: str) -> OcrResult:
        # What a reader sees in the copy: the drawn lines (the box covered too little).
        return OcrResult(sha, "drawn", w, h, tuple(d.line for d in drawn))

    before = ev.list_evidence(store, case_id=1)
    with pytest.raises(UserError) as err:
        ir.redact_image(store, evidence_uid=uid, boxes=[short], by="me", reader=reader)
    assert err.value.key == "redact_image.still_readable"
    assert "line(s) 2" in err.value.message("en") and "电话号码" in err.value.message("zh")
    assert ev.list_evidence(store, case_id=1) == before


def test_undo_trashes_the_copy_only(store: Store, shot: tuple[str, list[Drawn], bytes]) -> None:
    uid, _, _ = shot
    original = _record(store, uid)
    done = ir.redact_image(
        store, evidence_uid=uid, boxes=[Box(0, 0, 9, 9)], by="me", check_text=False
    )
    changes = ir.undo_redaction(store, evidence_id=done.evidence_id)
    assert changes.evidence
    assert ev.get_evidence(store, done.evidence_id).trashed_at is not None
    assert _record(store, uid) == original
    with pytest.raises(UserError) as err:
        ir.undo_redaction(store, evidence_id=original.id)
    assert err.value.key == "redact_image.not_derivative"
    ev.restore_evidence(store, evidence_id=done.evidence_id)  # redo
    assert ev.get_evidence(store, done.evidence_id).trashed_at is None


def test_exhibits_are_found_by_id_or_uid(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, _, _ = shot
    n = _record(store, uid).id
    assert ir.find_exhibit(store, str(n)) == n == ir.find_exhibit(store, f"#{n}")
    assert ir.find_exhibit(store, uid) == n == ir.find_exhibit(store, uid[:10])
    with pytest.raises(UserError):
        ir.find_exhibit(store, "nope")


KILLED_MIDWAY = r"""
import os, signal, sys
sys.path.insert(0, os.getcwd())
from ecomplaint.domain.image_redaction import Box
from ecomplaint.services import image_redaction as ir
from ecomplaint.store.engine import open_store

def die(*a, **k):  # inside the transaction, after the new file is in the blob store
    os.kill(os.getpid(), signal.SIGKILL)

store = open_store(sys.argv[1])
ir.touch_case = die
ir.redact_image(store, evidence_uid=sys.argv[2], boxes=[Box(0, 0, 40, 40)], by="me",
                check_text=False)
"""


def test_a_process_killed_between_the_new_file_and_the_commit_leaves_at_most_a_stray(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    import subprocess
    import sys

    uid, _, data = shot
    folder = store.folder
    rows = ev.list_evidence(store, case_id=1, include_trashed=True)
    blobs = dict(iter_blob_files(folder))
    store.close()
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_MIDWAY, str(folder), uid], capture_output=True, check=False
    )
    assert proc.returncode == -9, proc.stderr
    again = open_store(folder, clock=store.clock)
    try:
        assert ev.list_evidence(again, case_id=1, include_trashed=True) == rows
        original = _record(again, uid)
        assert blob_path(folder, original.sha256).read_bytes() == data
        extra = set(dict(iter_blob_files(folder))) - set(blobs)
        assert len(extra) == 1  # the copy's file, which no row names: a stray
        report = verify_store(again)
        assert [p.name for p in report.orphaned] == list(extra) and not report.altered
        removed = clean_strays(again, report, min_age_s=0)  # `verify --clean-strays`
        assert [p.name for p in removed] == list(extra)
        assert dict(iter_blob_files(folder)) == blobs
    finally:
        again.close()


def test_an_original_trashed_by_another_window_meanwhile_is_not_given_a_copy(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    """Between the slow part and the commit another writer trashes the original: the copy is
    refused, its new file removed, the trash left as that writer made it."""
    uid, drawn, _ = shot
    original = _record(store, uid)
    blobs = dict(iter_blob_files(store.folder))

    def reader(png: bytes, sha: str) -> OcrResult:
        ev.trash_evidence(store, evidence_id=original.id)  # the other window, meanwhile
        return OcrResult(sha, "drawn", 900, 100, ())

    with pytest.raises(UserError) as err:
        ir.redact_image(store, evidence_uid=uid, boxes=[Box(0, 0, 9, 9)], by="me", reader=reader)
    assert err.value.key == "trashed"
    assert dict(iter_blob_files(store.folder)) == blobs
    assert [x.uid for x in ev.list_evidence(store, case_id=1, include_trashed=True)] == [uid]


def test_a_number_left_readable_on_purpose_on_the_next_line_is_not_a_leak(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    """Only what lies under a box must be gone: the shop's own number on the next line,
    brushed by the box's margin, stays readable and the copy is stored."""
    img, drawn = screenshot(["手机 13912345678", "客服 13800138000"], width=700, size=36)
    data = png_bytes(img)
    uid = _attach(store, case_id, tmp_path, data, "two.png")
    _save_read(store, _record(store, uid).sha256, drawn, img.width, img.height)
    mine = next(b for b in ir.propose_boxes(store, evidence_uid=uid) if b.y < drawn[1].line.top)
    grown = Box(mine.x, mine.y, mine.w, int(drawn[1].line.top) + 6 - mine.y, "phone")

    def reader(png: bytes, sha: str) -> OcrResult:
        return OcrResult(sha, "drawn", img.width, img.height, (drawn[1].line,))

    done = ir.redact_image(store, evidence_uid=uid, boxes=[grown], by="me", reader=reader)
    assert done.verified


def test_the_slow_step_needs_no_store_so_a_window_can_run_it_off_its_database_thread(
    store: Store, shot: tuple[str, list[Drawn], bytes]
) -> None:
    uid, _, _ = shot
    plan = ir.plan_redaction(store, evidence_uid=uid, boxes=[Box(0, 0, 30, 30, "phone")])
    folder, clock = store.folder, store.clock
    store.close()  # step 2 cannot reach the store
    made = ir.make_copy(plan, check_text=False)
    again = open_store(folder, clock=clock)
    try:
        done = ir.store_copy(again, made, by="me", confirmed=False)
        copy = ev.get_evidence(again, done.evidence_id)
        assert copy.derived_from_uid == uid and copy.sha256 == made.sha256
        assert not copy.privacy_checked
    finally:
        again.close()


def test_the_complainants_own_party_names_and_contacts_are_proposed_other_parties_are_not(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    from ecomplaint.services.parties import add_party

    add_party(store, case_id=case_id, role="complainant", name="Chen Jing", contact="wx chenj88")
    add_party(store, case_id=case_id, role="customer_service", name="Xiao Yu")
    lines = ["From Chen Jing", "WeChat wx chenj88", "Agent Xiao Yu replied"]
    img, drawn = screenshot(lines, width=900, size=36)
    uid = _attach(store, case_id, tmp_path, png_bytes(img), "names.png")
    _save_read(store, _record(store, uid).sha256, drawn, img.width, img.height)
    boxes = ir.propose_boxes(store, evidence_uid=uid)
    rows = sorted({next(n for n, d in enumerate(drawn) if d.line.top > b.y) for b in boxes})
    assert rows == [0, 1] and {b.reason for b in boxes} == {"name"}
