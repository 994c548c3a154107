"""The wreath demo's screenshots read by the real engine become cited entries (#15 done-when)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlmodel import select

from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.ocr import engine
from ecomplaint.services.ocr import read_exhibit
from ecomplaint.services.screenshot_entries import make_entries, preview_entries
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store
from tests.dossier_support import need, run
from tests.helpers.chat_screenshots import comparable

WREATH = "TM-2026-0127-8830"


def _exhibit(store: Store, name: str) -> str:
    case_id = queries.find_case_id(store, WREATH)
    with store.read() as s:
        return s.exec(
            select(tb.Evidence.uid).where(
                tb.Evidence.case_id == case_id, tb.Evidence.original_name == name
            )
        ).one()


def test_demo_sms_read_made_into_entries_and_cited(demo_store: Store, tmp_path: Path) -> None:
    assert engine.unavailable() is None, "rapidocr/onnxruntime are dependencies: install them"
    sms = _exhibit(demo_store, "wreath_sms.png")
    read = read_exhibit(demo_store, evidence_uid=sms)
    assert read.ok and len(read.lines) > 10
    preview = preview_entries(demo_store, evidence_uid=sms)
    # The demo attached the PNG (no capture time): the stamps' weekdays fix the year.
    assert not preview.capture_known
    assert preview.reading.is_chat and preview.reading.kind == "sms"
    assert [(p.direction, p.precision) for p in preview.proposals] == [("in", "exact")] * 3
    times = [p.occurred_at.isoformat() for p in preview.proposals if p.occurred_at]
    assert times == [
        "2026-02-05T14:31:00+08:00",
        "2026-02-05T18:02:00+08:00",
        "2026-02-05T21:48:00+08:00",
    ]
    quotes = [comparable(p.quote) for p in preview.proposals]
    assert quotes[0] == comparable(
        "您好，我是 Lumen 服饰旗舰店客服小雨。店铺多寄给您一件大衣，"
        "请尽快寄回，否则我们只能报警处理。"
    )
    assert quotes[2] == comparable("已为您订好一份花圈，祝您身体健康。")
    made = make_entries(demo_store, evidence_uid=sms, proposals=preview.proposals)
    assert len(made.entry_ids) == 3
    detail = queries.case_detail(demo_store, preview.case_id)
    out = tmp_path / "wreath.pdf"
    build_dossier(
        detail, store_folder=demo_store.folder, out=out, options=DossierOptions(lang="en")
    )
    need("pdftotext")
    flat = re.sub(r"\s*\n\s*", " ", run("pdftotext", "-enc", "UTF-8", str(out), "-"))
    cited = re.findall(r"Source: (E\d+), (lines? [\d–]+)", flat)
    locators = [e.source_locator for e in detail.entries if e.id in made.entry_ids]
    assert len(cited) == 3 and {c[0] for c in cited} == {cited[0][0]}
    assert [c[1] for c in cited] == [
        ("line " if "-" not in loc else "lines ") + loc[4:].replace("-", "–") for loc in locators
    ]


def test_demo_order_page_is_one_dated_note(demo_store: Store) -> None:
    if engine.unavailable() is not None:
        pytest.skip("OCR unavailable")
    order = _exhibit(demo_store, "wreath_order.png")
    read_exhibit(demo_store, evidence_uid=order)
    preview = preview_entries(demo_store, evidence_uid=order)
    assert not preview.reading.is_chat
    (note,) = preview.proposals
    assert note.occurred_at is not None
    assert note.occurred_at.isoformat() == "2026-02-05T21:46:00+08:00"
    assert "等待卖家发货" in note.quote and note.direction == "none"


@pytest.mark.parametrize("seed", [1, 3])
def test_synthetic_two_sided_chat_read_by_the_engine(seed: int) -> None:
    """Bubbles on both sides, stamps, wrapped lines: each proposal's side is the colour of
    the bubble it was read from (green = mine, white = theirs), and the quotes hold every
    message drawn, in order."""
    import hashlib
    import io
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from ecomplaint.domain.chat_layout import read_chat
    from tests.helpers.chat_screenshots import MINE, STAMPS, THEIRS, char_accuracy, chat_screenshot

    shot = chat_screenshot(seed=seed)
    buf = io.BytesIO()
    shot.image.save(buf, "PNG")
    data = buf.getvalue()
    result = engine.read_image(data, sha256=hashlib.sha256(data).hexdigest())
    seen = datetime(2026, 2, 6, 13, 55, tzinfo=UTC)
    reading = read_chat(result, captured_at=seen, tz=ZoneInfo("Asia/Shanghai"))
    assert reading.is_chat and reading.proposals
    rgb = shot.image.convert("RGB")
    for p in reading.proposals:
        first = result.lines[p.lines[0] - 1]
        colour = rgb.getpixel((int(first.left) - 8, int((first.top + first.bottom) / 2)))
        assert colour in (MINE, THEIRS), (p.quote, colour)
        assert p.direction == ("out" if colour == MINE else "in"), p.quote
        assert list(p.lines) == list(range(p.lines[0], p.lines[-1] + 1))
    drawn = [ln for ln in shot.lines[3:] if ln not in STAMPS]  # status bar, title, stamps
    quoted = "".join(p.quote for p in reading.proposals)
    assert char_accuracy("".join(drawn), quoted) >= 0.95
    assert all(p.occurred_at is not None for p in reading.proposals)
