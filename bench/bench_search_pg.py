"""Search keystroke on PostgreSQL (team mode): 10k cases / 200k entries, as bench_search.

    python -m bench.bench_search_pg [--store SQLITE_DIR] [--url postgresql+psycopg://...]

Without --store, builds a SQLite store with bench.generate; without --url, starts a
throw-away server from Debian's binaries (as the tests do) and creates a database on it.
The rows are copied with bench.pg_load, then each query of bench_search.QUERIES is timed:
  ids:    search_case_ids(text) then list_cases(search_ids=ids, limit=100)
  inline: list_cases(search=text, limit=100)
Target: a keystroke within 50 ms (median).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.bench_search import QUERIES, keystroke_ids, keystroke_inline, median_ms
from bench.generate import generate
from bench.pg_load import load
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.search import search_case_ids


@contextlib.contextmanager
def _server(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.pg_server import running_server

    with running_server() as admin:
        name = "bench_" + uuid.uuid4().hex[:8]
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        yield admin.rsplit("/", 1)[0] + "/" + name


def run(store: Store) -> None:
    counts = queries.counts(store)
    print(f"store: {counts['cases']} cases, {counts['entries']} entries (PostgreSQL)")
    with store.read() as s:
        size = s.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0
        index = s.execute(
            text(
                "SELECT coalesce(pg_total_relation_size(to_regclass('search_docs')), 0)"
                " + coalesce(pg_total_relation_size(to_regclass('search_terms')), 0)"
            )
        ).scalar()
    print(f"database {size / 2**20:.0f} MiB, of which the search index {index / 2**20:.0f} MiB")
    print(f"{'query':<10} {'hits':>6} {'ids (ms)':>9} {'inline (ms)':>12} {'search only':>12}")
    all_ids, all_inline = [], []
    for q in QUERIES:
        hits = len(search_case_ids(store, q))
        t_ids = median_ms(lambda q=q: keystroke_ids(store, q))
        t_inline = median_ms(lambda q=q: keystroke_inline(store, q))
        t_search = median_ms(lambda q=q: search_case_ids(store, q))
        all_ids.append(t_ids)
        all_inline.append(t_inline)
        print(f"{q:<10} {hits:>6} {t_ids:>9.1f} {t_inline:>12.1f} {t_search:>12.1f}")
    print(
        f"median over the queries: ids {statistics.median(all_ids):.1f} ms,"
        f" inline {statistics.median(all_inline):.1f} ms;"
        f" worst: ids {max(all_ids):.1f} ms, inline {max(all_inline):.1f} ms"
    )
    no_search = median_ms(lambda: queries.list_cases(store, limit=100))
    print(f"list_cases first page without search: {no_search:.1f} ms")

    def log_one() -> None:
        entries.log_entry(store, case_id=1, kind="note", summary="基准测试 安装 benchmark")

    print(f"log one entry (with its index update, one commit): {median_ms(log_one, 9):.1f} ms")

    # The case's term set is recomputed from all its documents: the cost grows with the case.
    big = cases.create_case(store, title="基准测试 大案件").created_id
    assert big is not None
    for i in range(500):
        entries.log_entry(store, case_id=big, kind="note", summary=f"第 {i} 次 客服 回电 refund")

    def log_big() -> None:
        entries.log_entry(store, case_id=big, kind="note", summary="基准测试 安装 benchmark")

    print(f"log one entry into a case of 500 entries: {median_ms(log_big, 9):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, help="a SQLite store to copy (default: generate)")
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throw-away one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, _server(args.url) as url:
        folder = args.store
        if folder is None:
            folder = Path(tmp) / "store"
            start = time.perf_counter()
            generate(folder, cases=10_000, entries=200_000, promises=20_000)
            print(f"generated the SQLite store in {time.perf_counter() - start:.1f} s")
        load(folder, url)
        store = open_store(Path(tmp) / "pg", database_url=url, clock=FixedClock(), user="bench")
        try:
            run(store)
        finally:
            store.close()


if __name__ == "__main__":
    main()
