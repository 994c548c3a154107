"""Dossier export speed and size: a reference case of 200 entries and 50 photos (4000×3000 JPEG).

Run: .venv/bin/python bench/bench_dossier.py [--photos 50] [--entries 200] [--runs 3]

Prints, for the same content measured side by side:
  * eComplaint's build (cold image cache, then warm),
  * a bare reportlab build of the same flowables (SimpleDocTemplate and its plain canvas: no
    page X of Y, bookmarks or contents numbers; the original photos passed through as they are),
and the PDF size per photo. Targets: under 3 s, within 1.5x the bare build, < 1 MB per photo.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from ecomplaint.domain.clock import FixedClock
from ecomplaint.dossier import images
from ecomplaint.dossier.builder import (
    FOOTER_SPACE,
    MARGIN,
    build_dossier,
    exhibit_order,
    make_story,
)
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.facts import compute
from ecomplaint.dossier.flow import Contents, styles
from ecomplaint.dossier.images import Prepared
from ecomplaint.dossier.options import DossierOptions, effective_as_of
from ecomplaint.dossier.redact import Redactor
from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store, open_store

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
SUMMARY = (
    "客服来电称会在 24 到 48 小时内回复，并要求我提供订单截图。The agent repeated that a "
    "supervisor would call back; no date was given. 我再次说明订单购买的是底座安装。"
)


def photo(path: Path, seed: int) -> None:
    """A 4000×3000 JPEG that compresses like a photo (smooth areas and some texture)."""
    small = Image.effect_noise((160, 120), 60 + seed % 30).convert("RGB")
    big = small.resize((4000, 3000), Image.Resampling.BICUBIC)
    texture = Image.effect_noise((4000, 3000), 18).convert("RGB")
    Image.blend(big, texture, 0.25).save(path, "JPEG", quality=90)


def make_case(folder: Path, n_entries: int, n_photos: int, photo_dir: Path) -> tuple[Store, int]:
    # entries are refused in the future: the clock is after the last one, however many
    now = T0 + max(timedelta(days=60), timedelta(hours=5 * n_entries))
    store = open_store(folder, clock=FixedClock(now))
    case_id = cases.create_case(
        store,
        title="基准案件 Benchmark case",
        platform="jd",
        merchant="Bench store",
        order_no="JD-BENCH-1",
        product="43 英寸电视",
        amount="1799.00",
        services="底座安装服务 50 元",
        complainant_name="王丽",
        complainant_phone="13812345678",
        demands="退款\n书面道歉",
    ).created_id
    assert case_id is not None
    entry_ids = []
    for i in range(n_entries):
        entry_ids.append(
            entries.log_entry(
                store,
                case_id=case_id,
                kind="call_in" if i % 2 else "call_out",
                occurred_at=T0 + timedelta(hours=5 * i),
                summary=f"{i + 1}. {SUMMARY}",
                quote="我们 24 到 48 小时内给您回复。" if i % 3 == 0 else "",
            ).created_id
        )
    for i in range(n_photos):
        src = photo_dir / f"p{i:03}.jpg"
        data = src.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        dst = blob_path(store.folder, sha)
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)
        with store.write() as s:
            s.add(
                tb.Evidence(
                    uid=str(uuid.uuid4()),
                    case_id=case_id,
                    entry_id=entry_ids[i * 4],
                    sha256=sha,
                    original_name=src.name,
                    size=len(data),
                    mime="image/jpeg",
                    captured_at=T0,
                    added_at=T0 + timedelta(days=1),
                    description=f"照片 photo {i}",
                    privacy_checked=True,
                )
            )
    return store, case_id


def bare_build(detail, store_folder: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The same flowables laid out by plain reportlab: SimpleDocTemplate and its canvas (no
    page X of Y, bookmarks or contents page numbers), the original photos placed as they are
    (JPEG passed through, no downscaling)."""
    exhibits = exhibit_order(detail)
    pictures = {}
    for x in exhibits:
        path = blob_path(store_folder, x.sha256)
        with Image.open(path) as im:
            pictures[x.sha256] = Prepared(str(path), im.width, im.height)
    options = DossierOptions(lang="zh")
    as_of = effective_as_of(detail, options)
    frame_w, frame_h = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - FOOTER_SPACE
    ctx = Ctx(
        detail=detail,
        options=options,
        as_of=as_of,
        facts=compute(detail, as_of),
        redact=Redactor.for_case(detail.case, "zh", False),
        styles=styles(),
        citations=[],
        exhibits=exhibits,
        pictures=pictures,
        frame_w=frame_w,
        frame_h=frame_h,
        fingerprint="0" * 64,
    )
    story = [f for f in make_story(ctx) if not isinstance(f, Contents)]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_SPACE,
    )
    doc.build(story)


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(wall seconds, CPU seconds of this process, all threads): the CPU figure stays
    meaningful when other work shares the machine."""
    t, c = time.perf_counter(), os.times()
    fn()
    c2 = os.times()
    return time.perf_counter() - t, (c2.user - c.user) + (c2.system - c.system)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=50)
    ap.add_argument("--entries", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "ecomplaint-bench"))
    args = ap.parse_args()

    photo_dir = Path(args.cache) / "photos"
    photo_dir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    for i in range(args.photos):
        if not (photo_dir / f"p{i:03}.jpg").exists():
            photo(photo_dir / f"p{i:03}.jpg", i)
    paths = [photo_dir / f"p{i:03}.jpg" for i in range(args.photos)]
    src_mb = sum(p.stat().st_size for p in paths) / 1e6
    print(
        f"photos ready ({time.perf_counter() - t:.1f} s): {args.photos} × 4000×3000, "
        f"{src_mb / max(args.photos, 1):.2f} MB each on average"
    )

    with tempfile.TemporaryDirectory() as tmp:
        store, case_id = make_case(Path(tmp) / "store", args.entries, args.photos, photo_dir)
        detail = queries.case_detail(store, case_id)
        out = Path(tmp) / "dossier.pdf"
        bare = Path(tmp) / "bare.pdf"
        ours_cold, ours_warm, ours_disk, bare_t = [], [], [], []
        for _ in range(args.runs):
            images.clear_cache()
            ours_cold.append(
                timed(
                    lambda: build_dossier(
                        detail,
                        store_folder=store.folder,
                        out=out,
                        options=DossierOptions(lang="zh"),
                    )
                )
            )
            ours_warm.append(
                timed(
                    lambda: build_dossier(
                        detail,
                        store_folder=store.folder,
                        out=out,
                        options=DossierOptions(lang="zh"),
                    )
                )
            )
            images.clear_cache()  # a new process: memory cache empty, disk cache filled
            disk = Path(tmp) / "print-cache"
            build_dossier(
                detail,
                store_folder=store.folder,
                out=out,
                options=DossierOptions(lang="zh"),
                cache_dir=disk,
            )
            images.clear_cache()
            ours_disk.append(
                timed(
                    lambda: build_dossier(
                        detail,
                        store_folder=store.folder,
                        out=out,
                        options=DossierOptions(lang="zh"),
                        cache_dir=disk,  # noqa: B023 - called at once, inside the loop
                    )
                )
            )
            bare_t.append(timed(lambda: bare_build(detail, store.folder, bare)))
        store.close()
        cold, warm, b = (statistics.median(w for w, _ in x) for x in (ours_cold, ours_warm, bare_t))
        cpu_cold, cpu_warm, cpu_b = (
            statistics.median(c for _, c in x) for x in (ours_cold, ours_warm, bare_t)
        )
        size = out.stat().st_size
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(
            f"eComplaint build, cold image cache: {cold:.2f} s wall, {cpu_cold:.2f} s CPU "
            f"(median of {args.runs})"
        )
        print(f"eComplaint build, warm image cache: {warm:.2f} s wall, {cpu_warm:.2f} s CPU")
        disk_w = statistics.median(w for w, _ in ours_disk)
        disk_c = statistics.median(c for _, c in ours_disk)
        print(f"eComplaint build, disk cache only:  {disk_w:.2f} s wall, {disk_c:.2f} s CPU")
        print(f"bare reportlab build, same content: {b:.2f} s wall, {cpu_b:.2f} s CPU")
        print(f"ratio cold/bare: {cold / b:.2f}x wall   warm/bare: {warm / b:.2f}x wall")
        print(
            f"dossier size: {size / 1e6:.1f} MB, {size / 1e6 / max(args.photos, 1):.2f} MB per "
            f"photo (bare build: {bare.stat().st_size / 1e6:.1f} MB)"
        )
        ok = cold < 3.0 and cold / b <= 1.5 and size / max(args.photos, 1) < 1e6
        print("targets met" if ok else "TARGETS MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
