"""Attach 100 photos of 4000×3000 JPEG through the UI's AttachJob and measure UI stalls.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_attach.py [--photos 100] [--keep]

The photos (noisy, so they are camera-sized: ~3–5 MB each) are generated once into a cache
folder. A QTimer ticks every 10 ms in the UI thread while the worker copies, fingerprints,
commits and makes thumbnails; the largest gap between ticks is the longest UI stall.
Target (issue 5): the whole batch within 15 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops

W, H = 4000, 3000
CACHE = Path(tempfile.gettempdir()) / "ecomplaint-bench-photos"


def make_photos(n: int) -> list[Path]:
    CACHE.mkdir(exist_ok=True)
    wanted = [CACHE / f"IMG_{i:04d}.jpg" for i in range(n)]
    missing = [p for p in wanted if not p.exists()]
    if missing:
        print(f"generating {len(missing)} photos of {W}×{H} in {CACHE} (once)…", flush=True)
        noise = Image.merge("RGB", [Image.effect_noise((W, H), 40 + 10 * k) for k in range(3)])
        gradient = Image.linear_gradient("L").resize((W, H)).convert("RGB")
        base = ImageChops.add(noise, gradient, scale=2.0)
        for p in missing:
            i = int(p.stem.split("_")[1])
            tint = Image.new("RGB", (W, H), ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256))
            img = Image.blend(base, tint, 0.25)
            exif = Image.Exif()
            exif[0x0112] = 6 if i % 4 == 0 else 1  # some taken in portrait
            exif.get_ifd(0x8769)[0x9003] = f"2026:02:05 {10 + i // 60:02d}:{i % 60:02d}:00"
            img.save(p, "JPEG", quality=88, exif=exif.tobytes())
    return wanted


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=100)
    ap.add_argument(
        "--no-overlap", action="store_true", help="make thumbnails only after all copies"
    )
    ap.add_argument("--keep", action="store_true", help="keep the store folder afterwards")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ecomplaint.services.cases import create_case
    from ecomplaint.store.engine import open_store
    from ecomplaint.ui.evidence.attach import AttachJob

    photos = make_photos(args.photos)
    total_mb = sum(p.stat().st_size for p in photos) / 1e6
    app = QApplication.instance() or QApplication(sys.argv)
    window = QWidget()
    window.resize(400, 300)
    window.show()
    folder = Path(tempfile.mkdtemp(prefix="ecomplaint-bench-"))
    store = open_store(folder)
    case_id = create_case(store, title="bench").created_id or 0

    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now
        window.update()  # ask for a repaint each tick, as an animating window would

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)

    job = AttachJob(
        store,
        case_id=case_id,
        paths=[str(p) for p in photos],
        parent=window,
        overlap_thumbnails=not args.no_overlap,
    )
    loop = QEventLoop()
    result: dict[str, object] = {}

    def done(outcome: object) -> None:
        result["outcome"] = outcome
        loop.quit()

    def failed(message: str) -> None:
        result["error"] = message
        loop.quit()

    job.finished.connect(done)
    job.failed.connect(failed)

    clock.start()
    cpu_started = time.process_time()
    started = time.perf_counter()
    ticker.start()
    job.start()
    loop.exec()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    ticker.stop()
    job.stop()

    if "error" in result:
        print("FAILED:", result["error"])
        return 1
    outcome = result["outcome"]
    attached = len(outcome.attached)  # type: ignore[attr-defined]
    thumbs = sum(1 for _ in (folder / "thumbnails").rglob("*.png"))
    steady = gaps[1:] or [0.0]
    print(f"photos            : {attached}/{len(photos)} attached, {thumbs} thumbnails")
    print(f"data              : {total_mb:.0f} MB")
    print(f"total time        : {elapsed:.2f} s  (target ≤ 15 s)  {total_mb / elapsed:.0f} MB/s")
    print(f"UI ticks          : {len(gaps)} (10 ms timer)")
    worst = max(range(len(steady)), key=steady.__getitem__)
    at = sum(gaps[: worst + 2]) / 1000
    print(f"longest UI stall  : {steady[worst]:.1f} ms (ending {at:.2f} s after start)")
    print(f"ticks over 50 ms  : {sum(1 for g in steady if g > 50)}")
    print(f"p99 tick interval : {statistics.quantiles(steady, n=100)[98]:.1f} ms")
    print(f"median tick       : {statistics.median(steady):.1f} ms")
    print(f"process CPU time  : {cpu:.2f} s (all threads)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cpu cores         : {os.cpu_count()}, load average at the end {load:.1f}")
    store.close()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print("store kept in", folder)
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0 if elapsed <= 15 else 2


if __name__ == "__main__":
    raise SystemExit(main())
