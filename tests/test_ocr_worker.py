"""The window's OCR child process (ecomplaint/ocr/worker.py + client.py): a read round trip,
cancel, a killed child recovering, and no child left behind when the window's process ends
(normally or killed). The window's own process never loads the engine."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from ecomplaint.ocr import client
from ecomplaint.ocr.client import OcrWorker
from ecomplaint.progress import Cancelled

ROOT = Path(__file__).resolve().parent.parent
ORDER = ROOT / "resources" / "demo" / "wreath_order.png"
ORDER_NUMBER = "TM-2026-0205-4471"

pytestmark = pytest.mark.skipif(
    __import__("ecomplaint.ocr.engine", fromlist=["x"]).unavailable() is not None,
    reason="OCR is not installed here",
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def worker() -> Iterator[OcrWorker]:
    w = OcrWorker()
    yield w
    w.close()


def tall_picture() -> bytes:
    """The order screenshot three times over: several tiles, so a cancel lands between them."""
    one = Image.open(ORDER).convert("RGB")
    tall = Image.new("RGB", (one.width, one.height * 3), "white")
    for i in range(3):
        tall.paste(one, (0, i * one.height))
    buf = io.BytesIO()
    tall.save(buf, "PNG")
    return buf.getvalue()


def gone(pid: int) -> bool:
    """The process has ended (a zombie nobody has reaped yet counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def wait_gone(pid: int, limit: float = 30.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if gone(pid):
            return True
        time.sleep(0.1)
    return gone(pid)


def test_a_picture_is_read_in_the_child_and_the_child_is_reused(worker: OcrWorker) -> None:
    data = ORDER.read_bytes()
    seen: list[tuple[int, int]] = []
    first = worker.read_image(data, sha256=sha(data), progress=lambda d, t: seen.append((d, t)))
    assert first.error == ""
    assert first.sha256 == sha(data)
    assert first.engine.startswith("rapidocr")
    assert ORDER_NUMBER in first.text
    assert seen and seen[-1][0] == seen[-1][1]  # progress came over the pipe, up to done
    pid = worker.pid
    assert pid is not None and pid != os.getpid()
    again = worker.read_image(ORDER, sha256=sha(data))  # a path works too
    assert again.lines == first.lines
    assert (worker.pid, worker.starts) == (pid, 1)  # the same child, models loaded once


def test_a_bad_picture_gives_the_engines_message_not_a_crash(worker: OcrWorker) -> None:
    result = worker.read_image(b"not a picture", sha256="0" * 64)
    assert result.error == "ocr.unsupported" or result.error == "ocr.corrupt"
    assert worker.pid is not None  # the child lives on for the next read


def test_cancel_stops_between_tiles_and_the_child_serves_the_next_read() -> None:
    worker = OcrWorker(cancel_grace=300)  # a busy machine's tile must not hit the kill
    try:
        cancel_and_read_again(worker)
        assert worker.starts == 1  # stopped by the message, not by killing the child
    finally:
        worker.close()


def test_a_cancel_the_child_does_not_answer_in_time_kills_it() -> None:
    worker = OcrWorker(cancel_grace=0)
    try:
        cancel_and_read_again(worker)
        assert worker.starts == 2  # killed on cancel, started again for the next read
    finally:
        worker.close()


def cancel_and_read_again(worker: OcrWorker) -> None:
    data = tall_picture()
    progressed = threading.Event()

    def progress(done: int, total: int) -> None:
        assert total > 1
        progressed.set()

    with pytest.raises(Cancelled):
        worker.read_image(data, sha256=sha(data), progress=progress, cancel=progressed.is_set)
    order = ORDER.read_bytes()
    after = worker.read_image(order, sha256=sha(order))
    assert ORDER_NUMBER in after.text


def test_a_child_killed_mid_read_gives_a_message_and_the_next_read_restarts_it(
    worker: OcrWorker,
) -> None:
    data = tall_picture()

    def kill_child(_done: int, _total: int) -> None:
        pid = worker.pid
        if pid is not None:
            os.kill(pid, signal.SIGKILL)

    result = worker.read_image(data, sha256=sha(data), progress=kill_child)
    assert result.error == "ocr.interrupted"
    assert result.lines == ()
    order = ORDER.read_bytes()
    after = worker.read_image(order, sha256=sha(order))
    assert ORDER_NUMBER in after.text
    assert worker.starts == 2


def test_the_interrupted_message_exists_in_both_languages() -> None:
    import ecomplaint.ocr_messages as m

    texts = m.OCR_MESSAGES["ocr.interrupted"]
    assert texts["en"] and texts["zh"]


APP = """
import hashlib, sys, time
from pathlib import Path
from ecomplaint.ui.evidence.reading import OcrBackend, Picture
from ecomplaint.ocr import client
path = Path(sys.argv[1])
picture = Picture("u1", hashlib.sha256(path.read_bytes()).hexdigest(), path.name, path)
result = OcrBackend().read(picture, lambda d, t: None, lambda: False)
heavy = sorted(m for m in ("onnxruntime", "cv2", "rapidocr") if m in sys.modules)
print(client.shared().pid, "TM-2026-0205-4471" in result.text, ",".join(heavy) or "-", flush=True)
if sys.argv[2] == "hang":
    time.sleep(600)
"""


def run_app(mode: str) -> tuple[subprocess.Popen[str], int, bool, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(APP), str(ORDER), mode],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    pid, read, heavy = proc.stdout.readline().split()
    return proc, int(pid), read == "True", heavy


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_the_window_reads_in_the_child_and_leaves_no_child_when_it_ends() -> None:
    proc, child, read, heavy = run_app("exit")
    assert proc.wait(60) == 0
    assert read
    assert heavy == "-"  # the window's process never imported the engine's packages
    assert wait_gone(child)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_killed_window_leaves_no_child() -> None:
    proc, child, read, _heavy = run_app("hang")
    assert read and not gone(child)
    proc.kill()  # SIGKILL: no atexit; the child sees its stdin end
    proc.wait(60)
    assert wait_gone(child)


def test_the_shared_worker_is_one_per_process() -> None:
    assert client.shared() is client.shared()
