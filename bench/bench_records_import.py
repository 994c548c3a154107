"""Import figures: a big SMS backup, committing 1,000 entries, a 10,000-message mbox.

    .venv/bin/python -m bench.bench_records_import [--keep DIR]

Generates (once per run, in a temp folder) an SMS Backup & Restore file with 100,000
messages and 20,000 calls (~60 MB) in the app's published format, a 1,000-message backup of
one contact, and an mbox of 10,000 messages. Each measurement runs in a fresh subprocess so
its peak resident memory (ru_maxrss) is its own. Targets (issue 16): scan + filter to one
contact ≤ 10 s and < 200 MB; commit 1,000 entries ≤ 2 s; 10,000-message mbox ≤ 15 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import quoteattr

T0 = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = [
    "退款",
    "安装",
    "师傅",
    "订单",
    "客服",
    "回复",
    "please",
    "refund",
    "the",
    "order",
    "today",
    "we",
    "will",
    "call",
    "you",
    "back",
]
TARGET = "13900002222"


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def make_sms_backup(path: Path, messages: int, calls: int, seed: int = 16) -> None:
    rnd = random.Random(seed)
    numbers = [f"13{rnd.randrange(10**8, 10**9)}" for _ in range(400)] + [TARGET]
    with open(path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
        f.write(f'<smses count="{messages}" backup_set="bench" backup_date="0" type="full">\n')
        for i in range(messages):
            n = numbers[i % len(numbers)]
            at = T0 + timedelta(minutes=i * 3)
            body = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(14, 60)))
            f.write(
                f'  <sms protocol="0" address="{n}" date="{_ms(at)}" type="{1 + i % 2}" '
                f'subject="null" body={quoteattr(body)} toa="null" sc_toa="null" '
                f'service_center="null" read="1" status="-1" locked="0" date_sent="{_ms(at)}" '
                f'sub_id="1" readable_date="{at:%d %b %Y %H:%M:%S}" '
                f'contact_name="Contact {n[-4:]}" />\n'
            )
        f.write("</smses>\n")
    calls_path = path.with_name(path.stem + "-calls.xml")
    with open(calls_path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
        f.write(f'<calls count="{calls}" backup_set="bench">\n')
        for i in range(calls):
            n = numbers[i % len(numbers)]
            at = T0 + timedelta(minutes=i * 7)
            f.write(
                f'  <call number="{n}" duration="{rnd.randrange(0, 600)}" date="{_ms(at)}" '
                f'type="{1 + i % 6}" presentation="1" subscription_id="1" post_dial_digits="" '
                f'readable_date="{at:%d %b %Y %H:%M:%S}" contact_name="Contact {n[-4:]}" />\n'
            )
        f.write("</calls>\n")


def make_mbox(path: Path, n: int) -> None:
    with open(path, "wb") as f:
        for i in range(n):
            m = EmailMessage()
            m["From"] = f"Shop {i % 50} <shop{i % 50}@example.com>"
            m["To"] = "Buyer <buyer@example.org>"
            m["Subject"] = f"Re: 订单 {i} refund"
            m["Date"] = (T0 + timedelta(hours=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
            m["Message-ID"] = f"<{i}@bench>"
            m.set_content(f"Message {i}. We will reply within 48 hours.\n\n> earlier text\n" * 3)
            f.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2025\n" + bytes(m) + b"\n")


def _child(job: str, store_dir: str, source: str) -> None:
    """Runs in a fresh process; prints one JSON line of figures."""
    from ecomplaint.domain.clock import SystemClock
    from ecomplaint.services import cases
    from ecomplaint.services import records_import as ri
    from ecomplaint.store.engine import open_store

    store = open_store(Path(store_dir), clock=SystemClock(), user="bench")
    cid = cases.create_case(store, title=job, platform="jd").created_id
    assert cid is not None
    out: dict[str, object] = {"job": job}
    filters = ri.ImportFilters(numbers=(TARGET,)) if job == "scan" else ri.ImportFilters()
    start, cpu = time.perf_counter(), time.process_time()
    with ri.preview_import(store, case_id=cid, path=source, filters=filters) as p:
        out["scan_s"] = round(time.perf_counter() - start, 2)
        out["scan_cpu_s"] = round(time.process_time() - cpu, 2)
        out["rows"] = len(p.rows)
        if job in ("commit", "mbox"):
            start = time.perf_counter()
            res = ri.commit_import(store, preview=p)
            out["commit_s"] = round(time.perf_counter() - start, 2)
            out["entries"] = len(res.entry_ids)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    store.close()
    print(json.dumps(out))


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep the files")
    args = ap.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="ecomplaint-bench-import-"))
    root.mkdir(parents=True, exist_ok=True)
    big = root / "sms-backup.xml"
    one = root / "one-contact.xml"
    box = root / "shop.mbox"
    if not big.exists():
        t = time.perf_counter()
        make_sms_backup(big, 100_000, 20_000)
        # One file holding both, as the app writes when messages and calls are backed up
        # together is not its format (it writes two files); scan both and add the times.
        make_sms_backup(one, 0, 0)
        with open(one, "w", encoding="utf-8") as f:
            f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses>\n")
            for i in range(1000):
                at = T0 + timedelta(minutes=i)
                f.write(
                    f'<sms address="{TARGET}" date="{_ms(at)}" type="1" '
                    f'body="message number {i} 退款进度" contact_name="Installer" />\n'
                )
            f.write("</smses>\n")
        make_mbox(box, 10_000)
        print(f"generated in {time.perf_counter() - t:.1f} s", flush=True)
    calls = big.with_name(big.stem + "-calls.xml")
    size = (big.stat().st_size + calls.stat().st_size) / 1e6
    print(
        f"SMS backup: {big.stat().st_size / 1e6:.1f} MB messages + "
        f"{calls.stat().st_size / 1e6:.1f} MB calls = {size:.1f} MB",
        flush=True,
    )
    print(f"load: {os.getloadavg()}", flush=True)
    for job, src in (("scan", big), ("scan", calls), ("commit", one), ("mbox", box)):
        store = tempfile.mkdtemp(prefix="ecomplaint-bench-store-")
        res = subprocess.run(
            [sys.executable, "-m", "bench.bench_records_import", "--child", job, store, str(src)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(src.name, res.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
