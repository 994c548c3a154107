"""Hand-off files: export and re-import a case with 500 entries and 50 photos (4000×3000 JPEG).

    python -m bench.bench_handoff [--photos 50] [--entries 500] [--runs 3]

Target (issue 7): exporting and re-importing such a case within 5 s. Photos are generated
with Pillow (gradient + noise, quality 85: ~4 MB like a phone photo; --sigma 45 gives ~6 MB)
and attached by writing the original and its Evidence row directly. Times: the export; the
import into an empty store (every original copied, hashed, fsynced); the re-import into the
store that has the case (every original still hashed, rows updated by uid); a single-file
backup and a restore.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image

from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import backups
from ecomplaint.handoff.export import export_case
from ecomplaint.handoff.importer import import_case_file
from ecomplaint.handoff.restore import restore_backup
from ecomplaint.services import cases, entries, parties
from ecomplaint.services.common import new_uid
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.tables import Evidence

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def photo(i: int, sigma: float) -> bytes:
    """A 4000x3000 JPEG; sigma 20 gives ~4 MB (a typical 12-megapixel phone photo)."""
    base = Image.linear_gradient("L").resize((4000, 3000))
    noise = Image.effect_noise((4000, 3000), sigma + i % 3)
    img = Image.merge("RGB", (base, noise, Image.blend(base, noise, 0.5)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def build_case(store: Store, n_entries: int, photos: list[bytes]) -> int:
    case_id = cases.create_case(
        store, title="电视安装纠纷（基准）", platform="jd", order_no="BENCH-1"
    ).created_id
    assert case_id is not None
    party = parties.add_party(store, case_id=case_id, role="customer_service", name="工号 3021")
    for i in range(n_entries):
        entries.log_entry(
            store,
            case_id=case_id,
            kind="call_in",
            occurred_at=NOW - timedelta(hours=n_entries - i),
            party_id=party.created_id,
            summary=f"第 {i} 次通话：客服承诺 24–48 小时内回复。" * 3,
            quote="我们会尽快给您处理。",
        )
    with store.write() as s:
        for i, data in enumerate(photos):
            sha = hashlib.sha256(data).hexdigest()
            path = blob_path(store.folder, sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            s.add(
                Evidence(
                    uid=new_uid(),
                    case_id=case_id,
                    sha256=sha,
                    original_name=f"IMG_{i:04d}.jpg",
                    size=len(data),
                    mime="image/jpeg",
                    added_at=NOW,
                )
            )
    return case_id


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=50)
    ap.add_argument("--entries", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sigma", type=float, default=20, help="photo noise: more = bigger files")
    args = ap.parse_args()

    t0 = time.perf_counter()
    photos = [photo(i, args.sigma) for i in range(args.photos)]
    total = sum(map(len, photos))
    print(
        f"generated {len(photos)} photos 4000x3000, {total / 1e6:.1f} MB "
        f"({total / len(photos) / 1e6:.2f} MB each) in {time.perf_counter() - t0:.1f} s"
    )
    with tempfile.TemporaryDirectory(prefix="bench-handoff-") as tmp:
        root = Path(tmp)
        clock = FixedClock(NOW)
        src = open_store(root / "a", clock=clock)
        case_id = build_case(src, args.entries, photos)
        exports, firsts, agains, rounds = [], [], [], []
        for run in range(args.runs):
            dest = root / f"case-{run}.ecase"
            target = open_store(root / f"b{run}", clock=clock)
            e = timed(lambda d=dest: export_case(src, case_id, d))
            f = timed(lambda d=dest, t=target: import_case_file(t, d))
            a = timed(lambda d=dest, t=target: import_case_file(t, d))
            target.close()
            exports.append(e)
            firsts.append(f)
            agains.append(a)
            rounds.append(e + f)
        size = (root / "case-0.ecase").stat().st_size
        print(f"case: {args.entries} entries, {args.photos} photos; .ecase {size / 1e6:.1f} MB")
        med = statistics.median
        print(f"export                     median {med(exports):.2f} s  (runs {fmt(exports)})")
        print(f"import into an empty store median {med(firsts):.2f} s  (runs {fmt(firsts)})")
        print(f"re-import (update by uid)  median {med(agains):.2f} s  (runs {fmt(agains)})")
        print(
            f"export + import            median {med(rounds):.2f} s  "
            f"-> {'within' if med(rounds) <= 5 else 'OVER'} the 5 s target"
        )

        zip_path = root / "whole.zip"
        b = timed(lambda: backups.write_backup_file(src, zip_path))
        folder_b = timed(lambda: backups.backup_folder(src.folder, reason="bench", now=NOW))
        src.close()
        r = timed(lambda: restore_backup(root / "a", zip_path, now=NOW))
        print(f"backup to one zip file     {b:.2f} s ({zip_path.stat().st_size / 1e6:.1f} MB)")
        print(f"backup folder (hard links) {folder_b:.2f} s")
        print(f"restore from the zip       {r:.2f} s (verify, pre-restore backup, swap)")


def fmt(xs: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in xs)


if __name__ == "__main__":
    main()
