"""The writer thread and the search adapter (engine when present, LIKE fallback otherwise)."""

from __future__ import annotations

import threading
from typing import Any

from ecomplaint.services import cases
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui import search_adapter
from ecomplaint.ui.worker import DbWorker


def test_worker_runs_jobs_in_order_off_the_ui_thread(qtbot: Any) -> None:
    worker = DbWorker()
    try:
        seen: list[tuple[int, bool]] = []
        main = threading.get_ident()
        for i in range(20):
            worker.submit(lambda i=i: (i, threading.get_ident() != main), seen.append)
        qtbot.waitUntil(worker.is_idle, timeout=3000)
        assert seen == [(i, True) for i in range(20)]
    finally:
        worker.stop()
    assert not worker.running()


def test_worker_hands_errors_back(qtbot: Any) -> None:
    worker = DbWorker()
    try:
        errors: list[BaseException] = []
        unclaimed: list[BaseException] = []
        worker.error.connect(unclaimed.append)
        worker.submit(lambda: 1 / 0, None, errors.append)
        worker.submit(lambda: {}["x"])
        qtbot.waitUntil(worker.is_idle, timeout=3000)
        assert isinstance(errors[0], ZeroDivisionError)
        assert isinstance(unclaimed[0], KeyError)
    finally:
        worker.stop()


def test_stop_lets_queued_writes_land(qtbot: Any, store: Store) -> None:
    worker = DbWorker()
    for i in range(5):
        worker.submit(lambda i=i: cases.create_case(store, title=f"case {i}"))
    worker.stop()
    assert len(queries.list_cases(store)) == 5


def test_the_real_engine_finds_two_character_chinese_words(demo_store: Store) -> None:
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    wreath = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    assert search_adapter.search_case_ids(demo_store, "安装") == [tv]  # in the title
    assert search_adapter.search_case_ids(demo_store, "主管") == [tv]  # in summaries
    assert search_adapter.search_case_ids(demo_store, "wreath") == [wreath]
    assert search_adapter.search_case_ids(demo_store, "安装 wreath") == []  # all words
    assert search_adapter.search_case_ids(demo_store, "100%") == []
    # the case list runs the same search as a subquery
    assert [c.id for c in queries.list_cases(demo_store, search="主管")] == [tv]
