"""The OCR engine on real pictures: the demo's screenshots, synthetic chats drawn with the
bundled CJK and Latin fonts (≥ 95% of characters read), a long screenshot in tiles without
lost or doubled lines, progress and cancel, no network, nothing loaded at start-up.

The model is loaded once per test session (the `ocr` fixture); the reads here take about
15 s of CPU in all on the 2-core reference machine.
"""

from __future__ import annotations

import difflib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.ocr import engine
from ecomplaint.progress import Cancelled
from tests.helpers.chat_screenshots import char_accuracy, chat_screenshot, comparable

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"


@pytest.fixture(scope="session")
def ocr() -> object:
    assert engine.unavailable() is None, "rapidocr/onnxruntime are dependencies: install them"
    return engine


def _png(image: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")  # type: ignore[attr-defined]
    return buf.getvalue()


def test_the_demo_sms_screenshot_is_read_line_for_line_in_order(ocr: object) -> None:
    result = engine.read_image(DEMO / "wreath_sms.png", sha256="s" * 64)
    assert result.ok and result.sha256 == "s" * 64
    assert (result.width, result.height) == (540, 1170)
    assert result.engine.startswith("rapidocr 3.") and result.engine.endswith("PP-OCRv6 small")
    texts = [comparable(ln.text) for ln in result.lines]
    threat = texts.index(comparable("已为您订好一份花圈，祝您身体健康。"))
    assert texts[threat - 1] == "2月5日周四21:48"  # its time stamp just above it
    assert texts.index(comparable("回，否则我们只能报警处理。")) < threat
    tops = [ln.top for ln in result.lines]
    assert tops == sorted(tops)  # one message per row here: strictly top to bottom
    for line in result.lines:
        assert 0 <= line.left < line.right <= 540 and 0 <= line.top < line.bottom <= 1170


@pytest.mark.parametrize(("width", "height", "seed"), [(1080, 2400, 1), (720, 1600, 3)])
def test_a_phone_chat_screenshot_is_read_to_95_percent_of_its_characters(
    ocr: object, width: int, height: int, seed: int
) -> None:
    # 1080 px wide: text found on the picture scaled down; 720: at rapidocr's own scale
    shot = chat_screenshot(width, height, seed=seed)
    result = engine.read_image(_png(shot.image), sha256="c" * 64)
    accuracy = char_accuracy(shot.text, result.text)
    assert accuracy >= 0.95, (accuracy, result.text)


def test_a_long_screenshot_is_read_in_tiles_without_lost_or_doubled_lines(ocr: object) -> None:
    shot = chat_screenshot(1080, 4600, seed=7)  # three tiles
    seen: list[tuple[int, int]] = []
    result = engine.read_image(
        _png(shot.image), sha256="l" * 64, progress=lambda d, n: seen.append((d, n))
    )
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    accuracy = char_accuracy(shot.text, result.text)  # a doubled or lost line costs its length
    assert accuracy >= 0.95, (accuracy, result.text)
    drawn = [comparable(x) for x in shot.lines]
    read = [comparable(ln.text) for ln in result.lines]
    # no line read twice (tile overlaps are 240 px: every line lies in two tiles somewhere)
    assert all(read.count(x) <= drawn.count(x) for x in set(drawn)), read
    # most lines read exactly, as one ordered run matching the drawn order
    matcher = difflib.SequenceMatcher(None, drawn, read, autojunk=False)
    assert sum(b.size for b in matcher.get_matching_blocks()) >= 0.8 * len(drawn)


def test_cancel_stops_between_tiles_and_the_next_read_works(ocr: object) -> None:
    data = _png(chat_screenshot(1080, 4600, seed=3).image)
    ticks: list[int] = []
    with pytest.raises(Cancelled):
        engine.read_image(
            data,
            sha256="x" * 64,
            progress=lambda d, n: ticks.append(d),
            cancel=lambda: len(ticks) >= 2,
        )
    assert ticks == [0, 1]  # the first tile was read, the second never started
    small = chat_screenshot(540, 600, seed=4)
    assert engine.read_image(_png(small.image), sha256="y" * 64).ok  # the lock was released
    blank = engine.read_image(_png(Image.new("RGB", (300, 300), "white")), sha256="z" * 64)
    assert blank.ok and blank.lines == ()  # nothing to read is not an error


def test_without_models_every_read_says_ocr_is_unavailable(
    ocr: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(engine, "_engine", None)
    monkeypatch.setattr(engine, "_load_error", "")
    monkeypatch.setattr(engine, "models_dir", lambda: tmp_path)  # an empty folder
    assert engine.unavailable() == "ocr.unavailable"
    result = engine.read_image(DEMO / "wreath_sms.png", sha256="u" * 64)
    assert result == OcrResult("u" * 64, "", 540, 1170, (), "ocr.unavailable")


_OFFLINE = r"""
import json, socket, sys
from pathlib import Path
calls = []
def refuse(*a, **k):
    calls.append(repr(a)[:80])
    raise OSError("network is off in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse
import ecomplaint.services.ocr
from ecomplaint.ocr import engine
assert engine.unavailable() is None
heavy = [m for m in ("rapidocr", "onnxruntime", "cv2", "numpy") if m in sys.modules]
result = engine.read_image(Path(sys.argv[1]), sha256="0" * 64)
print(json.dumps({"heavy_before_read": heavy, "network": calls, "lines": len(result.lines),
                  "error": result.error}))
"""


def test_reading_imports_lazily_and_never_touches_the_network(ocr: object) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _OFFLINE, str(DEMO / "wreath_order.png")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report == {"heavy_before_read": [], "network": [], "lines": report["lines"], "error": ""}
    assert report["lines"] >= 20
    assert "INFO" not in out.stderr  # rapidocr's own logging is silenced
