"""ui.ops: one FIFO worker for every read, write and long job; ui.db_guard: no reads on the
UI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from ecomplaint.i18n import UserError
from ecomplaint.progress import Cancelled
from ecomplaint.services import cases
from ecomplaint.services.changes import Changes
from ecomplaint.store import queries
from ecomplaint.store.engine import Store, open_store
from ecomplaint.ui import db_guard
from ecomplaint.ui.ops import LongJob, Ops


def test_work_runs_in_order_off_the_ui_thread(qtbot: Any, store: Store, make_ops: Any) -> None:
    ops: Ops = make_ops(store)
    seen: list[tuple[int, bool]] = []
    main = threading.get_ident()
    for i in range(20):
        submit = ops.write if i % 2 else ops.read
        submit(lambda _s, i=i: (i, threading.get_ident() != main), seen.append)
    ops.drain()
    assert seen == [(i, True) for i in range(20)]


def test_a_read_never_overtakes_a_queued_write(qtbot: Any, store: Store, make_ops: Any) -> None:
    ops: Ops = make_ops(store)
    block = threading.Event()
    ops.read(lambda _s: block.wait(10), None)  # the worker is busy: the write waits in line
    ops.write(lambda s: cases.create_case(s, title="queued"))
    titles: list[list[str]] = []
    ops.read(lambda s: [c.title for c in queries.list_cases(s)], titles.append)
    block.set()
    ops.drain()
    assert titles == [["queued"]]


def test_a_write_announces_its_changes_with_the_initiator(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    heard: list[tuple[Changes, object]] = []
    ops.changed.connect(lambda changes, who: heard.append((changes, who)))
    me = object()
    done: list[Changes] = []
    ops.write(lambda s: cases.create_case(s, title="x"), done.append, me)
    ops.read(lambda _s: Changes(cases=True), None)  # a read announces nothing
    ops.drain()
    assert heard == [(done[0].changes, me)] and heard[0][0].cases


def test_failures_go_to_the_caller_or_to_one_message(
    qtbot: Any, store: Store, make_ops: Any, asked: list[str]
) -> None:
    ops: Ops = make_ops(store)
    errors: list[BaseException] = []
    ops.read(lambda _s: 1 / 0, None, failed=errors.append)
    ops.write(lambda s: cases.edit_case(s, case_id=999, values={"title": "x"}))
    ops.drain()
    assert isinstance(errors[0], ZeroDivisionError)
    with pytest.raises(UserError) as raised:  # what the user should read: its own wording
        cases.edit_case(store, case_id=999, values={"title": "x"})
    assert [a.strip() for a in asked] == [raised.value.message()]


def test_stop_lets_queued_writes_land(qtbot: Any, store: Store, make_ops: Any) -> None:
    ops: Ops = make_ops(store)
    for i in range(5):
        ops.write(lambda s, i=i: cases.create_case(s, title=f"case {i}"))
    ops.stop()
    assert not ops.running()
    assert len(queries.list_cases(store)) == 5


def test_long_work_shows_progress_late_and_cancels(qtbot: Any, store: Store, make_ops: Any) -> None:
    ops: Ops = make_ops(store)
    started, release = threading.Event(), threading.Event()

    def slow(job: LongJob) -> str:
        started.set()
        job.progress(1, 4, "a quarter")
        release.wait(10)
        if job.cancel.is_set():
            raise Cancelled()
        return "done"

    cancelled: list[bool] = []
    op = ops.long(slow, "Working…", None, show_after_ms=0, cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: op.dialog_shown, timeout=5000)
    qtbot.waitUntil(lambda: op.permille == 250, timeout=5000)
    assert op.dialog is not None and "a quarter" in op.dialog.labelText()
    op.dialog.findChild(QPushButton).click()  # the user presses Cancel
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert op.finished and op.dialog is None

    done: list[str] = []
    quick = ops.long(lambda _job: "quick", "Quick", done.append)  # default delay: 600 ms
    ops.drain()
    assert done == ["quick"] and not quick.dialog_shown


def test_swap_store_waits_for_queued_work_then_serves_the_new_store(
    qtbot: Any, store: Store, tmp_path: Path, make_ops: Any
) -> None:
    other = open_store(tmp_path / "other", clock=store.clock)
    cases.create_case(other, title="in the other store")
    ops: Ops = make_ops(store)
    swapped: list[bool] = []
    ops.store_swapped.connect(lambda: swapped.append(True))
    ops.write(lambda s: cases.create_case(s, title="on the old store"))
    ops.swap_store(other)
    assert len(queries.list_cases(store)) == 1  # the queued write landed first
    counts: list[int] = []
    ops.read(lambda s: len(queries.list_cases(s)), counts.append)
    ops.drain()
    assert swapped == [True] and counts == [1] and ops.store is other
    other.close()


def test_window_code_reading_on_the_ui_thread_fails_under_the_guard(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    from ecomplaint.ui import ops as ops_module

    # a function of the window layer (module ecomplaint.ui.*) that reads straight away
    read_now = eval("lambda s: queries.list_cases(s)", {**vars(ops_module), "queries": queries})
    with pytest.raises(db_guard.UiThreadDatabaseAccess, match="UI thread"):
        read_now(store)
    assert queries.list_cases(store) == []  # test and core code on this thread: allowed
    rows: list[Any] = []
    make_ops(store).read(read_now, rows.append)  # the same function through ops: allowed
    qtbot.waitUntil(lambda: rows == [[]], timeout=5000)
