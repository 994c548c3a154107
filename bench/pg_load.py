"""Copy a SQLite store's rows into a PostgreSQL database (for the team-mode benchmarks).

    python -m bench.pg_load SQLITE_DIR postgresql+psycopg://user@host:port/db

The PostgreSQL schema comes from open_store(database_url=...) (so it is the real, migrated
one); the rows go in with COPY, table by table in foreign-key order, in one transaction.
Then the id sequences are moved past the copied ids and the search index is rebuilt
(what a bulk load needs, as after bench.generate on SQLite).
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

import psycopg
from sqlalchemy import make_url
from sqlmodel import SQLModel

from ecomplaint import paths
from ecomplaint.domain.clock import FixedClock
from ecomplaint.store import tables  # noqa: F401  (registers the tables in the metadata)
from ecomplaint.store.engine import open_store
from ecomplaint.store.search import rebuild_index


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def load(sqlite_dir: Path, url: str) -> dict[str, float]:
    """Copy every row of the store in `sqlite_dir` into the (empty) database at `url`."""
    started = time.perf_counter()
    store = open_store(sqlite_dir, database_url=url, clock=FixedClock(), user="bench")
    store.close()
    src = sqlite3.connect(paths.db_path(sqlite_dir))
    counts: dict[str, int] = {}
    with psycopg.connect(_libpq_url(url)) as dst, dst.cursor() as cur:
        for table in SQLModel.metadata.sorted_tables:
            names = [r[1] for r in src.execute(f"PRAGMA table_info({table.name})")]
            cols = [c.name for c in table.columns if c.name in names]
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = src.execute(f"SELECT {quoted} FROM {table.name}")
            n = 0
            with cur.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
                while batch := rows.fetchmany(5000):
                    for row in batch:
                        copy.write_row(row)
                    n += len(batch)
            counts[table.name] = n
            if "id" in cols:
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                    f" (SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                )
        # The triggers queued every copied row; rebuild_index below indexes them in bulk.
        cur.execute("TRUNCATE search_queue")
        dst.commit()
    src.close()
    copied = time.perf_counter()
    store = open_store(sqlite_dir, database_url=url, clock=FixedClock(), user="bench")
    try:
        rebuild_index(store)
    finally:
        store.close()
    with psycopg.connect(_libpq_url(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    done = time.perf_counter()
    print(
        "copied "
        + ", ".join(f"{n} {t}" for t, n in counts.items() if n)
        + f" in {copied - started:.1f} s; index and analyze {done - copied:.1f} s"
    )
    return {"copy_s": copied - started, "index_s": done - copied}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sqlite_dir", type=Path)
    parser.add_argument("url")
    args = parser.parse_args()
    load(args.sqlite_dir, args.url)


if __name__ == "__main__":
    main()
