"""list_cases(overdue_only=True): only cases with an open promise past its deadline."""

from __future__ import annotations

from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def test_overdue_only(demo_store: Store) -> None:
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    rows = queries.list_cases(demo_store, overdue_only=True)
    assert [r.id for r in rows] == [tv]
    assert rows[0].overdue
