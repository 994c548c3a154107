"""Reading screenshots (OCR): the first read's cost, then a 1080×2400 phone screenshot and a
1080×8000 long one with the model loaded, wall and CPU time, and the machine's load.

    .venv/bin/python -m bench.bench_ocr [--repeat N]

Targets (issue #15): 1080×2400 ≤ 3 s with the model loaded; 1080×8000 ≤ 10 s. The pictures
are synthetic chats drawn with the bundled fonts (tests/helpers/chat_screenshots.py); the
character accuracy against the drawn text is printed beside each time.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import time

from ecomplaint.ocr import engine
from tests.helpers.chat_screenshots import char_accuracy, chat_screenshot


def _png(width: int, height: int, seed: int) -> tuple[bytes, str]:
    shot = chat_screenshot(width, height, seed=seed)
    buf = io.BytesIO()
    shot.image.save(buf, "PNG")
    return buf.getvalue(), shot.text


def _timed(data: bytes) -> tuple[float, float, str]:
    w0, c0 = time.perf_counter(), time.process_time()
    result = engine.read_image(data, sha256="bench")
    assert result.ok, result.error
    return time.perf_counter() - w0, time.process_time() - c0, result.text


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0, help="override onnxruntime's threads")
    args = ap.parse_args()
    if args.threads:
        engine.threads = lambda: args.threads  # type: ignore[assignment]  # a bench override
    print(
        f"cores {os.cpu_count()}, onnxruntime threads {engine.threads()}, "
        f"load {os.getloadavg()[0]:.2f}"
    )
    phone, phone_text = _png(1080, 2400, 1)
    long_, long_text = _png(1080, 8000, 2)

    wall, cpu, text = _timed(phone)
    print(
        f"first read (import + model load + 1080x2400): {wall:.2f} s wall, {cpu:.2f} s CPU, "
        f"accuracy {char_accuracy(phone_text, text):.1%}  [{engine.engine_name()}]"
    )
    print(f"peak resident memory after the first read: {_peak_mb():.0f} MB")
    for label, data, truth in (("1080x2400", phone, phone_text), ("1080x8000", long_, long_text)):
        walls, cpus = [], []
        for _ in range(args.repeat):
            wall, cpu, text = _timed(data)
            walls.append(wall)
            cpus.append(cpu)
        print(
            f"{label} loaded: median {statistics.median(walls):.2f} s wall "
            f"(min {min(walls):.2f}, max {max(walls):.2f}), "
            f"{statistics.median(cpus):.2f} s CPU, accuracy {char_accuracy(truth, text):.1%}, "
            f"load {os.getloadavg()[0]:.2f}"
        )

    print(f"peak resident memory: {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
