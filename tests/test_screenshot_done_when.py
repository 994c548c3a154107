"""Issue #15's "done when", end to end as a user meets it on the command line: a fresh data
folder with the demo, `ocr`, `screenshot-entries`, `redact-image --auto` then `--confirm`,
`export --lang en --redact`; then the PDF's pictures are pulled out with pdfimages and read
back by the OCR engine, and its text is checked for the citations and for the address."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ecomplaint.cli.main import main
from ecomplaint.ocr import engine
from tests.dossier_support import need, run

pytestmark = pytest.mark.skipif(engine.unavailable() is not None, reason="OCR unavailable")

# What the demo's pictures show of the complainant and the agent (the platforms already
# star part of each number; what is left still points at a person).
PHONE_TAILS = ("5678", "2207")
ROAD = "文三路"


def _cli(data: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--lang", "en", *argv]) == 0
    return capsys.readouterr().out


def _exhibits(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    rows = json.loads(_cli(data, capsys, "evidence", "2", "--json"))["evidence"]
    return {x["original_name"]: x for x in rows}


def test_demo_screenshots_read_cited_and_redacted_in_the_english_dossier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    need("pdfimages")
    need("pdftotext")
    monkeypatch.setenv("ECOMPLAINT_CONFIG_DIR", str(tmp_path / "config"))
    data = tmp_path / "data"
    _cli(data, capsys, "demo")
    shots = _exhibits(data, capsys)
    order, sms = shots["wreath_order.png"], shots["wreath_sms.png"]

    # 1. Read: both pictures, with the words a user sees in them.
    read = json.loads(_cli(data, capsys, "ocr", "2", "--json"))
    text = json.dumps(read, ensure_ascii=False)
    assert "花圈" in text and "报警" in text and "TM-2026-0205-4471" in text
    assert all(tail in text for tail in PHONE_TAILS) and ROAD in text

    # 2. Entries that cite the pictures' lines.
    for shot in (sms, order):
        _cli(data, capsys, "screenshot-entries", str(shot["id"]), "--yes", "--json")

    # 3. Redacted copies, proposed from the text and confirmed after looking.
    copies = {}
    for name, shot in (("order", order), ("sms", sms)):
        out = json.loads(_cli(data, capsys, "redact-image", str(shot["id"]), "--auto", "--json"))
        assert out["boxes"], name
        copies[name] = out
        _cli(data, capsys, "redact-image", str(out["evidence_id"]), "--confirm")
    assert {b["reason"] for b in copies["order"]["boxes"]} >= {"phone", "address"}
    assert {b["reason"] for b in copies["sms"]["boxes"]} == {"phone"}

    # 4. The redacted English dossier.
    pdf = tmp_path / "dossier.pdf"
    _cli(data, capsys, "export", "2", "-o", str(pdf), "--lang", "en", "--redact")
    words = run("pdftotext", "-layout", str(pdf), "-")
    assert re.search(r"Source: E2, lines 6–8", words)
    assert re.search(r"Source: E2, line 13\b", words)
    assert re.search(r"Source: E1, lines \d+–\d+", words)
    assert copies["order"]["sha256"][:40] in words.replace("\n", "").replace(" ", "")
    # What the picture blacks out, the chronology's quote of it does not print either.
    assert ROAD not in words and "西湖区" not in words

    run("pdfimages", "-png", str(pdf), str(tmp_path / "img"))
    pictures = sorted(tmp_path.glob("img-*.png"))
    assert len(pictures) == 2
    seen = []
    for picture in pictures:
        result = engine.read_image(picture, sha256="0" * 64)
        assert result.ok, result.error
        lines = [line.text for line in result.lines]
        seen += lines
        joined = "".join("".join(lines).split())
        for tail in PHONE_TAILS:
            assert tail not in joined, (picture.name, lines)
        assert ROAD not in joined and "西湖区" not in joined, (picture.name, lines)
        assert not re.search(r"1[3-9]\d[*＊]{2,}", joined), (picture.name, lines)
    # Still the pictures of the case, not blank pages.
    assert any("花圈" in s for s in seen) and any("报警" in s for s in seen)
