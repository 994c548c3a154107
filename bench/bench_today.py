"""Today view over 20,000 open promises: how long the SQL query takes (target: 20 ms).

Builds a store by direct inserts (2,000 cases × 10 open promises with deadlines spread over
±30 days around `now`, plus 10,000 kept promises and some pauses), then times due_counts and
due_report (lists capped at 500 rows each). Run: .venv/bin/python bench/bench_today.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ecomplaint.domain.clock import FixedClock
from ecomplaint.store.due import due_counts, due_report
from ecomplaint.store.engine import open_store

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
CASES, OPEN_PER_CASE, KEPT_PER_CASE = 2_000, 10, 5


def fmt(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(folder: Path) -> None:
    store = open_store(folder, clock=FixedClock(NOW))
    rnd = random.Random(42)
    with store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
            " services, complainant_name, complainant_phone, complainant_address,"
            " complainant_id_no, demands, status, tags, language, assignee, notes, created_at,"
            " updated_at, version) VALUES (?,?,?,?,'','','','CNY','','','','','','','open','',"
            "'zh','','',?,?,1)",
            [
                (i, str(uuid.uuid4()), f"case {i}", "jd", fmt(NOW), fmt(NOW))
                for i in range(1, CASES + 1)
            ],
        )
        rows = []
        for case_id in range(1, CASES + 1):
            for k in range(OPEN_PER_CASE + KEPT_PER_CASE):
                made = NOW + timedelta(minutes=rnd.randint(-30 * 1440, 30 * 1440))
                due_by = made + timedelta(hours=48)
                kept = fmt(made + timedelta(hours=30)) if k >= OPEN_PER_CASE else None
                rows.append(
                    (
                        str(uuid.uuid4()),
                        case_id,
                        fmt(made),
                        fmt(made + timedelta(hours=24)),
                        fmt(due_by),
                        kept,
                    )
                )
        cur.executemany(
            "INSERT INTO promises (uid, case_id, what, description, made_at, clock, window_min,"
            " window_max, tz, due_from, due_by, kept_at, version) VALUES (?,?,'reply','',?,"
            "'hours',24,48,'Asia/Shanghai',?,?,?,1)",
            rows,
        )
        cur.executemany(
            "INSERT INTO pauses (case_id, started_at, reason) VALUES (?,?,'waiting')",
            [(c, fmt(NOW - timedelta(days=1))) for c in range(1, CASES + 1, 50)],
        )
    store.close()


def timed(fn, repeat: int = 30) -> tuple[float, float, float]:
    fn()  # warm caches (statement compile, page cache)
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return min(samples), statistics.median(samples), max(samples)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        t0 = time.perf_counter()
        build(folder)
        print(
            f"built {CASES * (OPEN_PER_CASE + KEPT_PER_CASE)} promises "
            f"({CASES * OPEN_PER_CASE} open) in {time.perf_counter() - t0:.1f} s"
        )
        store = open_store(folder, clock=FixedClock(NOW))
        try:
            counts = due_counts(store, NOW)
            print(f"counts (overdue, due within 24 h, later): {counts}")
            best, med, worst = timed(lambda: due_counts(store, NOW))
            print(f"due_counts             min {best:6.2f}  median {med:6.2f}  max {worst:6.2f} ms")
            best, med, worst = timed(lambda: due_report(store, NOW))
            print(f"due_report (limit 500) min {best:6.2f}  median {med:6.2f}  max {worst:6.2f} ms")
            best, med, worst = timed(lambda: due_report(store, NOW, limit=50))
            print(f"due_report (limit 50)  min {best:6.2f}  median {med:6.2f}  max {worst:6.2f} ms")
            with store.read() as s:
                plan = (
                    s.connection()
                    .exec_driver_sql(
                        "EXPLAIN QUERY PLAN SELECT count(*) FROM promises WHERE kept_at IS NULL"
                        " AND due_by < ?",
                        (fmt(NOW),),
                    )
                    .fetchall()
                )
            print("plan:", "; ".join(str(r[-1]) for r in plan))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
