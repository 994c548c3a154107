"""ui.ops' compute lane: store-free CPU work (reading a picture's text) beside the DB runner."""

from __future__ import annotations

import os
import threading
from typing import Any

import pytest

from ecomplaint.progress import Cancelled
from ecomplaint.services import cases
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.ops import ComputeJob, Ops


def test_writes_and_reads_go_on_while_a_picture_is_read(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    busy, release = threading.Event(), threading.Event()
    threads: dict[str, int] = {"ui": threading.get_ident()}

    def slow(job: ComputeJob) -> str:
        threads["compute"] = threading.get_ident()
        assert not hasattr(job, "store")  # store-free by construction
        busy.set()
        release.wait(20)
        return "text"

    got: list[str] = []
    ops.compute(slow, "reading", got.append)
    assert busy.wait(10)
    # the compute thread is held: the DB runner still serves a write then a read, in order
    ops.write(lambda s: cases.create_case(s, title="while reading"))
    titles: list[list[str]] = []

    def titles_of(s: Store) -> list[str]:
        threads["db"] = threading.get_ident()
        return [c.title for c in queries.list_cases(s)]

    ops.read(titles_of, titles.append)
    qtbot.waitUntil(lambda: titles == [["while reading"]], timeout=10_000)
    assert not got  # the picture is still being read
    release.set()
    qtbot.waitUntil(lambda: got == ["text"], timeout=10_000)
    assert len({threads["ui"], threads["db"], threads["compute"]}) == 3


def test_compute_runs_in_order_and_its_result_is_saved_through_write(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    order: list[str] = []

    def save(title: str) -> None:
        ops.write(lambda s: cases.create_case(s, title=title), lambda _w: order.append(title))

    for i in range(5):
        ops.compute(lambda _job, i=i: f"picture {i}", "reading", save)
    ops.drain(compute=True)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=10_000)
    ops.drain(compute=True)
    assert order == [f"picture {i}" for i in range(5)]
    assert sorted(c.title for c in queries.list_cases(store)) == order


def test_cancel_stops_the_running_job_and_drops_the_queued_ones(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    started = threading.Event()
    ran: list[int] = []
    cancelled: list[int] = []
    progress: list[int] = []

    def until_cancelled(job: ComputeJob) -> None:
        started.set()
        for i in range(2000):
            job.progress(i, 2000)
            if job.cancel.is_set():
                raise Cancelled()
            threading.Event().wait(0.005)
        ran.append(0)

    first = ops.compute(
        until_cancelled,
        "reading 1",
        None,
        cancelled=lambda: cancelled.append(1),
        progress=lambda permille, _t: progress.append(permille),
    )
    second = ops.compute(
        lambda _job: ran.append(2), "reading 2", None, cancelled=lambda: cancelled.append(2)
    )
    assert started.wait(10)
    qtbot.waitUntil(lambda: bool(progress), timeout=10_000)
    second.cancel()  # still queued: never starts
    first.cancel()
    ops.drain(compute=True)
    assert ran == [] and sorted(cancelled) == [1, 2]
    assert first.dialog is None and not first.dialog_shown  # the caller showed progress


def test_stop_cancels_compute_work_and_stops_both_threads(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    started = threading.Event()

    def forever(job: ComputeJob) -> None:
        started.set()
        while not job.cancel.is_set():
            threading.Event().wait(0.01)
        raise Cancelled()

    ops.compute(forever, "reading", None)
    assert started.wait(10)
    ops.stop(timeout_ms=10_000)
    assert not ops.running()
    assert ops.is_idle()


def test_a_failed_picture_goes_to_the_caller(qtbot: Any, store: Store, make_ops: Any) -> None:
    ops: Ops = make_ops(store)
    errors: list[BaseException] = []
    ops.compute(lambda _job: 1 / 0, "reading", None, failed=errors.append)
    ops.drain(compute=True)
    assert isinstance(errors[0], ZeroDivisionError)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no per-thread nice value here")
def test_the_compute_lane_runs_nicer_than_the_window(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    ops.compute(
        lambda _job: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), "", seen.append
    )
    ops.drain(compute=True)
    assert seen and seen[0] > ui or ui == 19


def test_pictures_being_read_do_not_keep_the_window_busy(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    release = threading.Event()
    ops.compute(lambda _job: release.wait(20), "reading", None)
    wrote: list[object] = []
    ops.write(lambda s: cases.create_case(s, title="x"), wrote.append)
    ops.drain()  # the runner's work only: returns while the picture is still being read
    assert wrote and ops.is_idle() and not ops.is_idle(compute=True)
    assert ops.pending() == 0 and ops.pending(compute=True) == 1
    release.set()
    ops.drain(compute=True)
    assert ops.is_idle(compute=True)


def test_a_restored_store_cancels_the_reading_of_the_old_ones_pictures(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops: Ops = make_ops(store)
    started = threading.Event()
    cancelled: list[bool] = []

    def until_cancelled(job: ComputeJob) -> None:
        started.set()
        while not job.cancel.wait(0.01):
            pass
        raise Cancelled()

    ops.compute(until_cancelled, "reading", None, cancelled=lambda: cancelled.append(True))
    assert started.wait(10)
    ops.swap_store(store)  # the same store stands in for the restored one
    assert cancelled == [True] and ops.is_idle(compute=True)
