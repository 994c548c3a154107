"""`verify` checks the database itself, not only the evidence files it names."""

from __future__ import annotations

from ecomplaint.store import sqlite_file
from ecomplaint.store.engine import Store
from ecomplaint.store.errors import StoreError


def check_database(store: Store) -> StoreError | None:
    """Every page of the SQLite file (PRAGMA quick_check, read-only); None if sound.

    A damaged database also stops this session's writes (and the next ones, until a check
    passes): the evidence check that follows would read a partial list of exhibits and call
    the rest orphaned. A team's server database is the server's to check (amcheck, pg_dump).
    """
    if store.dialect != "sqlite":
        return None
    result = sqlite_file.quick_check(store.path)
    if result == "ok":
        return None
    return store.stop_writing(result)
