"""What the case-at-a-glance chart and the PDF/A step cost (issue #17).

Run: .venv/bin/python -m bench.bench_archive [--runs 5]

  * the TV demo dossier with and without the chart (CPU seconds, median);
  * the 200-entry / 50-photo reference dossier (bench_dossier's case, warm image cache): the
    whole build, and the PDF/A-3b step alone on its output (share of the build).
Targets: chart ≤ 150 ms; PDF/A ≤ 10 % of the build. CPU time, so a shared machine's load does
not count against us (print `uptime` beside the figures).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

from bench.bench_dossier import make_case, photo, timed
from ecomplaint.domain.clock import FixedClock
from ecomplaint.dossier import images, pdfa, sections
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.services.demo import load_demo
from ecomplaint.store import queries
from ecomplaint.store.engine import open_store


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "ecomplaint-bench"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo", clock=FixedClock(datetime(2026, 11, 20, tzinfo=UTC)))
        load_demo(store)
        tv = queries.case_detail(store, queries.find_case_id(store, "JD-2026-1102-4417"))
        out = Path(tmp) / "tv.pdf"

        def tv_build() -> None:
            build_dossier(tv, store_folder=store.folder, out=out, options=DossierOptions())

        tv_build()  # fonts registered, modules imported
        with_chart = [timed(tv_build)[1] for _ in range(args.runs)]
        with mock.patch.object(sections, "_at_a_glance", lambda ctx: []):
            without = [timed(tv_build)[1] for _ in range(args.runs)]
        a, b = statistics.median(with_chart), statistics.median(without)
        print(f"TV demo: {a * 1000:.0f} ms CPU with the chart, {b * 1000:.0f} ms without: "
              f"chart {(a - b) * 1000:+.0f} ms")  # fmt: skip

        photo_dir = Path(args.cache) / "photos"
        photo_dir.mkdir(parents=True, exist_ok=True)
        for i in range(50):
            if not (photo_dir / f"p{i:03}.jpg").exists():
                photo(photo_dir / f"p{i:03}.jpg", i)
        big, case_id = make_case(Path(tmp) / "big", 200, 50, photo_dir)
        detail = queries.case_detail(big, case_id)
        dossier = Path(tmp) / "big.pdf"

        def big_build() -> None:
            build_dossier(detail, store_folder=big.folder, out=dossier, options=DossierOptions())

        images.clear_cache()
        big_build()  # warm the picture cache
        builds = [timed(big_build) for _ in range(args.runs)]
        raw = Path(tmp) / "raw.pdf"
        with mock.patch.object(pdfa, "convert", lambda *a, **k: 0):  # reportlab's output as is
            build_dossier(detail, store_folder=big.folder, out=raw, options=DossierOptions())
        when = datetime(2026, 5, 1, tzinfo=UTC)
        steps = []
        for n in range(args.runs):
            copy = Path(tmp) / f"copy{n}.pdf"
            shutil.copy(raw, copy)
            steps.append(timed(lambda path=copy: pdfa.convert(path, when)))
        bw, bc = statistics.median(w for w, _ in builds), statistics.median(c for _, c in builds)
        sw, sc = statistics.median(w for w, _ in steps), statistics.median(c for _, c in steps)
        print(
            f"200 entries / 50 photos, warm: build {bw:.2f} s wall, {bc:.2f} s CPU; PDF/A step "
            f"{sw:.2f} s wall, {sc:.2f} s CPU = {100 * sc / bc:.0f} % of the build CPU"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
