"""A sliver of a picture (1 px wide and thousands tall, or the reverse) must not blow up the
reader: rapidocr's rule scales the short side up to 736 px, and a 1×60,000 PNG took 23 GB
before the kernel killed the process (found by the #15 verification)."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from ecomplaint.ocr import engine

pytestmark = pytest.mark.skipif(engine.unavailable() is not None, reason="OCR unavailable")


class _Det(SimpleNamespace):
    pass


class _Engine:
    def __init__(self) -> None:
        self.det = _Det(limit_type="min", limit_side_len=736)

    def _load_det_model(self) -> _Det:
        return self.det


@pytest.mark.parametrize(
    ("width", "tile", "expected"),
    [
        (1, 2000, ("max", engine.DET_MAX_SIDE)),  # a sliver: found at its own size
        (60000, 1, ("max", engine.DET_MAX_SIDE)),
        (40, 2000, ("max", engine.DET_MAX_SIDE)),
        (3840, 1080, ("min", 736)),  # a desktop screenshot keeps rapidocr's rule
        (720, 1600, ("min", 736)),  # a narrow phone
        (1080, 2000, ("max", round(2000 * engine.DET_WIDTH / 1080))),  # a phone screenshot
    ],
)
def test_the_detector_never_scales_a_sliver_up(
    width: int, tile: int, expected: tuple[str, int]
) -> None:
    fake = _Engine()
    engine._detect_at(fake, width, max(tile, 1), tile)
    assert (fake.det.limit_type, fake.det.limit_side_len) == expected


# Run in a child with its address space capped, so a regression fails the test (MemoryError
# becomes "ocr.failed") instead of taking the machine's memory.
_CHILD = r"""
import io, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
from PIL import Image
from ecomplaint.ocr.engine import read_image
for w, h in ((1, 60000), (60000, 1), (3, 5000), (30, 3000)):
    buf = io.BytesIO()
    Image.new("L", (w, h), 255).save(buf, "PNG")
    r = read_image(buf.getvalue(), sha256="0" * 64)
    print(w, h, r.ok, r.error, len(r.lines))
    assert r.ok and not r.lines, (w, h, r.error)
"""


def test_slivers_read_as_no_lines_within_a_bounded_memory() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
