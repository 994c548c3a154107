"""A writer process for the durability test: logs entries forever, reporting each commit.

Prints "committed <id>" only after the transaction has committed; the parent kills this
process with SIGKILL at random moments and then checks that every reported id survived.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from ecomplaint.services import cases, entries
from ecomplaint.store.engine import open_store


def main() -> None:
    store = open_store(sys.argv[1])
    case_id = cases.create_case(store, title="durability").created_id
    assert case_id is not None
    n = 0
    while True:
        n += 1
        changes = entries.log_entry(
            store,
            case_id=case_id,
            kind="note",
            summary=f"entry {n} " + "数据" * 50,
            occurred_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
        print(f"committed {changes.created_id}", flush=True)


if __name__ == "__main__":
    main()
