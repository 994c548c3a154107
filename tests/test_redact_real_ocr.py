"""With the real text reader: every phone and ID number planted in drawn screenshots is
proposed for redaction, and the redacted copy reads back without any of them.

The screenshots are drawn by the test with the bundled fonts (Chinese text around the numbers,
numbers spaced and unspaced, an ID with an X check digit); the reader is the app's own OCR
engine (ecomplaint/ocr), so this is the issue's "100 % of the planted numbers" figure.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.pii_boxes import propose
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.services.cases import create_case
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from tests.helpers.drawn_text import Drawn, png_bytes, screenshot
from tests.test_pii_boxes import finder, id_number, mobile

engine = pytest.importorskip("ecomplaint.ocr.engine")
if engine.unavailable() is not None:  # pragma: no cover - the reader ships with the app
    pytest.skip("OCR is unavailable here", allow_module_level=True)

TEMPLATES = [
    "客服电话：{v}",
    "您好，我的手机号是{v}，请回电",
    "收货人 陈静 {v}",
    "身份证号 {v}",
    "Call me back on {v} please",
    "联系人手机 {v} 已验证",
]


def _spaced(v: str) -> str:
    return f"{v[:3]} {v[3:7]} {v[7:]}" if len(v) == 11 else v


def _plant(seed: int, n: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    rng = random.Random(seed)
    texts: list[str] = ["订单详情", "下单时间 2026-02-05 21:46  实付 ¥268.00"]
    planted: list[tuple[int, int, str]] = []  # line, start, value as drawn
    for i in range(n):
        value = id_number(rng) if i % 3 == 0 else mobile(rng)
        if i % 4 == 1:
            value = _spaced(value)
        text = TEMPLATES[i % len(TEMPLATES)].format(v=value)
        planted.append((len(texts), text.index(value), value))
        texts.append(text)
    return texts, planted


def _digits(s: str) -> str:
    return re.sub(r"[^0-9Xx]", "", s).upper()


def _covered(boxes: list[Box], d: Drawn, start: int, value: str) -> bool:
    """Every drawn character of the value lies inside some box."""
    for i in range(start, start + len(value)):
        x0, x1 = d.char_x[i]
        if x1 <= x0:
            continue
        if not any(
            b.x <= x0
            and x1 <= b.x + b.w
            and b.y <= d.line.top + 2
            and d.line.bottom - 2 <= b.y + b.h
            for b in boxes
        ):
            return False
    return True


@pytest.mark.parametrize("seed", [15, 16])
def test_every_planted_number_is_proposed_and_gone_after_redaction(
    store: Store, tmp_path: Path, seed: int
) -> None:
    texts, planted = _plant(seed, 12)
    img, drawn = screenshot(texts, width=1080, size=38)
    data = png_bytes(img)
    result = engine.read_image(data, sha256="t")
    assert result.ok, result.error
    boxes = propose(
        result.lines, finder(complainant_phone="").find, width=img.width, height=img.height
    )
    missed = [v for n, start, v in planted if not _covered(boxes, drawn[n], start, v)]
    assert missed == []  # 100 % of the planted phone and ID numbers proposed

    case_id = create_case(store, title="drawn", complainant_name="陈静").created_id
    assert case_id is not None
    f = tmp_path / "shot.png"
    f.write_bytes(data)
    (r,) = ev.attach_files(store, case_id=case_id, paths=[f]).results
    assert r.evidence_id is not None
    uid = ev.get_evidence(store, r.evidence_id).uid
    done = ir.redact_image(store, evidence_uid=uid, boxes=boxes, by="test")
    assert done.text_checked and done.verified
    after = engine.read_image(blob_path(store.folder, done.sha256), sha256=done.sha256)
    read = _digits(after.text)
    assert not [v for _, _, v in planted if _digits(v) in read]
    assert not [v for _, _, v in planted if _digits(v)[-8:] in read]  # not even most of one
    assert "订单详情" in after.text.replace(" ", "")  # the rest still reads
