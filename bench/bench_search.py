"""Search keystroke: search_case_ids + the case list's first page, on 10k cases / 200k entries.

    python -m bench.bench_search [STORE_DIR]   (default: builds one with bench.generate)

For each query (1-4 characters, Chinese and English) prints the number of matching cases and
the median time over several runs of two ways to update the list on a keystroke:
  ids:    search_case_ids(text) then list_cases(search_ids=ids, limit=100)
  inline: list_cases(search=text, limit=100)  (the search as a subquery of the list query)
and the time of an index update when one entry is logged (the write path's extra cost).
Target: a keystroke within 50 ms (median).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.generate import generate
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import entries
from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.search import search_case_ids

QUERIES = [
    "安",
    "装",
    "安装",
    "客服",
    "退还",
    "主管来电",
    "安装费",
    "r",
    "re",
    "ref",
    "refu",
    "48",
    "ORD-",
    "zzz",
    "客服 48",
    "安装 re",
]
RUNS = 15


def median_ms(fn: Callable[[], Any], runs: int = RUNS, clock: Any = time.perf_counter) -> float:
    fn()  # warm the page cache and statement cache
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def cpu_ms(fn: Callable[[], Any]) -> float:
    """CPU time: what the keystroke costs when other processes compete for the cores."""
    return median_ms(fn, clock=time.process_time)


def keystroke_ids(store: Store, text: str) -> list[Any]:
    ids = search_case_ids(store, text)
    return queries.list_cases(store, search_ids=ids, limit=100)


def keystroke_inline(store: Store, text: str) -> list[Any]:
    return queries.list_cases(store, search=text, limit=100)


def run(folder: Path) -> None:
    store = open_store(folder, clock=FixedClock())
    try:
        counts = queries.counts(store)
        print(f"store: {counts['cases']} cases, {counts['entries']} entries")
        size = store.path.stat().st_size / 2**20
        with store.read() as s:
            conn = s.connection()
            pages = conn.exec_driver_sql(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_index%'"
            ).scalar()
        print(
            f"database {size:.0f} MiB, of which the search index {int(pages or 0) / 2**20:.0f} MiB"
        )
        print(
            f"{'query':<10} {'hits':>6} {'ids (ms)':>9} {'inline (ms)':>12} {'search only':>12}"
            f" {'inline CPU':>11}"
        )
        all_ids, all_inline, all_cpu = [], [], []
        for q in QUERIES:
            hits = len(search_case_ids(store, q))
            t_ids = median_ms(lambda q=q: keystroke_ids(store, q))
            t_inline = median_ms(lambda q=q: keystroke_inline(store, q))
            t_search = median_ms(lambda q=q: search_case_ids(store, q))
            t_cpu = cpu_ms(lambda q=q: keystroke_inline(store, q))
            all_ids.append(t_ids)
            all_inline.append(t_inline)
            all_cpu.append(t_cpu)
            print(
                f"{q:<10} {hits:>6} {t_ids:>9.1f} {t_inline:>12.1f} {t_search:>12.1f}"
                f" {t_cpu:>11.1f}"
            )
        print(
            f"median over the queries: ids {statistics.median(all_ids):.1f} ms,"
            f" inline {statistics.median(all_inline):.1f} ms"
            f" (CPU {statistics.median(all_cpu):.1f} ms);"
            f" worst: ids {max(all_ids):.1f} ms, inline {max(all_inline):.1f} ms"
        )
        no_search = median_ms(lambda: queries.list_cases(store, limit=100))
        print(f"list_cases first page without search: {no_search:.1f} ms")

        def log_one() -> None:
            entries.log_entry(store, case_id=1, kind="note", summary="基准测试 安装 benchmark")

        print(f"log one entry (with its index update, one commit): {median_ms(log_one, 9):.1f} ms")
    finally:
        store.close()


def main() -> None:
    if len(sys.argv) > 1:
        run(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        start = time.perf_counter()
        generate(folder, cases=10_000, entries=200_000, promises=20_000)
        print(f"generated in {time.perf_counter() - start:.1f} s")
        run(folder)


if __name__ == "__main__":
    main()
