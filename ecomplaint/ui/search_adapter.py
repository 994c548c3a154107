"""The case search: the store's search engine (ecomplaint.store.search).

The case list passes the text to queries.list_cases(search=…), which runs the search as a
subquery of the list's own query; search_case_ids is for callers that want the ids alone.
Runs on the worker thread.
"""

from __future__ import annotations

from ecomplaint.store import search
from ecomplaint.store.engine import Store


def search_case_ids(store: Store, text: str, *, limit: int | None = None) -> list[int]:
    return list(search.search_case_ids(store, text, limit=limit))
