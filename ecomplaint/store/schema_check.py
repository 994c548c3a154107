"""Is this SQLite file one eComplaint wrote? Its schema must be exactly ours at a known revision.

A file carrying an `alembic_version` table is not necessarily ours: another program may use
Alembic too, and a crafted backup may add a trigger, a view or a table to a real store (a
trigger fires on the next write and can rewrite or trash every record). So the catalogue
(sqlite_master) is compared, object by object, with the one the migrations produce at the
file's revision. The references ship in resources/schemas/store-schema.json (reading them
costs nothing at start-up); tests/test_store_guard.py rebuilds them from the migrations and
fails if they drift: regenerate with `python -m ecomplaint.store.schema_check`.

Everything here opens files read-only and never writes.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import tempfile
from pathlib import Path

from ecomplaint.resources_path import resource_path

SCHEMA_FILE = ("schemas", "store-schema.json")
SchemaRow = tuple[str, str, str, str]  # type, name, table, normalised SQL
_SPACE = re.compile(r"\s+")
_TIGHT = re.compile(r"\s*([(),])\s*")


def _normalise(sql: str | None) -> str:
    """The same statement whatever the whitespace and identifier quoting (which differ by
    SQLAlchemy version); every other character still counts."""
    text = _SPACE.sub(" ", (sql or "").replace('"', "")).strip()
    return _TIGHT.sub(r"\1", text)


def schema_of(conn: sqlite3.Connection) -> list[SchemaRow]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return sorted((str(t), str(n), str(tb), _normalise(s)) for t, n, tb, s in rows)


@functools.cache
def _references() -> dict[str, list[SchemaRow]]:
    data = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return {rev: [tuple(r) for r in rows] for rev, rows in data.items()}  # type: ignore[misc]


def reference(revision: str) -> list[SchemaRow] | None:
    return _references().get(revision)


def differences(found: list[SchemaRow], revision: str) -> list[str]:
    """What differs from our schema at `revision`, in a few words per object ([] if none)."""
    expected = reference(revision)
    if expected is None:
        return [f"unknown schema revision {revision}"]
    want = {(t, n): (tb, s) for t, n, tb, s in expected}
    have = {(t, n): (tb, s) for t, n, tb, s in found}
    out = [f"extra {t} {n}" for t, n in sorted(have.keys() - want.keys())]
    out += [f"missing {t} {n}" for t, n in sorted(want.keys() - have.keys())]
    both = sorted(want.keys() & have.keys())
    out += [f"changed {t} {n}" for t, n in both if want[t, n] != have[t, n]]
    return out


def build_reference(revision: str) -> list[SchemaRow]:
    """Our schema at `revision`, made by running the migrations on a temporary file."""
    from ecomplaint.store.engine import migrate

    with tempfile.TemporaryDirectory(prefix="ecomplaint-schema-") as tmp:
        db = Path(tmp) / "reference.sqlite3"
        migrate(db, target=revision)
        conn = sqlite3.connect(db)
        try:
            return schema_of(conn)
        finally:
            conn.close()


def write_references(path: Path | None = None) -> Path:
    from ecomplaint.store.migrate import known_revisions

    target = path or resource_path(*SCHEMA_FILE)
    data = {rev: [list(r) for r in build_reference(rev)] for rev in known_revisions()}
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _references.cache_clear()
    return target


if __name__ == "__main__":
    print(write_references())
