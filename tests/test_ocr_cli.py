"""`ecomplaint ocr CASE [EXHIBIT] [--json]`: reads what is not read yet, prints numbered lines
with boxes (read text escaped for the terminal, exact in JSON), clear errors in zh and en."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from PIL import Image

from ecomplaint.cli.main import main
from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.services import cases, evidence, ocr
from ecomplaint.store import ocr_reads, queries
from ecomplaint.store.engine import Store
from tests.helpers.evidence import add_evidence

T1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
HOSTILE = "客服\x1b[2J说\u202eevil\rX"


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def read_case(store: Store) -> tuple[int, str]:
    """A case with a picture whose read is already stored (no model needed) and a PDF."""
    case_id = cases.create_case(store, title="截图").created_id
    assert case_id is not None
    pic = evidence.get_evidence(store, add_evidence(store, case_id, _png(), mime="image/png"))
    add_evidence(store, case_id, b"%PDF-1.4\n", name="receipt.pdf", mime="application/pdf")
    lines = (
        OcrLine("2月5日 21:48", ((10, 5), (90, 5), (90, 20), (10, 20)), 0.99),
        OcrLine(HOSTILE, ((10, 25), (60, 25), (60, 40), (10, 40)), 0.9),
    )
    with store.write() as s:
        ocr_reads.save_read(s, OcrResult(pic.sha256, "rapidocr test", 64, 48, lines), read_at=T1)
    return case_id, pic.uid


def test_stored_lines_print_numbered_with_boxes_and_escaped(
    store_args: list[str], read_case: tuple[int, str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, _uid = read_case
    assert main([*store_args, "ocr", str(case_id)]) == 0
    out = capsys.readouterr().out
    assert "E1  #1" in out
    assert "64×48, read by rapidocr test at 2026-03-01T08:00:00+00:00" in out
    assert "  1  [10,5 81×16]" in out and "2月5日 21:48" in out
    assert "客服\\x1b[2J说\\u202eevil\\rX" in out
    assert "\x1b" not in out and "\u202e" not in out and "\r" not in out
    assert "receipt.pdf" not in out  # only pictures are read


def test_json_has_the_exact_text_boxes_and_numbers(
    store_args: list[str], read_case: tuple[int, str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, uid = read_case
    assert main([*store_args, "ocr", str(case_id), uid, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.ocr/1" and doc["case_id"] == case_id
    [ex] = doc["exhibits"]
    assert (ex["label"], ex["uid"], ex["engine"], ex["error"]) == ("E1", uid, "rapidocr test", None)
    assert ex["text"] == "2月5日 21:48\n" + HOSTILE
    assert ex["lines"][1] == {
        "n": 2,
        "text": HOSTILE,
        "box": [[10.0, 25.0], [60.0, 25.0], [60.0, 40.0], [10.0, 40.0]],
        "rect": [10, 25, 51, 16],
        "score": 0.9,
    }


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bad_exhibits_and_cases_are_clear_messages(
    store_args: list[str], read_case: tuple[int, str], capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    case_id, _uid = read_case
    assert main([*store_args, "--lang", lang, "ocr", str(case_id), "E7"]) == 2
    err = capsys.readouterr().err
    assert ("E7" in err) and ("no exhibit" in err if lang == "en" else "没有证据" in err)
    assert main([*store_args, "--lang", lang, "ocr", str(case_id), "E2"]) == 2
    err = capsys.readouterr().err
    assert "receipt.pdf" in err and ("not a picture" in err if lang == "en" else "不是图片" in err)
    assert main([*store_args, "--lang", lang, "ocr", "no-such-case"]) == 2
    assert "no-such-case" in capsys.readouterr().err


def test_a_case_without_pictures_says_so(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = cases.create_case(store, title="no pictures").created_id
    assert main([*store_args, "ocr", str(case_id)]) == 0
    assert "no pictures" in capsys.readouterr().out.lower()


def test_a_damaged_picture_is_reported_and_exits_1(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = cases.create_case(store, title="damaged").created_id
    assert case_id is not None
    add_evidence(store, case_id, _png()[:50], name="cut.png", mime="image/png")
    assert main([*store_args, "ocr", str(case_id)]) == 1
    out = capsys.readouterr().out
    assert "cut.png" in out and "damaged or cut short" in out


def test_the_demo_screenshots_are_read_once_then_shown_from_the_store(
    demo_store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    wreath = next(c for c in queries.list_cases(demo_store) if "wreath" in c.title)
    assert len(ocr.unread_images(demo_store, case_id=wreath.id)) == 2
    assert main([*store_args, "ocr", str(wreath.id), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    texts = {ex["name"]: ex["text"] for ex in doc["exhibits"]}
    assert "TM-2026-0205-4471" in texts["wreath_order.png"]
    assert "已为您订好一份花圈，祝您身体健康。" in texts["wreath_sms.png"]
    assert ocr.unread_images(demo_store, case_id=wreath.id) == []
    first = [ex["read_at"] for ex in doc["exhibits"]]
    assert main([*store_args, "ocr", str(wreath.id), "--json"]) == 0  # nothing read again
    assert [ex["read_at"] for ex in json.loads(capsys.readouterr().out)["exhibits"]] == first
